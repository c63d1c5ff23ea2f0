"""A server of this folder's own: its tests add programs (one per test), and the
session's shared server has tests that count on few programs there."""

from collections.abc import Iterator

import pytest

from tests.support.server import RunningServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    db = tmp_path_factory.mktemp("server") / "loyalty.sqlite3"
    with RunningServer(db, ("--demo", "--rate-limit", "0")) as running:
        yield running
