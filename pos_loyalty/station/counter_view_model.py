"""The counter's view model: every rule of what the cashier sees and what a tap does.

Qt-free. A front end (the Qt controller, a test) gives it a ``CounterScreen`` and
calls its methods on scans and taps; it answers with plain view data. What the
screen shows for a member is always the server's last answer plus this station's
open writes (see projection.py), and every question it asks belongs to one member
(see prompts.py).
"""

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from pos_loyalty.api import ApiConnectionError, ApiError, Card, Member, Reward
from pos_loyalty.domain.i18n import translate
from pos_loyalty.scanning.codes import CodeParser, ScanRejectedError
from pos_loyalty.station.counter import CounterSession, StampTicket
from pos_loyalty.station.errors import StationError, describe
from pos_loyalty.station.guards import RepeatStampError
from pos_loyalty.station.index_refresh import IndexRefresher
from pos_loyalty.station.journal import (
    OPEN_STATES,
    Operation,
    OperationJournal,
    OperationKind,
    OperationState,
)
from pos_loyalty.station.lookup import (
    LatestOnly,
    MemberInOtherProgramError,
    MemberNotFoundError,
    copy_note,
)
from pos_loyalty.station.member_view import Level, MemberView, Notice, Offer, build_member_view
from pos_loyalty.station.projection import stamp_goal
from pos_loyalty.station.prompts import Prompt, PromptKind, PromptSlot, fingerprint

log = logging.getLogger(__name__)
SEARCH_LIMIT = 20


class Cue(StrEnum):
    """A sound that goes with a message."""

    STAMP = "stamp"
    REWARD = "reward"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class StationStatus:
    online: bool | None
    # Open writes (pending or on the wire), held ones included.
    pending: int
    needs_review: int
    program: str
    station: str
    operator: str
    demo: bool
    # Of ``pending``: stamps held only for their undo window, and writes on the wire.
    # Online, neither is a queue: "waiting to send" would read as a send that is stuck.
    held: int = 0
    sending: int = 0
    # Whether Ctrl+Z can still take back the stamp on screen.
    undoable: bool = False

    @property
    def queued(self) -> int:
        """Writes really waiting: all of them offline; otherwise those neither held for
        undo nor on the wire (failed once, or behind one that failed)."""
        if self.online is False:
            return self.pending
        return max(self.pending - self.held - self.sending, 0)


@dataclass(frozen=True, slots=True)
class SearchResults:
    keyword: str
    members: list[Member]
    # Said when the answer came from this station's copy (offline).
    note: str | None = None


class CounterScreen(Protocol):
    """What the view model tells its front end."""

    def member_changed(self, view: MemberView | None) -> None: ...
    def prompt_changed(self, prompt: Prompt | None) -> None: ...
    def noticed(self, notice: Notice, cue: Cue | None) -> None: ...
    def undo_changed(self, seconds_left: float | None) -> None: ...
    def status_changed(self, status: StationStatus) -> None: ...
    def search_finished(self, results: SearchResults) -> None: ...
    def scan_taken(self) -> None: ...


class CounterViewModel:
    def __init__(
        self,
        session: CounterSession,
        screen: CounterScreen,
        *,
        demo: bool,
        scanner_station: bool = False,
        parser: CodeParser | None = None,
    ) -> None:
        self.session = session
        self.screen = screen
        self.demo = demo
        self.scanner_station = scanner_station
        self.parser = parser or CodeParser()
        self.prompts = PromptSlot()
        self.ticket: StampTicket | None = None
        self.view: MemberView | None = None
        # The server's last answer for the member on screen; None when idle.
        self._base: Member | None = None
        self._from_copy = False
        # Whether the last read or write reached the server (None: not known yet).
        self.online: bool | None = None
        # Bumped whenever a write of a member settles: a read started before is stale.
        self._settled_count: dict[int, int] = {}
        self._lookups = LatestOnly()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._undo_timer: asyncio.TimerHandle | None = None
        self._index_refresher: IndexRefresher | None = None
        # Writes settled since the station went offline, told once the queue is out.
        self._backlog: _Backlog | None = None
        self._settling = False
        # Set by the station when it can change programs live (Station.switch_card).
        self.switch_program: Callable[[Card, Member], object] | None = None
        session.sender.listeners.append(self._settled)

    # Lifecycle

    def start(self) -> None:
        self._spawn(self.session.sender.run(), "sender")
        self._spawn(self._keep_index_fresh(), "member index")
        self.publish_status()

    async def aclose(self) -> None:
        self._lookups.cancel()
        self._stop_undo_timer()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    @property
    def member(self) -> Member | None:
        """The member on screen, as shown (projected)."""
        return None if self.view is None else self.view.member

    # Scans, lookups and search

    def scan(self, text: str) -> "asyncio.Task[None] | None":
        """Text from the wedge scanner, the camera or the code field."""
        self.screen.scan_taken()
        self._dismiss_prompt()
        try:
            scanned = self.parser.parse(text)
        except ScanRejectedError as refused:
            self._say(Level.WARN, refused.reason)
            return None
        if scanned.corrected_layout:
            log.info("scan corrected from %s keyboard layout", scanned.corrected_layout)
        return self._lookups.start(self._lookup(scanned.code, self.scanner_station))

    async def _lookup(self, code: str, auto_stamp: bool) -> None:
        try:
            result = await self.session.lookup(code)
        except MemberInOtherProgramError as other:
            self._reached(True)
            self._leave_member()
            self._offer_switch(other)
            return
        except MemberNotFoundError as missing:
            self._reached(True)
            self._leave_member()
            self._say(Level.ERROR, missing.message, Cue.ERROR, offer=Offer.NEW_MEMBER)
            return
        except (ApiError, StationError) as exc:
            self._reached(not isinstance(exc, ApiConnectionError))
            self._say(Level.ERROR, describe(exc), Cue.ERROR)
            return
        if not result.from_index:
            self._reached(True)  # the server answered: a stamp now is not "queued offline"
        self.show_member(result.member, from_copy=result.from_index)
        if auto_stamp:
            self.add_stamps(1)
        if result.from_index:
            self._spawn(self._refresh(result.member.id), "refresh member")

    async def _refresh(self, member_id: int) -> None:
        settled_before = self._settled_count.get(member_id, 0)
        try:
            fresh = await self.session.members.refresh(member_id)
        except ApiError:
            self._reached(False)
            return  # the copy stays on screen, saying where it comes from
        self._reached(True)
        open_ops = self.session.journal.open_for_member(member_id)
        in_flight = any(op.state is OperationState.SENT for op in open_ops)
        stale = in_flight or self._settled_count.get(member_id, 0) != settled_before
        if self._base is not None and self._base.id == fresh.id and not stale:
            self._base = fresh
            self._from_copy = False
            self._render()

    def search(self, keyword: str) -> "asyncio.Task[None]":
        return self._spawn(self._search(keyword.strip()), "search")

    async def _search(self, keyword: str) -> None:
        if not keyword:
            self.screen.search_finished(SearchResults(keyword, []))
            return
        try:
            result = await self.session.members.search(keyword, SEARCH_LIMIT)
        except ApiError as exc:
            self._reached(True)
            self._say(Level.ERROR, describe(exc), Cue.ERROR)
            return
        self._reached(not result.from_copy)
        note = result.note(self.session.clock.now())
        self.screen.search_finished(SearchResults(keyword, list(result.members), note))

    def pick(self, member: Member) -> None:
        """A search result was chosen."""
        self._dismiss_prompt()
        self.show_member(member, from_copy=False)

    def show_member(self, member: Member, *, from_copy: bool = False) -> None:
        if self._base is None or self._base.id != member.id:
            self._dismiss_prompt()
            self._forget_ticket()
        self._base = member
        self._from_copy = from_copy
        self._render()

    def done(self) -> None:
        """Done, Esc on a member, or the idle timeout: ready for the next customer."""
        self._lookups.cancel()
        self._dismiss_prompt()
        self._leave_member()

    def _leave_member(self) -> None:
        """No member on screen: after Done, or a card that is clearly someone else's
        (another program's, or nobody's), so that +1 can never stamp the customer
        before."""
        self._forget_ticket()
        self._base = None
        self._from_copy = False
        self.view = None
        self.screen.member_changed(None)

    # Stamps, undo and rewards

    def add_stamps(self, amount: int = 1) -> None:
        prompt = self.prompts.current
        if (
            prompt is not None
            and prompt.kind is PromptKind.REPEAT_STAMP
            and prompt.amount == amount
        ):
            self.confirm_prompt()  # the same key again confirms
            return
        self._add_stamps(amount, confirmed=False)

    def _add_stamps(self, amount: int, *, confirmed: bool) -> None:
        self._dismiss_prompt()
        member = self.member
        if member is None:
            self._say(Level.INFO, translate("CounterViewModel", "Scan a card first."))
            return
        try:
            ticket = self.session.add_stamps(member, amount, confirmed=confirmed)
        except RepeatStampError as repeat:
            question = (
                translate("CounterViewModel", "Add another stamp?")
                if amount == 1
                else translate("CounterViewModel", "Add %n more stamps?", None, amount)
            )
            self._ask(
                PromptKind.REPEAT_STAMP,
                member,
                f"{repeat.recent.describe()} {question}",
                translate("CounterViewModel", "Yes, add"),
                "Space" if amount == 1 else "",
                amount=amount,
            )
            return
        except StationError as refused:
            self._say(Level.ERROR, refused.message, Cue.ERROR)
            return
        self.ticket = ticket
        self._render()
        self._announce_stamps(member, ticket)
        self._start_undo_timer(self.session.settings.undo_seconds)
        self.publish_status()

    def _announce_stamps(self, member: Member, ticket: StampTicket) -> None:
        goal = stamp_goal(self.session.card, self.session.settings.default_stamp_goal)
        after = ticket.expected.stamps
        if ticket.before + ticket.operation.payload.get("amount", 1) >= goal:
            # The card filled up and starts again: "9 → 0" alone would read as a loss.
            text = translate("CounterViewModel", "{name}:  {before} → {goal} of {goal}, full")
            text += (
                translate("CounterViewModel", " (new card at {after})")
                if after
                else translate("CounterViewModel", " (new card starts)")
            )
        else:
            text = translate("CounterViewModel", "{name}:  {before} → {after} of {goal}")
        text = text.format(name=member.display_name, before=ticket.before, after=after, goal=goal)
        if self.online is False:
            text += "    " + translate(
                "CounterViewModel", "Offline: queued, sent when the server is back."
            )
        if ticket.expected.issued:
            names = ", ".join(r.name for r in ticket.expected.issued)
            earned = translate("CounterViewModel", "Reward earned: {names}").format(names=names)
            self._say(Level.OK, f"{text}    {earned}", Cue.REWARD)
        else:
            self._say(Level.OK, text, Cue.STAMP)

    def undo(self) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        self._forget_ticket()
        if self.session.undo(ticket):
            self._render()
            self._say(Level.INFO, translate("CounterViewModel", "Stamp undone. Nothing was sent."))
        else:
            self._say(
                Level.WARN,
                translate("CounterViewModel", "Too late to undo: the stamp was already sent."),
            )
        self.publish_status()

    def ask_redeem(self, reward: Reward) -> None:
        """A reward button or its Alt+N: ask first; the same key again confirms."""
        prompt = self.prompts.current
        if (
            prompt is not None
            and prompt.kind is PromptKind.REDEEM
            and prompt.reward is not None
            and prompt.reward.name == reward.name
        ):
            self.confirm_prompt()
            return
        view = self.view
        if view is None:
            return
        member = view.member
        names = [c.reward.name for c in view.rewards]
        key = f"Alt+{names.index(reward.name) + 1}" if reward.name in names else ""
        self._ask(
            PromptKind.REDEEM,
            member,
            translate("CounterViewModel", "Redeem {reward} for {name} now?").format(
                reward=reward.name, name=member.display_name
            ),
            translate("CounterViewModel", "Redeem"),
            key,
            reward=reward,
        )

    def _redeem(self, reward: Reward) -> None:
        member = self.member
        if member is None:
            return
        try:
            self.session.redeem(member, reward)
        except StationError as refused:
            self._say(Level.ERROR, refused.message, Cue.ERROR)
            return
        ticket = self.ticket
        if ticket is not None and self._released(ticket):
            self._forget_ticket()  # the redemption ended the stamp's undo window
        self._render()
        if self.online is False:
            self._say(
                Level.OK,
                translate(
                    "CounterViewModel",
                    "Redeemed offline: {reward}. Hand it over; it is recorded when the"
                    " server is back.",
                ).format(reward=reward.name),
            )
        else:
            self._say(
                Level.OK,
                translate("CounterViewModel", "Redeemed: {reward}. Hand it over!").format(
                    reward=reward.name
                ),
            )
        self.publish_status()

    def _released(self, ticket: StampTicket) -> bool:
        held_until = self.session.journal.get(ticket.operation.id).send_after
        return held_until <= self.session.clock.now().timestamp()

    def _offer_switch(self, other: MemberInOtherProgramError) -> None:
        program = other.card.name or translate("CounterViewModel", "program {id}").format(
            id=other.card.id
        )
        if self.switch_program is None:
            self._say(
                Level.ERROR,
                translate(
                    "CounterViewModel",
                    "This card belongs to {program}, not {current}. Choose that"
                    " program in Settings (F10) to serve it.",
                ).format(program=program, current=self.session.card.name),
                Cue.ERROR,
            )
            return
        prompt = Prompt(
            PromptKind.SWITCH_PROGRAM,
            other.member.id,
            self.session.card.id,
            fingerprint(other.member),
            translate(
                "CounterViewModel",
                "This card belongs to {program}, not {current}. Switch this station to {program}?",
            ).format(program=program, current=self.session.card.name),
            translate("CounterViewModel", "Switch"),
            "",
            other_card=other.card,
            other_member=other.member,
        )
        self.screen.prompt_changed(self.prompts.open(prompt))

    # Prompts

    def confirm_prompt(self) -> None:
        prompt = self.prompts.take(self.member, self.session.card.id)
        self.screen.prompt_changed(None)
        if prompt is None:
            return
        if prompt.kind is PromptKind.REPEAT_STAMP:
            self._add_stamps(prompt.amount, confirmed=True)
        elif prompt.kind is PromptKind.REDEEM and prompt.reward is not None:
            self._redeem(prompt.reward)
        elif prompt.kind is PromptKind.SWITCH_PROGRAM and self.switch_program is not None:
            assert prompt.other_card is not None
            assert prompt.other_member is not None
            self.switch_program(prompt.other_card, prompt.other_member)

    def cancel_prompt(self) -> bool:
        """Esc: True when a prompt was open (and is now closed)."""
        return self._dismiss_prompt()

    def _ask(
        self,
        kind: PromptKind,
        member: Member,
        text: str,
        confirm_label: str,
        confirm_key: str,
        *,
        amount: int = 0,
        reward: Reward | None = None,
    ) -> None:
        prompt = Prompt(
            kind,
            member.id,
            self.session.card.id,
            fingerprint(member),
            text,
            confirm_label,
            confirm_key,
            amount,
            reward,
        )
        self.screen.prompt_changed(self.prompts.open(prompt))

    def _dismiss_prompt(self) -> bool:
        if self.prompts.dismiss():
            self.screen.prompt_changed(None)
            return True
        return False

    # Rendering

    def _render(self) -> None:
        base = self._base
        if base is None:
            return
        session = self.session
        now = session.clock.now()
        projection = session.project(base)
        offline_copy = self._from_copy and self.online is False
        source_line = copy_note(session.index.updated_at, now) if offline_copy else None
        self.view = build_member_view(
            projection,
            session.card,
            stamp_goal(session.card, session.settings.default_stamp_goal),
            now,
            online=self.online,
            source_line=source_line,
            stamps_left_today=session.stamps_left_today(base.id),
        )
        prompt = self.prompts.current
        if prompt is not None and not prompt.still_holds(self.view.member, session.card.id):
            self._dismiss_prompt()  # the member's data changed under the question
        self.screen.member_changed(self.view)

    # Undo window

    def _start_undo_timer(self, seconds: float) -> None:
        self._stop_undo_timer()
        self.screen.undo_changed(seconds)
        loop = asyncio.get_event_loop()
        self._undo_timer = loop.call_later(seconds, self._forget_ticket)

    def _stop_undo_timer(self) -> None:
        if self._undo_timer is not None:
            self._undo_timer.cancel()
            self._undo_timer = None

    def _forget_ticket(self) -> None:
        self._stop_undo_timer()
        if self.ticket is not None:
            self.ticket = None
            self.screen.undo_changed(None)
            self.publish_status()  # the status bar no longer offers Ctrl+Z

    # Hearing the journal

    def _settled(self, op: Operation) -> None:
        self._settling = True
        try:
            self._hear(op)
        finally:
            self._settling = False

    def _hear(self, op: Operation) -> None:
        if op.member_id is not None and op.state not in OPEN_STATES:
            self._settled_count[op.member_id] = self._settled_count.get(op.member_id, 0) + 1
        if self._backlog is not None:
            self._backlog.hear(op.id)
        shown = self._base is not None and op.member_id == self._base.id
        applied = op.state is OperationState.APPLIED and op.result is not None
        if applied and shown and op.kind is not OperationKind.DELETE_MEMBER:
            assert op.result is not None
            self._base = Member.model_validate(op.result)
            self._from_copy = False
        # Only now: coming back online re-renders, and the write that just left the
        # open set must already be in the base, or the count dips for a moment.
        if op.state in (OperationState.APPLIED, OperationState.REJECTED):
            self._reached(True)
        elif op.state is OperationState.PENDING and op.error:
            self._reached(False)
        if op.state in (OperationState.REJECTED, OperationState.NEEDS_REVIEW):
            self._say(Level.ERROR, self._failure_words(op), Cue.ERROR)
            if shown and op.member_id is not None and op.member_id > 0:
                # The refusal says the station's picture was wrong (voided at another
                # till, a reward used there): read the member again.
                self._spawn(self._refresh(op.member_id), "refresh member")
        elif (
            op.state is OperationState.PENDING
            and op.error
            and op.attempts == 1
            and op.kind in (OperationKind.ADD_STAMPS, OperationKind.USE_REWARDS)
        ):
            why = (
                translate(
                    "CounterViewModel", "the demo server is not answering; it restarts by itself"
                )
                if self.demo
                else translate("CounterViewModel", "the loyalty server is not answering")
            )
            stamp = op.kind is OperationKind.ADD_STAMPS
            if op.member_name and stamp:
                text = translate(
                    "CounterViewModel",
                    "{name}'s stamp is queued here: {why}. It goes out when the server is"
                    " back; nothing is lost.",
                )
            elif op.member_name:
                text = translate(
                    "CounterViewModel",
                    "{name}'s reward is queued here: {why}. It goes out when the server is"
                    " back; nothing is lost.",
                )
            elif stamp:
                text = translate(
                    "CounterViewModel",
                    "The stamp is queued here: {why}. It goes out when the server is back;"
                    " nothing is lost.",
                )
            else:
                text = translate(
                    "CounterViewModel",
                    "The reward is queued here: {why}. It goes out when the server is back;"
                    " nothing is lost.",
                )
            self._say(Level.WARN, text.format(name=op.member_name, why=why))
        if shown:
            self._render()
        if self._backlog is not None:
            self._backlog.hear(op.id)  # the write that took the station offline
        self._after_backlog(self.publish_status())

    def _after_backlog(self, status: StationStatus) -> None:
        """Back online and the writes queued meanwhile are all out: say so, once."""
        backlog = self._backlog
        if backlog is None or status.online is not True or status.pending > status.held:
            return
        self._backlog = None
        sent, to_check, only_stamps = backlog.tally(self.session.journal)
        if not sent and not to_check:
            return  # offline for a moment with nothing queued: nothing to tell
        if self.prompts.current is not None:
            # The banner shows one thing at a time, and a question comes first; the
            # status bar already says nothing is waiting.
            log.info("back online: %d queued writes sent, %d to check", sent, to_check)
            return
        if to_check:
            text = translate(
                "CounterViewModel",
                "Back online. Queued here: {sent} sent, {check} to check (see 'to check' in"
                " the status bar).",
            ).format(sent=sent, check=to_check)
            self._say(Level.WARN, text)
        elif only_stamps:
            self._say(
                Level.INFO,
                translate("CounterViewModel", "Back online: %n queued stamp(s) sent.", None, sent),
            )
        else:
            self._say(
                Level.INFO,
                translate(
                    "CounterViewModel",
                    "Back online: everything queued here was sent (%n).",
                    None,
                    sent,
                ),
            )

    @staticmethod
    def _failure_words(op: Operation) -> str:
        if op.state is OperationState.NEEDS_REVIEW:
            if op.member_name:
                return translate(
                    "CounterViewModel",
                    "A write for {name} could not be confirmed: the answer was lost. Look the"
                    " member up before doing it again; it is listed under 'to check' in the"
                    " status bar.",
                ).format(name=op.member_name)
            return translate(
                "CounterViewModel",
                "A write could not be confirmed: the answer was lost. Look the member up"
                " before doing it again; it is listed under 'to check' in the status bar.",
            )
        return op.error or translate(
            "CounterViewModel",
            "The server refused a write. Look the member up to see where it stands.",
        )

    # Status

    def status(self) -> StationStatus:
        counts = self.session.journal.counts()
        return StationStatus(
            online=self.online,
            pending=counts[OperationState.PENDING] + counts[OperationState.SENT],
            needs_review=counts[OperationState.NEEDS_REVIEW],
            program=self.session.card.name,
            station=self.session.staff.station,
            operator=self.session.staff.operator,
            demo=self.demo,
            held=self.session.held_for_undo(),
            sending=counts[OperationState.SENT],
            undoable=self.ticket is not None,
        )

    def program_rules_changed(self, card: Card) -> None:
        """A manager changed the served program's goal or rewards: the member on
        screen is shown by the new rules at once, not from the next scan."""
        if card.id != self.session.card.id:
            return
        self.session.card = card
        self._render()

    def publish_status(self) -> StationStatus:
        status = self.status()
        self.screen.status_changed(status)
        return status

    def _reached(self, ok: bool) -> None:
        if self.online != ok:
            self.online = ok
            if not ok:
                if self._backlog is None:
                    self._backlog = _Backlog()
                self._backlog.until_id = None  # offline again: it grows again
            elif self._backlog is not None:
                # Back: what is queued by now is the backlog; a stamp given from
                # here on is sent as any online one, not "queued".
                self._backlog.until_id = self.session.journal.last_id()
            status = self.publish_status()
            if not self._settling:
                # A write's own words come first: _settled tells the backlog after them.
                self._after_backlog(status)
            if self._base is not None:
                self._render()

    def _say(
        self, level: Level, text: str, cue: Cue | None = None, *, offer: Offer | None = None
    ) -> None:
        # The banner shows one thing at a time: a question never stays open unseen.
        self._dismiss_prompt()
        self.screen.noticed(Notice(level, text, offer), cue)

    # Tasks

    async def _keep_index_fresh(self) -> None:
        await self._refresher().run()

    async def refresh_index_now(self) -> bool:
        """One pass over the server's members into this station's copy."""
        return (await self._refresher().refresh_now()).ok

    def _refresher(self) -> IndexRefresher:
        if self._index_refresher is None:
            self._index_refresher = IndexRefresher(
                self.session.index,
                self.session.members.client,
                on_result=lambda outcome: self._reached(outcome.reached_server),
            )
        return self._index_refresher

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> "asyncio.Task[Any]":
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(lambda t: self._finished(t, name))
        return task

    def _finished(self, task: "asyncio.Task[Any]", name: str) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("%s failed", name, exc_info=error)
            self._say(
                Level.ERROR,
                translate(
                    "CounterViewModel", "Something went wrong ({name}). It was logged; try again."
                ).format(name=name),
            )


@dataclass(slots=True)
class _Backlog:
    """The writes heard of since the station went offline. How they ended is read from
    the journal once none is open: the sender records a batch of answers before it
    tells them one by one, so counting what it tells would miss the last ones."""

    ids: set[int] = field(default_factory=set)
    # Once back online, the newest write queued while offline.
    until_id: int | None = None

    def hear(self, op_id: int) -> None:
        if self.until_id is None or op_id <= self.until_id:
            self.ids.add(op_id)

    def tally(self, journal: OperationJournal) -> tuple[int, int, bool]:
        """How many were sent, how many need checking, and whether all sent were stamps."""
        sent = to_check = 0
        only_stamps = True
        for op_id in sorted(self.ids):
            op = journal.get(op_id)
            if op.state is OperationState.APPLIED:
                sent += 1
                only_stamps = only_stamps and op.kind is OperationKind.ADD_STAMPS
            elif op.state in (OperationState.REJECTED, OperationState.NEEDS_REVIEW):
                to_check += 1
        return sent, to_check, only_stamps
