"""``pos-loyalty cards list|copy`` against a backend (the real server, as a process), and
the same on a server's database file with --db."""

import json
from pathlib import Path
from typing import Any

import httpx

from tests.backoffice.conftest import Cli
from tests.support.server import add_card, run_cli


def test_list_shows_each_program_s_goal_rewards_and_member_counts(
    cli: Cli, api: httpx.Client, card: dict[str, Any]
) -> None:
    stats = f"/loyalty/loyalty-cards/{card['id']}/stats"
    made = api.post(stats + "/bulk", json=[{"first_name": n} for n in ("Ann", "Bob", "Cy")])
    assert made.status_code == 201
    api.put(f"{stats}/{made.json()[0]['id']}/void")

    table = cli.ok("cards", "list").splitlines()
    listed = json.loads(cli.ok("cards", "list", "--format", "json"))

    assert table[0].split() == [
        "ID",
        "CODE",
        "NAME",
        "TYPE",
        "GOAL",
        "REWARDS",
        "MEMBERS",
        "VOIDED",
    ]
    row = next(line for line in table if line.startswith(f"{card['id']} "))
    assert "Test copy" in row
    assert row.split()[-2:] == ["2", "1"]
    mine = next(p for p in listed if p["id"] == card["id"])
    assert (mine["members"], mine["voided_members"], mine["stamps_required"]) == (2, 1, 10)
    assert [r["threshold"] for r in mine["rewards"]] == [5, 10]
    assert {p["id"] for p in listed} == {c["id"] for c in api.get("/loyalty/loyalty-cards").json()}


def test_copy_makes_a_program_with_the_same_rules_and_no_members(
    cli: Cli, api: httpx.Client, card: dict[str, Any]
) -> None:
    api.post(f"/loyalty/loyalty-cards/{card['id']}/stats", json={"first_name": "Ann"})

    said = cli.ok("cards", "copy", str(card["id"]), "--name", "Summer club")

    new_id, code, name, note = said.strip().split("\t")
    assert (name, note) == ("Summer club", f"(a copy of program {card['id']})")
    copied = next(c for c in api.get("/loyalty/loyalty-cards").json() if c["id"] == int(new_id))
    assert (copied["code"], copied["rewards"]) == (code, card["rewards"])
    assert api.get(f"/loyalty/loyalty-cards/{new_id}/stats").json() == []


def test_copy_refuses_a_long_name_or_an_unknown_program_in_one_line(
    cli: Cli, card: dict[str, Any]
) -> None:
    long = cli.fails(2, "cards", "copy", str(card["id"]), "--name", "N" * 51)
    assert "the name has 51 characters; at most 50" in long.stderr
    unknown = cli.fails(1, "cards", "copy", "99999")
    (line,) = unknown.stderr.strip().splitlines()
    assert line.startswith("error: ")


def test_with_db_list_and_copy_act_on_a_server_database_file(tmp_path: Path) -> None:
    db = tmp_path / "local.sqlite3"
    card_id = add_card(db, "--name", "Tea Room", "--goal", "8", "--reward", "8:Pot of tea")

    copied = run_cli("cards", "copy", str(card_id), "--db", str(db), "--name", "Tea Room 2")
    listing = run_cli("cards", "list", "--db", str(db))

    assert copied.returncode == 0, copied.stderr
    assert copied.stdout.split("\t")[2] == "Tea Room 2"
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.strip().splitlines()
    assert [line.split("\t")[2] for line in lines] == ["Tea Room", "Tea Room 2"]
    assert all("goal 8" in line and "Pot of tea at 8" in line for line in lines)
