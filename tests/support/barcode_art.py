"""Frames with codes in them, made in the test: QR (segno) and Code 128 (python-barcode),
placed on a busy background, rotated, blurred, noisy or faded, all from a seed."""

import io
from dataclasses import dataclass
from typing import Any

import barcode
import cv2
import numpy as np
import numpy.typing as npt
import segno

Image = npt.NDArray[np.uint8]


def qr_image(text: str, module: int = 6) -> Image:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=module, border=4)
    decoded = cv2.imdecode(np.frombuffer(buffer.getvalue(), np.uint8), cv2.IMREAD_GRAYSCALE)
    return np.asarray(decoded, dtype=np.uint8)


def code128_image(text: str, module: int = 3, height: int = 120) -> Image:
    """The bar pattern from python-barcode, drawn with numpy (quiet zone of 10 modules)."""
    pattern = barcode.get("code128", text).build()[0]
    bars = np.array([0 if bit == "1" else 255 for bit in pattern], dtype=np.uint8)
    row = np.concatenate([np.full(10, 255, np.uint8), bars, np.full(10, 255, np.uint8)])
    wide = np.repeat(row, module)
    image = np.tile(wide, (height, 1))
    return np.pad(image, ((16, 16), (0, 0)), constant_values=255).astype(np.uint8)


def background(width: int, height: int, rng: np.random.Generator) -> Image:
    """A counter-like scene: a gradient, some boxes and texture."""
    y, x = np.mgrid[0:height, 0:width]
    base = 90 + 60 * (x / width) + 30 * np.sin(y / 37.0)
    image = base + rng.normal(0, 12, (height, width))
    for _ in range(8):
        x0, y0 = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(20, width // 3)), int(rng.integers(20, height // 3))
        image[y0 : y0 + h, x0 : x0 + w] += rng.normal(0, 40)
    return np.asarray(
        cv2.GaussianBlur(np.clip(image, 0, 255).astype(np.uint8), (3, 3), 0), np.uint8
    )


@dataclass(frozen=True)
class Distortion:
    angle: float = 0.0
    blur: float = 0.0
    noise: float = 0.0
    contrast: float = 1.0
    scale: float = 1.0


def place(code: Image, size: tuple[int, int], rng: np.random.Generator, how: Distortion) -> Image:
    """The code on a background at a random place, distorted as asked."""
    width, height = size
    # Working arrays change dtype on the way (OpenCV returns untyped arrays).
    frame: Any = background(width, height, rng).astype(np.float32)
    if how.scale != 1.0:
        code = np.asarray(
            cv2.resize(code, None, fx=how.scale, fy=how.scale, interpolation=cv2.INTER_AREA),
            np.uint8,
        )
    # Rotate on a white canvas big enough for any angle, with a mask of the card.
    side = int(np.hypot(*code.shape)) + 4
    canvas: Any = np.full((side, side), 255, np.uint8)
    mask: Any = np.zeros((side, side), np.uint8)
    top, left = (side - code.shape[0]) // 2, (side - code.shape[1]) // 2
    canvas[top : top + code.shape[0], left : left + code.shape[1]] = code
    mask[top : top + code.shape[0], left : left + code.shape[1]] = 255
    turn = cv2.getRotationMatrix2D((side / 2, side / 2), how.angle, 1.0)
    canvas = cv2.warpAffine(canvas, turn, (side, side), borderValue=255)
    mask = cv2.warpAffine(mask, turn, (side, side), borderValue=0)
    if side >= min(width, height):
        raise ValueError("the code does not fit the frame")
    x0 = int(rng.integers(0, width - side))
    y0 = int(rng.integers(0, height - side))
    card = 128 + (canvas.astype(np.float32) - 128) * how.contrast
    region = frame[y0 : y0 + side, x0 : x0 + side]
    region[mask > 0] = card[mask > 0]
    if how.blur:
        frame = cv2.GaussianBlur(frame, (0, 0), how.blur)
    if how.noise:
        frame = frame + rng.normal(0, how.noise, frame.shape)
    return np.asarray(np.clip(frame, 0, 255), dtype=np.uint8)


def empty_frame(size: tuple[int, int], rng: np.random.Generator) -> Image:
    return background(size[0], size[1], rng)
