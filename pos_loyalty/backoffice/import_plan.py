"""What an import will do with each row, decided before anything is sent.

Each row is checked (a bad row goes to the report with its column and reason),
then compared with the program's members and the rows before it (a repeated
e-mail or phone is skipped), and the rest are cut into batches for the bulk
endpoint. A batch's Idempotency-Key is a hash of the card id and the batch's
rows: the same rows sent again, after a crash or a lost answer, are the same
request to the server, which answers it once.
"""

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from pos_loyalty.api import Member
from pos_loyalty.backoffice.members_file import MembersFile, SourceRow
from pos_loyalty.station.member_fields import NAME_FIELDS, cleaned, field_problem, phone_digits
from pos_loyalty.station.member_index import fold

MAX_BATCH = 1000  # the bulk endpoint's limit (API.md)
# And a batch's body stays well under the bundled server's default limit of 1 MiB:
# 1,000 members with all eight custom fields full would be 2 MB.
MAX_BATCH_BYTES = 512 * 1024
KEY_PREFIX = "import-"


class Outcome(StrEnum):
    QUEUED = "queued"  # to be sent (only in a plan or an unfinished import)
    IMPORTED = "imported"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(slots=True)
class PlannedRow:
    row: int
    outcome: Outcome
    column: str = ""
    reason: str = ""
    batch: int | None = None
    member_id: int | None = None
    member_code: str | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    number: int
    rows: tuple[int, ...]
    key: str


@dataclass(slots=True)
class ImportPlan:
    rows: list[PlannedRow]
    batches: list[Batch] = field(default_factory=list)
    # What each row to send sends, by row: checked once, used for every batch.
    fields: dict[int, dict[str, str]] = field(default_factory=dict)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.rows if r.outcome is outcome)


class ExistingMembers:
    """The program's members by e-mail (case-folded) and phone (its digits): what makes
    a row a member already, and how a row's member is found again."""

    def __init__(self, members: Iterable[Member] = ()) -> None:
        self.by_email: dict[str, Member] = {}
        self.by_phone: dict[str, Member] = {}
        for member in members:
            self.add(member)

    def add(self, member: Member) -> None:
        if member.email:
            self.by_email.setdefault(fold(member.email), member)
        digits = phone_digits(member.phone)
        if digits:
            self.by_phone.setdefault(digits, member)

    def get(self, fields: dict[str, str]) -> Member | None:
        """The member with a row's e-mail, or else with its phone."""
        email, digits = fold(fields.get("email")), phone_digits(fields.get("phone"))
        return (self.by_email.get(email) if email else None) or (
            self.by_phone.get(digits) if digits else None
        )


def member_fields(row: SourceRow) -> tuple[dict[str, str] | None, str, str]:
    """The fields to send for a row, or None with the column and the reason."""
    if row.problem:
        return None, "", row.problem
    for name, value in row.values.items():
        problem = field_problem(name, value)
        if problem:
            return None, name, problem
    fields = cleaned(row.values)
    if not any(fields.get(n) for n in (*NAME_FIELDS, "email", "phone")):
        return None, "", "has no name, e-mail or phone: a member needs at least one of them"
    return fields, "", ""


def batch_key(card_id: int, items: Sequence[dict[str, str]]) -> str:
    body = json.dumps([card_id, list(items)], sort_keys=True, ensure_ascii=False)
    return KEY_PREFIX + hashlib.sha256(body.encode()).hexdigest()


def plan_import(
    source: MembersFile, existing: ExistingMembers, card_id: int, batch_size: int = MAX_BATCH
) -> ImportPlan:
    """Every row's fate; the rows to send cut into batches of ``batch_size``, in file order."""
    if not 1 <= batch_size <= MAX_BATCH:
        raise ValueError(f"a batch has 1 to {MAX_BATCH} members")
    planned: list[PlannedRow] = []
    queued: list[tuple[int, dict[str, str]]] = []
    first_email: dict[str, int] = {}
    first_phone: dict[str, int] = {}
    for row in source.rows:
        fields, column, reason = member_fields(row)
        if fields is None:
            planned.append(PlannedRow(row.number, Outcome.FAILED, column, reason))
            continue
        email, digits = fold(fields.get("email")), phone_digits(fields.get("phone"))
        skipped = _already_known(existing, email, digits) or _repeated(
            first_email.get(email), first_phone.get(digits)
        )
        if skipped is not None:
            planned.append(PlannedRow(row.number, Outcome.SKIPPED, *skipped))
            continue
        if email:
            first_email[email] = row.number
        if digits:
            first_phone[digits] = row.number
        planned.append(PlannedRow(row.number, Outcome.QUEUED))
        queued.append((row.number, fields))
    plan = ImportPlan(planned, fields=dict(queued))
    by_row = {p.row: p for p in planned}
    for chunk in _chunks(queued, batch_size):
        number = len(plan.batches) + 1
        plan.batches.append(
            Batch(number, tuple(r for r, _ in chunk), batch_key(card_id, [f for _, f in chunk]))
        )
        for r, _ in chunk:
            by_row[r].batch = number
    return plan


def _chunks(
    queued: list[tuple[int, dict[str, str]]], batch_size: int
) -> Iterator[list[tuple[int, dict[str, str]]]]:
    """Up to ``batch_size`` rows, and up to MAX_BATCH_BYTES of JSON, per batch."""
    chunk: list[tuple[int, dict[str, str]]] = []
    size = 2
    for row, fields in queued:
        item = len(json.dumps(fields, ensure_ascii=False).encode()) + 1
        if chunk and (len(chunk) == batch_size or size + item > MAX_BATCH_BYTES):
            yield chunk
            chunk, size = [], 2
        chunk.append((row, fields))
        size += item
    if chunk:
        yield chunk


def _already_known(existing: ExistingMembers, email: str, digits: str) -> tuple[str, str] | None:
    if email and email in existing.by_email:
        known = existing.by_email[email]
        return "email", f"already a member: {known.display_name} ({known.code}) has this e-mail"
    if digits and digits in existing.by_phone:
        known = existing.by_phone[digits]
        return (
            "phone",
            f"already a member: {known.display_name} ({known.code}) has this phone number",
        )
    return None


def _repeated(email_row: int | None, phone_row: int | None) -> tuple[str, str] | None:
    if email_row is not None:
        return "email", f"repeats the e-mail of row {email_row}"
    if phone_row is not None:
        return "phone", f"repeats the phone number of row {phone_row}"
    return None
