"""The counter controller: owns the asyncio tasks, speaks to widgets through signals."""

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from pos_loyalty.api import (
    ApiConnectionError,
    ApiError,
    ApiResponseError,
    AuthError,
    Member,
    Reward,
)
from pos_loyalty.scanning.codes import CodeParser, ScanRejectedError
from pos_loyalty.station.counter import CounterSession, StampTicket
from pos_loyalty.station.guards import DailyLimitError, MemberBlockedError, RepeatStampError
from pos_loyalty.station.journal import Operation, OperationKind, OperationState
from pos_loyalty.station.lookup import LatestOnly, MemberNotFoundError

log = logging.getLogger(__name__)
INDEX_REFRESH_SECONDS = 300


@dataclass(frozen=True, slots=True)
class StationStatus:
    online: bool | None
    pending: int
    needs_review: int
    program: str
    station: str
    operator: str
    demo: bool


def describe_api_error(exc: ApiError) -> str:
    """What happened and what to do, for the counter."""
    if isinstance(exc, AuthError):
        return (
            "The loyalty server refused the API key or secret. Open Settings and enter"
            " the key pair again."
        )
    if isinstance(exc, ApiConnectionError):
        return "The loyalty server cannot be reached. Check the network; stamps are queued."
    if isinstance(exc, ApiResponseError):
        return f"The loyalty server gave an answer that makes no sense. {exc.message}"
    return exc.message


class CounterController(QObject):
    member_shown = Signal(object)  # Member
    member_cleared = Signal()
    stamps_queued = Signal(object)  # StampTicket
    stamps_confirmed = Signal(object, object, list)  # Operation, Member, new reward names
    write_failed = Signal(object)  # Operation
    repeat_warned = Signal(object, int)  # RecentStamp, amount
    notice = Signal(str, str)  # level, text
    status_changed = Signal(object)  # StationStatus
    search_finished = Signal(list)  # list[Member]
    undo_available = Signal(bool)

    def __init__(
        self,
        session: CounterSession,
        *,
        demo: bool,
        station_mode: str = "counter",
        parser: CodeParser | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.demo = demo
        self.station_mode = station_mode
        self.parser = parser or CodeParser()
        self.member: Member | None = None
        self.ticket: StampTicket | None = None
        # Whether the last read or write reached the server (None: not known yet).
        self._online: bool | None = None
        self._lookups = LatestOnly()
        self._tasks: set[asyncio.Task[Any]] = set()
        session.sender.listeners.append(self._settled)
        self._status_timer = QTimer(self, interval=1000)
        self._status_timer.timeout.connect(self.publish_status)
        self._undo_timer = QTimer(self, singleShot=True)
        self._undo_timer.timeout.connect(lambda: self.undo_available.emit(False))

    # Lifecycle

    def start(self) -> None:
        self._spawn(self.session.sender.run(), "sender")
        self._spawn(self._keep_index_fresh(), "member index")
        self._status_timer.start()
        self.publish_status()

    async def aclose(self) -> None:
        self._status_timer.stop()
        self._lookups.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    # Scans and lookups

    def scan(self, text: str) -> asyncio.Task[None] | None:
        """Text from the wedge scanner, the camera or the code field."""
        try:
            scanned = self.parser.parse(text)
        except ScanRejectedError as refused:
            self.notice.emit("warn", refused.reason)
            return None
        if scanned.corrected_layout:
            log.info("scan corrected from %s keyboard layout", scanned.corrected_layout)
        auto_stamp = self.station_mode == "scanner"
        return self._lookups.start(self._lookup(scanned.code, auto_stamp))

    async def _lookup(self, code: str, auto_stamp: bool) -> None:
        try:
            result = await self.session.lookup(code)
        except MemberNotFoundError as missing:
            self._reached(True)
            self.notice.emit("error", missing.message)
            return
        except ApiConnectionError:
            self._reached(False)
            self.notice.emit(
                "error",
                "Offline, and this card is not in the local list yet. Try again when the"
                " connection is back, or search the member by name.",
            )
            return
        except ApiError as exc:
            self.notice.emit("error", describe_api_error(exc))
            return
        self.show_member(result.member)
        if auto_stamp:
            self.add_stamps(1)
        if result.from_index:
            self._spawn(self._refresh(result.member.id), "refresh member")

    async def _refresh(self, member_id: int) -> None:
        try:
            fresh = await self.session.members.refresh(member_id)
        except ApiError:
            self._reached(False)
            return  # the cached member stays on screen; the status bar shows offline
        self._reached(True)
        if self.member is not None and self.member.id == fresh.id and self._no_open_write():
            self.show_member(fresh)

    def _no_open_write(self) -> bool:
        return self.ticket is None or self.session.journal.get(
            self.ticket.operation.id
        ).state not in (OperationState.PENDING, OperationState.SENT)

    def show_member(self, member: Member) -> None:
        self.member = member
        self.member_shown.emit(member)

    def clear(self) -> None:
        self._lookups.cancel()
        self.member = None
        self.ticket = None
        self.undo_available.emit(False)
        self.member_cleared.emit()

    def search(self, keyword: str) -> None:
        self._spawn(self._search(keyword.strip()), "search")

    async def _search(self, keyword: str) -> None:
        if not keyword:
            self.search_finished.emit([])
            return
        try:
            page = await self.session.members.client.list_users(
                self.session.card.id, keyword=keyword, limit=20
            )
        except ApiError as exc:
            self.notice.emit("error", describe_api_error(exc))
            return
        self.search_finished.emit(page.members)

    # Stamps and rewards

    def add_stamps(self, amount: int = 1, confirmed: bool = False) -> None:
        member = self.member
        if member is None:
            self.notice.emit("info", "Scan a card first.")
            return
        try:
            ticket = self.session.add_stamps(member, amount, confirmed=confirmed)
        except RepeatStampError as repeat:
            self.repeat_warned.emit(repeat.recent, amount)
            return
        except (DailyLimitError, MemberBlockedError) as refused:
            self.notice.emit("error", refused.message)
            return
        self.ticket = ticket
        self.member = member.model_copy(update={"stamps": ticket.expected.stamps})
        self.stamps_queued.emit(ticket)
        self.undo_available.emit(True)
        self._undo_timer.start(int(self.session.settings.undo_seconds * 1000))
        self.publish_status()

    def undo(self) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        self.undo_available.emit(False)
        self.ticket = None
        if self.session.undo(ticket):
            if self.member is not None and self.member.id == ticket.operation.member_id:
                self.show_member(self.member.model_copy(update={"stamps": ticket.before}))
            self.notice.emit("info", "Stamp undone. Nothing was sent.")
        else:
            self.notice.emit("warn", "Too late to undo: the stamp was already sent.")
        self.publish_status()

    def redeem(self, reward: Reward) -> None:
        member = self.member
        if member is None:
            return
        try:
            self.session.redeem(member, [reward.id])
        except (ValueError, MemberBlockedError) as refused:
            message = getattr(refused, "message", None) or "That reward cannot be used now."
            self.notice.emit("error", message)
            return
        remaining = [r for r in member.rewards if r.id != reward.id]
        self.show_member(member.model_copy(update={"rewards": remaining}))
        self.notice.emit("ok", f"Redeemed: {reward.name}. Hand it over!")
        self.publish_status()

    # Hearing the journal

    def _settled(self, op: Operation) -> None:
        if op.state in (OperationState.APPLIED, OperationState.REJECTED):
            self._reached(True)
        elif op.state is OperationState.PENDING and op.error:
            self._reached(False)
        self.publish_status()
        if op.state is OperationState.APPLIED and op.result is not None:
            self._applied(op, Member.model_validate(op.result))
        elif op.state in (OperationState.REJECTED, OperationState.NEEDS_REVIEW):
            self.write_failed.emit(op)
        elif (
            op.state is OperationState.PENDING
            and op.error
            and op.attempts == 1
            and op.kind is OperationKind.ADD_STAMPS
        ):
            # Offline, or a refused key: say why, and that nothing is lost.
            self.notice.emit(
                "warn", f"{op.error} The stamp is queued and will be sent when the server takes it."
            )

    def _applied(self, op: Operation, member: Member) -> None:
        shown = self.member is not None and self.member.id == member.id
        if op.kind is OperationKind.ADD_STAMPS:
            before = {r.id for r in (self.member.rewards if shown and self.member else [])}
            earned = [r.name for r in member.rewards if r.id not in before and r.used_at is None]
            if shown and self._is_latest(op):
                self.show_member(member)
            self.stamps_confirmed.emit(op, member, earned if shown else [])
        elif shown and self._is_latest(op):
            self.show_member(member)

    def _is_latest(self, op: Operation) -> bool:
        """Later writes for the shown member are still coming: keep the screen's
        expected count until the last one is in."""
        return self.ticket is None or self.ticket.operation.id <= op.id

    # Status

    def status(self) -> StationStatus:
        counts = self.session.journal.counts()
        return StationStatus(
            online=self._online,
            pending=counts[OperationState.PENDING] + counts[OperationState.SENT],
            needs_review=counts[OperationState.NEEDS_REVIEW],
            program=self.session.card.name,
            station=self.session.staff.station,
            operator=self.session.staff.operator,
            demo=self.demo,
        )

    def _reached(self, ok: bool) -> None:
        if self._online != ok:
            self._online = ok
            self.publish_status()

    def publish_status(self) -> None:
        self.status_changed.emit(self.status())

    # Tasks

    async def _keep_index_fresh(self) -> None:
        while True:
            try:
                count = await self.session.index.refresh(
                    self.session.members.client, self.session.card.id
                )
                log.info("member index refreshed: %d members", count)
                self._reached(True)
            except ApiError as exc:
                self._reached(not isinstance(exc, ApiConnectionError))
                log.warning("member index refresh failed: %s", exc.message)
            await asyncio.sleep(INDEX_REFRESH_SECONDS)

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(lambda t: self._finished(t, name))
        return task

    def _finished(self, task: asyncio.Task[Any], name: str) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("%s failed", name, exc_info=error)
            self.notice.emit("error", f"Something went wrong ({name}). It was logged; try again.")
