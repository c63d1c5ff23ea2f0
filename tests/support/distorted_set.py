"""A generated set of camera-like frames with a known code in each (and empty ones)."""

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from pos_loyalty.domain.codes import CODE_ALPHABET
from tests.support.barcode_art import Distortion, Image, code128_image, empty_frame, place, qr_image


@dataclass(frozen=True)
class Sample:
    frame: Image
    expected: str | None  # the member code, or None for a frame with no code
    kind: str
    how: Distortion


def _code(rng: np.random.Generator) -> str:
    return "".join(rng.choice(list(CODE_ALPHABET), 21))


def distorted_set(
    count: int, size: tuple[int, int] = (1280, 720), seed: int = 7, empty_share: float = 0.0
) -> Iterator[Sample]:
    rng = np.random.default_rng(seed)
    for n in range(count):
        if rng.random() < empty_share:
            yield Sample(empty_frame(size, rng), None, "empty", Distortion())
            continue
        code = _code(rng)
        qr = n % 2 == 0
        how = Distortion(
            angle=float(
                rng.uniform(-180, 180) if qr else rng.choice([0, 90, 180]) + rng.uniform(-35, 35)
            ),
            blur=float(rng.choice([0.0, 0.6, 1.0, 1.4])),
            noise=float(rng.choice([0.0, 8.0, 16.0, 24.0])),
            contrast=float(rng.uniform(0.3, 1.0)),
            scale=float(rng.uniform(0.7, 1.2)),
        )
        if qr:
            text = f"https://loyalty.example/c/ab12cd/{code}" if n % 4 == 0 else code
            image = qr_image(text, module=int(rng.integers(4, 7)))
        else:
            image = code128_image(code, module=2, height=int(rng.integers(70, 130)))
        yield Sample(place(image, size, rng, how), code, "QR" if qr else "Code 128", how)
