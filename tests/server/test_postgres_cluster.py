"""The test cluster starts from Debian's binaries and gives each caller its own database."""

import psycopg

from tests.server.postgres import PostgresCluster


def test_each_database_is_new_and_empty(postgres: PostgresCluster) -> None:
    first, second = postgres.database(), postgres.database()
    assert first != second
    with psycopg.connect(first) as conn:
        conn.execute("CREATE TABLE marker (id int)")
        conn.commit()
    with psycopg.connect(second) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)
