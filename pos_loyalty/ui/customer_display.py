"""The customer display: a second window, or a second screen, facing the customer.

It shows the member's first name, the stamp card filling up and "Reward earned"
(with a short animation, or none with reduced motion), and between members a
welcome with the program's offer. It is given ``CustomerView``/``WelcomeView``
only (station/customer_view.py), so it has no e-mail, phone or member code to
show. It follows the counter's controller: every member view the counter shows
(scan, stamp, undo, redeem, a queued stamp, Done, the idle timeout) reaches it
through ``member_changed``.

It never takes the keyboard focus (a scanner types into the counter) and never
ends the app: closing the counter's window does that, and shuts it with the rest.
Full screen on a screen of its own, or on a kiosk, it has no frame and ignores a
close; as a window beside an ordinary counter it may be closed.
"""

import logging

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QPoint,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.customer_view import (
    CustomerFeed,
    CustomerView,
    WelcomeView,
    choose_screen,
)
from pos_loyalty.station.member_view import MemberView
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.customer_display_card import CustomerStampCard
from pos_loyalty.ui.fitted_label import FittedLabel
from pos_loyalty.ui.screen_fit import FRAME_ALLOWANCE
from pos_loyalty.ui.theme import LIGHT, Palette
from pos_loyalty.ui.widgets import named

log = logging.getLogger(__name__)

# "Reward earned" stays this long, as long as the counter's own reward message.
HOLD_MS = 8000
ANIMATION_MS = 1400
# As a window on the counter's own screen: small, in the bottom right corner, over the
# counter's least used buttons (print, QR, more), to be moved where it is wanted.
WINDOW_SIZE = QSize(600, 360)
WINDOW_SHARE = 0.45  # of the screen's width and height, at most


def _unit(height: int) -> int:
    """About 1 % of the display's height, in pixels: every size on it follows the screen, so the
    type reads from across the counter on a large screen and still fits a small window."""
    return max(4, height // 90)


def _style(p: Palette, height: int) -> str:
    u = _unit(height)
    # Every selector under #CustomerDisplay: "#CustomerDisplay QWidget" outranks a bare
    # "#CustomerCount", and would paint every label in the text colour.
    return f"""
    #CustomerDisplay, #CustomerDisplay QWidget {{ background: {p.background}; color: {p.text}; }}
    #CustomerDisplay QLabel {{ background: transparent; }}
    #CustomerDisplay #CustomerGreeting, #CustomerDisplay #CustomerWelcome {{
        font-size: {u * 9}px; font-weight: 600;
    }}
    #CustomerDisplay #CustomerProgram {{ font-size: {u * 5}px; color: {p.muted}; }}
    #CustomerDisplay #CustomerCount {{ font-size: {u * 6}px; font-weight: 700; color: {p.stamp}; }}
    #CustomerDisplay #CustomerNext, #CustomerDisplay #CustomerLadder,
    #CustomerDisplay #CustomerInvite {{ font-size: {u * 4}px; }}
    #CustomerDisplay #CustomerNext, #CustomerDisplay #CustomerInvite {{ color: {p.muted}; }}
    #CustomerDisplay #CustomerRewardBox {{
        border-radius: {u * 2}px; background: transparent; border: 3px solid transparent;
    }}
    #CustomerDisplay #CustomerRewardBox[state="earned"] {{
        background: {p.ok}; border-color: {p.ok};
    }}
    #CustomerDisplay #CustomerRewardBox[state="ready"] {{ border-color: {p.ok}; }}
    #CustomerDisplay #CustomerRewardBox[state="blocked"] {{ border-color: {p.warn}; }}
    #CustomerDisplay #CustomerReward {{ font-size: {u * 5}px; font-weight: 700; color: {p.ok}; }}
    #CustomerDisplay #CustomerRewardBox[state="earned"] #CustomerReward {{
        color: {p.on_status};
    }}
    #CustomerDisplay #CustomerRewardBox[state="blocked"] #CustomerReward {{ color: {p.warn}; }}
    """


def _names(names: tuple[str, ...]) -> str:
    """ "Free coffee", or "Free coffee ×2, Free cookie": each name once, with its count."""
    counted: dict[str, int] = {}
    for name in names:
        counted[name] = counted.get(name, 0) + 1
    return ", ".join(n if k == 1 else f"{n} ×{k}" for n, k in counted.items())


class CustomerDisplay(QWidget):
    """The customer's window. ``follow`` a controller; ``place`` it on a screen."""

    def __init__(self, palette: Palette = LIGHT, *, reduced_motion: bool = False) -> None:
        super().__init__(None)
        self.setObjectName("CustomerDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(translate("CustomerDisplay", "pos-loyalty · Customer display"))
        # Closing the counter's window ends the app even while this one is open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        # The keyboard (and the scanner, a keyboard) stays with the counter.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.palette_ = palette
        self.reduced_motion = reduced_motion
        self.locked = False  # full screen on its own screen, or on a kiosk
        self.full_screen_on: QScreen | None = None
        self.spec: str | None = None  # where it was asked to go (``place``)
        self._leaving = False
        self._controller: CounterController | None = None
        self.feed: CustomerFeed | None = None
        self.shown: CustomerView | WelcomeView | None = None

        self.welcome_title = named(FittedLabel(lines=1, shrink=0.6), "CustomerWelcome")
        self.program = named(FittedLabel(lines=1, shrink=0.7), "CustomerProgram")
        self.ladder = named(FittedLabel(lines=4, shrink=0.7), "CustomerLadder")
        self.invite = named(FittedLabel(lines=2, shrink=0.7), "CustomerInvite")
        self.invite.setText(translate("CustomerDisplay", "Show your loyalty card at the counter"))
        welcome = QWidget()
        column = QVBoxLayout(welcome)
        column.addStretch(2)
        for label in (self.welcome_title, self.program, self.ladder, self.invite):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
            column.addSpacing(12)
        column.addStretch(3)

        self.greeting = named(FittedLabel(lines=1, shrink=0.5), "CustomerGreeting")
        self.card = CustomerStampCard()
        self.count = named(FittedLabel(lines=1, shrink=0.7), "CustomerCount")
        self.next_line = named(FittedLabel(lines=2, shrink=0.7), "CustomerNext")
        self.reward_box = named(QFrame(), "CustomerRewardBox")
        self.reward_line = named(FittedLabel(lines=2, shrink=0.6), "CustomerReward")
        box = QVBoxLayout(self.reward_box)
        box.setContentsMargins(24, 12, 24, 12)
        box.addWidget(self.reward_line)
        member = QWidget()
        column = QVBoxLayout(member)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addStretch(1)
        column.addWidget(self.greeting)
        column.addSpacing(16)
        column.addWidget(self.card)
        column.addWidget(self.count)
        column.addWidget(self.next_line)
        column.addSpacing(16)
        column.addWidget(self.reward_box)
        column.addStretch(1)
        for label in (self.greeting, self.count, self.next_line, self.reward_line):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The reward's box keeps its place when empty: nothing above it moves.
        keep = self.reward_box.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.reward_box.setSizePolicy(keep)

        self.pages = QStackedWidget()
        self.welcome_page, self.member_page = welcome, member
        self.pages.addWidget(welcome)
        self.pages.addWidget(member)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.pages)
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(ANIMATION_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.animation.valueChanged.connect(self._animate)
        self.animation.finished.connect(self._still)
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.setInterval(HOLD_MS)
        self.hold.timeout.connect(self._celebration_over)
        self._restyle()

    # Following the counter

    def follow(self, controller: CounterController) -> None:
        """Show what ``controller`` shows from now on (after a program switch, the new one)."""
        if controller is self._controller:
            return
        self._unfollow()
        self._controller = controller
        session = controller.session
        self.feed = CustomerFeed(session.card, session.stamp_goal)
        controller.member_changed.connect(self._member_changed)
        self._member_changed(controller.view)

    def _unfollow(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.member_changed.disconnect(self._member_changed)

    def _member_changed(self, view: MemberView | None) -> None:
        if self.feed is not None:
            self.show_view(self.feed.follow(view))

    def _celebration_over(self) -> None:
        if self.feed is not None:
            self.show_view(self.feed.end_celebration())

    # Painting the views

    def show_view(self, view: CustomerView | WelcomeView) -> None:
        self.shown = view
        if isinstance(view, WelcomeView):
            self._stop_celebration()
            self._show_welcome(view)
            self.pages.setCurrentWidget(self.welcome_page)
            return
        self._show_member(view)
        self.pages.setCurrentWidget(self.member_page)

    def _show_welcome(self, view: WelcomeView) -> None:
        self.welcome_title.setText(translate("CustomerDisplay", "Welcome!"))
        self.program.setText(view.program)
        rungs = [
            translate("CustomerDisplay", "%n stamps: {reward}", None, rung.stamps).format(
                reward=rung.name
            )
            for rung in view.ladder
        ]
        if rungs:
            self.ladder.setText("   ·   ".join(rungs))
        else:
            self.ladder.setText(
                translate("CustomerDisplay", "Collect %n stamps for a reward", None, view.goal)
            )

    def _show_member(self, view: CustomerView) -> None:
        if view.first_name:
            greeting = translate("CustomerDisplay", "Hello, {name}!").format(name=view.first_name)
        else:
            greeting = translate("CustomerDisplay", "Hello!")
        self.greeting.setText(greeting)
        self.card.set_stamps(view.stamps, view.goal, view.thresholds)
        self.count.setText(
            translate("CustomerDisplay", "{stamps} of %n stamps", None, view.goal).format(
                stamps=view.stamps
            )
        )
        step = view.next_reward
        self.next_line.setText(
            translate("CustomerDisplay", "%n more for {reward}", None, step.stamps).format(
                reward=step.name
            )
            if step is not None
            else ""
        )
        if view.blocked:
            self._reward_state(
                "blocked",
                translate("CustomerDisplay", "Please ask at the counter about this card."),
            )
        elif view.earned:
            text = translate("CustomerDisplay", "Reward earned: {rewards}").format(
                rewards=_names(view.earned)
            )
            self._reward_state("earned", text)
        elif view.rewards_ready:
            text = translate("CustomerDisplay", "Ready for you: {rewards}").format(
                rewards=_names(view.rewards_ready)
            )
            self._reward_state("ready", text)
        else:
            self._reward_state("", "")
        if not view.earned:
            self._stop_celebration()
        elif view.fresh:
            self._celebrate()

    def _reward_state(self, state: str, text: str) -> None:
        self.reward_line.setText(text)
        self.reward_box.setVisible(bool(text))
        if self.reward_box.property("state") != state:
            self.reward_box.setProperty("state", state)
            # A dynamic property in a style sheet selector takes effect on a re-polish.
            for widget in (self.reward_box, self.reward_line):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            self.reward_line.update()

    # "Reward earned": a fade-in and a soft pulse of the stamps, or a still picture.

    @property
    def celebrating(self) -> bool:
        return self.hold.isActive()

    def _celebrate(self) -> None:
        self.hold.start()
        self.animation.stop()
        if self.reduced_motion:
            self._still()
            return
        effect = QGraphicsOpacityEffect(self.reward_box)
        effect.setOpacity(0.0)
        self.reward_box.setGraphicsEffect(effect)
        self.animation.start()

    def _animate(self, value: object) -> None:
        t = float(value) if isinstance(value, int | float) else 0.0
        effect = self.reward_box.graphicsEffect()
        if isinstance(effect, QGraphicsOpacityEffect):
            effect.setOpacity(min(1.0, t * 2.5))
        # Up and back down once: a swell, not a flash.
        self.card.set_glow(1.0 - abs(2.0 * t - 1.0))

    def _still(self) -> None:
        """The end state of the animation: the reward in full, the stamps at rest."""
        # None deletes the effect (the stubs do not say None is allowed).
        self.reward_box.setGraphicsEffect(None)  # type: ignore[arg-type]
        self.card.set_glow(0.0)

    def _stop_celebration(self) -> None:
        self.hold.stop()
        if self.animation.state() != QAbstractAnimation.State.Stopped:
            self.animation.stop()
        self._still()

    @property
    def animating(self) -> bool:
        return self.animation.state() == QAbstractAnimation.State.Running

    # Settings

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.card.set_palette(palette)
        self._restyle()

    def set_reduced_motion(self, on: bool) -> None:
        self.reduced_motion = on
        if on and self.animating:
            self.animation.stop()
            self._still()

    def _restyle(self) -> None:
        height = max(300, self.height())
        u = _unit(height)
        self.setStyleSheet(_style(self.palette_, height))
        self._layout.setContentsMargins(u * 5, u * 4, u * 5, u * 4)
        self.card.set_palette(self.palette_)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().height() != event.size().height():
            self._restyle()

    # Where it goes, and how it ends

    def place(self, spec: str, counter: QWidget, *, kiosk: bool = False) -> None:
        """Full screen on the screen ``spec`` picks (see ``choose_screen``), else a window.

        Full screen it has no frame and cannot be closed; so too on a kiosk."""
        self.spec = spec
        screens = QGuiApplication.screens()
        here = counter.screen()
        counter_index = screens.index(here) if here in screens else 0
        index = choose_screen([s.name() for s in screens], counter_index, spec)
        if spec.strip() and index is None:
            log.info(
                "customer display: no screen %r besides the counter's (%s); a window instead",
                spec,
                ", ".join(s.name() for s in screens),
            )
        self.locked = kiosk or index is not None
        if index is None:
            self.full_screen_on = None
            # Over the counter's window, or a click on the counter hides it behind.
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            area = counter.screen().availableGeometry()
            size = WINDOW_SIZE.boundedTo(
                QSize(int(area.width() * WINDOW_SHARE), int(area.height() * WINDOW_SHARE))
            )
            self.resize(size)
            bottom_right = area.bottomRight() - QPoint(size.width(), size.height())
            self.move(bottom_right - QPoint(FRAME_ALLOWANCE.width(), FRAME_ALLOWANCE.height()))
            self.show()
            return
        screen = screens[index]
        self.full_screen_on = screen
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        # Not showFullScreen(): it activates the window, which must never take the keys.
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.show()
        log.info("customer display: full screen on %s", screen.name())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self._leaving:
            event.ignore()  # the customer's side of a kiosk: only the app's end closes it
            return
        self._stop_celebration()
        super().closeEvent(event)

    def shut(self) -> None:
        """The app's end: closes it whatever it is (part of the station's shutdown)."""
        self._leaving = True
        self._stop_celebration()
        self._unfollow()
        self.close()
        self.deleteLater()


def follow_counter(
    display: CustomerDisplay | None,
    spec: str | None,
    controller: CounterController,
    counter: QWidget,
    palette: Palette,
    *,
    reduced_motion: bool,
    kiosk: bool,
) -> CustomerDisplay | None:
    """The customer display the station should have now, following ``controller``.

    ``spec`` None: none (an open one is shut). Otherwise the one there is, kept
    across program switches and settings, or a new one placed by ``spec``; a new
    ``spec`` places it afresh."""
    if spec is None:
        if display is not None:
            display.shut()
        return None
    if display is not None and display.spec != spec:
        display.shut()
        display = None
    if display is None:
        display = CustomerDisplay(palette, reduced_motion=reduced_motion)
        display.follow(controller)
        display.place(spec, counter, kiosk=kiosk)
        return display
    display.set_palette(palette)
    display.set_reduced_motion(reduced_motion)
    display.follow(controller)
    return display
