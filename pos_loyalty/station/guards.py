"""Checks before a stamp is queued: a repeat within the cooldown, the daily limit."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from pos_loyalty.api import Card, Member
from pos_loyalty.domain.i18n import format_moment, translate
from pos_loyalty.station.clock import Clock
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.journal import OperationJournal


@dataclass(frozen=True, slots=True)
class RecentStamp:
    at: datetime
    operator: str
    station: str
    seconds_ago: float
    # Given by this very counter: "from Cashier at Counter 1" would read as if someone
    # else, elsewhere, had done it.
    here: bool = False

    def describe(self) -> str:
        ago = int(self.seconds_ago)
        if self.here and ago < 2:
            text = translate(
                "Guards", "This member got a stamp just now at this counter, by {operator}."
            )
        elif self.here:
            text = translate(
                "Guards",
                "This member got a stamp %n seconds ago at this counter, by {operator}.",
                None,
                ago,
            )
        elif ago < 2:
            text = translate(
                "Guards", "This member got a stamp just now from {operator} at {station}."
            )
        else:
            text = translate(
                "Guards",
                "This member got a stamp %n seconds ago from {operator} at {station}.",
                None,
                ago,
            )
        return text.format(operator=self.operator, station=self.station)


class RepeatStampError(StationError):
    """A stamp for the same member within the cooldown: confirm to go ahead."""

    def __init__(self, recent: RecentStamp) -> None:
        super().__init__(recent.describe() + " " + translate("Guards", "Add another one?"))
        self.recent = recent


class DailyLimitError(StationError):
    def __init__(self, limit: int, remaining: int) -> None:
        self.limit = limit
        self.remaining = remaining
        super().__init__(
            translate(
                "Guards",
                "This program allows {limit} stamps a day; this member can get {remaining}"
                " more today.",
            ).format(limit=limit, remaining=remaining)
        )


class MemberBlockedError(StationError):
    """A voided or expired member: no stamps and no rewards."""

    def __init__(self, member: Member, now: datetime) -> None:
        if member.voided_at is not None:
            message = translate(
                "Guards",
                "This card was voided on {date}. It cannot get stamps or"
                " rewards. Ask for the member's current card.",
            ).format(date=format_moment(member.voided_at, "date"))
        else:
            assert member.expired_at is not None  # check() says so
            message = translate(
                "Guards",
                "This card expired on {date}. It cannot get stamps or"
                " rewards. Ask for the member's current card.",
            ).format(date=format_moment(member.expired_at, "date"))
        super().__init__(message)

    @staticmethod
    def check(member: Member, now: datetime) -> None:
        if member.voided_at is not None or member.is_expired(now):
            raise MemberBlockedError(member, now)


class StampGuards:
    def __init__(
        self,
        journal: OperationJournal,
        clock: Clock,
        cooldown_seconds: float,
        *,
        station: Callable[[], str] | None = None,
    ) -> None:
        self.journal = journal
        self.clock = clock
        self.cooldown_seconds = cooldown_seconds
        # This station's name as it is now: it can be renamed in the settings while
        # running, so it is asked at each check, not kept.
        self.station = station

    def recent_stamp(self, member_id: int) -> RecentStamp | None:
        now = self.clock.now()
        last = self.journal.last_stamp(member_id, now - timedelta(seconds=self.cooldown_seconds))
        if last is None:
            return None
        here = self.station is not None and last.station == self.station()
        return RecentStamp(
            last.created_at,
            last.operator,
            last.station,
            (now - last.created_at).total_seconds(),
            here=here,
        )

    def check_repeat(self, member_id: int) -> None:
        recent = self.recent_stamp(member_id)
        if recent is not None:
            raise RepeatStampError(recent)

    def remaining_today(self, card: Card, member_id: int) -> int | None:
        """Counts this station's stamps today; the server still has the last word."""
        if card.daily_stamp_limit is None:
            return None
        day_start = self.clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
        used = self.journal.stamps_since(member_id, day_start)
        return max(card.daily_stamp_limit - used, 0)

    def check_daily_limit(self, card: Card, member_id: int, amount: int) -> None:
        remaining = self.remaining_today(card, member_id)
        if remaining is not None and card.daily_stamp_limit is not None and amount > remaining:
            raise DailyLimitError(card.daily_stamp_limit, remaining)
