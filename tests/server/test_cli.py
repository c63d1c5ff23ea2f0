"""The command line's contract: exact forms, clear errors, never a traceback."""

import socket
import sqlite3
from pathlib import Path

import httpx
import pytest

from tests.support.server import RunningServer, run_cli


def test_bad_arguments_print_usage_and_exit_2() -> None:
    assert run_cli("--help").returncode == 0
    for args in (["serve", "--port", "nope"], ["frobnicate"], ["cards", "add"], ["keys"]):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert "usage:" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["missing folder", "not a database"])
def test_a_database_that_cannot_be_opened_is_one_clear_line(tmp_path: Path, kind: str) -> None:
    if kind == "missing folder":
        db = tmp_path / "no" / "such" / "db.sqlite3"
    else:
        db = tmp_path / "garbage.sqlite3"
        db.write_bytes(b"this is not sqlite" * 100)
    for args in (["keys", "create", "--db", str(db)], ["serve", "--port", "0", "--db", str(db)]):
        result = run_cli(*args)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith("error: cannot open database")


def test_keys_create_prints_a_pair_whose_secret_is_stored_hashed(tmp_path: Path) -> None:
    db = tmp_path / "keys.sqlite3"
    result = run_cli("keys", "create", "--db", str(db))
    assert result.returncode == 0
    fields = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert fields["key"].startswith("pk_")
    assert len(fields["secret"]) > 30
    with sqlite3.connect(db) as conn:
        stored = b"".join(bytes(r[0]) for r in conn.execute("SELECT secret_hash FROM api_keys"))
    assert fields["secret"].encode() not in stored
    assert fields["secret"].encode() not in db.read_bytes()
    with RunningServer(db, key=fields["key"], secret=fields["secret"]) as server:
        response = httpx.get(
            server.base_url + "/loyalty/loyalty-cards", headers=server.auth_headers
        )
        assert response.status_code == 200


def test_cards_add_edit_and_list(tmp_path: Path) -> None:
    db = tmp_path / "cards.sqlite3"
    added = run_cli(
        "cards", "add", "--db", str(db), "--name", "Tea Room", "--goal", "8",
        "--reward", "4:Free biscuit:14", "--reward", "8:Free tea", "--daily-limit", "2",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    card_id = added.stdout.split("\t", 1)[0]
    edited = run_cli("cards", "edit", card_id, "--db", str(db), "--goal", "6", "--reward", "6:Pot")
    assert edited.returncode == 0, edited.stderr
    cleared = run_cli("cards", "edit", card_id, "--db", str(db), "--daily-limit", "0")
    assert cleared.returncode == 0
    listing = run_cli("cards", "list", "--db", str(db)).stdout
    assert "Tea Room" in listing
    assert "goal 6" in listing
    assert "Pot at 6" in listing
    assert "/day" not in listing


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--goal", "5", "--reward", "6:Too far"], "threshold"),
        (["--reward", "oops"], "THRESHOLD:NAME"),
        (["--name", "x" * 51], "name"),
    ],
)
def test_cards_refuse_bad_rules_with_a_reason(
    tmp_path: Path, args: list[str], message: str
) -> None:
    base = ["cards", "add", "--db", str(tmp_path / "c.sqlite3")]
    result = run_cli(*base, *(["--name", "Ok"] if "--name" not in args else []), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_editing_an_unknown_card_says_so(tmp_path: Path) -> None:
    result = run_cli("cards", "edit", "42", "--db", str(tmp_path / "c.sqlite3"), "--goal", "3")
    assert result.returncode == 1
    assert "no loyalty card 42" in result.stderr


def test_serve_binds_loopback_and_demo_prints_a_working_key_pair(tmp_path: Path) -> None:
    with RunningServer(tmp_path / "demo.sqlite3", ("--demo",), key="", secret="") as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        printed = dict(line.split(": ", 1) for line in server.output if line.startswith("demo "))
        headers = {"x-api-key": printed["demo key"], "x-api-secret": printed["demo secret"]}
        cards = httpx.get(server.base_url + "/loyalty/loyalty-cards", headers=headers).json()
        assert cards[0]["name"] == "Coffee Club"
        members = httpx.get(server.base_url + "/loyalty/loyalty-cards/1/stats", headers=headers)
        assert int(members.headers["X-Total-Count"]) >= 15


def test_a_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--port", str(port), "--db", str(tmp_path / "p.sqlite3"))
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_counter_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["HOME"] = str(tmp_path)
    result = run_cli(env=env)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: no display")
    assert "Traceback" not in result.stderr
