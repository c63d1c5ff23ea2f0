"""The counter screen: scan prompt, member panel, big buttons, banner and status bar.

What the member screens need (sign-up, the card, history, review, the operator)
leaves as signals; ``MemberScreens`` (member_screens.py) answers them."""

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.counter_view_model import Cue, SearchResults
from pos_loyalty.station.member_view import Level, MemberView, Notice, Offer
from pos_loyalty.station.prompts import Prompt, PromptKind
from pos_loyalty.ui.action_panel import ActionPanel
from pos_loyalty.ui.banner import Banner
from pos_loyalty.ui.camera_preview import CameraPreview
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.fitted_label import FittedLabel, FittedLineEdit
from pos_loyalty.ui.member_panel import MAX_REWARD_BUTTONS, MemberPanel
from pos_loyalty.ui.offer_banner import OfferBanner
from pos_loyalty.ui.screen_fit import ReflowLayout, open_within
from pos_loyalty.ui.search_box import SearchBox
from pos_loyalty.ui.sounds import SoundPlayer
from pos_loyalty.ui.status_bar import StationStatusBar
from pos_loyalty.ui.theme import Palette
from pos_loyalty.ui.widgets import named

if TYPE_CHECKING:  # the camera modules load only when a camera is used
    from pos_loyalty.ui.camera_bridge import CameraBridge

# The window's size where the screen has room for it; smaller screens get it maximised.
PREFERRED_SIZE = QSize(1280, 800)
# The banner's empty slot is kept while it takes no more of the window's height than
# this; a long message tapped open shows up to this many lines.
BANNER_SHARE = 0.15
BANNER_MOST_LINES = 6


def banner_height(banner: Banner, width: int | None = None, lines: int = 2) -> int:
    """Room for ``lines`` lines of banner text or its buttons, whichever is taller; both,
    one above the other, where large text puts the buttons under the text."""
    banner.ensurePolished()  # the style sheet sets the fonts and the buttons' height
    text = lines * banner.text.fontMetrics().lineSpacing()
    buttons = max(banner.confirm.sizeHint().height(), banner.cancel.sizeHint().height())
    layout = banner.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    if width is not None and banner.stacks_at(width):
        return text + max(0, layout.spacing()) + buttons + margins.top() + margins.bottom()
    return max(text, buttons) + margins.top() + margins.bottom()


class ShownPageStack(QStackedWidget):
    """Pages as tall as the one shown: a QStackedWidget asks for the tallest page's
    height at a width, and under large text the member page is long (the scan
    prompt would sit centred in its height, out of sight). The pages not shown
    ask for no room either (their size policy is Ignored)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._size_by_shown_page)

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        return max(page.heightForWidth(width), page.minimumSizeHint().height())

    def _size_by_shown_page(self) -> None:
        shown = self.currentWidget()
        for index in range(self.count()):
            page = self.widget(index)
            size = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(size, size)
        self.updateGeometry()


class IdlePage(QWidget):
    code_entered = Signal(str)
    new_member_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdlePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.prompt = named(QLabel(translate("IdlePage", "Scan a loyalty card")), "ScanPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = named(
            QLabel(translate("IdlePage", "…or type the code printed under the QR code")), "Hint"
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Both wrap when large text makes them wider than the screen.
        self.prompt.setWordWrap(True)
        self.hint.setWordWrap(True)
        # "Card code" where large text leaves no room for the whole wording.
        self.code = FittedLineEdit()
        self.code.set_placeholders(
            translate("IdlePage", "Card code or link"), translate("IdlePage", "Card code")
        )
        self.code.setAccessibleName(translate("IdlePage", "Card code"))
        self.code.setMaxLength(2048)
        self.look_up = QPushButton(translate("IdlePage", "Look up"))
        self.look_up.setAccessibleName(translate("IdlePage", "Look up the typed code"))
        # A column instead of a row when large text makes it wider than the screen.
        row = ReflowLayout()
        row.addStretch(1)
        self.new_member = QPushButton(translate("IdlePage", "New member  (F2)"))
        self.new_member.setAccessibleName(translate("IdlePage", "Sign up a new member"))
        self.new_member.setToolTip(
            translate("IdlePage", "Sign up a new member: a short form, then the first stamp")
        )
        row.addWidget(self.code, 3)
        row.addWidget(self.look_up, 1)
        # On the code's row: the page grows no taller (a camera picture needs the room).
        row.addWidget(self.new_member, 1)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.prompt)
        layout.addWidget(self.hint)
        layout.addSpacing(24)
        layout.addLayout(row)
        layout.addSpacing(16)
        self.camera = CameraPreview()
        self.camera.hide()
        layout.addWidget(self.camera, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.code.returnPressed.connect(self._enter)
        self.look_up.clicked.connect(self._enter)
        self.new_member.clicked.connect(self.new_member_requested.emit)

    def _enter(self) -> None:
        text = self.code.text()
        self.code.clear()
        if text.strip():
            self.code_entered.emit(text)


class CounterWindow(QMainWindow):
    settings_requested = Signal()
    new_member_requested = Signal()
    # "print", "qr", "history", "edit", "void", "delete": for the member on screen.
    member_action_requested = Signal(str)

    def __init__(
        self,
        controller: CounterController,
        palette: Palette,
        sounds: SoundPlayer,
        idle_timeout_seconds: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.sounds = sounds
        self.setWindowTitle(translate("CounterWindow", "pos-loyalty · Counter"))
        open_within(self, PREFERRED_SIZE)

        # One line, elided: a long program name must not widen the window.
        self.program = named(FittedLabel(controller.status().program, shrink=0.8), "ProgramName")
        self._shown_member_id: int | None = None
        self.demo_badge = named(
            QLabel(translate("CounterWindow", "DEMO")),
            "DemoBadge",
            translate("CounterWindow", "Demo mode"),
        )
        self.demo_badge.setToolTip(
            translate("CounterWindow", "Demo mode: a local server with made-up members")
        )
        self.demo_badge.setVisible(controller.demo)
        self.search = SearchBox()
        self.search.setMinimumWidth(180)  # the header fits 1024 px at 200 % text
        self.search.setMaximumWidth(520)
        self.camera_button = QPushButton(translate("CounterWindow", "Camera"))
        self.camera_button.setCheckable(True)
        self.camera_button.setAccessibleName(translate("CounterWindow", "Show the camera picture"))
        self.camera_button.hide()
        self.settings_button = QPushButton(translate("CounterWindow", "⚙  Settings"))
        self.settings_button.setAccessibleName(translate("CounterWindow", "Settings"))
        self.banner = OfferBanner()
        self.idle = IdlePage()
        self.panel = MemberPanel()
        self.panel.set_palette(palette)
        self.action_panel = ActionPanel()
        self.status = StationStatusBar()
        self.setStatusBar(self.status)

        member_page = QWidget()
        member_row = ReflowLayout(member_page)
        member_row.setContentsMargins(0, 0, 0, 0)
        member_row.setSpacing(16)
        member_row.addWidget(self.panel, 3)
        member_row.addWidget(self.action_panel, 2)
        # A column (large text on a small screen) scrolls: the panel goes compact, its
        # rewards inline in the page. After the layout's pass, from where it ended: a
        # row that stacks and unstacks on its way to its size changes nothing.
        self._compact_check = QTimer(self, singleShot=True, interval=0)
        self._compact_check.timeout.connect(lambda: self.panel.set_compact(member_row.stacked))
        member_row.stacked_changed.connect(lambda _stacked: self._compact_check.start())
        self.pages = ShownPageStack()
        self.pages.addWidget(self.idle)
        self.pages.addWidget(member_page)
        self._member_page = member_page

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.program, 1)
        top.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(12)
        # The results drop down over the page (SearchBox), so the header keeps its height.
        top.addWidget(self.search, 2)
        top.addWidget(self.camera_button)
        top.addWidget(self.settings_button)
        # The banner keeps its place, shown or not, one height for every message:
        # nothing under the cashier's finger moves when it comes or goes.
        reserve = self.banner.sizePolicy()
        reserve.setRetainSizeWhenHidden(True)
        self.banner.setSizePolicy(reserve)
        self._fit_banner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        # The pages scroll when large text makes them taller than the screen; at the
        # usual sizes they fit and no scroll bar shows.
        self.page_area = named(QScrollArea(), "Scroller")
        self.page_area.setWidget(self.pages)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.action_panel.pinned_plus_one)
        self.setCentralWidget(central)
        scroll = self.page_area.verticalScrollBar()
        scroll.valueChanged.connect(self._pin_plus_one)
        scroll.rangeChanged.connect(self._pin_plus_one)

        self._connect()
        self._shortcuts()
        self._idle_timer = QTimer(self, singleShot=True)
        self._idle_timer.timeout.connect(self._went_idle)
        self.set_idle_timeout(idle_timeout_seconds)
        self.show_idle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # A new theme or text size: the banner's slot follows its new font.
            QTimer.singleShot(0, self, self._fit_banner)  # dropped if the window goes first

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "banner"):  # resized while it is being built
            self._fit_banner()
        if hasattr(self, "page_area"):
            self._pin_plus_one()

    def _pin_plus_one(self) -> None:
        """Pin a +1 under the page while the member's own is out of sight: large
        text on a short screen scrolls the page, and puts the action panel below
        the member. Pinned, it leaves the page less room, never more, so it stays
        until the page is scrolled to the real one. A question on the banner has
        its own buttons, and needs the room for the member."""
        plus_one = self.action_panel.plus_one
        viewport = self.page_area.viewport()
        place = QRect(plus_one.mapTo(viewport, QPoint(0, 0)), plus_one.size())
        in_sight = viewport.rect().contains(place)
        wanted = self.pages.currentWidget() is self._member_page and not self.banner.asking
        self.action_panel.pinned_plus_one.setVisible(wanted and not in_sight)

    def _fit_banner(self) -> None:
        # The banner is as wide as the window less the page's margins: two lines of
        # text, the rest of a longer message a tap away (then as tall as it needs).
        width = self.width() - 32
        height = banner_height(self.banner, width)
        short = height
        if self.banner.expanded:
            layout = self.banner.layout()
            assert layout is not None
            margins = layout.contentsMargins()
            room = self.banner.text.width() or width - margins.left() - margins.right()
            whole = min(BANNER_MOST_LINES, self.banner.text.lines_needed(room))
            height = banner_height(self.banner, width, max(2, whole))
        self.banner.setFixedHeight(height)
        # Its empty slot is kept only while it is small beside the window: with large
        # text on a short screen that room goes to the member instead.
        policy = self.banner.sizePolicy()
        policy.setRetainSizeWhenHidden(short <= self.height() * BANNER_SHARE)
        self.banner.setSizePolicy(policy)

    # Wiring

    def _connect(self) -> None:
        c = self.controller
        c.member_changed.connect(self._member_changed)
        c.prompt_changed.connect(self._prompt_changed)
        c.noticed.connect(self._noticed)
        c.undo_changed.connect(self._undo_changed)
        c.status_changed.connect(self.status.show_status)
        c.status_changed.connect(lambda status: self.program.setText(status.program))
        c.search_finished.connect(self._search_finished)
        c.scan_taken.connect(self._scan_taken)
        self.idle.code_entered.connect(c.scan)
        self.search.search_requested.connect(c.search)
        self.search.member_picked.connect(c.pick)
        self.panel.reward_chosen.connect(c.ask_redeem)
        self.banner.confirm_requested.connect(c.confirm_prompt)
        self.banner.expanded_changed.connect(lambda _expanded: self._fit_banner())
        self.banner.cancel_requested.connect(c.cancel_prompt)
        self.action_panel.stamp_requested.connect(self._stamp_requested)
        self.action_panel.undo_requested.connect(c.undo)
        self.action_panel.done_requested.connect(c.done)
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self.idle.new_member_requested.connect(self.new_member_requested.emit)
        self.action_panel.member_action.connect(self._member_action)

    def _shortcuts(self) -> None:
        def bind(keys: str, action: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(action)

        # Space or F5 adds a stamp; pressed again on the repeat warning, it confirms.
        # Enter never confirms anything: every scan ends with Enter.
        bind("Space", self._plus_one_if_shown)
        bind("F5", self._plus_one_if_shown)
        bind("Ctrl+Z", self.controller.undo)
        bind("Ctrl+F", self.search.field.setFocus)
        bind("Escape", self._escape)
        bind("F10", self.settings_requested.emit)
        bind("F2", self.new_member_requested.emit)
        bind("Ctrl+P", lambda: self._member_action("print"))
        # Window shortcuts, not the buttons' own: those click 100 ms later, after a
        # scan may already have changed the member.
        for n in range(1, MAX_REWARD_BUTTONS + 1):
            bind(f"Alt+{n}", partial(self._reward_key, n))

    def _member_action(self, name: str) -> None:
        if self.pages.currentIndex() == 1:
            self.member_action_requested.emit(name)

    def _reward_key(self, number: int) -> None:
        if self.pages.currentIndex() == 1:
            self.panel.choose_reward(number)

    # Camera

    def attach_camera(self, bridge: "CameraBridge") -> None:
        """A camera scans like the wedge scanner; its picture shows under the prompt."""
        preview = self.idle.camera
        self.camera_button.show()
        bridge.frame_shown.connect(preview.show_frame)
        bridge.status_changed.connect(preview.show_status)
        bridge.problem_said.connect(self._camera_status)

        def toggled(on: bool) -> None:
            bridge.preview = on
            preview.setVisible(on)

        self.camera_button.toggled.connect(toggled)
        self.camera_button.setChecked(True)

    def _camera_status(self, text: str) -> None:
        """A camera problem (missing, unplugged, unreadable) is said on the banner too."""
        self.banner.say("warn", text, seconds=10)

    # Screens

    def show_idle(self) -> None:
        self.pages.setCurrentWidget(self.idle)
        # From the top, as a member page scrolled down by large text would leave it.
        scroll = self.page_area.verticalScrollBar()
        scroll.setValue(0)
        QTimer.singleShot(0, self, lambda: scroll.setValue(0))  # once laid out
        self._pin_plus_one()
        self.action_panel.withdraw_undo()
        self.idle.code.setFocus()
        self._idle_timer.stop()
        self._shown_member_id = None
        self.panel.forget_announced()  # the next scan is said aloud, even the same card

    def show_member(self, view: MemberView) -> None:
        self.panel.show_member(view)
        if view.member.id != self._shown_member_id:
            # A new member starts from the stepper's first value, never the last one's.
            self.action_panel.reset_for_member()
            self._shown_member_id = view.member.id
            # Large text scrolls the page: a new member shows from their name down
            # (after the layout, which may move it while it makes room).
            QTimer.singleShot(0, self, lambda: self.page_area.verticalScrollBar().setValue(0))
        self.action_panel.set_limits(enabled=not view.blocked, max_stamps=view.max_stamps)
        if self.pages.currentIndex() != 1:
            self.pages.setCurrentIndex(1)
            self.action_panel.plus_one.setFocus()
        QTimer.singleShot(0, self, self._pin_plus_one)  # once the page is laid out
        self._idle_timer.start()

    # Controller signals

    def _member_changed(self, view: MemberView | None) -> None:
        if view is None:
            self.show_idle()
        else:
            self.show_member(view)

    def _scan_taken(self) -> None:
        """A new card: what the banner said was about the one before (a question
        on it is dismissed by the controller), and a search left open is over (its
        list would come back over the new member, the scan's keys having edited it)."""
        self.idle.code.clear()
        if not self.banner.asking:
            self.banner.clear()
        if self.search.field.hasFocus():
            self.search.field.clearFocus()  # Space and the other counter keys work again
        self.search.reset()

    def _prompt_changed(self, prompt: Prompt | None) -> None:
        QTimer.singleShot(0, self, self._pin_plus_one)  # once the banner has changed
        if prompt is None:
            if self.banner.asking:
                self.banner.clear()
            return
        level = "warn" if prompt.kind is PromptKind.REPEAT_STAMP else "info"
        if prompt.kind is PromptKind.REPEAT_STAMP:
            self.sounds.play("warning")
        # The key's name as Qt says it in the counter's language ("Espace", "Leertaste").
        key = QKeySequence(prompt.confirm_key).toString(QKeySequence.SequenceFormat.NativeText)
        label = prompt.confirm_label + (f"  ({key})" if key else "")
        self.banner.ask(level, prompt.text, label)
        self._fit_banner()  # its buttons' words decide whether they go under the text

    def _noticed(self, notice: Notice, cue: Cue | None) -> None:
        lasting = notice.level is Level.ERROR
        seconds = None if lasting else (8 if cue is Cue.REWARD else 6)
        if notice.offer is Offer.NEW_MEMBER:
            # Nobody has this card: maybe a new customer with a fresh card to sign up.
            self.banner.offer(
                notice.level.value,
                notice.text,
                translate("CounterWindow", "New member  (F2)"),
                self.new_member_requested.emit,
                seconds=seconds,
            )
            self._fit_banner()
        else:
            self.banner.say(notice.level.value, notice.text, seconds=seconds)
        if cue is not None:
            self.sounds.play(cue.value)

    def _search_finished(self, results: SearchResults) -> None:
        self.search.show_results(results.members)
        if results.note:
            if results.members:
                text = translate("CounterWindow", "Offline. Found: {note}")
            else:
                text = translate("CounterWindow", "Offline. No member found: {note}")
            self.banner.say("warn", text.format(note=results.note))

    def _undo_changed(self, seconds_left: float | None) -> None:
        if seconds_left is not None:
            self.action_panel.offer_undo(seconds_left)
        else:
            self.action_panel.withdraw_undo()

    # Keys and idleness

    def _stamp_requested(self, amount: int) -> None:
        self.controller.add_stamps(amount)

    def _plus_one_if_shown(self) -> None:
        if self.pages.currentIndex() == 1 and self.action_panel.plus_one.isEnabled():
            self.controller.add_stamps(1)

    def _escape(self) -> None:
        """A question is cancelled, open search results close; with a member on
        screen it is "Done (Esc)" at once, whatever the banner says (the banner
        stays for its time: "Reward earned" is still read after Done)."""
        if self.controller.cancel_prompt():
            return
        if self.search.results.isVisible():
            self.search.reset()
        elif self.pages.currentWidget() is self._member_page:
            self.controller.done()
        else:
            self.banner.clear()

    def _went_idle(self) -> None:
        # The idle timeout ends a member's turn, open question included.
        self.controller.done()
        self.banner.clear()

    def set_idle_timeout(self, seconds: int) -> None:
        self._idle_timer.setInterval(max(5, seconds) * 1000)

    def note_activity(self) -> None:
        if self.pages.currentIndex() == 1:
            self._idle_timer.start()


class ActivityFilter(QObject):
    """Any key or touch keeps the member on screen a little longer."""

    def __init__(self, window: CounterWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
        ):
            self._window.note_activity()
        return False
