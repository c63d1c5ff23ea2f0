"""Starting the station without Qt: the backend, the program, the station file and the session.

``app.py`` only wires what this builds to widgets; tests drive it directly. Every
problem a person must act on is a ``StationError`` (the counter cannot start:
``StartupError``, ``StationFileError``) or a line in ``StationCore.notices`` (it
started, and the cashier should know: a damaged file replaced, an offline start).
"""

import asyncio
import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx

from pos_loyalty.api import ApiConnectionError, ApiError, Card, LoyaltyClient
from pos_loyalty.domain.i18n import translate
from pos_loyalty.paths import data_dir
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import Clock, SystemClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.database import learn, learnt_value
from pos_loyalty.station.embedded_server import EmbeddedServer, EmbeddedServerError, ServerState
from pos_loyalty.station.errors import StationError, describe
from pos_loyalty.station.journal import OperationJournal
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex, purge_member_copy
from pos_loyalty.station.sender import JournalSender
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.station.station_file import open_station_file

log = logging.getLogger(__name__)

DEMO_BACKEND_ID = "demo"
# The programs as last listed, kept in the station file for a start without the server.
_CARDS_LEARNT = "cards"

ServerListener = Callable[[ServerState], None]


# Shorter than uvicorn's 5 s idle timeout, the most common one a station meets.
KEEPALIVE_SECONDS = 4.0


class StartupError(StationError):
    """Why the counter cannot start, in words, with what to do."""


# The session's parts, each built in one place so a change of constructor is one line.


def counter_settings(s: StationSettings) -> CounterSettings:
    return CounterSettings(
        repeat_cooldown_seconds=s.repeat_cooldown_seconds,
        undo_seconds=s.undo_seconds,
        default_stamp_goal=s.stamp_goal_fallback,
    )


def staff_of(s: StationSettings) -> Staff:
    return Staff(operator=s.operator, station=s.station_name)


def member_index(
    conn: sqlite3.Connection, card_id: int, clock: Clock, *, keep_copy: bool = True
) -> MemberIndex:
    """The station's copy of one program's members, in the station file (so a scan
    and a name search are answered offline, from the first scan after a restart).
    With ``keep_copy`` off (a privacy setting), the copy lives in memory only and
    what the file held is wiped."""
    if keep_copy:
        return MemberIndex(conn, card_id, clock=clock)
    purge_member_copy(conn)
    return MemberIndex(None, card_id, clock=clock)


def build_session(
    *,
    client: LoyaltyClient,
    backend_id: str,
    conn: sqlite3.Connection,
    journal: OperationJournal,
    card: Card,
    settings: StationSettings,
    clock: Clock,
) -> CounterSession:
    """A counter session for one program. The journal is shared by every session of
    the station: each write carries its own card id, so a switch loses none."""
    return CounterSession(
        journal=journal,
        sender=JournalSender(journal, client, backend_id=backend_id),
        lookup=MemberLookup(
            client,
            member_index(conn, card.id, clock, keep_copy=settings.keep_member_copy),
            card.id,
        ),
        audit=AuditLog(conn, clock),
        clock=clock,
        card=card,
        staff=staff_of(settings),
        settings=counter_settings(settings),
    )


def apply_to_session(session: CounterSession, s: StationSettings) -> None:
    """The settings that take effect at once on a running session."""
    session.settings = counter_settings(s)
    session.guards.cooldown_seconds = s.repeat_cooldown_seconds
    session.staff = staff_of(s)


def restart_reasons(old: StationSettings, new: StationSettings) -> list[str]:
    """What, among the changes from ``old`` to ``new``, applies only after a restart."""
    reasons = []
    if (old.backend, old.base_url, old.api_key) != (new.backend, new.base_url, new.api_key):
        reasons.append("backend")
    camera = ("camera", "camera_width", "camera_height", "camera_repeat_seconds")
    if any(getattr(old, name) != getattr(new, name) for name in camera) and (
        old.camera or new.camera
    ):
        reasons.append("camera")
    return reasons


# The running station.


class StationCore:
    """The station without its screen: the backend (and the demo server it may
    run), the station file, the journal, and the counter session of the program
    served. It owns the one HTTP client of the app."""

    def __init__(
        self,
        settings: StationSettings,
        *,
        settings_path: Path,
        data: Path | None = None,
        secrets: SecretStore | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.settings = settings
        self.settings_path = settings_path
        self.data = data or data_dir()
        self.secrets = secrets or SecretStore()
        self.clock: Clock = clock or SystemClock()
        # Idle connections are dropped before the usual server-side idle limit (uvicorn
        # closes after 5 s): a write sent on a connection the server is closing cannot
        # be told apart from one whose answer was lost.
        self.http = httpx.AsyncClient(limits=httpx.Limits(keepalive_expiry=KEEPALIVE_SECONDS))
        self.server: EmbeddedServer | None = None
        self.client: LoyaltyClient | None = None
        self.backend_id = ""
        self.cards: list[Card] = []
        self.conn: sqlite3.Connection | None = None
        self.journal: OperationJournal | None = None
        self.session: CounterSession | None = None
        # For the cashier once the counter is up: files moved aside, an offline start.
        self.notices: list[str] = []
        # Hear the demo server stop and come back (the status bar says so).
        self.server_listeners: list[ServerListener] = []
        self._supervisor: asyncio.Task[None] | None = None

    @property
    def demo(self) -> bool:
        return self.backend_id == DEMO_BACKEND_ID

    async def start(self) -> CounterSession:
        """Connect, open the station file, choose the program, build the session."""
        client = await self.connect()
        self.open_station_file()
        card = await self.choose_card(client)
        return self.use_card(card)

    async def connect(self) -> LoyaltyClient:
        s = self.settings
        if s.backend == "demo":
            server = EmbeddedServer(self.data / "demo.sqlite3")
            self.server = server
            try:
                url = await server.start()
            except EmbeddedServerError as exc:
                raise StartupError(
                    translate("Startup", "{problem}. See the log in {folder}.").format(
                        problem=exc.message, folder=self.data
                    )
                ) from exc
            # The demo server is this package's own: it honours Idempotency-Key, so a
            # lost answer is resent under its key from the very first write.
            self.client = LoyaltyClient(
                url, server.key, server.secret, http=self.http, assume_idempotency=True
            )
            self.backend_id = DEMO_BACKEND_ID
            self._supervisor = asyncio.ensure_future(server.supervise(self._server_changed))
            self._supervisor.add_done_callback(_log_end)
            return self.client
        secret = self.secrets.get(s.api_key) if s.api_key else None
        if not (s.base_url and s.api_key and secret):
            raise StartupError(
                translate(
                    "Startup",
                    "No backend is set up: open Settings (F10) and enter the server address, API"
                    " key and secret, or choose Demo. Settings file: {path}",
                ).format(path=self.settings_path)
            )
        self.client = LoyaltyClient(s.base_url, s.api_key, secret, http=self.http)
        self.backend_id = hashlib.sha256(s.base_url.encode()).hexdigest()[:12]
        return self.client

    def open_station_file(self) -> None:
        opened = open_station_file(self.data / f"station-{self.backend_id}.sqlite3")
        self.conn = opened.conn
        self.journal = OperationJournal(opened.conn, self.clock)
        if opened.notice:
            self.notices.append(opened.notice)

    async def choose_card(self, client: LoyaltyClient) -> Card:
        """The program in the settings, or the backend's first. Offline, the programs
        last listed (kept in the station file) stand in, so the counter still opens."""
        wanted = self.settings.card_id
        try:
            self.cards = await client.list_cards()
        except ApiConnectionError:
            self.cards = self._remembered_cards()
            if wanted is not None:
                card = self.card(wanted) or Card(
                    id=wanted, name=translate("Startup", "Program {id}").format(id=wanted)
                )
            elif self.cards:
                card = self.cards[0]
            else:
                raise StartupError(self._unreachable()) from None
            self.notices.append(
                translate(
                    "Startup",
                    "The loyalty server cannot be reached. The counter started with what this"
                    " station last knew; stamps are queued and sent when it is back.",
                )
            )
            return card
        except ApiError as exc:
            raise StartupError(describe(exc)) from exc
        if not self.cards:
            raise StartupError(
                translate(
                    "Startup", "The loyalty server has no programs (cards) yet. Add one first."
                )
            )
        self._remember_cards()
        return (self.card(wanted) if wanted is not None else None) or self.cards[0]

    def card(self, card_id: int) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def use_card(self, card: Card) -> CounterSession:
        """A session for ``card``; the journal and its open writes stay as they are."""
        assert self.client is not None, "connect() first"
        assert self.conn is not None, "open_station_file() first"
        assert self.journal is not None, "open_station_file() first"
        self.session = build_session(
            client=self.client,
            backend_id=self.backend_id,
            conn=self.conn,
            journal=self.journal,
            card=card,
            settings=self.settings,
            clock=self.clock,
        )
        return self.session

    def switch_card(self, card: Card) -> CounterSession:
        """Serve another program of the same backend, with no restart. The caller
        stops the old session's tasks first (its sender must not run beside the new one)."""
        log.info("switching to program %s (%s)", card.id, card.name)
        self.settings = self.settings.updated(card_id=card.id)
        return self.use_card(card)

    def apply_settings(self, new: StationSettings) -> list[str]:
        """Take new settings: what can apply now does; returns what needs a restart.
        A change of program is not applied here: call ``switch_card``."""
        reasons = restart_reasons(self.settings, new)
        self.settings = new
        if self.session is not None:
            apply_to_session(self.session, new)
        return reasons

    async def aclose(self) -> None:
        """Stop the demo server, close the HTTP client and the station file. The
        session's tasks must already be stopped."""
        if self._supervisor is not None:
            self._supervisor.cancel()
            await asyncio.gather(self._supervisor, return_exceptions=True)
        await self.http.aclose()
        if self.server is not None:
            self.server.stop()
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _server_changed(self, state: ServerState) -> None:
        if state is ServerState.RESTARTED and self.server is not None:
            if self.client is not None:
                self.client.base_url = self.server.base_url.rstrip("/")
            if self.session is not None:
                self.session.sender.wake()  # queued writes go now, not after the backoff
        for listener in self.server_listeners:
            try:
                listener(state)
            except Exception:  # the screen must not stop the supervisor
                log.exception("demo server listener failed")

    def _unreachable(self) -> str:
        if self.settings.backend == "demo":
            return translate(
                "Startup", "The demo server does not answer. See the log in {folder}."
            ).format(folder=self.data)
        return translate(
            "Startup",
            "The loyalty server at {address} cannot be reached and no program"
            " is chosen yet. Check the network and start again.",
        ).format(address=self.settings.base_url)

    def _remember_cards(self) -> None:
        if self.conn is not None:
            data = [c.model_dump(mode="json") for c in self.cards]
            learn(self.conn, _CARDS_LEARNT, json.dumps(data))

    def _remembered_cards(self) -> list[Card]:
        raw = learnt_value(self.conn, _CARDS_LEARNT) if self.conn is not None else None
        try:
            return [Card.model_validate(c) for c in json.loads(raw)] if raw else []
        except (ValueError, TypeError):  # written by another version: start without
            return []


def _log_end(task: "asyncio.Task[None]") -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("the demo server supervisor stopped", exc_info=task.exception())
