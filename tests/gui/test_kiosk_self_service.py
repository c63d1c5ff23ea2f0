"""The self-service kiosk on the real server, offscreen, with a clock the test moves:
the attract screen with its camera guide, a scanned card showing a first name and
stamps only, self-stamping off by default and confirmed by a staff PIN when on,
the idle reset closing any dialog, a sleep and resume, and the network's loss."""

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from pos_loyalty.api import Card
from pos_loyalty.scanning.decoders import Image
from pos_loyalty.scanning.frames import SourceError
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationKind
from pos_loyalty.station.self_service import SelfServiceSettings, badge_hash
from pos_loyalty.station.settings import SecretStore, SettingsStore, StationSettings
from pos_loyalty.station.staff import Role, StaffRoster
from pos_loyalty.station.staff_access import StaffAccess
from pos_loyalty.ui.kiosk import Kiosk
from pos_loyalty.ui.kiosk_camera import CameraState, GuidedCameraView
from pos_loyalty.ui.kiosk_idle import open_dialogs
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.conftest import Counter

MARIA_PIN = "4821"


def suspend(clock: ManualClock, seconds: float) -> None:
    """A sleep: the wall clock runs on while CLOCK_MONOTONIC stands still (ManualClock
    has no public way to move one without the other)."""
    clock._now += timedelta(seconds=seconds)


def shown_text(window: Any) -> str:
    """Every label the customer can see now."""
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


@pytest.fixture
def access(tmp_path: Path) -> StaffAccess:
    clock = ManualClock()
    conn = open_station_database(tmp_path / "staff.sqlite3")
    roster = StaffRoster(conn, clock, AuditLog(conn, clock), station="Kiosk 1")
    roster.add("Maria", Role.MANAGER, MARIA_PIN, by="setup")
    return StaffAccess(roster)


def self_service(
    qapp: QApplication, counter: Counter, access: StaffAccess, stamping: bool
) -> Iterator[tuple[Kiosk, list[str]]]:
    left: list[str] = []
    kiosk = Kiosk(
        qapp, lambda: left.append("left"), flavour="self-service",
        self_service=SelfServiceSettings(self_stamping=stamping, card_seconds=15),
    )  # fmt: skip
    kiosk.attach(counter.window, access)
    counter.window.show()  # a change of window flags hides a window; app.py attaches first
    yield kiosk, left
    kiosk.close()


@pytest.fixture
def kiosk(qapp: QApplication, counter: Counter, access: StaffAccess) -> Iterator[Kiosk]:
    for k, _left in self_service(qapp, counter, access, stamping=False):
        yield k


@pytest.fixture
def stamping_kiosk(qapp: QApplication, counter: Counter, access: StaffAccess) -> Iterator[Kiosk]:
    for k, _left in self_service(qapp, counter, access, stamping=True):
        yield k


def state_of(view: GuidedCameraView) -> CameraState:
    """Read afresh (mypy keeps an attribute narrowed across calls)."""
    return view.state


async def scan(counter: Counter, code: str) -> None:
    task = counter.controller.scan(code)
    assert task is not None
    await task


async def test_the_attract_screen_then_a_first_name_and_stamps_only(
    kiosk: Kiosk, counter: Counter, member: dict[str, Any]
) -> None:
    screen = kiosk.screen
    assert screen is not None
    window = counter.window
    assert window.centralWidget() is screen
    assert screen.pages.currentIndex() == 0
    assert "Scan your card here" in shown_text(window)
    assert screen.camera.isVisible()
    assert screen.camera.message == "Camera starting…"
    await scan(counter, member["code"])
    assert screen.pages.currentIndex() == 1
    text = shown_text(window)
    assert "Hello, John!" in text
    assert "0 of 10 stamps" in text
    for private in ("Doe", member["email"], member["code"], "John@Doe.com"):
        assert private not in text
    # Self-stamping is off: no button, and the counter's Space does nothing here.
    assert not screen.stamp_button.isVisible()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Space)
    assert counter.session.journal.open_for_member(member["id"]) == []
    # Back to "Scan your card here" after the card's time.
    counter.clock.advance(14)
    kiosk.tick()
    assert screen.pages.currentIndex() == 1
    counter.clock.advance(2)
    kiosk.tick()
    assert screen.pages.currentIndex() == 0
    assert counter.controller.view is None


async def test_a_stamp_needs_a_staff_pin_and_a_second_one_waits(
    stamping_kiosk: Kiosk, counter: Counter, member: dict[str, Any]
) -> None:
    screen = stamping_kiosk.screen
    assert screen is not None
    await scan(counter, member["code"])
    assert screen.stamp_button.isVisible()
    assert screen.stamp_button.isEnabled()
    screen.stamp_button.click()
    dialog = stamping_kiosk.dialog
    assert isinstance(dialog, PinDialog)
    assert dialog.isVisible()
    dialog.enter("1111")  # not a PIN of staff: nothing
    assert counter.session.journal.open_for_member(member["id"]) == []
    dialog.enter(MARIA_PIN)
    assert not dialog.isVisible()
    [op] = counter.session.journal.open_for_member(member["id"])
    assert op.kind is OperationKind.ADD_STAMPS
    assert op.operator == "Maria (self-service)"
    assert "1 of 10 stamps" in shown_text(counter.window)
    assert screen.note.text() == "Stamp added. Thank you!"
    # The cooldown: the button stays, disabled; a scan again says how long to wait.
    assert not screen.stamp_button.isEnabled()
    counter.clock.advance(10)
    await scan(counter, member["code"])
    assert "20 seconds" in screen.note.text()
    assert not screen.stamp_button.isEnabled()


async def test_a_reward_is_only_announced(
    kiosk: Kiosk, counter: Counter, member: dict[str, Any], api: Any, card: dict[str, Any]
) -> None:
    response = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}", json={"amount": 5}
    )
    assert response.status_code < 300, response.text
    await scan(counter, member["code"])
    screen = kiosk.screen
    assert screen is not None
    assert screen.reward.isVisible()
    assert screen.reward.text() == "Reward ready: ask at the counter"
    reward = next(r["name"] for r in card["rewards"] if r["threshold"] == 5)
    assert screen.reward_names.text() == f"Your reward: {reward}"
    # No way to redeem: the counter's reward buttons are hidden, disabled, keyless.
    shown = [b.text() for b in counter.window.findChildren(QPushButton) if b.isVisible()]
    assert sorted(shown) == ["Done", "Staff"]
    QTest.keyClick(counter.window.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert counter.session.journal.open_for_member(member["id"]) == []


async def test_idle_closes_an_open_pin_dialog_and_goes_back(
    kiosk: Kiosk, counter: Counter, member: dict[str, Any]
) -> None:
    screen = kiosk.screen
    assert screen is not None
    await scan(counter, member["code"])
    kiosk.ask_leave(counter.window)  # a manager started to leave, then walked away
    dialog = kiosk.dialog
    assert isinstance(dialog, PinDialog)
    assert open_dialogs(counter.window) == [dialog]
    counter.clock.advance(61)
    kiosk.tick()
    assert not dialog.isVisible()
    assert open_dialogs(counter.window) == []
    assert screen.pages.currentIndex() == 0


async def test_a_sleep_goes_back_and_asks_the_network_again(
    kiosk: Kiosk, counter: Counter, member: dict[str, Any]
) -> None:
    screen = kiosk.screen
    assert screen is not None
    await scan(counter, member["code"])
    kiosk.ask_leave(counter.window)
    # The tablet sleeps, and wakes where the network is gone.
    counter.proxy.refuse()
    suspend(counter.clock, 3600)
    kiosk.tick()
    assert open_dialogs(counter.window) == []
    assert screen.pages.currentIndex() == 0
    assert kiosk.network_check is not None
    await kiosk.network_check
    assert counter.controller.vm.online is False
    # Calm words, and the card still works from this station's copy.
    assert "Your card still works" in screen.note.text()
    await scan(counter, member["code"])
    assert screen.pages.currentIndex() == 1
    assert "Hello, John!" in shown_text(counter.window)
    counter.controller.done()
    # Back online: the next resume finds the server again.
    counter.proxy.accept()
    suspend(counter.clock, 600)
    kiosk.tick()
    assert kiosk.network_check is not None
    await kiosk.network_check
    assert counter.controller.vm.online is True
    assert screen.note.text() == ""


async def test_a_card_that_is_not_ours_gets_kind_words(kiosk: Kiosk, counter: Counter) -> None:
    screen = kiosk.screen
    assert screen is not None
    await scan(counter, "zzzzzzzzzzzzzzzzzzzzz")
    assert screen.pages.currentIndex() == 0
    assert screen.note.text() == (
        "Sorry, this card could not be read here. Please ask at the counter."
    )
    counter.controller.scan("https://example.com/")
    assert "not a loyalty card" in screen.note.text()


async def test_the_camera_view_says_unplugged_and_recovers(kiosk: Kiosk) -> None:
    screen = kiosk.screen
    assert screen is not None
    view = screen.camera
    view.set_live(False)
    assert view.state is CameraState.MISSING
    assert view.message == "Looking for the camera…"
    view.set_live(True)
    view.set_live(False)
    assert state_of(view) is CameraState.LOST
    assert view.message == "Camera unplugged, reconnecting…"
    assert view.accessibleDescription() == view.message
    view.set_live(True)
    assert view.message == "Hold your card here"


async def test_staff_flavour_idle_closes_dialogs_and_empties_the_counter(
    qapp: QApplication, counter: Counter, access: StaffAccess, member: dict[str, Any]
) -> None:
    kiosk = Kiosk(qapp, lambda: None, idle_seconds=60)
    kiosk.attach(counter.window, access)
    try:
        await scan(counter, member["code"])
        assert counter.window.pages.currentIndex() == 1
        kiosk.ask_leave(counter.window)
        assert open_dialogs(counter.window)
        counter.clock.advance(30)
        kiosk.tick()
        assert open_dialogs(counter.window)
        counter.clock.advance(31)
        kiosk.tick()
        assert open_dialogs(counter.window) == []
        assert counter.window.pages.currentIndex() == 0
        assert counter.controller.view is None
    finally:
        kiosk.close()


class UnpluggableCamera:
    """A camera that the test unplugs and plugs back: while unplugged it cannot be
    read or opened, as a USB camera pulled out of the tablet."""

    description = "camera 0"
    reconnects = True
    pace: float | None = 30.0

    def __init__(self) -> None:
        self.unplugged = threading.Event()
        self.opened = 0

    def open(self) -> None:
        if self.unplugged.is_set():
            raise SourceError("No camera found at camera 0. Check that it is plugged in.")
        self.opened += 1

    def read(self) -> Image:
        if self.unplugged.is_set():
            raise SourceError("camera 0 stopped sending pictures (unplugged?)")
        return np.full((240, 320, 3), 128, dtype=np.uint8)

    def close(self) -> None:
        pass


async def test_a_camera_unplugged_and_plugged_back_recovers_without_a_restart(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    from pos_loyalty.ui.camera_bridge import CameraBridge

    screen = kiosk.screen
    assert screen is not None
    view = screen.camera
    camera = UnpluggableCamera()
    bridge = CameraBridge(camera)
    kiosk.attach_camera(bridge)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: state_of(view) is CameraState.LIVE, timeout=10_000)
        qtbot.waitUntil(lambda: view.frames_shown > 0, timeout=10_000)
        assert view.message == "Hold your card here"
        camera.unplugged.set()
        qtbot.waitUntil(lambda: state_of(view) is CameraState.LOST, timeout=10_000)
        assert view.message == "Camera unplugged, reconnecting…"
        shown = view.frames_shown
        camera.unplugged.clear()
        qtbot.waitUntil(lambda: state_of(view) is CameraState.LIVE, timeout=20_000)
        qtbot.waitUntil(lambda: view.frames_shown > shown, timeout=10_000)
        assert camera.opened >= 2  # the scanner opened it again by itself
        assert view.message == "Hold your card here"
    finally:
        bridge.stop()


async def test_a_scanner_station_does_not_stamp_by_itself_in_self_service(
    qapp: QApplication, counter: Counter, access: StaffAccess, member: dict[str, Any]
) -> None:
    counter.controller.station_mode = "scanner"  # every scan stamps, at a counter
    for kiosk, _left in self_service(qapp, counter, access, stamping=False):
        await scan(counter, member["code"])
        assert kiosk.screen is not None
        assert kiosk.screen.pages.currentIndex() == 1
        assert counter.session.journal.open_for_member(member["id"]) == []


def test_the_settings_choose_the_flavour_and_self_stamping_is_off_by_default(
    qapp: QApplication, wedge: WedgeFilter, tmp_path: Path
) -> None:
    defaults = StationSettings()
    assert defaults.kiosk_flavour == "staff"
    assert defaults.kiosk_self_stamping is False
    dialog = SettingsDialog(defaults, [Card(id=1, name="Coffee")], SecretStore(), wedge)
    try:
        assert not dialog.self_stamping.isChecked()
        dialog.kiosk_flavour.setCurrentIndex(dialog.kiosk_flavour.findData("self-service"))
        dialog.self_stamping.setChecked(True)
        chosen = dialog.result_settings()
    finally:
        dialog.deleteLater()
    assert (chosen.kiosk_flavour, chosen.kiosk_self_stamping) == ("self-service", True)
    store = SettingsStore(tmp_path / "settings.toml")
    store.save(chosen)
    assert store.load().kiosk_flavour == "self-service"
    (tmp_path / "settings.toml").write_text('kiosk_flavour = "customer"\n')
    assert store.load().kiosk_flavour == "staff"  # a bad value falls back, and is said
    assert store.problems


async def test_network_loss_is_said_calmly_and_the_card_still_shows(
    kiosk: Kiosk, counter: Counter, member: dict[str, Any]
) -> None:
    screen = kiosk.screen
    assert screen is not None
    await scan(counter, member["code"])  # online: this station keeps a copy
    counter.controller.done()
    counter.proxy.refuse()
    await scan(counter, member["code"])  # answered from the copy
    # The station's next try to reach the server (its index refresh) finds it gone.
    assert not await counter.controller.vm.refresh_index_now()
    assert counter.controller.vm.online is False
    assert screen.pages.currentIndex() == 1
    text = shown_text(counter.window)
    assert "Hello, John!" in text
    assert "We are offline for a moment. Your card still works" in text
    for alarming in ("error", "Error", "failed", "server"):
        assert alarming not in text


async def test_a_card_of_another_program_is_sent_to_the_counter(
    kiosk: Kiosk, counter: Counter, api: Any
) -> None:
    response = api.post(
        "/loyalty/loyalty-cards/1/stats", json={"first_name": "Ann", "email": "ann@example.com"}
    )
    assert response.status_code == 201, response.text
    asked: list[object] = []
    # As app.py wires it: the counter would ask staff to switch programs.
    counter.controller.vm.switch_program = lambda card, member: asked.append(card)
    screen = kiosk.screen
    assert screen is not None
    await scan(counter, response.json()["code"])
    assert counter.controller.vm.prompts.current is None  # nobody here may answer it
    assert asked == []
    assert screen.pages.currentIndex() == 0
    assert screen.note.text() == (
        "Sorry, this card could not be read here. Please ask at the counter."
    )


async def test_a_staff_badge_confirms_the_stamp_instead_of_a_pin(
    qapp: QApplication, counter: Counter, access: StaffAccess, member: dict[str, Any]
) -> None:
    left: list[str] = []
    settings = SelfServiceSettings(self_stamping=True, badge_sha256=badge_hash("blue-heron-42"))
    kiosk = Kiosk(qapp, lambda: left.append("left"), flavour="self-service", self_service=settings)
    kiosk.attach(counter.window, access)
    counter.window.show()
    try:
        screen = kiosk.screen
        assert screen is not None
        await scan(counter, member["code"])
        assert not kiosk.take_scan(member["code"])  # a card is the counter's to look up
        screen.stamp_button.click()
        dialog = kiosk.dialog
        assert isinstance(dialog, PinDialog)
        assert kiosk.take_scan("pos-loyalty-staff:a-guess")
        assert screen.note.text() == "That is not a staff badge of this kiosk."
        assert dialog.isVisible()
        assert kiosk.take_scan("pos-loyalty-staff:blue-heron-42")
        assert not dialog.isVisible()
        [op] = counter.session.journal.open_for_member(member["id"])
        assert op.operator == "Staff badge (self-service)"
        assert screen.note.text() == "Stamp added. Thank you!"
        assert "1 of 10 stamps" in shown_text(counter.window)
    finally:
        kiosk.close()


def test_the_badge_code_is_kept_only_as_its_hash_and_can_be_removed(
    qapp: QApplication, wedge: WedgeFilter
) -> None:
    dialog = SettingsDialog(StationSettings(), [Card(id=1, name="Coffee")], SecretStore(), wedge)
    try:
        assert dialog.result_settings().kiosk_badge_sha256 == ""
        assert dialog.badge_remove.isHidden()  # no badge, nothing to remove
        dialog.badge_code.setText("blue-heron-42")
        chosen = dialog.result_settings()
    finally:
        dialog.deleteLater()
    assert chosen.kiosk_badge_sha256 == badge_hash("blue-heron-42")
    assert "blue-heron" not in repr(chosen)
    again = SettingsDialog(chosen, [Card(id=1, name="Coffee")], SecretStore(), wedge)
    try:
        assert again.badge_code.text() == ""  # empty keeps the code set before
        assert again.result_settings().kiosk_badge_sha256 == chosen.kiosk_badge_sha256
        # A lost badge is removed: staff confirm with their PIN again.
        assert not again.badge_remove.isHidden()
        again.badge_remove.setChecked(True)
        assert not again.badge_code.isEnabled()
        assert again.result_settings().kiosk_badge_sha256 == ""
    finally:
        again.deleteLater()
