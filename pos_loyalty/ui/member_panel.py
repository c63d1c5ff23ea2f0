"""The member at a glance: name, code, stamps as circles, usable rewards as big buttons."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
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

from pos_loyalty.api import Card, Member, Reward
from pos_loyalty.ui.fitted_label import FittedButton, FittedLabel
from pos_loyalty.ui.stamp_card import StampCard
from pos_loyalty.ui.theme import Palette
from pos_loyalty.ui.widgets import named

MAX_REWARD_BUTTONS = 6


def next_reward_hint(stamps: int, goal: int, card: Card) -> str:
    ahead = sorted((r.threshold, r.name) for r in card.rewards if r.threshold > stamps)
    if not ahead:
        return ""
    threshold, name = ahead[0]
    more = threshold - stamps
    return f"{more} more for {name}" if more > 1 else f"1 more for {name}!"


def group_rewards(rewards: list[Reward]) -> list[tuple[Reward, int]]:
    """One entry per reward name: the one expiring first (used first), and how many."""
    far = datetime.max.replace(tzinfo=UTC)
    by_name: dict[str, list[Reward]] = {}
    for reward in rewards:
        by_name.setdefault(reward.name, []).append(reward)
    groups = [
        (min(same, key=lambda r: (r.expired_at or far, r.id)), len(same))
        for same in by_name.values()
    ]
    return sorted(groups, key=lambda g: (g[0].expired_at or far, g[0].id))


class MemberPanel(QWidget):
    reward_chosen = Signal(object)  # Reward

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.member: Member | None = None
        # One line, set smaller and then elided when long: a long name cannot push the
        # rewards off a small screen (the tooltip has it whole).
        self.name = named(FittedLabel(lines=1, shrink=0.7), "MemberName")
        self.code = named(QLabel(), "MemberCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = named(QLabel(), "StatusLine")
        self.status.setWordWrap(True)
        self.status.hide()
        self.stamp_card = StampCard()
        self.count = named(QLabel(), "StampCount")
        self.next_hint = named(FittedLabel(lines=2), "Muted")
        self.rewards_title = QLabel("Rewards to use")
        # The rewards scroll inside the panel: many of them on a small screen must not
        # grow the window past it (at least one always shows; Alt+N reaches them all).
        rewards = QWidget()
        self.rewards_box = QVBoxLayout(rewards)
        self.rewards_box.setContentsMargins(0, 0, 0, 0)
        self.rewards_box.setSpacing(8)
        self.rewards_box.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rewards_area = named(QScrollArea(), "Scroller")
        self.rewards_area.setWidget(rewards)
        self.rewards_area.setWidgetResizable(True)
        self.rewards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rewards_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rewards_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._reward_buttons: list[QPushButton] = []

        count_row = QHBoxLayout()
        count_row.addWidget(self.count)
        count_row.addSpacing(16)
        count_row.addWidget(self.next_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(self.code)
        layout.addWidget(self.status)
        layout.addSpacing(4)
        layout.addWidget(self.stamp_card)
        layout.addLayout(count_row)
        layout.addSpacing(4)
        layout.addWidget(self.rewards_title)
        layout.addWidget(self.rewards_area, 1)

    def set_palette(self, palette: Palette) -> None:
        self.stamp_card.set_palette(palette)

    def show_member(self, member: Member, card: Card, goal: int, now: datetime) -> None:
        self.member = member
        self.name.setText(member.display_name)
        self.name.setAccessibleName(f"Member {member.display_name}")
        self.code.setText(f"Card {member.code}")
        self._show_status(member, now)
        shown = min(member.stamps, goal)
        thresholds = {r.threshold for r in card.rewards}
        self.stamp_card.set_stamps(member.stamps, goal, thresholds)
        self.count.setText(f"{shown} of {goal}")
        self.count.setAccessibleName(f"{shown} of {goal} stamps")
        self.next_hint.setText(next_reward_hint(member.stamps, goal, card))
        blocked = member.voided_at is not None or member.is_expired(now)
        self._show_rewards([] if blocked else member.usable_rewards(now))

    def _show_status(self, member: Member, now: datetime) -> None:
        if member.voided_at is not None:
            text = (
                f"Voided on {member.voided_at:%d %b %Y}: no stamps or rewards on this card."
                " Ask for the current card, or enroll the customer again."
            )
        elif member.is_expired(now):
            text = f"Expired on {member.expired_at:%d %b %Y}: renew it in the manager screen."
        else:
            self.status.hide()
            return
        self.status.setText(text)
        self.status.show()

    def _show_rewards(self, rewards: list[Reward]) -> None:
        for button in self._reward_buttons:
            # Out of the layout and hidden now; deleteLater alone waits for the loop.
            self.rewards_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._reward_buttons = []
        groups = group_rewards(rewards)
        self.rewards_title.setVisible(bool(groups))
        for n, (first, count) in enumerate(groups[:MAX_REWARD_BUTTONS], start=1):
            times = f"  ×{count}" if count > 1 else ""
            until = f"   ·   until {first.expired_at:%d %b}" if first.expired_at else ""
            # Elided, not cut off, where the panel is narrow (a small or scaled screen).
            button = named(FittedButton(f"Redeem:  {first.name}{times}{until}"), "Reward")
            button.setAccessibleName(f"Redeem {first.name}")
            button.setToolTip(f"Redeem one {first.name} (Alt+{n})")
            button.setShortcut(f"Alt+{n}")
            button.clicked.connect(lambda _=False, r=first: self.reward_chosen.emit(r))
            self.rewards_box.addWidget(button)
            self._reward_buttons.append(button)

    @property
    def reward_buttons(self) -> list[QPushButton]:
        return list(self._reward_buttons)
