"""``pos-loyalty members …`` and ``audit export``: the real command, as a process, against
the real server; what a support desk or a script sees."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import cv2
import httpx
import numpy as np
import pytest

from pos_loyalty.scanning.ladder import DecodingLadder
from tests.support.server import RunningServer


class Cli:
    """Runs the command with its own data and config folders, the server's key pair in
    the environment (or none)."""

    def __init__(self, server: RunningServer, home: Path) -> None:
        base = {k: v for k, v in os.environ.items() if not k.startswith("POS_LOYALTY_")}
        self.env = base | {
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
        }
        self.server_env = self.env | {
            "POS_LOYALTY_API_URL": server.base_url,
            "POS_LOYALTY_API_KEY": server.key,
            "POS_LOYALTY_API_SECRET": server.secret,
        }

    def __call__(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pos_loyalty", *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=self.server_env if env is None else env,
            stdin=subprocess.DEVNULL,
        )

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def fails(self, code: int, *args: str, env: dict[str, str] | None = None) -> str:
        """The one line said on failure."""
        result = self(*args, env=env)
        assert result.returncode == code, (result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("error: ")
        assert "Traceback" not in result.stderr
        return lines[0]


@pytest.fixture
def cli(server: RunningServer, tmp_path: Path) -> Cli:
    return Cli(server, tmp_path)


def add(cli: Cli, card: dict[str, Any], *extra: str) -> dict[str, Any]:
    out = cli.ok(
        "members", "add", "--card", str(card["id"]), "--first-name", "Jane", "--last-name",
        "Roe", "--email", "jane.roe@example.com", "--phone", "+44 20 7946 0001", *extra,
    )  # fmt: skip
    member: dict[str, Any] = json.loads(out)
    return member


def test_add_prints_the_new_member_as_json_and_list_finds_them(
    cli: Cli, card: dict[str, Any], api: httpx.Client
) -> None:
    member = add(cli, card)
    assert (member["first_name"], member["last_name"]) == ("Jane", "Roe")
    assert len(member["code"]) == 21
    assert member["created_at"].count(":") == 2  # the API's own timestamp format
    on_server = api.get(f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}").json()
    assert on_server["email"] == "jane.roe@example.com"

    card_id = str(card["id"])
    listed = json.loads(cli.ok("members", "list", "--card", card_id, "--format", "json"))
    assert [m["code"] for m in listed] == [member["code"]]
    table = cli.ok("members", "list", "--card", card_id, "--search", "ROE")
    assert table.splitlines()[0].split() == [
        "CODE", "NAME", "EMAIL", "PHONE", "STAMPS", "REWARDS", "STATUS",
    ]  # fmt: skip
    assert member["code"] in table
    rows = list(
        csv.DictReader(io.StringIO(cli.ok("members", "list", "--card", card_id, "--format", "csv")))
    )
    assert [(r["code"], r["email"], r["stamps"]) for r in rows] == [
        (member["code"], "jane.roe@example.com", "0")
    ]
    assert "No members match." in cli.ok("members", "list", "--card", card_id, "--search", "nobody")


def test_a_duplicate_email_is_refused_unless_allowed(cli: Cli, card: dict[str, Any]) -> None:
    first = add(cli, card)
    line = cli.fails(
        1, "members", "add", "--card", str(card["id"]), "--first-name", "J",
        "--email", "JANE.ROE@example.com",
    )  # fmt: skip
    assert first["code"] in line
    assert "--allow-duplicate" in line
    second = add(cli, card, "--allow-duplicate")
    assert second["id"] != first["id"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ("--first-name", "Jane", "--email", "jane@"),
            "--email: The e-mail address looks incomplete",
        ),
        (
            ("--first-name", "Jane", "--phone", "12"),
            "--phone: A phone number has at least 6 digits",
        ),
        (("--email", "a@example.com"), "needs a name"),
        (("--first-name", "J" * 51), "--first-name: First name has at most 50 characters"),
    ],
)
def test_bad_details_are_bad_usage(
    cli: Cli, card: dict[str, Any], args: tuple[str, ...], says: str
) -> None:
    assert says in cli.fails(2, "members", "add", "--card", str(card["id"]), *args)


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_the_card_command_writes_a_card_that_scans_back(
    cli: Cli, card: dict[str, Any], tmp_path: Path, suffix: str
) -> None:
    member = add(cli, card)
    out = tmp_path / f"card{suffix}"
    said = cli.ok(
        "members",
        "card",
        "--card",
        str(card["id"]),
        member["code"],
        "--out",
        str(out),
        "--dpi",
        "203",
    )
    assert "85.6 x 54 mm at 203 dpi" in said
    picture = out
    if suffix == ".pdf":
        from tests.cards.test_member_card import raster

        picture = raster(out, 203)
    image = cv2.imread(str(picture), cv2.IMREAD_COLOR)
    assert image is not None
    texts = {d.text for d in DecodingLadder().decode(np.asarray(image, dtype=np.uint8))}
    assert texts == {member["code"], member["download_url"]}
    assert "a card is written as FILE.pdf or FILE.png" in cli.fails(
        2,
        "members",
        "card",
        "--card",
        str(card["id"]),
        member["code"],
        "--out",
        str(tmp_path / "c.gif"),
    )
    assert "no member has the code" in cli.fails(
        1, "members", "card", "--card", str(card["id"]), "nosuchcode", "--out", str(out)
    )


def test_void_and_delete_ask_first_and_are_audited(
    cli: Cli, card: dict[str, Any], api: httpx.Client, tmp_path: Path
) -> None:
    member = add(cli, card)
    card_id, code = str(card["id"]), member["code"]
    # No terminal to ask: nothing happens without --yes.
    assert "add --yes" in cli.fails(2, "members", "void", "--card", card_id, code)
    assert "add --yes" in cli.fails(2, "members", "delete", "--card", card_id, code)
    url = f"/loyalty/loyalty-cards/{card_id}/stats/{member['id']}"
    assert api.get(url).json()["voided_at"] is None
    assert cli.ok("members", "void", "--card", card_id, code, "--yes").startswith("voided: ")
    assert api.get(url).json()["voided_at"] is not None
    assert "already voided" in cli.ok("members", "void", "--card", card_id, code, "--yes")
    assert json.loads(cli.ok("members", "list", "--card", card_id, "--format", "json")) == []
    listed = json.loads(
        cli.ok("members", "list", "--card", card_id, "--include-voided", "--format", "json")
    )
    assert [m["code"] for m in listed] == [code]
    assert cli.ok("members", "delete", "--card", card_id, code, "--yes").startswith("deleted: ")
    assert api.get(url).status_code == 404

    out = tmp_path / "audit.csv"
    assert "3 audit entries" in cli.ok("audit", "export", "--out", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["action"], r["member_code"], r["outcome"]) for r in rows] == [
        ("create_member", code, "applied"),
        ("void_member", code, "applied"),
        ("delete_member", code, "applied"),
    ]
    assert all(r["operator"].endswith("(command line)") for r in rows)


def test_backend_problems_are_one_line_with_what_to_do(
    cli: Cli, card: dict[str, Any], server: RunningServer, tmp_path: Path
) -> None:
    card_id = str(card["id"])
    wrong = cli.server_env | {"POS_LOYALTY_API_SECRET": "not the secret"}
    assert "refused the API key or secret" in cli.fails(
        1, "members", "list", "--card", card_id, env=wrong
    )
    no_secret = {k: v for k, v in cli.server_env.items() if k != "POS_LOYALTY_API_SECRET"}
    assert "POS_LOYALTY_API_SECRET must be set in the environment" in cli.fails(
        2, "members", "list", "--card", card_id, env=no_secret
    )
    assert "cannot reach the loyalty server at http://127.0.0.1:9/v4" in cli.fails(
        1, "members", "list", "--card", card_id, "--url", "http://127.0.0.1:9/v4"
    )
    assert "no such API path" in cli.fails(
        1, "members", "list", "--card", card_id, "--url", server.root_url
    )
    assert "there is no program 999999 on the loyalty server" in cli.fails(
        1, "members", "list", "--card", "999999"
    )
    assert "--card" in cli.fails(2, "members", "list")
    assert "not a program id" in cli.fails(2, "members", "list", "--card", "abc")
    assert "ACTION" in cli.fails(2, "members")
    assert "there is no station file" in cli.fails(
        1, "audit", "export", "--out", str(tmp_path / "a.csv")
    )


def test_without_a_backend_given_it_uses_the_counters_demo_backend(cli: Cli) -> None:
    result = cli("members", "list", "--card", "1", "--search", "example.com", env=cli.env)
    assert result.returncode == 0, result.stderr
    assert "a demo server was started" in result.stderr
    assert "CODE" in result.stdout.splitlines()[0]
    assert len(result.stdout.splitlines()) > 1  # the demo programs' made-up members


def test_a_counter_set_up_for_a_server_without_its_secret_says_what_to_give(
    cli: Cli, tmp_path: Path, server: RunningServer
) -> None:
    settings = tmp_path / "config" / "pos-loyalty" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        f'backend = "remote"\nbase_url = "{server.base_url}"\napi_key = "pk_not_in_any_keyring"\n'
    )
    line = cli.fails(2, "members", "list", "--card", "1", env=cli.env)
    assert "give --url" in line
    assert "POS_LOYALTY_API_SECRET" in line
