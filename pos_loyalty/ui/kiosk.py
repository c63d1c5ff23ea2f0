"""Kiosk mode: the counter full screen on a tablet, with no way out but a manager's PIN.

``KioskGuard`` is an application event filter: while it guards a window, closing
that window (a window manager's close, Alt+F4 through it) is ignored and the keys
that quit or close (Alt+F4, Ctrl+Q, Ctrl+W) are swallowed before any shortcut sees
them. Esc keeps its counter meaning (back to the scan prompt) and never leaves.
SIGTERM does not pass through Qt at all, so systemd still stops the app cleanly.

``Kiosk`` puts the rest around the counter window: the big "Leave" button and
its manager PIN, the refusal of Settings on a station with no manager, keeping
the screen awake, and the idle reset (``KioskIdle``: every dialog closed, back to
the resting screen; after a sleep the network is asked again). A staff tablet
gets the on-screen keypad for card codes; the self-service flavour puts the
customer's own screen (``SelfServiceScreen``) in the counter's place.
"""

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.i18n import translate, translate_noop
from pos_loyalty.station.self_service import SelfService, SelfServiceSettings
from pos_loyalty.station.staff import Permission, StaffMember
from pos_loyalty.station.staff_access import StaffAccess
from pos_loyalty.ui.counter_dialog import CounterDialog
from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.kiosk_awake import ScreenAwake
from pos_loyalty.ui.kiosk_idle import KioskIdle
from pos_loyalty.ui.kiosk_self_service import SelfServiceScreen
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

if TYPE_CHECKING:  # the camera modules load only when a camera is used
    from pos_loyalty.ui.camera_bridge import CameraBridge

log = logging.getLogger(__name__)
SELF_SERVICE = "self-service"

# The keys that would close a window or quit the app elsewhere.
_MOD = Qt.KeyboardModifier
BLOCKED_KEYS = frozenset(
    {
        (_MOD.AltModifier, Qt.Key.Key_F4),
        (_MOD.ControlModifier, Qt.Key.Key_Q),
        (_MOD.ControlModifier, Qt.Key.Key_W),
        (_MOD.ControlModifier, Qt.Key.Key_F4),
    }
)
# A finger, not a mouse pointer: Apple and Google both ask for about 44–48 px.
TOUCH_PX = 56
# Heights only: a minimum width would squeeze the text out of the counter's wider
# buttons on a small screen.
TOUCH_STYLE = f"QPushButton, QLineEdit {{ min-height: {TOUCH_PX}px; }}"
# Below this height the keypad and the counter do not both fit: it starts hidden.
TALL_SCREEN_PX = 760
KEY_WIDTH = 48  # ten keys and their gaps fit a 1024 px wide tablet
NO_MANAGER = translate_noop(
    "Kiosk",
    "This kiosk has no manager yet, so Settings stay closed and kiosk mode cannot be"
    " left here. A manager must be set up first: start pos-loyalty without --kiosk"
    " (kiosk = false in the settings) as this station's user, add a manager in"
    " Settings, Staff, then start the kiosk again.",
)
MESSAGE_SIZE = QSize(640, 320)


def _blocked(event: QKeyEvent) -> bool:
    # Keypad and other modifiers aside: Ctrl+Shift+Q is not a way out either.
    mods = event.modifiers()
    key = event.key()
    return any(bool(mods & mod) and key == blocked for mod, blocked in BLOCKED_KEYS)


class KioskGuard(QObject):
    """Keeps ``window`` open and full screen until ``release()``."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.window: QWidget | None = None
        self.released = False
        app.installEventFilter(self)

    def watch(self, window: QWidget) -> None:
        """Guard ``window`` (the one before it, after a program switch, may close)."""
        self.window = window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.setWindowState(Qt.WindowState.WindowFullScreen)

    def release(self) -> None:
        """Leaving: closes and quit keys work again."""
        self.released = True
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.released or self.window is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window:
            log.info("kiosk: a request to close the window was ignored")
            event.ignore()
            return True
        if (
            kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and _blocked(event)
        ):
            # Accepting the override keeps the key from any QShortcut (Ctrl+Q is
            # the app's quit shortcut); the key press then goes nowhere.
            event.accept()
            return True
        # Something (a window manager's key, a double click) took it out of full
        # screen: back in.
        window = self.window
        if (
            kind == QEvent.Type.WindowStateChange
            and watched is window
            and window.isVisible()
            and not window.isFullScreen()
        ):
            window.setWindowState(Qt.WindowState.WindowFullScreen)
        return False


class CodeKeypad(QWidget):
    """Digits and a–z as big buttons typing a card code into ``field``; "Look up"
    calls ``enter``. The keys never take the focus: a scanner keeps typing there."""

    ROWS = ("1234567890", "abcdefghij", "klmnopqrst", "uvwxyz")

    def __init__(
        self, field: QLineEdit, enter: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CodeKeypad")
        self.field = field
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for row, letters in enumerate(self.ROWS):
            for column, letter in enumerate(letters):
                typed = translate("CodeKeypad", "Type {letter}").format(letter=letter)
                self._key(grid, letter, typed, row, column)
        self._key(grid, "⌫", translate("CodeKeypad", "Delete the last character"), 3, 6)
        # The keys stay "Clear" and "Look up" (press() knows them by these); the words
        # on them are translated.
        clear = translate("CodeKeypad", "Clear")
        self._key(grid, "Clear", translate("CodeKeypad", "Clear the code"), 3, 7, shown=clear)
        look_up = translate("CodeKeypad", "Look up")
        name = translate("CodeKeypad", "Look up the typed code")
        self._key(grid, "Look up", name, 3, 8, span=2, shown=look_up)
        self._enter = enter

    def _key(
        self,
        grid: QGridLayout,
        label: str,
        name: str,
        row: int,
        column: int,
        span: int = 1,
        shown: str | None = None,
    ) -> None:
        key = named(QPushButton(shown or label), "KioskKey", name)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoDefault(False)
        key.setMinimumSize(KEY_WIDTH, TOUCH_PX)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        key.clicked.connect(lambda _=False, text=label: self.press(text))
        grid.addWidget(key, row, column, 1, span)
        self.keys[label] = key

    def press(self, label: str) -> None:
        if label == "Clear":
            self.field.clear()
        elif label == "⌫":
            self.field.backspace()
        elif label == "Look up":
            self._enter()
        else:
            self.field.insert(label)
        self.field.setFocus()


class Kiosk:
    """Kiosk mode around the counter window(s) of one app run."""

    def __init__(
        self,
        app: QApplication,
        leave: Callable[[], None],
        *,
        flavour: str = "staff",
        self_service: SelfServiceSettings | None = None,
        idle_seconds: float = 60.0,
    ) -> None:
        self.app = app
        self.guard = KioskGuard(app)
        self.awake = ScreenAwake()
        self._leave = leave
        self.flavour = flavour
        self.idle_seconds = idle_seconds
        self.self_service_settings = self_service or SelfServiceSettings()
        # The self-service flavour's screen (None on a staff tablet).
        self.screen: SelfServiceScreen | None = None
        self.idle: KioskIdle | None = None
        self.window: CounterWindow | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        # The last check of the network after a resume (tests await it).
        self.network_check: asyncio.Task[Any] | None = None
        self.access: StaffAccess | None = None
        self.wedge: WedgeFilter | None = None
        # The dialog last opened (a PIN, or "no manager yet"): tests drive it.
        self.dialog: CounterDialog | None = None
        self.keypad: CodeKeypad | None = None
        self.keypad_toggle: QPushButton | None = None
        self._awake_held = False

    def attach(
        self, window: CounterWindow, access: StaffAccess, wedge: WedgeFilter | None = None
    ) -> None:
        """Make ``window`` the kiosk's: full screen, big targets, a way out, an idle
        reset; a keypad on a staff tablet, the customer's own screen in self-service."""
        self.access, self.wedge, self.window = access, wedge, window
        self.guard.watch(window)
        window.setStyleSheet(window.styleSheet() + TOUCH_STYLE)
        if self.flavour == SELF_SERVICE:
            self._attach_self_service(window, access)
        else:
            self._attach_staff(window)
        # With a keyboard too: it only opens the PIN keypad, the PIN still decides.
        key = QShortcut(QKeySequence("F12"), window)
        key.activated.connect(lambda: self.ask_leave(window))
        self._watch_idle(window)
        if not self._awake_held:
            self._awake_held = True
            self.awake.hold(window)

    def _attach_staff(self, window: CounterWindow) -> None:
        idle = window.idle
        self.keypad = CodeKeypad(idle.code, idle.look_up.click, idle)
        layout = idle.layout()
        assert isinstance(layout, QVBoxLayout)
        # Under the code's row: before the camera preview and the closing stretch.
        layout.insertWidget(layout.indexOf(idle.camera), self.keypad)
        # The keypad needs about 250 px: on a short screen (1024×600) it starts hidden
        # and the Keypad button brings it when a code must be typed.
        toggle = named(
            QPushButton(translate("Kiosk", "Keypad")),
            "KioskKeypadToggle",
            translate("Kiosk", "Show the code keypad"),
        )
        toggle.setCheckable(True)
        toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        toggle.toggled.connect(self.keypad.setVisible)
        screen = QGuiApplication.primaryScreen()
        toggle.setChecked(screen is None or screen.geometry().height() >= TALL_SCREEN_PX)
        self.keypad.setVisible(toggle.isChecked())
        window.statusBar().addPermanentWidget(toggle)
        self.keypad_toggle = toggle
        leave = named(
            QPushButton(translate("Kiosk", "Leave  (F12)")),
            "KioskLeave",
            translate("Kiosk", "Leave kiosk mode"),
        )
        leave.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        leave.clicked.connect(lambda: self.ask_leave(window))
        window.statusBar().addPermanentWidget(leave)

    def _attach_self_service(self, window: CounterWindow, access: StaffAccess) -> None:
        """The customer's screen takes the window's place; the counter's widgets stay
        alive, hidden, and none of its keys work (Space would add a stamp)."""
        for shortcut in window.findChildren(QShortcut):
            shortcut.setEnabled(False)
        # A scanner station stamps every scan: never without staff here.
        window.controller.station_mode = "counter"
        model = SelfService(window.controller.session, self.self_service_settings)
        screen = SelfServiceScreen(model, window.controller, access, self._open)
        counter = window.takeCentralWidget()
        window.setCentralWidget(screen)
        screen.show()  # a window already on screen does not show a new child by itself
        if counter is not None:
            counter.setParent(screen)
            counter.hide()
            # Disabled too: a hidden button can still hold the focus, and Space on the
            # counter's "+1" would stamp.
            counter.setEnabled(False)
        window.statusBar().hide()
        screen.staff_button.clicked.connect(lambda: self.ask_leave(window))
        self.screen = screen

    def take_scan(self, text: str) -> bool:
        """Self-service: a staff badge is the kiosk's, not a card to look up."""
        return self.screen is not None and self.screen.take_scan(text)

    def attach_camera(self, bridge: "CameraBridge") -> None:
        """Self-service: the camera's picture with its guide frame, on by default."""
        if self.screen is None:
            return
        view = self.screen.camera
        bridge.frame_shown.connect(view.show_frame)
        bridge.live_changed.connect(view.set_live)
        bridge.preview = True

    # Idle reset, and a sleep and resume

    def _watch_idle(self, window: CounterWindow) -> None:
        screen = self.screen
        if screen is not None:
            seconds = self.self_service_settings.confirm_seconds
            also_due, activity = screen.model.due, screen.model.touch
        else:
            seconds = self.idle_seconds
            also_due, activity = (lambda: False), (lambda: None)
        idle = KioskIdle(
            window,
            window.controller.session.clock,
            seconds,
            self.reset,
            self.resumed,
            also_due=also_due,
            activity=activity,
        )
        window.controller.member_changed.connect(lambda _view: idle.touch())
        self.app.installEventFilter(idle)
        self.idle = idle

    def tick(self) -> None:
        """What the idle timer does each second (tests call it after moving the clock)."""
        if self.idle is not None:
            self.idle.tick()

    def reset(self) -> None:
        """Back to the resting screen, dialogs already closed."""
        window = self.window
        if window is None:
            return
        window.controller.done()
        window.banner.clear()
        window.search.reset()
        if self.screen is not None:
            self.screen.show_attract()

    def resumed(self) -> None:
        """After a sleep: ask the server again, so the screen says online or offline
        from now, not from before the sleep."""
        window = self.window
        if window is None:
            return
        vm = window.controller.vm
        task = asyncio.ensure_future(vm.refresh_index_now())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(lambda _t: vm.publish_status())
        self.network_check = task

    # The ways past the guard: a manager's PIN.

    def ask_leave(self, parent: QWidget) -> None:
        managers = self._managers()
        if not managers:
            self._say_no_manager(parent)
            return
        access = self.access
        assert access is not None
        dialog = PinDialog(
            translate("Kiosk", "Leave kiosk mode"),
            translate("Kiosk", "Leaving kiosk mode closes the counter. A manager types their PIN."),
            managers,
            lambda staff_id, pin: access.approve(Permission.SETTINGS, staff_id, pin),
            access.roster,
            parent,
            wedge=self.wedge,
        )
        dialog.checked.connect(lambda _approval: self.leave())
        self._open(dialog)

    def leave(self) -> None:
        log.info("kiosk: left with a manager's PIN")
        self.guard.release()
        self._leave()

    def may_open_settings(self, parent: QWidget) -> bool:
        """In kiosk mode Settings need a manager to exist (the usual gate then asks
        for the PIN); nobody may make themselves the first manager at the kiosk."""
        if self._managers():
            return True
        self._say_no_manager(parent)
        return False

    def close(self) -> None:
        self.guard.release()
        self.awake.release()
        if self.idle is not None:
            self.app.removeEventFilter(self.idle)
        for task in self._tasks:
            task.cancel()

    def _managers(self) -> list[StaffMember]:
        access = self.access
        if access is None or not access.roster.has_manager():
            return []
        return [m for m in access.roster.members() if m.can(Permission.SETTINGS)]

    def _say_no_manager(self, parent: QWidget) -> None:
        dialog = CounterDialog(
            translate("Kiosk", "A manager is needed"),
            parent,
            wedge=self.wedge,
            preferred=MESSAGE_SIZE,
        )
        text = named(QLabel(translate("Kiosk", NO_MANAGER)), "Hint")
        text.setWordWrap(True)
        dialog.body_layout.addWidget(text)
        dialog.body_layout.addStretch(1)
        dialog.add_close_button()
        self._open(dialog)

    def _open(self, dialog: CounterDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # not exec(): a nested event loop would stall the asyncio tasks
