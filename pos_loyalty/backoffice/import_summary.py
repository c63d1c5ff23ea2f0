"""Where an import stands and how it ended: for a progress bar and the last line."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from pos_loyalty.api import ApiError
from pos_loyalty.backoffice.import_plan import Outcome, PlannedRow
from pos_loyalty.station.errors import StationError


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """Where an import stands, for a progress bar."""

    phase: str  # "reading" the program, "sending" batches, or "done"
    rows_done: int = 0  # rows to send that are settled (imported or refused)
    rows_total: int = 0
    batches_done: int = 0
    batches_total: int = 0


@dataclass(frozen=True, slots=True)
class ImportSummary:
    imported: int
    skipped: int
    failed: int
    # Rows still to send when the run stopped early (see ``stopped``); 0 when it ended.
    not_sent: int
    rows: list[PlannedRow] = field(default_factory=list)
    dry_run: bool = False
    resumed: bool = False
    # The same file was imported into this program before, to the end: nothing was sent.
    already_done: bool = False
    # Why the run stopped early (ApiError or StationError, each with a ``message``).
    stopped: ApiError | StationError | None = None

    @property
    def ok(self) -> bool:
        """Nothing failed (and, unless a dry run, nothing is left to send): exit 0."""
        return self.failed == 0 and (self.dry_run or self.not_sent == 0)

    def line(self) -> str:
        """The summary, as the command's last line says it."""
        if self.dry_run:
            return (
                f"dry run: would import {self.not_sent}, skipped {self.skipped},"
                f" failed {self.failed}"
            )
        text = f"imported {self.imported}, skipped {self.skipped}, failed {self.failed}"
        if self.not_sent:
            text += f", not sent yet {self.not_sent}"
        return text


def summarise(
    rows: Sequence[PlannedRow],
    *,
    dry_run: bool = False,
    resumed: bool = False,
    already_done: bool = False,
    stopped: ApiError | StationError | None = None,
) -> ImportSummary:
    counts = dict.fromkeys(Outcome, 0)
    for row in rows:
        counts[row.outcome] += 1
    return ImportSummary(
        imported=counts[Outcome.IMPORTED],
        skipped=counts[Outcome.SKIPPED],
        failed=counts[Outcome.FAILED],
        not_sent=counts[Outcome.QUEUED],
        rows=list(rows),
        dry_run=dry_run,
        resumed=resumed,
        already_done=already_done,
        stopped=stopped,
    )
