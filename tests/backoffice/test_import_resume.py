"""The import module on the real server: a network that goes down mid-import, and batches
left ``sent`` by a run that died between the server's answer and the record."""

import random
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_loyalty.api import Card, LoyaltyClient, RetryPolicy
from pos_loyalty.backoffice.import_plan import member_fields
from pos_loyalty.backoffice.import_record import BatchState, ImportId, ImportRecord
from pos_loyalty.backoffice.import_summary import ImportProgress
from pos_loyalty.backoffice.member_import import MemberImport
from pos_loyalty.backoffice.members_file import MembersFile, parse_members
from pos_loyalty.station.clock import ManualClock
from tests.backoffice.conftest import all_members
from tests.backoffice.member_files import MembersCsv, good_row
from tests.support.fault_proxy import FaultProxy
from tests.support.server import RunningServer


async def _no_wait(_: float) -> None:
    return None


def _file(rows: list[dict[str, str]]) -> MembersFile:
    return parse_members(MembersCsv(rows=rows).text().encode())


async def _card(client: LoyaltyClient, card: dict[str, Any]) -> Card:
    return next(c for c in await client.list_cards() if c.id == card["id"])


def _names(members: list[Any]) -> Counter[str]:
    return Counter(f"{m['first_name']} {m['last_name']}" for m in members)


async def test_network_down_mid_import_then_a_rerun_lands_each_member_once(
    proxy: FaultProxy,
    server: RunningServer,
    api: httpx.Client,
    card: dict[str, Any],
    tmp_path: Path,
) -> None:
    rng = random.Random(5)
    rows = [good_row(rng, n, "net", contact=n % 4 != 0) for n in range(3000)]
    source = _file(rows)
    record = ImportRecord(tmp_path / "imports.sqlite3")
    seen: list[ImportProgress] = []

    def cut_after_two_batches(progress: ImportProgress) -> None:
        seen.append(progress)
        if progress.phase == "sending" and progress.batches_done == 2:
            proxy.refuse()  # open connections drop, new ones are refused

    async with LoyaltyClient(
        proxy.base_url, server.key, server.secret, retry=RetryPolicy(attempts=2), sleep=_no_wait
    ) as client:
        program = await _card(client, card)
        first = await MemberImport(
            client,
            program,
            backend="test",
            record=record,
            batch_size=500,
            on_progress=cut_after_two_batches,
        ).run(source)
        assert first.stopped is not None
        assert 0 < first.not_sent <= 3000 - 2 * 500
        assert first.imported + first.not_sent == 3000
        proxy.accept()

        second = await MemberImport(
            client, program, backend="test", record=record, batch_size=500
        ).run(source)

    assert (second.imported, second.skipped, second.failed, second.not_sent) == (3000, 0, 0, 0)
    assert second.resumed
    assert second.stopped is None
    members = all_members(api, card["id"])
    assert _names(members) == Counter(f"{r['first_name']} {r['last_name']}" for r in rows)
    assert seen[-1].phase == "done"


class _HaltError(Exception):
    pass


@pytest.mark.parametrize(
    ("keys_honoured", "sent_hours_ago"),
    [(True, 0), (False, 0), (True, 48)],
    ids=["resent-under-its-key", "looked-for-first", "key-too-old-looked-for-first"],
)
async def test_batches_the_server_applied_but_the_record_missed_are_not_added_twice(
    server: RunningServer,
    api: httpx.Client,
    card: dict[str, Any],
    tmp_path: Path,
    keys_honoured: bool,
    sent_hours_ago: int,
) -> None:
    rng = random.Random(11)
    # Batch 2 has neither e-mails nor phones: it can only be told apart by its key.
    rows = [good_row(rng, n, "sent", contact=not 100 <= n < 200) for n in range(400)]
    source = _file(rows)
    record = ImportRecord(tmp_path / "imports.sqlite3")
    clock = ManualClock()

    def halt(progress: ImportProgress) -> None:
        if progress.phase == "sending":
            raise _HaltError  # the plan is stored; nothing was sent

    async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
        program = await _card(client, card)
        with pytest.raises(_HaltError):
            await MemberImport(
                client, program, backend="t", record=record, batch_size=100, on_progress=halt
            ).run(source)
        import_id = record.find(ImportId("t", program.id, program.code, source.sha256))
        assert import_id is not None
        batches = [b.batch for b in record.batches(import_id)]
        fields = {r.number: member_fields(r)[0] for r in source.rows}
        sent_at = clock.now() - timedelta(hours=sent_hours_ago)
        # Batches 1 and 2 reached the server, which applied them; the run died before it
        # wrote that down. Batch 3 was marked sent and never left.
        for batch in batches[:3]:
            record.mark_sent(import_id, batch.number, sent_at)
        for batch in batches[:2]:
            applied = api.post(
                f"/loyalty/loyalty-cards/{program.id}/stats/bulk",
                json=[fields[r] for r in batch.rows],
                headers={"Idempotency-Key": batch.key},
            )
            assert applied.status_code == 201, applied.text
        if keys_honoured:
            record.learn_keys_honoured(import_id)
        assert len(all_members(api, program.id)) == 200

        summary = await MemberImport(
            client, program, backend="t", record=record, batch_size=100, clock=clock
        ).run(source)

    assert (summary.imported, summary.not_sent, summary.failed) == (400, 0, 0)
    members = all_members(api, program.id)
    assert _names(members) == Counter(f"{r['first_name']} {r['last_name']}" for r in rows)
    assert {b.state for b in record.batches(import_id)} == {BatchState.DONE}
    # Every row knows its member: those of batch 1 found again by e-mail, those of batch
    # 2 (no e-mail, no phone) from the server's answer to their key, sent again.
    by_code = {m["code"]: m for m in members}
    values = {r.number: r.values for r in source.rows}
    for row in summary.rows:
        assert row.member_code is not None, row
        assert by_code[row.member_code]["first_name"] == values[row.row]["first_name"]
