"""The member's printed card: a wallet-sized card with the member code as Code 128 and
the card page's QR code, as PNG or PDF at a printer's resolution. Qt-free (Pillow)."""

from pos_loyalty.cards.face import CardFace, CardNotReadyError, card_face
from pos_loyalty.cards.render import (
    CARD_MM,
    PRINTER_DPI,
    CardFormatError,
    card_png,
    qr_png,
    render_card,
    save_card,
)

__all__ = [
    "CARD_MM",
    "PRINTER_DPI",
    "CardFace",
    "CardFormatError",
    "CardNotReadyError",
    "card_face",
    "card_png",
    "qr_png",
    "render_card",
    "save_card",
]
