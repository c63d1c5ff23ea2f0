"""Wiring only: QApplication, the qasync loop, the window, signals and shutdown.

Start-up itself (backend, program, station file, session) is Qt-free, in
``pos_loyalty.station.startup``; this file shows what it built and gives the app
one way out, whatever asks for it: SIGTERM, SIGINT, Ctrl+Q or closing the window.
"""

import asyncio
import logging
import logging.handlers
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox  # PySide6 before qasync

import qasync  # isort: skip

from pos_loyalty.api import Card, Member
from pos_loyalty.domain.i18n import translate, translate_noop
from pos_loyalty.paths import data_dir
from pos_loyalty.scanning.codes import CodeParser
from pos_loyalty.scanning.wedge import WedgeDetector, WedgeSettings
from pos_loyalty.station.counter import CounterSession
from pos_loyalty.station.embedded_server import ServerState
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.first_run import needs_first_run
from pos_loyalty.station.self_service import BadgeParser, SelfServiceSettings
from pos_loyalty.station.settings import (
    SettingsSaveError,
    SettingsStore,
    StationSettings,
    consent_words,
)
from pos_loyalty.station.staff_access import StaffAccess
from pos_loyalty.station.startup import StartupError, StationCore
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.counter_window import ActivityFilter, CounterWindow
from pos_loyalty.ui.customer_display import CustomerDisplay, follow_counter
from pos_loyalty.ui.errors import install_excepthook
from pos_loyalty.ui.kiosk import Kiosk
from pos_loyalty.ui.language import Language
from pos_loyalty.ui.member_screens import MemberScreens, follow_settings, member_desk
from pos_loyalty.ui.quit_signals import QuitSignals
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.sounds import SoundPlayer
from pos_loyalty.ui.staff_page import StaffPage
from pos_loyalty.ui.theme import Palette, apply_theme
from pos_loyalty.ui.wedge_filter import WedgeFilter

if TYPE_CHECKING:
    from pos_loyalty.ui.camera_bridge import CameraBridge

__all__ = ["StartupError", "Station", "run_app"]

log = logging.getLogger("pos_loyalty")
LOG_NAME = "pos-loyalty.log"


def configure_logging(folder: Path) -> None:
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_NAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # httpx logs every request line at INFO; the journal and audit log say what matters.
    logging.getLogger("httpx").setLevel(logging.WARNING)


class Station:
    """The counter on screen: the Qt-free core, its controller and window, and one
    orderly shutdown (camera, controller tasks, HTTP client, demo server)."""

    def __init__(
        self,
        app: QApplication,
        store: SettingsStore,
        settings: StationSettings,
        camera: str | None = None,
        data: Path | None = None,
        first_run: bool = False,
    ) -> None:
        self.app = app
        # No settings yet: a short guide chooses the backend before anything starts.
        self.first_run = first_run
        self.store = store
        self.core = StationCore(settings, settings_path=store.path, data=data)
        self.core.server_listeners.append(self._server_changed)
        # The self-service kiosk scans with the camera: the first one, unless told.
        self_service = settings.kiosk and settings.kiosk_flavour == "self-service"
        self.camera_spec = camera or settings.camera or ("0" if self_service else "")
        self.camera: CameraBridge | None = None  # only with a camera
        self.window: CounterWindow | None = None
        self.controller: CounterController | None = None
        # Who is at the counter, and the member screens, of the session shown.
        self.access: StaffAccess | None = None
        self.screens: MemberScreens | None = None
        self.kiosk: Kiosk | None = None  # with settings.kiosk (or --kiosk)
        # The customer's window, with settings.customer_display or --customer-display.
        self.customer_display: CustomerDisplay | None = None
        # --customer-display [SCREEN]: for one run, never saved (run_app sets it).
        self.customer_screen: str | None = None
        # The translators; run_app installs them before the first window.
        self.language: Language | None = None
        # What the file says: --kiosk is for one run and never saved (run_app sets it).
        self.kiosk_in_file = settings.kiosk
        # --kiosk FLAVOUR likewise; None when the run did not choose one.
        self.kiosk_flavour_in_file: str | None = None
        self.wedge = WedgeFilter(
            WedgeDetector(
                WedgeSettings(
                    min_length=settings.wedge_min_length,
                    max_mean_gap=settings.wedge_max_mean_gap_ms / 1000,
                )
            )
        )
        self.wedge.scanned.connect(self._scanned)
        # How a start-up problem reaches the person: a message box (tests collect it).
        self.show_problem: Callable[[str], None] = self._message_box
        self._quit = asyncio.Event()
        self._signals: QuitSignals | None = None
        self._listening_to_app = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    @property
    def settings(self) -> StationSettings:
        return self.core.settings

    # The one way in and the one way out.

    async def run(self) -> int:
        """Start, wait for any request to quit, shut down. 0 after a clean end."""
        self._signals = QuitSignals(self.request_quit)
        # Only request_quit ends the station: Qt quitting first would stop the
        # asyncio loop under the shutdown still to run.
        self.app.setQuitOnLastWindowClosed(False)
        # Before the counter's window exists: the guide closing is not the end.
        if self.first_run and not await self._first_run_guide():
            await self.shutdown()
            return 0
        self.app.lastWindowClosed.connect(self.request_quit)
        self._listening_to_app = True
        starting = asyncio.ensure_future(self.start())
        quitting = asyncio.ensure_future(self._quit.wait())
        await asyncio.wait({starting, quitting}, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():  # asked to quit while starting: stop where it is
            starting.cancel()
            await asyncio.gather(starting, return_exceptions=True)
            await self.shutdown()
            return 0
        if not starting.result():
            quitting.cancel()
            return 1
        await quitting
        await self.shutdown()
        return 0

    async def _first_run_guide(self) -> bool:
        """The demo, Coupontools or one's own server; False when closed without a choice."""
        from pos_loyalty.ui.first_run_dialog import FirstRunDialog

        dialog = FirstRunDialog(self.settings, self.core.secrets)
        finished = asyncio.Event()
        dialog.finished.connect(lambda _code: finished.set())
        dialog.open()  # not exec(): the connection test runs on this loop
        waits = [asyncio.ensure_future(e.wait()) for e in (finished, self._quit)]
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        for wait in waits:
            wait.cancel()
        dialog.hide()
        dialog.deleteLater()
        if not finished.is_set() or dialog.chosen is None:
            return False
        self.core.apply_settings(dialog.chosen)
        self._save(dialog.chosen)
        return True

    def request_quit(self) -> None:
        """SIGTERM, SIGINT, Ctrl+Q and closing the window all end here."""
        if not self._quit.is_set():
            log.info("quitting")
        self._quit.set()

    async def start(self) -> bool:
        """Start the core and show the counter. False (after saying why) if it cannot."""
        try:
            session = await self.core.start()
            self._show(session)
        except StationError as problem:
            log.warning("the counter cannot start: %s", problem.message)
            await self.shutdown()
            self.show_problem(problem.message)
            return False
        except Exception:
            log.exception("the counter could not start")
            await self.shutdown()
            self.show_problem(
                translate(
                    "Station",
                    "The counter could not start because of an unexpected error. It was written"
                    " to the log in {path}; send it to whoever looks after this counter.",
                ).format(path=self.core.data / LOG_NAME)
            )
            return False
        notices = [*self.store.problems, *self.core.notices]
        if notices and self.window is not None:
            self.window.banner.say("warn", " ".join(notices), seconds=None)
        card = session.card
        log.info("ready to scan: %s, program %s", self.settings.backend, card.name)
        print(f"pos-loyalty: ready to scan ({self.settings.backend}, {card.name})", flush=True)
        return True

    async def shutdown(self) -> None:
        """Camera, controller tasks, HTTP client, demo server, station file, window."""
        if self._closed:
            return
        self._closed = True
        if self.kiosk is not None:
            self.kiosk.close()
        if self.customer_display is not None:
            self.customer_display.shut()
            self.customer_display = None
        if self.camera is not None:
            self.camera.stop()  # joins its threads and releases the device
        if self.screens is not None:
            await self.screens.aclose()
        if self.controller is not None:
            await self.controller.aclose()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.core.aclose()
        self.app.removeEventFilter(self.wedge)
        if self._listening_to_app:
            self.app.lastWindowClosed.disconnect(self.request_quit)
            self._listening_to_app = False
        if self._signals is not None:
            self._signals.restore()
            self._signals = None
        if self.window is not None:
            window, self.window = self.window, None
            window.hide()
            window.deleteLater()
        self.controller = None
        self.screens = None
        # Delete the widgets now, while the loop and the app still run, not at exit.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        log.info("stopped")

    # Program switch, without a restart.

    async def switch_card(self, card: Card, *, member: Member | None = None) -> None:
        """Serve another program of this backend: a new session, controller and
        window; the journal and its queued writes stay. ``member`` (of ``card``)
        is shown at once, as after a scan. The choice is saved in the settings."""
        if self._closed:
            return
        if self.screens is not None:
            await self.screens.aclose()
        if self.controller is not None:
            await self.controller.aclose()  # its sender must stop before the new one runs
        session = self.core.switch_card(card)
        self._show(session)
        if member is not None and self.controller is not None:
            self.controller.pick(member)
        self._save(self.settings)

    def request_switch(self, card: Card, member: Member | None = None) -> "asyncio.Task[Any]":
        """``switch_card`` from a slot."""
        return self._spawn(
            self.switch_card(card, member=member), translate_noop("Station", "switching program")
        )

    # Building the screen: one place, so a change of the controller is made once.

    def _make_controller(self, session: CounterSession) -> CounterController:
        controller = CounterController(
            session,
            demo=self.core.demo,
            station_mode=self.settings.station_mode,
            parser=CodeParser(),
        )
        # A card of another program: the counter asks, and "Switch" comes here.
        controller.vm.switch_program = self.request_switch
        return controller

    def _show(self, session: CounterSession) -> None:
        """Show ``session`` in a new window (replacing the old one, if any)."""
        s = self.settings
        controller = self._make_controller(session)
        # Staff and the member desk, before the sender runs (the desk settles what a
        # crash left half done); whoever was signed in stays across a program switch.
        assert self.core.conn is not None
        access, desk = member_desk(session, self.core.conn, carry=self.access)
        palette = apply_theme(self.app, s.theme, s.text_scale)
        sounds = SoundPlayer(self.core.data / "sounds", enabled=s.sounds)
        window = CounterWindow(controller, palette, sounds, s.idle_timeout_seconds)
        screens = MemberScreens(
            window,
            controller,
            desk,
            access,
            consent=lambda: consent_words(self.settings.consent_wording),
            wedge=self.wedge,
        )
        window.settings_requested.connect(self._open_settings)
        quit_key = QShortcut(QKeySequence("Ctrl+Q"), window)
        quit_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_key.activated.connect(self.request_quit)
        self.app.installEventFilter(ActivityFilter(window))  # deleted with its window
        old, self.window, self.controller = self.window, window, controller
        self.access, self.screens = access, screens
        if s.kiosk:  # before show(): full screen from the first frame
            self.kiosk = self.kiosk or Kiosk(
                self.app, self.request_quit, flavour=s.kiosk_flavour,
                self_service=SelfServiceSettings(
                    self_stamping=s.kiosk_self_stamping, card_seconds=s.kiosk_card_seconds,
                    badge_sha256=s.kiosk_badge_sha256,
                ),
                idle_seconds=s.idle_timeout_seconds,
            )  # fmt: skip
            self.kiosk.attach(window, access, self.wedge)
        if self.camera_spec:
            self._attach_camera(window)
        if old is not None:
            window.setGeometry(old.geometry())
            window.setWindowState(old.windowState())
        # The new window shows before the old one closes, so there is never "no window".
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        else:
            self.app.installEventFilter(self.wedge)
            install_excepthook(self._unexpected)
        self._follow_customer_display(palette)
        controller.start()
        screens.start()

    def _follow_customer_display(self, palette: Palette) -> None:
        """Open, keep (following the new controller), move or shut the customer display."""
        if self.controller is None or self.window is None:
            return
        s = self.settings
        spec = self.customer_screen
        if spec is None and s.customer_display:
            spec = s.customer_display_screen
        self.customer_display = follow_counter(
            self.customer_display, spec, self.controller, self.window, palette,
            reduced_motion=s.reduced_motion, kiosk=s.kiosk,
        )  # fmt: skip

    def _attach_camera(self, window: CounterWindow) -> None:
        if self.camera is None:
            # Imported only with a camera: OpenCV and the decoders cost 30 MB and
            # a tenth of a second at every start.
            from pos_loyalty.scanning.frames import source_for
            from pos_loyalty.ui.camera_bridge import CameraBridge

            s = self.settings
            source = source_for(self.camera_spec, (s.camera_width, s.camera_height))
            # A self-service kiosk's camera also reads staff badges (the kiosk takes them).
            parser = BadgeParser() if self.kiosk is not None else None
            self.camera = CameraBridge(source, s.camera_repeat_seconds, parser=parser)
            self.camera.code_scanned.connect(self._scanned)
            window.attach_camera(self.camera)
            if self.kiosk is not None:
                self.kiosk.attach_camera(self.camera)
            self.camera.start()
        else:
            window.attach_camera(self.camera)
            if self.kiosk is not None:
                self.kiosk.attach_camera(self.camera)

    def _scanned(self, text: str) -> None:
        """The wedge scanner and the camera scan into whichever controller is current."""
        if self.kiosk is not None and self.kiosk.take_scan(text):
            return  # a staff badge at a self-service kiosk
        if self.controller is not None:
            self.controller.scan(text)

    def _unexpected(self, text: str) -> None:
        if self.window is not None:
            self.window.banner.say("error", text, seconds=None)

    def _server_changed(self, state: ServerState) -> None:
        if self.window is None:
            return
        # Until the server is back the note stays; then "restarted" shows a while.
        timeout = 0 if state is ServerState.RESTARTING else 10_000
        self.window.status.showMessage(state.words, timeout)
        if self.controller is not None:
            self.controller.publish_status()

    # Settings

    def _open_settings(self) -> None:
        """F10 and the button: a manager's, once the station has staff."""
        if self.window is None or self.screens is None:
            return
        if self.kiosk is not None and not self.kiosk.may_open_settings(self.window):
            return
        self.screens.gate.ask_settings(self.window, self._open_settings_now)

    def _open_settings_now(self) -> None:
        if self.window is None or self.screens is None or self.access is None:
            return
        staff = StaffPage(self.access, self.screens.gate)
        dialog = SettingsDialog(
            self.settings, self.core.cards, self.core.secrets, self.wedge, self.window, staff=staff
        )
        dialog.finished.connect(lambda code: self._settings_closed(dialog, code))
        dialog.manager_requested.connect(lambda: self._open_manager(dialog))
        dialog.open()  # not exec(): a nested event loop would stall the asyncio tasks

    def _open_manager(self, settings: SettingsDialog) -> None:
        """Behind the same PIN as Settings: a window of Settings, closed with it."""
        session, client, conn = self.core.session, self.core.client, self.core.conn
        if session is None or client is None or conn is None:
            return
        # Imported here: pyqtgraph (the day's chart) is not needed to start the counter.
        from pos_loyalty.ui.manager_window import ManagerContext, ManagerWindow

        context = ManagerContext(
            client, session.card, self.core.backend_id, session.journal, session.sender,
            session.staff, conn, self.core.data, session.audit,
            session.settings.repeat_cooldown_seconds,
            server_db=self.core.server.db_path if self.core.server is not None else None,
            session=session,
        )  # fmt: skip
        # A child of Settings: a window-modal dialog blocks its siblings, not its children.
        manager = ManagerWindow(context, settings)
        manager.programs.edited.connect(self._program_edited)
        settings.finished.connect(manager.close)
        manager.show()

    def _program_edited(self, card: Card) -> None:
        """A manager changed a program's rules (the session served has them already):
        a later switch to that program takes them too."""
        self.core.cards = [card if c.id == card.id else c for c in self.core.cards]
        if self.controller is not None:
            self.controller.vm.program_rules_changed(card)

    def _settings_closed(self, dialog: SettingsDialog, code: int) -> None:
        if code != SettingsDialog.DialogCode.Accepted or self.controller is None:
            return
        new = dialog.result_settings()
        self._save(new)
        serving = self.core.session.card if self.core.session is not None else None
        copy_changed = self.core.settings.keep_member_copy != new.keep_member_copy
        language_changed = self.core.settings.language != new.language
        if language_changed and self.language is not None:
            self.language.apply(new.language)
            if self.customer_display is not None:
                # Opened again below (following the settings) with its words in the new language.
                self.customer_display.shut()
                self.customer_display = None
        restart = self.core.apply_settings(new)
        if self.access is not None and self.core.session is not None:
            follow_settings(self.access, self.core.session)
        self._apply_live(new)
        card = self.core.card(new.card_id) if new.card_id is not None else None
        if card is not None and (serving is None or card.id != serving.id):
            self.request_switch(card)
        elif (copy_changed or language_changed) and serving is not None:
            # The member copy moves between the station file and memory (and is wiped
            # from the file when turned off): a new session for the same program. A new
            # language likewise: the new window is built in it, with no restart.
            self.request_switch(serving)
        if restart and self.window is not None:
            words = {
                "backend": translate("Station", "the new backend"),
                "camera": translate("Station", "the new camera"),
            }
            what = translate("Station", " and ").join(words.get(r, r) for r in restart)
            saved = translate("Station", "Saved. Restart the app to use {what}.")
            self.window.banner.say("info", saved.format(what=what))

    def _save(self, settings: StationSettings) -> None:
        try:
            kept: dict[str, Any] = {"kiosk": self.kiosk_in_file}
            if self.kiosk_flavour_in_file is not None:
                kept["kiosk_flavour"] = self.kiosk_flavour_in_file
            self.store.save(settings.updated(**kept))
        except SettingsSaveError as problem:
            if self.window is not None:
                self.window.banner.say("warn", problem.message, seconds=None)

    def _apply_live(self, s: StationSettings) -> None:
        """The settings the screen takes at once (the session's are in the core)."""
        if self.controller is None or self.window is None:
            return
        self.controller.station_mode = s.station_mode
        self.window.sounds.enabled = s.sounds
        palette = apply_theme(self.app, s.theme, s.text_scale)
        self.window.panel.set_palette(palette)
        self._follow_customer_display(palette)
        self.window.set_idle_timeout(s.idle_timeout_seconds)
        self.controller.publish_status()

    # Helpers

    def _message_box(self, text: str) -> None:
        QMessageBox.critical(None, translate("Station", "pos-loyalty cannot start"), text)

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> "asyncio.Task[Any]":
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def finished(done: "asyncio.Task[Any]") -> None:
            self._tasks.discard(done)
            if not done.cancelled() and done.exception() is not None:
                log.error("%s failed", name, exc_info=done.exception())
                self._unexpected(
                    translate(
                        "Station", "Something went wrong ({name}). It was logged; try again."
                    ).format(name=translate("Station", name))  # the log keeps the English name
                )

        task.add_done_callback(finished)
        return task


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


def run_app(
    settings_path: Path | None = None,
    camera: str | None = None,
    demo: bool = False,
    kiosk: bool = False,
    customer_display: str | None = None,
    kiosk_flavour: str | None = None,
) -> int:
    problem = no_display()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    try:
        configure_logging(data_dir())
    except OSError as exc:
        print(f"error: the counter cannot write its files: {exc}", file=sys.stderr)
        return 1
    store = SettingsStore(settings_path)
    first_run = needs_first_run(store) and not demo
    settings = store.load()
    if demo:
        settings = settings.updated(backend="demo")  # for this run; the file is untouched
    kiosk_in_file = settings.kiosk
    if kiosk:
        settings = settings.updated(kiosk=True)  # for this run, like --demo
    flavour_in_file = settings.kiosk_flavour
    if kiosk and kiosk_flavour:
        settings = settings.updated(kiosk_flavour=kiosk_flavour)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("pos-loyalty")
    apply_theme(app, settings.theme, settings.text_scale)
    language = Language(app)
    language.apply(settings.language)
    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            station = Station(app, store, settings, camera, first_run=first_run)
            station.kiosk_in_file = kiosk_in_file
            if kiosk_flavour:
                station.kiosk_flavour_in_file = flavour_in_file
            station.customer_screen = customer_display
            station.language = language
            return runner.run(station.run())
    except KeyboardInterrupt:  # Ctrl+C before the counter took its signals over
        return 130
