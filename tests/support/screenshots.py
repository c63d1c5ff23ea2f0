"""Screenshots of the counter's main states, for the README (`make screenshots`).

The real window, on a real server process, driven through its controller; each
state is saved with QWidget.grab() into resources/screenshots/.
"""

import asyncio
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pos_loyalty.api import LoyaltyClient, RetryPolicy
from pos_loyalty.scanning.frames import ImageSequenceSource
from pos_loyalty.scanning.ladder import DecodingLadder
from pos_loyalty.station.clock import ManualClock, SystemClock
from pos_loyalty.station.counter import Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.ui.camera_bridge import CameraBridge, preview_image
from pos_loyalty.ui.card_dialogs import CardDialog
from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.enrol_dialog import EnrolDialog
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.review_dialog import ReviewDialog
from pos_loyalty.ui.theme import apply_theme
from tests.support.barcode_art import Distortion, place, qr_image
from tests.support.counter_rig import CounterRig, build_counter
from tests.support.fault_proxy import FaultProxy
from tests.support.member_rig import attach_member_screens, staff_up
from tests.support.server import RunningServer

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


def save(app: QApplication, window: QWidget, name: str) -> None:
    for _ in range(3):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / f"{name}.png"))
    print("saved", OUT / f"{name}.png")


async def shoot(app: QApplication, server: RunningServer, folder: Path) -> None:
    proxy = FaultProxy(server.port).start()
    clock = ManualClock(SystemClock().now())
    conn = open_station_database(folder / "station.sqlite3")
    headers = server.auth_headers
    api = f"{server.base_url}/loyalty/loyalty-cards/1/stats"
    ana = httpx.post(
        api,
        json={"first_name": "Ana", "last_name": "Martins", "email": "ana.martins@example.com"},
        headers=headers,
    ).json()
    httpx.post(f"{api}/{ana['id']}", json={"amount": 7}, headers=headers)
    tom = httpx.post(
        api, json={"first_name": "Tom", "last_name": "Verhaegen"}, headers=headers
    ).json()
    httpx.post(f"{api}/{tom['id']}", json={"amount": 9}, headers=headers)
    retry = RetryPolicy(attempts=1)
    async with LoyaltyClient(proxy.base_url, server.key, server.secret, retry=retry) as client:
        card = (await client.list_cards())[0]
        rig = build_counter(
            app, client, card, conn, clock, folder, staff=Staff(operator="Sam", station="Counter 1")
        )
        session, controller, window = rig.session, rig.controller, rig.window
        # A common till screen: 1366×768 less a window frame and a panel. The offscreen
        # platform's own screen is small, so the window would open maximised on it.
        window.show()
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1366, 720)
        await controller.vm.refresh_index_now()
        controller.vm.online = True
        controller.publish_status()
        save(app, window, "idle")

        # The camera preview: a real frame, outlined where the ladder found the code.
        bridge = CameraBridge(ImageSequenceSource([]))
        window.attach_camera(bridge)
        rng = np.random.default_rng(5)
        frame = place(qr_image(ana["download_url"], 4), (640, 360), rng, Distortion(angle=12))
        window.idle.camera.show_frame(preview_image(frame, DecodingLadder().decode(frame)))
        window.idle.camera.show_status("Camera on: camera 0")
        save(app, window, "camera")
        window.camera_button.setChecked(False)

        await controller.scan(ana["code"])  # type: ignore[misc]
        save(app, window, "member")

        await controller.scan(tom["code"])  # type: ignore[misc]
        controller.add_stamps(1)
        save(app, window, "reward-earned")
        controller.add_stamps(1)  # a second tap: the counter asks first
        save(app, window, "repeat-warning")
        controller.cancel_prompt()
        clock.advance(10)
        await session.sender.send_ready()

        await controller.scan(ana["code"])  # type: ignore[misc]
        proxy.refuse()
        controller.add_stamps(1)
        clock.advance(10)
        await session.sender.send_ready()
        controller.done()
        await controller.scan(ana["code"])  # type: ignore[misc]
        save(app, window, "offline")
        proxy.accept()
        await session.sender.send_ready()

        window.resize(1024, 560)  # a 7" tablet
        window.banner.clear()
        await controller.scan(tom["code"])  # type: ignore[misc]
        save(app, window, "member-1024x600")
        window.resize(1366, 720)

        controller.done()
        await controller.scan("nosuchcardcode0000000")  # type: ignore[misc]
        save(app, window, "error-unknown-card")

        window.panel.set_palette(apply_theme(app, "dark"))
        await controller.scan(tom["code"])  # type: ignore[misc]
        window.banner.clear()
        save(app, window, "member-dark")
        window.panel.set_palette(apply_theme(app, "light"))
        await shoot_members(app, window, rig, api, headers, ana, tom)
        await controller.aclose()
    proxy.stop()


async def shoot_members(
    app: QApplication,
    window: CounterWindow,
    rig: CounterRig,
    api: str,
    headers: dict[str, str],
    ana: dict[str, Any],
    tom: dict[str, Any],
) -> None:
    """The member screens: sign-up with the duplicate warning, the card, a manager's
    PIN, the writes to check. Each dialog is grabbed on its own."""
    session, controller = rig.session, rig.controller
    members = attach_member_screens(window, controller, session)
    screens = members.screens
    controller.done()
    window.new_member_requested.emit()
    enrol = screens.dialog
    assert isinstance(enrol, EnrolDialog)
    enrol.resize(720, 600)
    for name, text in {"first_name": "Ana", "last_name": "Martins"}.items():
        enrol.form.fields[name].setText(text)
    enrol.form.fields["email"].setText(ana["email"].upper())
    checking = enrol.check_duplicates()
    assert checking is not None
    await checking
    enrol.consent.setChecked(True)
    save(app, enrol, "new-member")
    enrol.reject()

    await controller.scan(tom["code"])  # type: ignore[misc]
    window.banner.clear()
    window.member_action_requested.emit("print")
    card = screens.dialog
    assert isinstance(card, CardDialog)
    card.resize(720, 520)
    save(app, card, "member-card")
    card.reject()

    staff_up(members.access)  # Maria, a manager, and Carl, a cashier at the counter
    window.member_action_requested.emit("void")
    pin = screens.gate.dialog
    assert isinstance(pin, PinDialog)
    pin.resize(680, 540)
    pin.enter("1111")
    save(app, pin, "manager-pin")
    pin.reject()

    controller.add_stamps(2)
    controller.confirm_prompt()  # Tom had a stamp a moment ago: yes, add
    httpx.put(f"{api}/{tom['id']}/void", headers=headers)  # meanwhile, elsewhere
    rig_clock = session.clock
    assert isinstance(rig_clock, ManualClock)
    rig_clock.advance(10)
    await session.sender.send_ready()
    controller.publish_status()
    window.status.to_check.click()
    review = screens.dialog
    assert isinstance(review, ReviewDialog)
    review.resize(820, 600)
    review.reason.setText("card reported stolen")
    await review.tasks.wait()  # the member as the server has them now
    save(app, review, "review")
    review.reject()
    await screens.aclose()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with RunningServer(folder / "server.sqlite3", ("--demo", "--rate-limit", "0")) as server:
            asyncio.run(shoot(app, server, folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
