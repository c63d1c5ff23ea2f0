"""The member at a glance: name, code, stamps as circles, usable rewards as big buttons."""

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.api import Member
from pos_loyalty.domain.i18n import format_moment, translate
from pos_loyalty.station.member_view import MemberView, RewardChoice
from pos_loyalty.ui.accessibility import announce
from pos_loyalty.ui.fitted_label import FittedButton, FittedLabel
from pos_loyalty.ui.stamp_card import StampCard
from pos_loyalty.ui.theme import Palette
from pos_loyalty.ui.widgets import named

MAX_REWARD_BUTTONS = 6


class MemberPanel(QWidget):
    reward_chosen = Signal(object)  # Reward

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.member: Member | None = None
        self.setAccessibleName(translate("MemberPanel", "Member"))
        self.setAccessibleDescription(
            translate("MemberPanel", "The member on screen: name, card, stamps and rewards to use")
        )
        # What was last said aloud: a redraw of the same stamps is not said again.
        self._announced: tuple[int, int, int, int] | None = None
        # One line, set smaller and then elided when long: a long name cannot push the
        # rewards off a small screen (the tooltip has it whole).
        self.name = named(FittedLabel(lines=1, shrink=0.7), "MemberName")
        # Set smaller, then elided, where large text leaves the panel narrow.
        self.code = named(FittedLabel(shrink=0.7), "MemberCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = named(QLabel(), "StatusLine")
        self.status.setWordWrap(True)
        self.status.hide()
        self.stamp_card = StampCard()
        self.stamp_card.setAccessibleDescription(
            translate("MemberPanel", "One circle per stamp towards the reward, filled as earned")
        )
        self.count = named(QLabel(), "StampCount")
        # Writes of this station not yet on the server, and where the member came from.
        self.queue_line = named(QLabel(), "QueueLine")
        self.queue_line.setWordWrap(True)
        self.queue_line.hide()
        self.next_hint = named(FittedLabel(lines=2), "Muted")
        self.rewards_title = QLabel(translate("MemberPanel", "Rewards to use"))
        # The rewards scroll inside the panel: many of them on a small screen must not
        # grow the window past it (at least one always shows; Alt+N reaches them all).
        # Compact, they leave it for the page: the page's own scroll reaches them.
        self.rewards = QWidget()
        self.rewards_box = QVBoxLayout(self.rewards)
        self.rewards_box.setContentsMargins(0, 0, 0, 0)
        self.rewards_box.setSpacing(8)
        self.rewards_box.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rewards_area = named(QScrollArea(), "Scroller")
        self.rewards_area.setWidget(self.rewards)
        self.rewards_area.setWidgetResizable(True)
        self.rewards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rewards_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rewards_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # Not a Tab stop: its buttons take no focus (Alt+N reaches them), so the focus
        # would sit on an empty frame with nothing to show it.
        self.rewards_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._reward_buttons: list[QPushButton] = []
        self._compact = False
        self._column = QVBoxLayout(self)
        self._arrange()

    @property
    def compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """Compact: what the cashier needs at a glance on top, in a short page that
        scrolls (large text on a small screen): the name and the stamp count on one
        line, then the rewards, inline; the hint, the circles and the card's code under
        them. Otherwise the panel as on a laptop, its rewards scrolling in their place."""
        if compact != self._compact:
            self._compact = compact
            self._arrange()

    def _arrange(self) -> None:
        column = self._column
        while (item := column.takeAt(0)) is not None:
            inner = item.layout()
            while inner is not None and (inside := inner.takeAt(0)) is not None:
                shiboken6.delete(inside)
            # Destroyed now, not whenever Python lets go of it: a widget's sizes go to
            # the first layout item made for it while that item lives, so the new
            # item would keep a stale height (a note of two lines drawn in one).
            shiboken6.delete(item)
        if self._compact:
            if self.rewards_area.widget() is self.rewards:
                self.rewards_area.takeWidget()
            self.rewards_area.hide()
            self.rewards.setParent(self)
            self.rewards.setAutoFillBackground(False)
            column.setContentsMargins(12, 6, 12, 6)
            column.setSpacing(6)
            top = QHBoxLayout()
            top.addWidget(self.name, 1)
            top.addSpacing(16)
            top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignVCenter)
            column.addLayout(top)
            column.addWidget(self.status)
            column.addWidget(self.rewards)
            column.addWidget(self.next_hint)
            column.addWidget(self.stamp_card)
            column.addWidget(self.code)
            column.addWidget(self.queue_line)
            column.addStretch(1)
        else:
            if self.rewards_area.widget() is not self.rewards:
                self.rewards_area.setWidget(self.rewards)
            self.rewards_area.show()
            count_row = QHBoxLayout()
            count_row.addWidget(self.count)
            count_row.addSpacing(16)
            count_row.addWidget(self.next_hint, 1)
            column.setContentsMargins(20, 14, 20, 14)
            column.setSpacing(6)
            column.addWidget(self.name)
            column.addWidget(self.code)
            column.addWidget(self.status)
            column.addSpacing(4)
            column.addWidget(self.stamp_card)
            column.addLayout(count_row)
            column.addSpacing(4)
            column.addWidget(self.rewards_title)
            column.addWidget(self.rewards_area, 1)
            # Under the rewards: when it comes and goes, no reward button moves.
            column.addWidget(self.queue_line)
        self.rewards.show()
        # The buttons say "Redeem": compact, the title's line goes to the member.
        self.rewards_title.setVisible(bool(self._reward_buttons) and not self._compact)

    def set_palette(self, palette: Palette) -> None:
        self.stamp_card.set_palette(palette)

    def show_member(self, view: MemberView) -> None:
        member = view.member
        self.member = member
        self.name.setText(view.name)
        self.name.setAccessibleName(
            translate("MemberPanel", "Member {name}").format(name=view.name)
        )
        self.code.setText(translate("MemberPanel", "Card {code}").format(code=member.code))
        self.status.setText(view.status_line or "")
        self.status.setVisible(view.status_line is not None)
        self.stamp_card.set_stamps(member.stamps, view.goal, set(view.thresholds))
        self.count.setText(
            translate("MemberPanel", "{stamps} of {goal}").format(
                stamps=view.shown_stamps, goal=view.goal
            )
        )
        self.count.setAccessibleName(
            translate("MemberPanel", "{stamps} of %n stamps", None, view.goal).format(
                stamps=view.shown_stamps
            )
        )
        self.next_hint.setText(view.next_hint)
        notes = [n for n in (view.queued_line, view.source_line) if n]
        self.queue_line.setText("  ".join(notes))
        self.queue_line.setVisible(bool(notes))
        self._show_rewards(view.rewards)
        self.setAccessibleName(translate("MemberPanel", "Member {name}").format(name=view.name))
        self._announce(view)

    def _announce(self, view: MemberView) -> None:
        """Say the member's stamps when they change: a scan, a stamp, an undo, a redeem."""
        rewards = sum(choice.count for choice in view.rewards)
        key = (view.member.id, view.shown_stamps, view.goal, rewards)
        if key == self._announced:
            return
        self._announced = key
        text = translate("MemberPanel", "{name}: {stamps} of %n stamps", None, view.goal).format(
            name=view.name, stamps=view.shown_stamps
        )
        if rewards:
            text += ". " + translate("MemberPanel", "Rewards to use: %n", None, rewards)
        announce(self.stamp_card, text)

    def forget_announced(self) -> None:
        """The next member shown is said aloud, even the same one again."""
        self._announced = None

    def _show_rewards(self, choices: tuple[RewardChoice, ...]) -> None:
        for button in self._reward_buttons:
            # Out of the layout and hidden now; deleteLater alone waits for the loop.
            self.rewards_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._reward_buttons = []
        self.rewards_title.setVisible(bool(choices) and not self._compact)
        for n, choice in enumerate(choices[:MAX_REWARD_BUTTONS], start=1):
            first = choice.reward
            times = f"  ×{choice.count}" if choice.count > 1 else ""
            until = (
                translate("MemberPanel", "   ·   until {day}").format(
                    day=format_moment(first.expired_at, "day")
                )
                if first.expired_at
                else ""
            )
            # Its key first, as Qt names it in the counter's language: an elided end
            # ("until 26 D…") loses the least. Elided, not cut off, where the panel
            # is narrow (a small or scaled screen).
            key = QKeySequence(f"Alt+{n}").toString(QKeySequence.SequenceFormat.NativeText)
            redeem = translate("MemberPanel", "Redeem:  {reward}").format(reward=first.name)
            button = named(
                FittedButton(
                    f"{key}   {redeem}{times}{until}",
                    shorter=(f"{key}   {redeem}{times}",) if until else (),
                ),
                "Reward",
            )
            button.setAccessibleName(
                translate("MemberPanel", "Redeem {reward}").format(reward=first.name)
            )
            button.setToolTip(
                translate(
                    "MemberPanel", "Redeem one {reward} (Alt+{n}, then Alt+{n} again)"
                ).format(reward=first.name, n=n)
            )
            # Keys never land on a reward: Space and Enter belong to the counter.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, r=first: self.reward_chosen.emit(r))
            button.setProperty("reward", first)
            self.rewards_box.addWidget(button)
            self._reward_buttons.append(button)

    @property
    def reward_buttons(self) -> list[QPushButton]:
        return list(self._reward_buttons)

    def choose_reward(self, number: int) -> None:
        """Alt+number: the reward on that button, if there is one."""
        if 1 <= number <= len(self._reward_buttons):
            self.reward_chosen.emit(self._reward_buttons[number - 1].property("reward"))
