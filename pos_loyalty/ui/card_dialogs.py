"""The member's card in hand: print it (a receipt printer or a normal one), save it
as PDF or PNG, or show its QR code large for the member's phone.

Qt's print support may be missing (a bundle built without it): then "Print" sends
a PDF to the system's ``lp`` when there is one, and otherwise says to save the
card and print it elsewhere."""

import asyncio
import logging
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from pos_loyalty.cards import CARD_MM, CardFace, card_png, qr_png, save_card
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import StationError
from pos_loyalty.ui.counter_dialog import CounterDialog, choose_save_path
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)
PREVIEW_DPI = 203
QR_MIN_SIDE = 120
# Rendered at the printer's resolution up to this: finer adds bytes, not sharpness.
MAX_PRINT_DPI = 600
MIN_PRINT_DPI = 203


def print_support() -> bool:
    """Whether Qt's print module is there (the PyInstaller bundle may leave it out)."""
    try:
        from PySide6.QtPrintSupport import QPrinter  # noqa: F401
    except ImportError:
        return False
    return True


def print_on(printer: "QPrinter", face: CardFace) -> None:
    """Draw the card on ``printer``'s page at its true size (85.6 × 54 mm), top left;
    on paper narrower than a card (a 58 or 80 mm receipt roll) scaled down to fit,
    never stretched, so the codes keep their proportions and scan."""
    resolution = printer.resolution()
    dpi = min(MAX_PRINT_DPI, max(MIN_PRINT_DPI, resolution))
    image = QImage.fromData(card_png(face, dpi))
    width = CARD_MM[0] / 25.4 * resolution
    height = CARD_MM[1] / 25.4 * resolution
    page = printer.pageLayout().paintRectPixels(resolution)
    scale = min(1.0, page.width() / width, page.height() / height)
    painter = QPainter(printer)
    try:
        # Whole modules, no smoothing: a blurred bar edge is a bar that does not scan.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        card = QRectF(0, 0, width * scale, height * scale)
        painter.drawImage(card, image)
        # A thin grey outline to cut along on a sheet (on a card-sized page, its edge).
        painter.setPen(QPen(QColor(170, 170, 170), max(1.0, resolution / 300)))
        painter.drawRect(card)
    finally:
        painter.end()


class CardDialog(CounterDialog):
    """A preview of the card and the ways to get it on paper."""

    def __init__(
        self, face: CardFace, parent: QWidget | None = None, *, wedge: WedgeFilter | None = None
    ) -> None:
        title = (
            translate("CardDialog", "Card of {name}").format(name=face.name)
            if face.name
            else translate("CardDialog", "Card of the member")
        )
        super().__init__(title, parent, wedge=wedge)
        self.face = face
        self.printing = print_support()
        self.preview = named(
            QLabel(), "CardPreview", translate("CardDialog", "Picture of the printed card")
        )
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setMinimumSize(240, 150)
        self._card = QPixmap.fromImage(QImage.fromData(card_png(face, PREVIEW_DPI)))
        self.body_layout.addWidget(self.preview, 1)
        where = named(
            QLabel(
                translate(
                    "CardDialog",
                    "Print on a receipt printer or a normal one (the card prints at its real"
                    " size, 85.6 × 54 mm), or save it as a PDF or a picture.",
                )
                + ("" if self.printing else self._fallback_words())
            ),
            "Hint",
        )
        where.setWordWrap(True)
        self.body_layout.addWidget(where)
        self.print_button = self.add_button(
            translate("CardDialog", "Print…"),
            translate("CardDialog", "Print the card"),
            self.print_card,
        )
        self.pdf_button = self.add_button(
            translate("CardDialog", "Save PDF…"),
            translate("CardDialog", "Save the card as PDF"),
            self.ask_pdf,
        )
        self.png_button = self.add_button(
            translate("CardDialog", "Save PNG…"),
            translate("CardDialog", "Save the card as PNG"),
            self.ask_png,
        )
        self.add_close_button()
        self.file_dialog: QWidget | None = None
        self.print_dialog: QWidget | None = None

    @staticmethod
    def _fallback_words() -> str:
        if shutil.which("lp"):
            return translate("CardDialog", " Printing goes through the system's print queue (lp).")
        return translate(
            "CardDialog",
            " This computer has no printing set up for the counter: save the card as a PDF"
            " and print it from another program.",
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        room = self.preview.size()
        self.preview.setPixmap(
            self._card.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # Saving

    def ask_pdf(self) -> None:
        self._ask_file(".pdf", translate("CardDialog", "PDF files (*.pdf)"))

    def ask_png(self) -> None:
        self._ask_file(".png", translate("CardDialog", "PNG pictures (*.png)"))

    def _ask_file(self, suffix: str, kinds: str) -> None:
        name = f"card-{self.face.code}{suffix}"
        self.file_dialog = choose_save_path(
            self, translate("CardDialog", "Save the card"), name, kinds, self.save_to
        )

    def save_to(self, path: Path) -> Path | None:
        if path.suffix.lower() not in (".pdf", ".png"):
            path = path.with_suffix(".pdf")
        try:
            saved = save_card(self.face, path)
        except StationError as failed:
            self.say("error", failed.message)
            return None
        self.say("ok", translate("CardDialog", "Saved: {path}").format(path=saved))
        return saved

    # Printing

    def print_card(self) -> None:
        if not self.printing:
            self.tasks.spawn(self.print_with_lp(), "printing")
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(
            translate("CardDialog", "Loyalty card {code}").format(code=self.face.code)
        )
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("CardDialog", "Print the card"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog = dialog
        # Modal over this dialog, without exec(): the counter's tasks keep running.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: "QPrinter") -> None:
        try:
            print_on(printer, self.face)
        except (RuntimeError, OSError) as failed:
            log.warning("printing failed: %s", failed)
            self.say(
                "error",
                translate("CardDialog", "The card could not be printed. Save it as a PDF instead."),
            )
            return
        saved = printer.outputFileName()
        self.say(
            "ok",
            translate("CardDialog", "Printed to {path}").format(path=saved)
            if saved
            else translate("CardDialog", "Sent to the printer."),
        )

    async def print_with_lp(self) -> None:
        lp = shutil.which("lp")
        if lp is None:
            self.say("error", self._fallback_words().strip())
            return
        folder = Path(tempfile.mkdtemp(prefix="pos-loyalty-card-"))
        pdf = save_card(self.face, folder / f"card-{self.face.code}.pdf")
        process = await asyncio.create_subprocess_exec(
            lp, str(pdf), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
        )
        _, err = await process.communicate()
        if process.returncode:
            why = err.decode(errors="replace").strip().splitlines()[-1:] or [
                translate("CardDialog", "no reason given")
            ]
            self.say(
                "error",
                translate(
                    "CardDialog", "The printer queue refused the card ({reason}). Save it as a PDF."
                ).format(reason=why[0]),
            )
            return
        self.say("ok", translate("CardDialog", "Sent to the printer (lp)."))


class QrDialog(CounterDialog):
    """The card page's QR code, large: the member scans it with their phone."""

    def __init__(
        self, face: CardFace, parent: QWidget | None = None, *, wedge: WedgeFilter | None = None
    ) -> None:
        title = (
            translate("QrDialog", "QR code of {name}").format(name=face.name)
            if face.name
            else translate("QrDialog", "QR code of the member")
        )
        super().__init__(title, parent, wedge=wedge)
        self.face = face
        heading = named(
            QLabel(translate("QrDialog", "Scan this with your phone to open your card")),
            "MemberCode",
        )
        heading.setWordWrap(True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = named(
            QLabel(), "QrCode", translate("QrDialog", "QR code of the member's card page")
        )
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(200, 200)
        self.picture.setStyleSheet("background: white; border-radius: 8px;")
        self._side = 0
        link = named(QLabel(face.url), "Hint", translate("QrDialog", "Link of the card page"))
        link.setWordWrap(True)
        link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(heading)
        self.body_layout.addWidget(self.picture, 1)
        self.body_layout.addWidget(link)
        self.add_close_button()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        side = max(QR_MIN_SIDE, min(self.picture.width(), self.picture.height()))
        if side != self._side:
            # Drawn afresh for the room it has, in whole pixels a module: a phone
            # reads it at any size, where a scaled picture would blur its edges.
            self._side = side
            self.picture.setPixmap(QPixmap.fromImage(QImage.fromData(qr_png(self.face.url, side))))
