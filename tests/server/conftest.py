"""Fixtures of the server tests: a PostgreSQL cluster for the second store."""

from collections.abc import Iterator

import pytest

from tests.server.postgres import PostgresCluster, unavailable_reason


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """One cluster for the session; each test asks it for a fresh database."""
    reason = unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    cluster = PostgresCluster().start()
    yield cluster
    cluster.stop()
