"""``pos-loyalty members import`` and ``export``: the real command, as a process, against
the real server; the counts on the server must be exact."""

import codecs
import csv
import io
import random
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from tests.backoffice.conftest import Cli, all_members
from tests.backoffice.member_files import good_row, messy_file
from tests.support.fault_proxy import FaultProxy


def _copy(api: httpx.Client, name: str) -> dict[str, Any]:
    response = api.post("/loyalty/loyalty-cards/1/copy", json={"name": name})
    assert response.status_code == 200, response.text
    copied: dict[str, Any] = response.json()
    return copied


def _report(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _last_line(stdout: str) -> str:
    return stdout.strip().splitlines()[-1]


def _names(members: list[Any]) -> Counter[str]:
    return Counter(f"{m['first_name'] or ''} {m['last_name'] or ''}".strip() for m in members)


def test_ten_thousand_rows_with_bad_rows_and_duplicates_land_exactly(
    cli: Cli, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    stats = f"/loyalty/loyalty-cards/{card['id']}/stats"
    known = [f"known-{n}@example.com" for n in range(30)]
    before = api.post(stats + "/bulk", json=[{"first_name": "Known", "email": e} for e in known])
    assert before.status_code == 201, before.text
    made, extra = messy_file(
        random.Random(10_000), 10_000, "big", bad=100, repeats=100, known_emails=known
    )
    source = tmp_path / "members.csv"
    source.write_text(made.text(extra=extra), encoding="utf-8")

    result = cli.fails(1, "members", "import", str(source), "--card", str(card["id"]))

    report = tmp_path / "members-import-report.csv"
    assert _last_line(result.stdout) == f"imported 9770, skipped 130, failed 100; report: {report}"
    members = all_members(api, card["id"])
    assert len(members) == 30 + 9770
    imported = [m for m in members if m["first_name"] != "Known"]
    assert _names(imported) == Counter(made.expected_names())  # each one, once
    rows = {int(r["row"]): r for r in _report(report)}
    assert {n for n, r in rows.items() if r["outcome"] == "failed"} == set(made.bad)
    assert {n: rows[n]["column"] for n in made.bad} == made.bad
    assert all(rows[n]["reason"] for n in made.bad)
    assert {n for n, r in rows.items() if r["outcome"] == "skipped"} == made.skipped
    codes = {m["code"] for m in imported}
    assert {rows[n]["member_code"] for n in made.imported} == codes


def test_sigkill_at_a_random_batch_then_a_rerun_adds_each_member_once(
    cli: Cli, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    rng = random.Random(20_251_126)
    # A fifth have neither e-mail nor phone: only the resume record and the batch keys
    # keep them from being added twice.
    rows = [good_row(rng, n, "kill", contact=rng.random() > 0.2) for n in range(5000)]
    source = tmp_path / "kill.csv"
    source.write_text(_csv(rows), encoding="utf-8")
    args = ("members", "import", str(source), "--card", str(card["id"]), "--batch-size", "250")
    kill_after = rng.randint(2, 12)  # of 20 batches

    running = cli.start(*args)
    assert running.stderr is not None
    for line in running.stderr:
        if line.startswith(f"batch {kill_after} of 20 done"):
            running.kill()  # SIGKILL: no cleanup of any kind
            break
    running.wait()
    running.stderr.close()
    assert running.stdout is not None
    running.stdout.close()
    assert running.returncode == -9
    assert kill_after * 250 <= len(all_members(api, card["id"])) < 5000

    again = cli.ok(*args)

    assert _last_line(again).startswith("imported 5000, skipped 0, failed 0;")
    members = all_members(api, card["id"])
    assert len(members) == 5000
    assert _names(members) == Counter(f"{r['first_name']} {r['last_name']}" for r in rows)
    report = _report(tmp_path / "kill-import-report.csv")
    assert Counter(r["outcome"] for r in report) == {"imported": 5000}
    # Every row knows its member, those found again after the kill included.
    assert {r["member_code"] for r in report} == {m["code"] for m in members}


def test_a_network_gone_mid_import_stops_it_in_words_and_a_rerun_finishes_it(
    cli: Cli, proxy: FaultProxy, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    rows = [good_row(random.Random(8), n, "cut") for n in range(2000)]
    source = tmp_path / "cut.csv"
    source.write_text(_csv(rows), encoding="utf-8")
    args = ("members", "import", str(source), "--card", str(card["id"]), "--batch-size", "200")
    cli.env["POS_LOYALTY_API_URL"] = proxy.base_url

    running = cli.start(*args)
    out, err = _until(running, "batch 2 of 10 done", proxy.refuse)

    assert running.returncode == 1
    assert "error: cannot reach the loyalty server" in err
    assert "run the same command again to finish it (no member is added twice)" in err
    last = _last_line(out)
    assert last.startswith("imported ")
    assert ", not sent yet " in last
    proxy.accept()
    again = cli.ok(*args)
    assert _last_line(again).startswith("imported 2000, skipped 0, failed 0;")
    assert len(all_members(api, card["id"])) == 2000


def _until(
    running: "subprocess.Popen[str]", line: str, then: Callable[[], None]
) -> tuple[str, str]:
    """Read the command's stderr until ``line``, call ``then``, and let it end."""
    assert running.stderr is not None
    seen = []
    for text in running.stderr:
        seen.append(text)
        if text.startswith(line):
            then()
            break
    out, rest = running.communicate(timeout=120)
    return out, "".join(seen) + rest


def test_a_utf16_file_from_excel_keeps_every_letter(
    cli: Cli, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    text = (
        "first_name\tlast_name\temail\n"
        "Zoë\tÆrøskøbing\tzoe@example.com\n"
        "Łukasz\tŻółć\tlukasz@example.com\n"
        "美咲\t佐藤 🎉\tmisaki@example.com\n"
    )
    source = tmp_path / "unicode.csv"
    source.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))

    out = cli.ok("members", "import", str(source), "--card", str(card["id"]))

    assert _last_line(out).startswith("imported 3, skipped 0, failed 0;")
    assert _names(all_members(api, card["id"])) == Counter(
        ["Zoë Ærøskøbing", "Łukasz Żółć", "美咲 佐藤 🎉"]
    )


def test_a_semicolon_file_in_windows_1252(
    cli: Cli, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    text = (
        "First Name;Last Name;E-Mail;Phone;City\r\n"
        "Renée;Dupont;renee@example.com;+33 1 42 68 53 00;Paris; 8e\r\n"
        'Jürgen;Groß;juergen@example.com;030 1234567;"Köln; Altstadt"\r\n'
    )
    source = tmp_path / "semicolons.csv"
    source.write_bytes(text.encode("cp1252"))

    result = cli.fails(1, "members", "import", str(source), "--card", str(card["id"]))

    # Renée's unquoted city has a ; too many: her row alone fails, named in the report.
    assert _last_line(result.stdout).startswith("imported 1, skipped 0, failed 1;")
    assert "Windows-1252, semicolon-separated" in result.stderr
    (member,) = all_members(api, card["id"])
    assert (member["first_name"], member["last_name"], member["city"]) == (
        "Jürgen",
        "Groß",
        "Köln; Altstadt",
    )
    failed = _report(tmp_path / "semicolons-import-report.csv")[0]
    assert (failed["row"], failed["outcome"], failed["email"]) == (
        "2",
        "failed",
        "renee@example.com",
    )
    assert "has 6 values" in failed["reason"]


def test_export_then_import_into_another_program_round_trips(
    cli: Cli, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    rng = random.Random(7)
    rows = [good_row(rng, n, "trip", contact=n % 3 != 0) for n in range(60)]
    rows[1] |= {"first_name": 'Anne "Nan"', "last_name": "O'Neil, Jr."}
    rows[2]["custom_1"] = "line one\nline two"
    first = tmp_path / "first.csv"
    first.write_text(_csv(rows), encoding="utf-8")
    cli.ok("members", "import", str(first), "--card", str(card["id"]))
    members = all_members(api, card["id"])
    stamped = members[0]
    api.post(f"/loyalty/loyalty-cards/{card['id']}/stats/{stamped['id']}", json={"amount": 12})

    exported = tmp_path / "export.csv"
    said = cli.ok("members", "export", "--card", str(card["id"]), "--out", str(exported))
    assert said.strip() == f"{exported}: 60 members of {card['name']}"
    other = _copy(api, "Round trip")
    out = cli.ok("members", "import", str(exported), "--card", str(other["id"]))
    again = tmp_path / "again.csv"
    cli.ok("members", "export", "--card", str(other["id"]), "--out", str(again))

    assert _last_line(out).startswith("imported 60, skipped 0, failed 0;")
    details = ["first_name", "last_name", "email", "phone", "custom_1"]
    before, after = _report(exported), _report(again)
    assert [[r[c] for c in details] for r in before] == [[r[c] for c in details] for r in after]
    assert [[r[c] for c in details] for r in before] == [
        [r.get(c, "") for c in details] for r in rows
    ]
    # The export says what the server keeps; the copy starts again with new codes.
    exported_stamped = next(r for r in before if r["code"] == stamped["code"])
    assert (exported_stamped["stamps"], exported_stamped["rewards"]) == ("2", "2")
    assert exported_stamped["created_at"] == stamped["created_at"]
    assert not {r["code"] for r in before} & {r["code"] for r in after}


def test_dry_run_checks_and_reports_but_adds_nobody(
    cli: Cli, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    rows = [good_row(random.Random(3), n, "dry") for n in range(20)]
    source = tmp_path / "dry.csv"
    source.write_text(_csv(rows), encoding="utf-8")
    report = tmp_path / "elsewhere.csv"

    out = cli.ok(
        "members", "import", str(source), "--card", str(card["id"]), "--dry-run",
        "--report", str(report),
    )  # fmt: skip

    assert _last_line(out) == f"dry run: would import 20, skipped 0, failed 0; report: {report}"
    assert all_members(api, card["id"]) == []
    assert Counter(r["outcome"] for r in _report(report)) == {"would_import": 20}
    # A real run afterwards is not mistaken for a resumed one.
    assert _last_line(cli.ok("members", "import", str(source), "--card", str(card["id"])))
    assert len(all_members(api, card["id"])) == 20


def test_running_a_finished_import_again_sends_nothing(
    cli: Cli, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    rows = [good_row(random.Random(4), n, "twice", contact=False) for n in range(30)]
    source = tmp_path / "twice.csv"
    source.write_text(_csv(rows), encoding="utf-8")
    args = ("members", "import", str(source), "--card", str(card["id"]))
    cli.ok(*args)

    again = cli(*args)

    assert again.returncode == 0
    assert _last_line(again.stdout).startswith("imported 30, skipped 0, failed 0;")
    assert "imported into Test copy before; nothing was sent again" in again.stderr
    assert len(all_members(api, card["id"])) == 30


def test_files_that_cannot_be_imported_say_why_in_one_line(
    cli: Cli, card: dict[str, Any], tmp_path: Path
) -> None:
    missing = cli.fails(2, "members", "import", str(tmp_path / "nope.csv"), "--card", "1")
    assert missing.stderr.strip() == f"error: there is no file at {tmp_path / 'nope.csv'}."
    typo = tmp_path / "typo.csv"
    typo.write_text("first_name,emial\nAnn,ann@example.com\n", encoding="utf-8")
    bad_header = cli.fails(1, "members", "import", str(typo), "--card", str(card["id"]))
    (line,) = bad_header.stderr.strip().splitlines()
    assert line.startswith("error: ")
    assert "'emial'" in line
    good = tmp_path / "good.csv"
    good.write_text("first_name\nAnn\n", encoding="utf-8")
    unknown = cli.fails(1, "members", "import", str(good), "--card", "9999")
    assert "there is no program 9999" in unknown.stderr
    usage = cli.fails(2, "members", "import", str(good), "--card", "1", "--batch-size", "5000")
    assert "a batch has 1 to 1000 members" in usage.stderr


def test_wide_rows_go_in_smaller_batches_than_the_server_s_body_limit(
    cli: Cli, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    header = ["first_name", *(f"custom_{n}" for n in range(1, 9))]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for n in range(1000):  # about 2 MB as one batch: twice the server's limit
        writer.writerow([f"Wide {n}", *(f"{k}" * 255 for k in range(1, 9))])
    source = tmp_path / "wide.csv"
    source.write_text(out.getvalue(), encoding="utf-8")

    said = cli.ok("members", "import", str(source), "--card", str(card["id"]))

    assert _last_line(said).startswith("imported 1000, skipped 0, failed 0;")
    assert len(all_members(api, card["id"])) == 1000


def _csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(
        out, ["first_name", "last_name", "email", "phone", "custom_1"], lineterminator="\r\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
