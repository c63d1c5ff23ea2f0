"""Wiring only: QApplication, the qasync loop, settings, the backend, and shutdown."""

import asyncio
import hashlib
import logging
import logging.handlers
import signal
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox  # PySide6 before qasync

import qasync  # isort: skip
from typing import TYPE_CHECKING

import httpx

from pos_loyalty.api import ApiConnectionError, ApiError, AuthError, Card, LoyaltyClient
from pos_loyalty.paths import data_dir, demo_database_path
from pos_loyalty.scanning.codes import CodeParser
from pos_loyalty.scanning.wedge import WedgeDetector, WedgeSettings
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import SystemClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.embedded_server import EmbeddedServer, EmbeddedServerError
from pos_loyalty.station.journal import OperationJournal
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.sender import JournalSender
from pos_loyalty.station.settings import SecretStore, SettingsStore, StationSettings
from pos_loyalty.ui.controller import CounterController, describe_api_error
from pos_loyalty.ui.counter_window import ActivityFilter, CounterWindow
from pos_loyalty.ui.errors import install_excepthook
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.sounds import SoundPlayer
from pos_loyalty.ui.theme import apply_theme
from pos_loyalty.ui.wedge_filter import WedgeFilter

if TYPE_CHECKING:
    from pos_loyalty.ui.camera_bridge import CameraBridge

log = logging.getLogger("pos_loyalty")


class StartupError(Exception):
    """Why the counter cannot start, in words, with what to do."""


def configure_logging(folder: Path) -> None:
    handler = logging.handlers.RotatingFileHandler(
        folder / "pos-loyalty.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # httpx logs every request line at INFO; the journal and audit log say what matters.
    logging.getLogger("httpx").setLevel(logging.WARNING)


class Station:
    """One running counter: backend, client, journal, controller and window."""

    def __init__(
        self,
        app: QApplication,
        store: SettingsStore,
        settings: StationSettings,
        camera: str | None = None,
    ) -> None:
        self.app = app
        self.camera_spec = camera or settings.camera
        self.camera: CameraBridge | None = None  # only with a camera
        self.store = store
        self.settings = settings
        self.secrets = SecretStore()
        self.server: EmbeddedServer | None = None
        self.http = httpx.AsyncClient()
        self.cards: list[Card] = []
        self.window: CounterWindow | None = None
        self.controller: CounterController | None = None
        self.wedge = WedgeFilter(
            WedgeDetector(
                WedgeSettings(
                    min_length=settings.wedge_min_length,
                    max_mean_gap=settings.wedge_max_mean_gap_ms / 1000,
                )
            )
        )

    async def run(self) -> int:
        # The station ends when its window closes: quitting Qt first would stop the
        # asyncio loop under the shutdown still to run.
        closed = asyncio.Event()
        self.app.setQuitOnLastWindowClosed(False)
        self.app.lastWindowClosed.connect(closed.set)
        try:
            client, backend_id = await self._connect()
            card = await self._choose_card(client)
        except StartupError as problem:
            await self._shutdown()
            QMessageBox.critical(None, "pos-loyalty cannot start", str(problem))
            return 1
        self._build(client, backend_id, card)
        await closed.wait()
        await self._shutdown()
        return 0

    async def _connect(self) -> tuple[LoyaltyClient, str]:
        s = self.settings
        if s.backend == "demo":
            self.server = EmbeddedServer(demo_database_path())
            try:
                url = await self.server.start()
            except EmbeddedServerError as exc:
                raise StartupError(f"{exc}. See the log in {data_dir()}.") from exc
            return LoyaltyClient(url, self.server.key, self.server.secret, http=self.http), "demo"
        secret = self.secrets.get(s.api_key) if s.api_key else None
        if not (s.base_url and s.api_key and secret):
            raise StartupError(
                "No backend is set up: open Settings (F10) and enter the server address, API"
                " key and secret, or choose Demo. Settings file: " + str(self.store.path)
            )
        backend_id = hashlib.sha256(s.base_url.encode()).hexdigest()[:12]
        return LoyaltyClient(s.base_url, s.api_key, secret, http=self.http), backend_id

    async def _choose_card(self, client: LoyaltyClient) -> Card:
        wanted = self.settings.card_id
        try:
            self.cards = await client.list_cards()
        except AuthError as exc:
            raise StartupError(describe_api_error(exc)) from exc
        except ApiConnectionError:
            if wanted is None:
                raise StartupError(
                    "The loyalty server cannot be reached and no program is chosen yet."
                    " Check the network and start again."
                ) from None
            return Card(id=wanted, name=f"Program {wanted}")  # offline: stamps queue up
        except ApiError as exc:
            raise StartupError(describe_api_error(exc)) from exc
        if not self.cards:
            raise StartupError("The loyalty server has no programs (cards) yet. Add one first.")
        return next((c for c in self.cards if c.id == wanted), self.cards[0])

    def _build(self, client: LoyaltyClient, backend_id: str, card: Card) -> None:
        s = self.settings
        clock = SystemClock()
        conn = open_station_database(data_dir() / f"station-{backend_id}.sqlite3")
        journal = OperationJournal(conn, clock)
        session = CounterSession(
            journal=journal,
            sender=JournalSender(journal, client, backend_id=backend_id),
            lookup=MemberLookup(client, MemberIndex(), card.id),
            audit=AuditLog(conn, clock),
            clock=clock,
            card=card,
            staff=Staff(operator=s.operator, station=s.station_name),
            settings=CounterSettings(
                repeat_cooldown_seconds=s.repeat_cooldown_seconds,
                undo_seconds=s.undo_seconds,
                default_stamp_goal=s.stamp_goal_fallback,
            ),
        )
        self.controller = CounterController(
            session, demo=s.backend == "demo", station_mode=s.station_mode, parser=CodeParser()
        )
        palette = apply_theme(self.app, s.theme)
        sounds = SoundPlayer(data_dir() / "sounds", enabled=s.sounds)
        window = CounterWindow(self.controller, palette, sounds, s.idle_timeout_seconds)
        self.window = window
        self.wedge.scanned.connect(self.controller.scan)
        self.app.installEventFilter(self.wedge)
        self.app.installEventFilter(ActivityFilter(window))
        window.settings_requested.connect(self._open_settings)
        install_excepthook(lambda text: window.banner.say("error", text, seconds=None))
        for problem in self.store.problems:
            window.banner.say("warn", problem, seconds=10)
        if self.camera_spec:
            # Imported only with a camera: OpenCV and the decoders cost 30 MB and
            # a tenth of a second at every start.
            from pos_loyalty.scanning.frames import source_for
            from pos_loyalty.ui.camera_bridge import CameraBridge

            size = (s.camera_width, s.camera_height)
            self.camera = CameraBridge(source_for(self.camera_spec, size), s.camera_repeat_seconds)
            self.camera.code_scanned.connect(self.controller.scan)
            window.attach_camera(self.camera)
            self.camera.start()
        window.show()
        self.controller.start()
        log.info("ready to scan: %s, program %s", s.backend, card.name)
        print(f"pos-loyalty: ready to scan ({s.backend}, {card.name})", flush=True)
        for number in (signal.SIGTERM, signal.SIGINT):
            # Python runs the handler between Qt events; closing the window ends run().
            signal.signal(number, lambda *_: window.close())

    def _open_settings(self) -> None:
        if self.window is None:
            return
        dialog = SettingsDialog(self.settings, self.cards, self.secrets, self.wedge, self.window)
        dialog.finished.connect(lambda code: self._settings_closed(dialog, code))
        dialog.open()  # not exec(): a nested event loop would stall the asyncio tasks

    def _settings_closed(self, dialog: SettingsDialog, code: int) -> None:
        if code != SettingsDialog.DialogCode.Accepted or self.controller is None:
            return
        new = dialog.result_settings()
        self.store.save(new)
        restart = (new.backend, new.base_url, new.api_key, new.card_id, new.camera) != (
            self.settings.backend,
            self.settings.base_url,
            self.settings.api_key,
            self.settings.card_id,
            self.settings.camera,
        )
        self.settings = new
        self._apply_live(new)
        if restart and self.window is not None:
            self.window.banner.say(
                "info", "Saved. Restart the app to use the new backend, program or camera."
            )

    def _apply_live(self, s: StationSettings) -> None:
        assert self.controller is not None
        assert self.window is not None
        session = self.controller.session
        session.settings = CounterSettings(
            repeat_cooldown_seconds=s.repeat_cooldown_seconds,
            undo_seconds=s.undo_seconds,
            default_stamp_goal=s.stamp_goal_fallback,
        )
        session.guards.cooldown_seconds = s.repeat_cooldown_seconds
        session.staff = Staff(operator=s.operator, station=s.station_name)
        self.controller.station_mode = s.station_mode
        self.window.sounds.enabled = s.sounds
        self.window.panel.set_palette(apply_theme(self.app, s.theme))
        self.window.set_idle_timeout(s.idle_timeout_seconds)
        self.controller.publish_status()

    async def _shutdown(self) -> None:
        if self.camera is not None:
            self.camera.stop()  # releases the device
        if self.controller is not None:
            await self.controller.aclose()
        await self.http.aclose()
        if self.server is not None:
            self.server.stop()


def no_display() -> str | None:
    """Why the window cannot open, before Qt aborts the process over it."""
    import os

    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "error: no display to show the counter on. Start it from a desktop session,"
        " or run the server alone with: pos-loyalty serve --demo"
    )


def run_app(settings_path: Path | None = None, camera: str | None = None) -> int:
    problem = no_display()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    configure_logging(data_dir())
    store = SettingsStore(settings_path)
    settings = store.load()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("pos-loyalty")
    apply_theme(app, settings.theme)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(Station(app, store, settings, camera).run())
