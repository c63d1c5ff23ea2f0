"""Barcode decoding backends: zxing-cpp (default) and pyzbar (optional, needs libzbar0)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import numpy as np
import numpy.typing as npt
import zxingcpp

Image = npt.NDArray[np.uint8]
Point = tuple[float, float]
# The formats wallet passes and printed cards use.
WALLET_FORMATS = (
    zxingcpp.BarcodeFormat.QRCode,
    zxingcpp.BarcodeFormat.Code128,
    zxingcpp.BarcodeFormat.PDF417,
    zxingcpp.BarcodeFormat.Aztec,
)


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

    def shifted(self, dx: float, dy: float, scale: float = 1.0) -> "Detection":
        corners = tuple((x * scale + dx, y * scale + dy) for x, y in self.corners)
        return Detection(self.text, self.format, corners, self.backend, self.decoded)


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
    """zxing-cpp. The quick setting reads the wallet formats without rotating or
    inverting, and reports symbols it found but could not decode; ``thorough``
    tries everything."""

    name = "zxing-cpp"

    def decode(self, image: Image, *, thorough: bool = False) -> list[Detection]:
        found = zxingcpp.read_barcodes(
            image,
            formats=cast(Any, WALLET_FORMATS),  # the stubs predate tuples of formats
            try_rotate=thorough,
            # Downscaling reads large blurred codes and costs little (0.5 ms at 720p).
            try_downscale=True,
            try_invert=thorough,
            return_errors=not thorough,
        )
        return [
            Detection(
                b.text if b.valid else "", b.format.name, _corners(b.position), self.name, b.valid
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
                "The pyzbar backend needs the zbar library: sudo apt-get install libzbar0"
                " (zxing-cpp keeps working without it)."
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
            detections.append(
                Detection(text, r.type, tuple((float(p.x), float(p.y)) for p in points), self.name)
            )
        return detections
