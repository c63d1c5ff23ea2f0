"""Bulk import of members: check every row, plan, then send batch by batch, resumably.

Kill it at any moment and run it again: the resume record (import_record.py)
says which batches are done. A batch that was on its way is sent again under its
own Idempotency-Key when the backend is known to honour keys (it answers it once,
applied or not); otherwise it is first looked for on the server by its e-mails
and phones, and sent again only when it is not there. Each member ends up in the
program exactly once.
"""

import asyncio
from collections import deque
from collections.abc import Callable
from datetime import timedelta

from pos_loyalty.api import (
    ApiError,
    ApiStatusError,
    Card,
    LoyaltyClient,
    Member,
    ValidationError,
)
from pos_loyalty.api.errors import BadRequestError
from pos_loyalty.backoffice.import_plan import (
    MAX_BATCH,
    Batch,
    ExistingMembers,
    ImportPlan,
    batch_key,
    member_fields,
    plan_import,
)
from pos_loyalty.backoffice.import_record import BatchState, ImportId, ImportRecord, StoredBatch
from pos_loyalty.backoffice.import_summary import ImportProgress, ImportSummary, summarise
from pos_loyalty.backoffice.members_file import MembersFile
from pos_loyalty.station.clock import Clock, SystemClock
from pos_loyalty.station.errors import StationError

PAGE_SIZE = 500  # the list endpoint's largest page
# Two batches in flight: the server creates one while the answer of the other is read.
CONCURRENCY = 2
# How many of a batch's rows are looked for on the server to tell whether it was applied
# (a batch is all or nothing, so one found is enough).
_PROBES = 3
# A key is resent only while the server surely remembers it (API.md: at least 24 h).
KEY_MEMORY = timedelta(hours=23)


ProgressListener = Callable[[ImportProgress], None]


class ImportStoppedError(StationError):
    """Why a run stopped before the end: the file's rows changed, or the server answered
    in a way that must be looked at first."""


class _StoppedError(Exception):
    """The run cannot go on (offline, refused key …); a later run finishes it."""

    def __init__(self, error: ApiError | StationError) -> None:
        super().__init__(error.message)
        self.error = error


class MemberImport:
    """One import of a members file into a program (``card``) of ``client``'s backend.

    ``backend`` names the backend in the resume record (the same name for the same
    server every time). Without a ``record`` only a dry run is possible.
    """

    def __init__(
        self,
        client: LoyaltyClient,
        card: Card,
        *,
        backend: str,
        record: ImportRecord | None,
        batch_size: int = MAX_BATCH,
        concurrency: int = CONCURRENCY,
        clock: Clock | None = None,
        on_progress: ProgressListener | None = None,
    ) -> None:
        self.client = client
        self.card = card
        self.backend = backend
        self.record = record
        self.batch_size = batch_size
        self.concurrency = max(1, concurrency)
        self.clock = clock or SystemClock()
        self.on_progress = on_progress
        self._progress = ImportProgress("reading")
        self._program: ExistingMembers | None = None
        self._check_keys = True

    async def run(self, source: MembersFile, *, dry_run: bool = False) -> ImportSummary:
        """Import ``source`` (or, with ``dry_run``, only check and plan it).

        Raises ApiError when the program cannot be read at the start; a failure while
        sending stops the run and is told in the summary's ``stopped``."""
        which = ImportId(self.backend, self.card.id, self.card.code, source.sha256)
        if dry_run or self.record is None:
            plan = await self._plan(source)
            return summarise(plan.rows, dry_run=True)
        import_id = self.record.find(which)
        resumed = import_id is not None
        fields = None
        if import_id is None:
            plan = await self._plan(source)
            import_id = self.record.start(which, source.name, plan, self.clock.now())
            fields = plan.fields
        stored = self.record.batches(import_id)
        if resumed and all(b.state in (BatchState.DONE, BatchState.FAILED) for b in stored):
            return summarise(self.record.rows(import_id), resumed=True, already_done=True)
        # Rows planned by this run made the batch keys a moment ago; rows read again from
        # the file (a resumed run) must still make the recorded keys.
        self._check_keys = fields is None
        if fields is None:  # resumed: the rows still to send, checked again
            fields = _fields_of(source, stored)
        stopped = None
        try:
            await self._send(import_id, fields, stored)
        except _StoppedError as stop:
            stopped = stop.error
        else:
            self.record.finish(import_id, self.clock.now())
        self._tell(ImportProgress("done", *self._counts(import_id)))
        return summarise(self.record.rows(import_id), resumed=resumed, stopped=stopped)

    # Planning

    async def _plan(self, source: MembersFile) -> ImportPlan:
        self._tell(ImportProgress("reading"))
        existing = ExistingMembers()
        # Voided cards count too: their owner is a member of the program already.
        async for member in self.client.iter_users(
            self.card.id, include_voided=True, page_size=PAGE_SIZE
        ):
            existing.add(member)
        return plan_import(source, existing, self.card.id, self.batch_size)

    # Sending

    async def _send(
        self, import_id: int, fields: dict[int, dict[str, str]], stored: list[StoredBatch]
    ) -> None:
        assert self.record is not None
        open_batches = [b for b in stored if b.state in (BatchState.PENDING, BatchState.SENT)]
        self._progress = ImportProgress("sending", *self._counts(import_id))
        self._tell(self._progress)
        # A batch that was on its way when the last run stopped. A backend that honours
        # keys (and still remembers this one) answers it again under its key, applied or
        # not; for any other, look for its rows first, and never resend one found.
        honoured = self.record.keys_honoured(import_id)
        now = self.clock.now()
        try:
            for sent in [b for b in open_batches if b.state is BatchState.SENT]:
                fresh = sent.sent_at is not None and now - sent.sent_at < KEY_MEMORY
                if honoured and fresh:
                    continue
                if await self._applied_before(import_id, sent.batch, fields):
                    open_batches.remove(sent)
        except ApiError as exc:
            raise _StoppedError(exc) from exc
        queue = deque(b.batch for b in open_batches)
        stop: list[_StoppedError] = []

        async def worker() -> None:
            while queue and not stop:
                batch = queue.popleft()
                try:
                    await self._send_batch(import_id, batch, fields)
                except _StoppedError as exc:
                    stop.append(exc)

        await asyncio.gather(*(worker() for _ in range(self.concurrency)))
        if stop:
            raise stop[0]

    async def _send_batch(
        self, import_id: int, batch: Batch, fields: dict[int, dict[str, str]]
    ) -> None:
        assert self.record is not None
        while batch.rows:
            items = [fields[r] for r in batch.rows]
            if self._check_keys and batch_key(self.card.id, items) != batch.key:
                raise _StoppedError(
                    ImportStoppedError(
                        f"the file's rows of batch {batch.number} are not the ones recorded: was"
                        " the file changed during the import? Nothing more was sent."
                    )
                )
            self.record.mark_sent(import_id, batch.number, self.clock.now())
            try:
                members = await self.client.create_users_brief(
                    self.card.id, items, idempotency_key=batch.key
                )
            except ValidationError as exc:
                refused = _refused_row(exc, batch)
                if refused is None:
                    self.record.mark_failed(
                        import_id, batch.number, batch.rows, _server_reason(exc)
                    )
                    self._batch_settled(len(batch.rows))
                    return
                row, column = refused
                rest = tuple(r for r in batch.rows if r != row)
                key = batch_key(self.card.id, [fields[r] for r in rest])
                self.record.drop_row(import_id, batch.number, row, column, _server_reason(exc), key)
                self._batch_settled(1, batch_done=False)
                batch = Batch(batch.number, rest, key)
                continue
            except BadRequestError as exc:
                # Malformed or too large (413): this batch will not do, the others may.
                self.record.mark_failed(import_id, batch.number, batch.rows, _server_reason(exc))
                self._batch_settled(len(batch.rows))
                return
            except ApiError as exc:
                # Offline, a refused key, a program gone, a server in trouble: stop here;
                # the same command finishes the import later.
                raise _StoppedError(exc) from exc
            if len(members) != len(batch.rows):
                raise _StoppedError(
                    ImportStoppedError(
                        f"the server answered batch {batch.number} with {len(members)} members"
                        f" for {len(batch.rows)} rows; look at the program before running again."
                    )
                )
            self.record.mark_done(
                import_id,
                batch.number,
                [(r, m.id, m.code) for r, m in zip(batch.rows, members, strict=True)],
            )
            if self.client.idempotency_supported:
                self.record.learn_keys_honoured(import_id)
            self._batch_settled(len(batch.rows))
            return
        self.record.mark_done(import_id, batch.number, [])
        self._batch_settled(0)

    async def _applied_before(
        self, import_id: int, batch: Batch, fields: dict[int, dict[str, str]]
    ) -> bool:
        """Whether a batch sent by an earlier run is on the server already; if so, it is
        recorded as done with the members found."""
        assert self.record is not None
        probes = [r for r in batch.rows if fields[r].get("email") or fields[r].get("phone")]
        for row in probes[:_PROBES]:
            if await self._find(fields[row]) is not None:
                break
        else:
            return False
        # Applied (all or nothing): find each row's member for the report.
        if self._program is None:
            self._program = ExistingMembers()
            async for member in self.client.iter_users(
                self.card.id, include_voided=True, page_size=PAGE_SIZE
            ):
                self._program.add(member)
        found = self._program
        members = [(r, found.get(fields[r])) for r in batch.rows]
        self.record.mark_done(
            import_id,
            batch.number,
            [(r, m.id if m else None, m.code if m else None) for r, m in members],
            unseen="imported, but its answer was lost: look the member up by name",
        )
        self._batch_settled(len(batch.rows))
        return True

    async def _find(self, fields: dict[str, str]) -> Member | None:
        wanted = ExistingMembers()
        for keyword in (fields.get("email"), fields.get("phone")):
            if not keyword:
                continue
            page = await self.client.list_users(
                self.card.id, keyword=keyword, strict=True, include_voided=True, limit=10
            )
            for member in page.members:
                wanted.add(member)
            match = wanted.get(fields)
            if match is not None:
                return match
        return None

    # Progress

    def _counts(self, import_id: int) -> tuple[int, int, int, int]:
        assert self.record is not None
        return self.record.progress(import_id)

    def _batch_settled(self, rows: int, *, batch_done: bool = True) -> None:
        p = self._progress
        self._progress = ImportProgress(
            "sending",
            p.rows_done + rows,
            p.rows_total,
            p.batches_done + (1 if batch_done else 0),
            p.batches_total,
        )
        self._tell(self._progress)

    def _tell(self, progress: ImportProgress) -> None:
        if self.on_progress is not None:
            self.on_progress(progress)


def _fields_of(source: MembersFile, stored: list[StoredBatch]) -> dict[int, dict[str, str]]:
    """The fields of the rows in batches still open."""
    wanted = {
        row
        for b in stored
        if b.state in (BatchState.PENDING, BatchState.SENT)
        for row in b.batch.rows
    }
    out: dict[int, dict[str, str]] = {}
    for row in source.rows:
        if row.number in wanted:
            fields, _, _ = member_fields(row)
            if fields is not None:
                out[row.number] = fields
    return out


def _refused_row(exc: ValidationError, batch: Batch) -> tuple[int, str] | None:
    """The row (and column) the server named in a refused batch, if it named one."""
    index = exc.details.get("index")
    if not isinstance(index, int) or not 0 <= index < len(batch.rows):
        return None
    column = (exc.field or "").split(".")[-1]
    return batch.rows[index], column


def _server_reason(exc: ApiStatusError) -> str:
    return f"refused by the server: {exc.message.rstrip('.')}"
