"""Signing a member up at the counter, on the real server: offline then online, the
duplicate warning, the unknown card's offer, and the card in hand (print, PDF, PNG,
QR), each scanned back with the project's own decoder."""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton

from pos_loyalty.station.members import is_provisional_member
from pos_loyalty.ui.card_dialogs import CardDialog, QrDialog
from pos_loyalty.ui.enrol_dialog import EnrolDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.cards.test_member_card import decoded, raster
from tests.gui.conftest import Counter, FakeMonotonic
from tests.gui.keys import SCANNER_GAP, type_into_window
from tests.gui.signals import expect
from tests.support.member_rig import CONSENT, MemberRig, attach_member_screens


@dataclass
class Desk:
    counter: Counter
    rig: MemberRig

    @property
    def window(self) -> Any:
        return self.counter.window

    async def drain(self) -> None:
        self.counter.clock.advance(self.counter.session.settings.undo_seconds)
        await self.counter.session.sender.send_ready()


@pytest.fixture
async def desk(counter: Counter, wedge: WedgeFilter) -> AsyncIterator[Desk]:
    rig = attach_member_screens(counter.window, counter.controller, counter.session, wedge)
    yield Desk(counter, rig)
    await rig.screens.aclose()


def type_in(field: QLineEdit, text: str) -> None:
    """As a person types (the form checks on every key)."""
    field.setFocus()
    QTest.keyClicks(field, text)


def enrol_dialog(desk: Desk) -> EnrolDialog:
    dialog = desk.rig.screens.dialog
    assert isinstance(dialog, EnrolDialog), dialog
    assert dialog.isVisible()
    return dialog


def fill(dialog: EnrolDialog, **values: str) -> None:
    for name, text in values.items():
        type_in(dialog.form.fields[name], text)


def user_url(card: dict[str, Any], member_id: int) -> str:
    return f"/loyalty/loyalty-cards/{card['id']}/stats/{member_id}"


async def test_enrol_offline_stamp_at_once_then_the_real_member_takes_over(
    desk: Desk, api: httpx.Client, card: dict[str, Any]
) -> None:
    counter, window = desk.counter, desk.window
    counter.proxy.refuse()
    window.idle.new_member.click()
    dialog = enrol_dialog(desk)
    assert dialog.consent.accessibleDescription() == CONSENT
    assert not dialog.sign_up_button.isEnabled()  # not before the member agrees
    fill(dialog, first_name="Jane", last_name="Roe", email="jane@", phone="+44 20 7946 0001")
    # Unfinished is fine while typing; said when the field is left.
    assert dialog.form.problem_labels["email"].isHidden()
    dialog.form.fields["email"].editingFinished.emit()
    assert "looks incomplete" in dialog.form.problem_labels["email"].text()
    type_in(dialog.form.fields["email"], "example.com")
    assert dialog.form.problem_labels["email"].isHidden()
    dialog.consent.click()
    assert dialog.sign_up_button.isEnabled()
    shown = expect(counter.controller.member_changed, lambda view: view is not None)
    signing = dialog.sign_up()
    assert signing is not None
    await signing
    (view,) = await shown.wait()
    assert not dialog.isVisible()
    assert is_provisional_member(view.member)
    assert window.pages.currentIndex() == 1
    assert window.panel.name.text() == "Jane Roe"
    assert "Offline" in window.banner.text.text()
    assert window.banner.offering == "Print card"

    window.action_panel.plus_one.click()  # the first stamp, offline, on the provisional card
    assert window.panel.count.text() == "1 of 10"
    await desk.drain()
    assert counter.session.journal.open_count() == 2

    counter.proxy.accept()
    real_shown = expect(
        counter.controller.member_changed,
        lambda v: v is not None and not is_provisional_member(v.member),
    )
    await counter.session.sender.send_ready()
    await counter.session.sender.send_ready()
    (real,) = await real_shown.wait()
    assert len(real.member.code) == 21
    assert window.panel.code.text() == f"Card {real.member.code}"
    assert window.panel.count.text() == "1 of 10"
    on_server = api.get(user_url(card, real.member.id)).json()
    assert (on_server["first_name"], on_server["email"], on_server["stamps"]) == (
        "Jane",
        "jane@example.com",
        1,
    )
    consent = [e for e in counter.session.audit.entries() if e.action == "consent"]
    assert consent[0].after == {"wording": CONSENT}
    assert counter.session.journal.open_count() == 0


async def test_a_duplicate_email_offers_the_member_who_has_it(
    desk: Desk, member: dict[str, Any]
) -> None:
    counter, window = desk.counter, desk.window
    window.new_member_requested.emit()  # F2
    dialog = enrol_dialog(desk)
    fill(dialog, first_name="Johnny", email="JOHN@doe.com")
    checking = dialog.check_duplicates()
    assert checking is not None
    await checking
    assert dialog.duplicates_box.isVisible()
    assert "John Doe" in dialog.duplicates_box.findChildren(type(dialog.note))[0].text()
    assert dialog.sign_up_button.text() == "Sign up anyway"
    [open_it] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Open that member"]
    assert open_it.accessibleName() == "Open John Doe"
    shown = expect(counter.controller.member_changed, lambda view: view is not None)
    open_it.click()
    (view,) = await shown.wait()
    assert view.member.id == member["id"]
    assert not dialog.isVisible()
    assert counter.session.journal.open_count() == 0  # nobody was signed up

    # Typed otherwise, the warning goes; the same address again, it is back.
    window.new_member_requested.emit()
    again = enrol_dialog(desk)
    fill(again, first_name="Johnny", email="john@doe.com")
    again.consent.click()
    signing = again.sign_up()  # not checked yet: it looks first, and stops there
    assert signing is not None
    await signing
    assert again.isVisible()
    assert again.sign_up_button.text() == "Sign up anyway"
    assert counter.session.journal.open_count() == 0
    again.form.fields["email"].clear()
    type_in(again.form.fields["email"], "johnny@doe.com")
    assert again.sign_up_button.text() == "Sign up"


async def test_an_unknown_card_offers_to_sign_the_member_up(
    desk: Desk, key_clock: FakeMonotonic
) -> None:
    counter, window = desk.counter, desk.window
    said = expect(counter.controller.noticed)
    type_into_window(window, "nosuchcardcode0000000", key_clock, SCANNER_GAP)
    await said.wait()
    assert window.banner.text.text().startswith("No member has this card")
    assert window.banner.offering == "New member  (F2)"
    window.banner.offer_button.click()
    assert enrol_dialog(desk).windowTitle() == "New member"
    assert not window.banner.isVisible()


async def test_the_card_prints_and_saves_and_its_qr_scans_back(
    desk: Desk, member: dict[str, Any], tmp_path: Path, key_clock: FakeMonotonic
) -> None:
    counter, window = desk.counter, desk.window
    shown = expect(counter.controller.member_changed, lambda view: view is not None)
    type_into_window(window, member["code"], key_clock, SCANNER_GAP)
    (view,) = await shown.wait()
    # The card page as this counter reached the server (through the test's proxy).
    url = view.member.download_url
    assert url.endswith(member["code"])

    window.action_panel.show_qr.click()
    qr = desk.rig.screens.dialog
    assert isinstance(qr, QrDialog)
    qr.resize(600, 500)
    picture = qr.picture.pixmap()
    assert not picture.isNull()
    assert picture.width() >= 200
    picture.save(str(tmp_path / "qr.png"))
    assert decoded(tmp_path / "qr.png") == {"QRCode": url}
    qr.reject()

    window.action_panel.print_card.click()
    dialog = desk.rig.screens.dialog
    assert isinstance(dialog, CardDialog)
    for suffix in (".png", ".pdf"):
        saved = dialog.save_to(tmp_path / f"card{suffix}")
        assert saved is not None
        picture_file = saved if suffix == ".png" else raster(saved, 300)
        found = decoded(picture_file)
        assert found.get("Code128") == member["code"]
        assert found.get("QRCode") == url

    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    dialog.print_to(printer)
    assert dialog.note.text() == f"Printed to {tmp_path / 'printed.pdf'}"
    found = decoded(raster(tmp_path / "printed.pdf", 300))
    assert found.get("Code128") == member["code"]
    assert found.get("QRCode") == url
