"""The self-service kiosk's rules, without Qt: what a customer who scans their own
card may see and do, and when the screen goes back to "Scan your card here".

- The customer sees a ``SelfServiceCard``: a first name, the stamps and the goal,
  and whether a reward is ready. Never an e-mail, a phone number or the card's code.
- Self-stamping is off unless a manager turned it on. Even then a stamp needs a
  member of staff to confirm it, with their PIN or by showing the kiosk's staff
  badge (a QR code: ``BADGE_PREFIX`` and the badge code), and it goes through the
  counter's own guards (``CounterSession.add_stamps``: the cooldown and the
  program's daily cap); a repeat is never confirmed from here. Rewards are never
  redeemed here: the customer is sent to the counter.
- ``ScreenTimer`` says when the screen must go back to the attract screen. It
  watches the wall clock as well as the monotonic one: the monotonic clock stops
  while the tablet sleeps, so after a resume only the wall clock knows that the
  last customer left long ago. ``ResumeWatch`` notices such a jump, so the kiosk
  can check the network again.
"""

import hashlib
import hmac
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from pos_loyalty.api import Member
from pos_loyalty.domain.i18n import translate
from pos_loyalty.scanning.codes import CodeParser, ScannedCode
from pos_loyalty.station.clock import Clock
from pos_loyalty.station.counter import CounterSession, Staff, StampTicket
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.guards import DailyLimitError, MemberBlockedError, RepeatStampError
from pos_loyalty.station.member_view import MemberView, next_reward_hint
from pos_loyalty.station.staff import StaffRoster

# A stamp confirmed by staff at the kiosk says so in the audit log and the journal.
SELF_SERVICE_PURPOSE = "confirm a self-service stamp"
# A staff badge's QR code: this, then the kiosk's badge code (setting kiosk_badge_sha256
# keeps only its SHA-256).
BADGE_PREFIX = "pos-loyalty-staff:"
# Wrong badges in a row before badges are refused for a while: a code is not guessed
# by scanning QR codes at the kiosk.
BADGE_TRIES = 5
BADGE_PAUSE_SECONDS = 300.0


def badge_hash(code: str) -> str:
    """What the settings keep of a badge code: never the code itself."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


def badge_code(text: str) -> str | None:
    """The code in a scanned staff badge, or None when ``text`` is not a badge."""
    text = text.strip()
    if not text.lower().startswith(BADGE_PREFIX):
        return None
    return text[len(BADGE_PREFIX) :]


class BadgeParser(CodeParser):
    """The camera's parser at a self-service kiosk: a staff badge passes through
    whole (the kiosk checks it); anything else is read as a member's card."""

    def parse(self, text: str) -> ScannedCode:
        if isinstance(text, str) and badge_code(text) is not None:
            return ScannedCode(text.strip())
        return super().parse(text)


class Phase(StrEnum):
    ATTRACT = "attract"  # "Scan your card here"
    CARD = "card"  # the customer's card on screen
    CONFIRM = "confirm"  # a stamp asked for, waiting for staff to confirm it


@dataclass(frozen=True, slots=True)
class SelfServiceSettings:
    # Off unless a manager turns it on (setting kiosk_self_stamping).
    self_stamping: bool = False
    # The card stays this long after the last touch, then "Scan your card here".
    card_seconds: float = 15.0
    # Staff have this long to confirm a stamp.
    confirm_seconds: float = 60.0
    # The SHA-256 of the staff badge code; "" when badges are not used (PIN only).
    badge_sha256: str = ""


@dataclass(frozen=True, slots=True)
class SelfServiceCard:
    """What the customer may see of their own card."""

    first_name: str  # "" when none was given: the screen greets without a name
    stamps: int  # on the card now, at most ``goal``
    goal: int
    thresholds: frozenset[int]
    next_hint: str  # "2 more for Free coffee", or ""
    reward_ready: bool  # a reward is waiting: "ask at the counter"
    rewards: tuple[str, ...]  # the names of the rewards ready, one each
    blocked: bool  # voided or expired: "ask at the counter"


def first_name(raw: str | None) -> str:
    """The first word of the first name: ``Member.display_name`` falls back to the
    e-mail or the code, which a customer screen must never show."""
    words = (raw or "").split()
    return words[0] if words else ""


def customer_card(view: MemberView) -> SelfServiceCard:
    return SelfServiceCard(
        first_name=first_name(view.member.first_name),
        stamps=view.shown_stamps,
        goal=view.goal,
        thresholds=view.thresholds,
        next_hint="" if view.blocked else view.next_hint,
        reward_ready=bool(view.rewards) and not view.blocked,
        rewards=() if view.blocked else tuple(choice.reward.name for choice in view.rewards),
        blocked=view.blocked,
    )


@dataclass(frozen=True, slots=True)
class StampChance:
    """Whether the customer may ask for a stamp now; ``reason`` says why not."""

    offered: bool  # self-stamping is on: the screen shows the button (maybe disabled)
    allowed: bool
    reason: str = ""


class SelfStampRefusedError(StationError):
    """A self-service stamp that the guards or the staff check refused, in words a
    customer can read."""


class ScreenTimer:
    """When a screen that shows something should go back to its resting state.

    Due when ``seconds`` have passed since ``touch()`` on either clock: the
    monotonic clock is immune to clock changes but stands still while the device
    sleeps; the wall clock runs on through a sleep. A wall clock that went back
    (a correction) makes it due too: better a fresh screen than a stale one."""

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock = clock
        self.seconds = seconds
        self.running = False
        self._mono = 0.0
        self._wall: datetime = clock.now()

    def touch(self) -> None:
        self.running = True
        self._mono = self.clock.monotonic()
        self._wall = self.clock.now()

    def stop(self) -> None:
        self.running = False

    def due(self) -> bool:
        if not self.running:
            return False
        mono = self.clock.monotonic() - self._mono
        wall = (self.clock.now() - self._wall).total_seconds()
        return mono >= self.seconds or wall >= self.seconds or wall < -self.seconds


class ResumeWatch:
    """Notices a sleep and resume (or a jump of the wall clock): between two
    ``check()`` calls the wall clock moved ``threshold`` seconds more (or less)
    than the monotonic one."""

    def __init__(self, clock: Clock, threshold: float = 30.0) -> None:
        self.clock = clock
        self.threshold = threshold
        self._mono = clock.monotonic()
        self._wall = clock.now()

    def check(self) -> bool:
        mono, wall = self.clock.monotonic(), self.clock.now()
        drift = (wall - self._wall).total_seconds() - (mono - self._mono)
        self._mono, self._wall = mono, wall
        return abs(drift) >= self.threshold


class SelfService:
    """One customer at a time: attract → card → (staff confirm) → attract."""

    def __init__(self, session: CounterSession, settings: SelfServiceSettings) -> None:
        self.session = session
        self.settings = settings
        self.phase = Phase.ATTRACT
        self.member: Member | None = None  # as shown (projected)
        self.card: SelfServiceCard | None = None
        self.timer = ScreenTimer(session.clock, settings.card_seconds)
        self._wrong_badges = 0
        self._badges_paused_until = 0.0  # monotonic

    # The screen's states

    def show(self, view: MemberView) -> SelfServiceCard:
        """A scanned card (or the same member, updated)."""
        same = self.member is not None and self.member.id == view.member.id
        self.member = view.member
        self.card = customer_card(view)
        if not (same and self.phase is Phase.CONFIRM):
            self.phase = Phase.CARD
            self.timer.seconds = self.settings.card_seconds
        self.timer.touch()
        return self.card

    def reset(self) -> None:
        """Back to "Scan your card here"; nothing of the last customer stays."""
        self.phase = Phase.ATTRACT
        self.member = None
        self.card = None
        self.timer.stop()

    def touch(self) -> None:
        """The customer is still there: the card stays a little longer."""
        if self.phase is not Phase.ATTRACT:
            self.timer.touch()

    def due(self) -> bool:
        """Time to go back to the attract screen."""
        return self.phase is not Phase.ATTRACT and self.timer.due()

    # Stamps

    def chance(self) -> StampChance:
        """What the stamp button says for the member on screen."""
        member = self.member
        if not self.settings.self_stamping or member is None:
            return StampChance(offered=False, allowed=False)
        ask = translate("SelfService", "Please ask at the counter.")
        try:
            MemberBlockedError.check(member, self.session.clock.now())
        except MemberBlockedError:
            return StampChance(True, False, ask)
        recent = self.session.guards.recent_stamp(member.id)
        if recent is not None:
            return StampChance(True, False, self._cooldown_words(recent.seconds_ago))
        if self.session.stamps_left_today(member.id) == 0:
            return StampChance(True, False, self._daily_words())
        return StampChance(True, True)

    def ask_stamp(self) -> StampChance:
        """The customer tapped "Add my stamp": staff are asked to confirm."""
        chance = self.chance()
        if chance.allowed:
            self.phase = Phase.CONFIRM
            self.timer.seconds = self.settings.confirm_seconds
            self.timer.touch()
        return chance

    def cancel_stamp(self) -> None:
        if self.phase is Phase.CONFIRM:
            self.phase = Phase.CARD
            self.timer.seconds = self.settings.card_seconds
            self.timer.touch()

    def confirm_with_pin(self, roster: StaffRoster, staff_id: int, pin: str) -> StampTicket:
        """A member of staff typed their PIN: the stamp is queued (the guards still
        decide). Raises WrongPinError or LockedOutError (from the roster), or
        SelfStampRefusedError."""
        if self.phase is not Phase.CONFIRM or self.member is None:
            raise SelfStampRefusedError(
                translate("SelfService", "Scan your card first, then ask for the stamp.")
            )
        staff = roster.check_pin(staff_id, pin, purpose=SELF_SERVICE_PURPOSE)
        return self._stamp(self.member, staff.name)

    def confirm_with_badge(self, text: str) -> StampTicket:
        """A member of staff showed their badge's QR code. Raises SelfStampRefusedError
        (not a badge of this kiosk, badges paused after wrong ones, or the guards)."""
        code = badge_code(text)
        if code is None or not self.settings.badge_sha256:
            raise SelfStampRefusedError(
                translate("SelfService", "That is not a staff badge of this kiosk.")
            )
        now = self.session.clock.monotonic()
        if now < self._badges_paused_until:
            raise SelfStampRefusedError(
                translate("SelfService", "Too many wrong badges: staff, please use your PIN.")
            )
        if self.phase is not Phase.CONFIRM or self.member is None:
            raise SelfStampRefusedError(
                translate("SelfService", "Scan your card first, then ask for the stamp.")
            )
        if not hmac.compare_digest(badge_hash(code), self.settings.badge_sha256):
            self._wrong_badges += 1
            if self._wrong_badges >= BADGE_TRIES:
                self._wrong_badges = 0
                self._badges_paused_until = now + BADGE_PAUSE_SECONDS
            raise SelfStampRefusedError(
                translate("SelfService", "That is not a staff badge of this kiosk.")
            )
        self._wrong_badges = 0
        return self._stamp(self.member, translate("SelfService", "Staff badge"))

    def _stamp(self, member: Member, confirmed_by: str) -> StampTicket:
        session = self.session
        # The journal and the audit log name whoever confirmed it, at this kiosk.
        kept = session.staff
        session.staff = Staff(
            operator=translate("SelfService", "{name} (self-service)").format(name=confirmed_by),
            station=kept.station,
        )
        try:
            # Never ``confirmed=True``: a repeat within the cooldown is refused here.
            ticket = session.add_stamps(member, 1)
        except RepeatStampError as repeat:
            raise SelfStampRefusedError(self._cooldown_words(repeat.recent.seconds_ago)) from None
        except DailyLimitError:
            raise SelfStampRefusedError(self._daily_words()) from None
        except MemberBlockedError:
            raise SelfStampRefusedError(
                translate("SelfService", "Please ask at the counter.")
            ) from None
        finally:
            session.staff = kept
        self.phase = Phase.CARD
        self.timer.seconds = self.settings.card_seconds
        self.timer.touch()
        if self.card is not None:
            # The counter's view follows when the stamp is sent; the customer sees it now.
            self.card = replace(
                self.card,
                next_hint=next_reward_hint(ticket.expected.stamps, session.card),
                stamps=min(ticket.expected.stamps, self.card.goal)
                if not ticket.expected.issued
                else self.card.goal,
                reward_ready=self.card.reward_ready or bool(ticket.expected.issued),
                rewards=tuple(
                    dict.fromkeys([*self.card.rewards, *(r.name for r in ticket.expected.issued)])
                ),
            )
        return ticket

    def _cooldown_words(self, seconds_ago: float) -> str:
        wait = max(1, round(self.session.settings.repeat_cooldown_seconds - seconds_ago))
        return translate(
            "SelfService",
            "You just got a stamp. The next one can be added in %n seconds.",
            None,
            wait,
        )

    @staticmethod
    def _daily_words() -> str:
        return translate("SelfService", "That is all the stamps for today. See you tomorrow!")
