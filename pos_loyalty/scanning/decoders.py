"""Barcode decoding backends: zxing-cpp (default) and pyzbar (optional, needs libzbar0)."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, cast

import numpy as np
import numpy.typing as npt
import zxingcpp

from pos_loyalty.domain.i18n import translate

Image = npt.NDArray[np.uint8]
Point = tuple[float, float]
# The formats wallet passes and printed cards use.
WALLET_FORMATS = (
    zxingcpp.BarcodeFormat.QRCode,
    zxingcpp.BarcodeFormat.Code128,
    zxingcpp.BarcodeFormat.PDF417,
    zxingcpp.BarcodeFormat.Aztec,
)
# The quick pass looks for these, inverted too (which zxing-cpp does almost for free).
# Aztec, which no card of ours carries, would cost as much again (2 ms at 720p): the
# ladder looks for it later, when nothing else was found.
QUICK_FORMATS = WALLET_FORMATS[:3]
# Symbols whose Reed-Solomon error correction makes a wrong read all but impossible;
# a Code 128 has only a modulo-103 check character.
CORRECTING_FORMATS = frozenset({"QRCode", "PDF417", "Aztec"})


class BackendUnavailableError(RuntimeError):
    """The decoding backend cannot be loaded; the message says what to install."""


@dataclass(frozen=True, slots=True)
class Detection:
    """A symbol in a frame: its text (empty when it could not be decoded) and corners."""

    text: str
    format: str
    corners: tuple[Point, ...]
    backend: str
    decoded: bool = True
    # Trusted from this frame alone: read by the quick pass, protected by error
    # correction, or read the same by two decoders. Otherwise the scanner waits
    # for the same text in another frame before it believes it.
    sure: bool = True

    def shifted(self, dx: float, dy: float, scale: float = 1.0) -> "Detection":
        corners = tuple((x * scale + dx, y * scale + dy) for x, y in self.corners)
        return replace(self, corners=corners)

    def with_corners(self, corners: tuple[Point, ...]) -> "Detection":
        return replace(self, corners=corners)


class Decoder(Protocol):
    name: str

    def decode(self, image: Image, *, thorough: bool = False) -> list[Detection]: ...


def _corners(position: Any) -> tuple[Point, ...]:
    return tuple(
        (float(p.x), float(p.y))
        for p in (
            position.top_left,
            position.top_right,
            position.bottom_right,
            position.bottom_left,
        )
    )


class ZxingDecoder:
    """zxing-cpp. The quick setting reads QR, Code 128 and PDF417 upright or
    mirrored, dark on light or inverted, and reports symbols it found but could not
    decode; ``thorough`` also rotates and reads Aztec."""

    name = "zxing-cpp"

    def __init__(self, binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage) -> None:
        self.binarizer = binarizer
        if binarizer != zxingcpp.Binarizer.LocalAverage:
            self.name = f"zxing-cpp ({binarizer.name})"

    def decode(self, image: Image, *, thorough: bool = False) -> list[Detection]:
        if thorough:
            return self.read(image, WALLET_FORMATS, rotate=True, invert=True, errors=False)
        return self.read(image, QUICK_FORMATS, rotate=False, invert=True, errors=True)

    def read(
        self,
        image: Image,
        formats: Sequence[zxingcpp.BarcodeFormat],
        *,
        rotate: bool,
        invert: bool,
        errors: bool,
        downscale: bool = True,
    ) -> list[Detection]:
        found = zxingcpp.read_barcodes(
            image,
            formats=cast(Any, tuple(formats)),  # the stubs predate tuples of formats
            try_rotate=rotate,
            # Downscaling reads large blurred codes and costs little (0.5 ms at 720p).
            try_downscale=downscale,
            try_invert=invert,
            binarizer=self.binarizer,
            return_errors=errors,
        )
        return [
            Detection(
                b.text if b.valid else "",
                b.format.name,
                _corners(b.position),
                self.name,
                b.valid,
                sure=b.format.name in CORRECTING_FORMATS,
            )
            for b in found
        ]


class ZbarDecoder:
    name = "pyzbar"

    def __init__(self) -> None:
        try:
            from pyzbar import pyzbar
        except (ImportError, OSError) as exc:
            raise BackendUnavailableError(
                translate(
                    "Decoders",
                    "The pyzbar backend needs the zbar library: sudo apt-get install libzbar0"
                    " (zxing-cpp keeps working without it).",
                )
            ) from exc
        self._pyzbar = pyzbar
        self._symbols = [
            pyzbar.ZBarSymbol.QRCODE,
            pyzbar.ZBarSymbol.CODE128,
            pyzbar.ZBarSymbol.PDF417,
        ]

    def decode(self, image: Image, *, thorough: bool = False) -> list[Detection]:
        results = self._pyzbar.decode(image, symbols=self._symbols)
        detections = []
        for r in results:
            try:
                text = r.data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            points: Sequence[Any] = r.polygon or []
            corners = tuple((float(p.x), float(p.y)) for p in points)
            # zbar checks a QR code's error correction too; its 1-D reads are weaker.
            sure = r.type in {"QRCODE", "PDF417"}
            detections.append(Detection(text, r.type, corners, self.name, sure=sure))
        return detections
