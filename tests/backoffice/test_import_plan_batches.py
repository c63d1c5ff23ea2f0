"""The plan writes each row's JSON once and makes the batch keys and sizes of it: the
keys must be batch_key's own (a resumed import checks its batches with batch_key), and
the batches must still end at the byte limit."""

import json
from collections.abc import Iterable, Sequence

from pos_loyalty.backoffice.import_plan import (
    MAX_BATCH_BYTES,
    ExistingMembers,
    batch_key,
    plan_import,
)
from pos_loyalty.backoffice.members_file import parse_members

# Quotes, backslashes, commas, a semicolon, accents, an emoji and a CJK name: every
# way JSON text can differ from the value it holds.
AWKWARD = [
    ('Zoë "Z"', "Ærø\\Straße", "zoe@example.com", "+32 9 123 45 67"),
    ("José, Jr.", "Núñez; 2nd", "jose@example.com", ""),
    ("李", "😀", "", "0470 12 34 56"),
    ("Plain", "", "plain@example.com", ""),
]


def _csv(rows: Sequence[tuple[str, ...]]) -> bytes:
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    lines = ["first_name,last_name,email,phone"]
    lines += [",".join(cell(v) for v in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def test_each_batch_key_is_batch_key_of_its_rows() -> None:
    rows = [(f"{a} {n}", b, f"{n}.{c}" if c else "", d) for n in range(9) for a, b, c, d in AWKWARD]
    plan = plan_import(parse_members(_csv(rows)), ExistingMembers(), card_id=42, batch_size=5)
    assert len(plan.batches) > 2
    for batch in plan.batches:
        items = [plan.fields[r] for r in batch.rows]
        assert batch.key == batch_key(42, items)


def test_a_batch_ends_before_the_byte_limit() -> None:
    long = "x" * 250  # a custom field holds up to 255
    lines = ["first_name,email,custom_1,custom_2"]
    lines += [f"Ann,a{n}@example.com,{long},{long}" for n in range(1000)]
    plan = plan_import(parse_members("\n".join(lines).encode()), ExistingMembers(), card_id=1)
    assert len(plan.batches) > 1
    for batch in plan.batches:
        assert size(plan.fields[r] for r in batch.rows) <= MAX_BATCH_BYTES
    # Full: one more row would not have fitted.
    first, second = plan.batches[0], plan.batches[1]
    assert size(plan.fields[r] for r in (*first.rows, second.rows[0])) > MAX_BATCH_BYTES


def size(items: Iterable[dict[str, str]]) -> int:
    """The body as the plan counts it: each item as json.dumps writes it, "," between."""
    return len(("[" + ",".join(json.dumps(i, ensure_ascii=False) for i in items) + "]").encode())
