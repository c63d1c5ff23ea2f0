"""Drawing the card with Pillow, at the printer's resolution.

The bars and the QR modules are whole pixels (no scaling, no smoothing), so a
203 dpi thermal printer and a 300 dpi office printer both get sharp edges a
scanner can read. Text is anti-aliased. The PDF holds the same picture on a page
the size of the card.
"""

import io
from functools import cache
from pathlib import Path

import barcode
import segno
from PIL import Image, ImageDraw, ImageFont

from pos_loyalty.cards.face import CardFace
from pos_loyalty.station.errors import StationError

# ISO/IEC 7810 ID-1: a bank card.
CARD_MM = (85.6, 54.0)
# Thermal receipt printers, and office printers.
PRINTER_DPI = (203, 300)
MARGIN_MM = 3.0
QR_MM = 24.0
BARCODE_MM = 12.0
# Code 128 wants ten modules of white on each side; QR four.
BAR_QUIET = 10
QR_QUIET = 4
FormatName = str

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


class CardFormatError(StationError):
    pass


def _px(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def render_card(face: CardFace, dpi: int = 300) -> Image.Image:
    """The card as a greyscale picture, ``CARD_MM`` at ``dpi``."""
    if dpi < 150:
        raise CardFormatError(f"{dpi} dpi is too coarse for a card that scans; use 203 or 300.")
    width, height = _px(CARD_MM[0], dpi), _px(CARD_MM[1], dpi)
    margin = _px(MARGIN_MM, dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)

    qr_side = _px(QR_MM, dpi)
    qr = _qr(face.url, qr_side)
    image.paste(qr, (width - margin - qr.width + _px(1, dpi), margin - _px(1, dpi)))

    # Text to the left of the QR code: the program, then the member's name.
    text_width = width - 2 * margin - qr_side
    program = _fit(draw, face.program, _px(3.2, dpi), text_width, bold=True)
    name = _fit(draw, face.name or "Member", _px(4.4, dpi), text_width, bold=False)
    draw.text((margin, margin), program[0], font=program[1], fill=0)
    draw.text((margin, margin + _px(7.5, dpi)), name[0], font=name[1], fill=0)
    label = _font(_px(2.2, dpi), bold=False)
    draw.text((margin, margin + _px(15, dpi)), "Loyalty card", font=label, fill=90)

    # The barcode across the bottom, the code in letters under it.
    bar_top = height - margin - _px(BARCODE_MM + 4, dpi)
    bars = _code128(face.code, width - 2 * margin + _px(2, dpi), _px(BARCODE_MM, dpi))
    image.paste(bars, ((width - bars.width) // 2, bar_top))
    code_font = _font(_px(2.6, dpi), bold=False, mono=True)
    code_box = draw.textbbox((0, 0), face.code, font=code_font)
    draw.text(
        ((width - (code_box[2] - code_box[0])) // 2, bar_top + bars.height + _px(0.8, dpi)),
        face.code,
        font=code_font,
        fill=0,
    )
    return image


def save_card(face: CardFace, out: Path, dpi: int = 300) -> Path:
    """Write the card to ``out``: PNG or PDF, by its suffix."""
    kind = out.suffix.lower()
    if kind not in (".png", ".pdf"):
        raise CardFormatError(f"A card is saved as .png or .pdf, not {out.suffix or 'no suffix'}.")
    image = render_card(face, dpi)
    try:
        if kind == ".png":
            image.save(out, "PNG", dpi=(dpi, dpi))
        else:
            image.save(out, "PDF", resolution=float(dpi), title=f"Loyalty card {face.code}")
    except OSError as exc:
        raise CardFormatError(
            f"The card could not be written to {out}: {exc.strerror or exc}."
        ) from exc
    return out


def card_png(face: CardFace, dpi: int = 300) -> bytes:
    """The card as PNG bytes, for a print preview or QPrinter (QImage.fromData)."""
    buffer = io.BytesIO()
    render_card(face, dpi).save(buffer, "PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def qr_png(url: str, side_px: int) -> bytes:
    """The card page's QR code alone, about ``side_px`` square: for "Show QR" on screen."""
    buffer = io.BytesIO()
    _qr(url, side_px).save(buffer, "PNG")
    return buffer.getvalue()


def _qr(url: str, side_px: int) -> Image.Image:
    qr = segno.make(url, error="m", micro=False)
    rows = [list(row) for row in qr.matrix_iter(border=QR_QUIET)]
    module = max(1, side_px // len(rows))
    small = Image.new("L", (len(rows), len(rows)), 255)
    small.putdata([0 if dark else 255 for row in rows for dark in row])
    return small.resize((len(rows) * module,) * 2, Image.Resampling.NEAREST)


def _code128(code: str, max_width: int, height: int) -> Image.Image:
    modules = (
        BAR_QUIET * "0" + barcode.get_barcode_class("code128")(code).build()[0] + BAR_QUIET * "0"
    )
    module = max_width // len(modules)
    if module < 1:
        raise CardFormatError("The member code is too long for a Code 128 across the card.")
    row = Image.new("L", (len(modules), 1), 255)
    row.putdata([0 if bit == "1" else 255 for bit in modules])
    return row.resize((len(modules) * module, height), Image.Resampling.NEAREST)


def _fit(
    draw: ImageDraw.ImageDraw, text: str, size: int, width: int, *, bold: bool
) -> tuple[str, Font]:
    """The text at ``size``, smaller down to 70 % to fit ``width``, then cut with "…"."""
    for scale in (1.0, 0.9, 0.8, 0.7):
        font = _font(round(size * scale), bold=bold)
        if draw.textlength(text, font=font) <= width:
            return text, font
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…", font


# DejaVu covers most scripts a name is written in; Pillow's own font is the fallback.
_FACES = {
    (False, False): "DejaVuSans.ttf",
    (True, False): "DejaVuSans-Bold.ttf",
    (False, True): "DejaVuSansMono.ttf",
    (True, True): "DejaVuSansMono-Bold.ttf",
}


@cache
def _font(size: int, *, bold: bool, mono: bool = False) -> Font:
    try:
        return ImageFont.truetype(_FACES[(bold, mono)], size)
    except OSError:
        return ImageFont.load_default(size)
