"""Fixtures of the server tests: every server test runs on both stores.

``server`` (and so ``api``, ``card`` and ``member``) overrides the session
server of tests/conftest.py here: once on a SQLite file, once on a PostgreSQL
database served by two worker processes. Without PostgreSQL installed, the
second half is skipped with the command that installs it.
"""

from collections.abc import Iterator

import pytest

from tests.server.postgres import PostgresCluster, unavailable_reason
from tests.server.stores import STORES, store_args
from tests.support.server import RunningServer


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """One cluster for the session; each server asks it for a fresh database."""
    reason = unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    cluster = PostgresCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session", params=STORES)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    db = tmp_path_factory.mktemp("server") / "loyalty.sqlite3"
    with RunningServer(db, store_args(request, "--demo", "--rate-limit", "0")) as running:
        yield running
