"""The back office against a server of this folder's own (its tests add programs and
thousands of members), and the real command as a process."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.server import RunningServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    db = tmp_path_factory.mktemp("server") / "loyalty.sqlite3"
    with RunningServer(db, ("--demo", "--rate-limit", "0")) as running:
        yield running


class Cli:
    """``pos-loyalty`` with data and config folders of its own and the server's key pair
    in the environment."""

    def __init__(self, server: RunningServer, home: Path) -> None:
        base = {k: v for k, v in os.environ.items() if not k.startswith("POS_LOYALTY_")}
        self.env = base | {
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "POS_LOYALTY_API_URL": server.base_url,
            "POS_LOYALTY_API_KEY": server.key,
            "POS_LOYALTY_API_SECRET": server.secret,
        }

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "pos_loyalty", *args]

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            capture_output=True,
            text=True,
            timeout=300,
            env=self.env,
            stdin=subprocess.DEVNULL,
        )

    def start(self, *args: str) -> "subprocess.Popen[str]":
        """The command as a running process, its stderr read line by line."""
        return subprocess.Popen(
            self.command(*args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=self.env,
        )

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.returncode == 0, (result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        return result.stdout

    def fails(self, code: int, *args: str) -> subprocess.CompletedProcess[str]:
        result = self(*args)
        assert result.returncode == code, (result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        return result


@pytest.fixture
def cli(server: RunningServer, tmp_path: Path) -> Cli:
    return Cli(server, tmp_path / "home")


def all_members(api: httpx.Client, card_id: int, *, include_voided: bool = True) -> list[Any]:
    """Every member of a program, read page by page with plain HTTP."""
    members: list[Any] = []
    page = 1
    while True:
        response = api.get(
            f"/loyalty/loyalty-cards/{card_id}/stats",
            params={"page": page, "limit": 500, "include_voided": str(include_voided).lower()},
        )
        assert response.status_code == 200, response.text
        members += response.json()
        if len(response.json()) < 500:
            return members
        page += 1
