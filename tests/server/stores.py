"""Running a server test on either store: its serve arguments, and its --db for the CLI."""

import pytest

from tests.support.server import RunningServer, run_cli

STORES = ["sqlite", "postgresql"]
POSTGRES_WORKERS = 2


def store_args(request: pytest.FixtureRequest, *args: str) -> tuple[str, ...]:
    """``serve`` arguments for the store named by the fixture's parameter.

    The SQLite file is RunningServer's own; for PostgreSQL a later ``--db`` wins.
    """
    if request.param == "postgresql":
        from tests.server.postgres import PostgresCluster

        cluster: PostgresCluster = request.getfixturevalue("postgres")
        return (*args, "--db", cluster.database(), "--workers", str(POSTGRES_WORKERS))
    return args


def database_of(server: RunningServer) -> str:
    """What ``--db`` the server runs on: its SQLite file or a postgresql:// URL."""
    args = list(server.extra_args)
    if "--db" in args:
        return args[len(args) - args[::-1].index("--db")]
    return str(server.db_path)


def add_card(server: RunningServer, *args: str) -> int:
    """Add a program to the server's database with the command line; returns its id."""
    result = run_cli("cards", "add", "--db", database_of(server), *args)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split("\t", 1)[0])
