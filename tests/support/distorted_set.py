"""Generated camera-like frames with a known code in each (and frames with none).

``card_corpus`` is the bench's corpus: scenes of a card or phone in front of a camera,
each spoiled one way (perspective, blur, motion, noise, glare, shadow, fading,
inversion, mirroring, small scale, JPEG) or several, plus scenes with no code at all
(a counter, textures and stripes, printed text, face-like shapes, grids). A scene is a
recipe: ``render(scene, n)`` gives its n-th camera frame, the same shot with fresh
sensor noise and a little hand shake, so a burst of frames can be played to the
scanner. Everything comes from seeds.
"""

from dataclasses import dataclass, replace
from typing import Any

import cv2
import numpy as np

from pos_loyalty.domain.codes import CODE_ALPHABET
from tests.support.barcode_art import Image, background, code128_image, qr_image


def _code(rng: np.random.Generator) -> str:
    return "".join(rng.choice(list(CODE_ALPHABET), 21))


SPOILS = (
    "plain",
    "perspective",
    "blur",
    "motion",
    "noise",
    "glare",
    "shadow",
    "faded",
    "inverted",
    "mirrored",
    "small",
    "jpeg",
    "mixed",
)
EMPTY_KINDS = ("counter", "texture", "stripes", "text", "faces", "grid")


@dataclass(frozen=True)
class Scene:
    """One shot: what is shown, where, and how the camera spoils it."""

    text: str | None  # what the code says; None for a scene without a code
    symbology: str  # "QR", "Code 128" or "none"
    spoil: str  # a SPOILS name, or an EMPTY_KINDS name for a scene without a code
    size: tuple[int, int] = (1280, 720)
    seed: int = 0
    module: float = 4.0  # pixels per module in the frame
    angle: float = 0.0
    tilt: float = 0.0  # perspective: how far the corners move, as a share of the side
    blur: float = 0.0  # Gaussian sigma, in modules
    motion: float = 0.0  # length of a motion smear, in modules
    noise: float = 4.0
    contrast: float = 1.0
    glare: float = 0.0  # strength of a saturating bright spot on the code
    shadow: float = 0.0  # how much a soft shadow edge darkens part of the code
    jpeg: int = 0  # JPEG quality; 0 for none
    inverted: bool = False  # light on dark (a phone in dark mode)
    mirrored: bool = False  # a front camera mirrors the whole picture


def _card_text(rng: np.random.Generator) -> str:
    code = _code(rng)
    return f"https://loyalty.example/c/{''.join(rng.choice(list(CODE_ALPHABET), 6))}/{code}"


def _spoiled(scene: Scene, rng: np.random.Generator) -> Scene:
    """The scene with its one spoil (or several for "mixed") at a random strength."""
    s = scene.spoil
    qr = scene.symbology == "QR"

    def u(low: float, high: float) -> float:
        return float(rng.uniform(low, high))

    if s == "perspective":
        return replace(scene, tilt=u(0.12, 0.3))
    if s == "blur":
        return replace(scene, blur=u(0.35, 0.6))
    if s == "motion":
        return replace(scene, motion=u(1.0, 2.2))
    if s == "noise":
        return replace(scene, noise=u(22, 40), contrast=u(0.5, 0.8))
    if s == "glare":
        return replace(scene, glare=u(0.9, 1.6))
    if s == "shadow":
        return replace(scene, shadow=u(0.55, 0.8))
    if s == "faded":
        return replace(scene, contrast=u(0.12, 0.25), noise=u(3, 6))
    if s == "inverted":
        return replace(scene, inverted=True, contrast=u(0.6, 1.0))
    if s == "mirrored":
        return replace(scene, mirrored=True, tilt=u(0.0, 0.12), blur=u(0.0, 0.3))
    if s == "small":
        return replace(scene, module=u(1.3, 1.9) if qr else u(0.9, 1.2))
    if s == "jpeg":
        return replace(scene, jpeg=int(rng.integers(8, 20)), noise=u(4, 10))
    if s == "mixed":
        return replace(
            scene,
            tilt=u(0.05, 0.15),
            blur=u(0.15, 0.35),
            noise=u(6, 14),
            contrast=u(0.35, 0.7),
            glare=u(0.0, 0.6),
            shadow=u(0.0, 0.4),
            jpeg=int(rng.integers(25, 60)),
            inverted=bool(rng.random() < 0.3),
            mirrored=bool(rng.random() < 0.3),
        )
    return scene


def card_corpus(per_spoil: int = 24, empties: int = 60, seed: int = 2024) -> list[Scene]:
    """``per_spoil`` scenes for each spoil (QR and Code 128 in turn, 720p and 480p),
    then ``empties`` scenes without a code."""
    rng = np.random.default_rng(seed)
    scenes = []
    for spoil in SPOILS:
        for n in range(per_spoil):
            qr = n % 2 == 0
            size = (1280, 720) if n % 4 < 3 else (640, 480)
            text = (_card_text(rng) if n % 4 == 0 else _code(rng)) if qr else _code(rng)
            big = size[0] > 640
            base = Scene(
                text=text,
                symbology="QR" if qr else "Code 128",
                spoil=spoil,
                size=size,
                seed=int(rng.integers(1 << 30)),
                # A Code 128 of 21 characters is about 290 modules long: across a
                # card, its modules are smaller than a QR code's.
                module=float(
                    (rng.uniform(2.6, 4.5) if big else rng.uniform(2.0, 3.0))
                    if qr
                    else (rng.uniform(1.4, 2.6) if big else rng.uniform(1.1, 1.6))
                ),
                angle=float(rng.uniform(-180, 180)),
                tilt=float(rng.uniform(0, 0.05)),
                noise=float(rng.uniform(2, 6)),
                contrast=float(rng.uniform(0.6, 1.0)),
            )
            scenes.append(_spoiled(base, rng))
    for n in range(empties):
        size = (1280, 720) if n % 3 else (640, 480)
        kind = EMPTY_KINDS[n % len(EMPTY_KINDS)]
        scenes.append(Scene(None, "none", kind, size, seed=int(rng.integers(1 << 30))))
    return scenes


def _symbol(scene: Scene) -> Image:
    """The code drawn crisply at 8 pixels a module, on a card with a margin."""
    assert scene.text is not None
    if scene.symbology == "QR":
        image = qr_image(scene.text, module=8)
    else:
        image = code128_image(scene.text, module=8, height=8 * 40)
    margin = 8 * 3
    return np.pad(image, margin, constant_values=255).astype(np.uint8)


def _scene_background(scene: Scene, rng: np.random.Generator) -> Any:
    width, height = scene.size
    kind = scene.spoil if scene.text is None else "counter"
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    if kind == "texture":  # wood grain or fabric: smoothed noise, stretched one way
        grain: Any = rng.normal(0, 1, (height // 30 + 1, width // 6 + 1)).astype(np.float32)
        grain = cv2.resize(grain, (width, height), interpolation=cv2.INTER_CUBIC)
        image = 120 + 35 * grain + 20 * np.sin(x / rng.uniform(6, 30) + 3 * grain)
    elif kind == "stripes":  # striped cloth, blinds, a radiator: bar-like on purpose
        theta = rng.uniform(0, np.pi)
        period = rng.uniform(5, 18)
        u = x * np.cos(theta) + y * np.sin(theta)
        image = 128 + 90 * np.sign(np.sin(2 * np.pi * u / period)) * rng.uniform(0.4, 1.0)
        image = image + rng.normal(0, 6, (height, width))
    elif kind == "text":  # a receipt or a poster: lines of print
        image = np.full((height, width), 235, np.uint8)
        words = ["TOTAL", "EUR", "12.50", "Coffee", "latte", "VAT", "21%", "Thank you", "#0042"]
        line = int(rng.integers(14, 30))
        for top in range(line, height, line):
            text = " ".join(rng.choice(words, int(rng.integers(3, 9))))
            cv2.putText(
                image,
                text,
                (int(rng.integers(0, width // 4)), top),
                int(rng.choice([0, 1, 2, 3, 4, 6])),
                float(line / 30),
                (float(rng.uniform(0, 60)),),
                int(rng.integers(1, 3)),
                cv2.LINE_AA,
            )
        image = image.astype(np.float32)
    elif kind == "faces":  # skin-toned ovals with dark eyes and mouths, like a queue
        image = background(width, height, rng).astype(np.float32)
        for _ in range(int(rng.integers(2, 6))):
            cx, cy = int(rng.integers(0, width)), int(rng.integers(0, height))
            r = int(rng.integers(50, 160))
            cv2.ellipse(image, (cx, cy), (r, int(r * 1.3)), 0, 0, 360, (170.0,), -1)
            for dx in (-r // 3, r // 3):
                cv2.circle(image, (cx + dx, cy - r // 4), max(3, r // 9), (30.0,), -1)
            cv2.ellipse(image, (cx, cy + r // 2), (r // 3, r // 10), 0, 0, 360, (60.0,), -1)
        image = cv2.GaussianBlur(image, (0, 0), 2.0) + rng.normal(0, 8, (height, width))
    elif kind == "grid":  # tiles, a keyboard, a checkerboard: squares in squares
        image = np.full((height, width), 200, np.float32)
        cell = int(rng.integers(12, 40))
        for top in range(0, height, cell):
            for left in range(0, width, cell):
                if rng.random() < 0.5:
                    shade = float(rng.uniform(20, 90))
                    cv2.rectangle(image, (left, top), (left + cell - 3, top + cell - 3), shade, -1)
                    if rng.random() < 0.3:
                        inner = (left + cell // 3, top + cell // 3)
                        corner = (left + 2 * cell // 3, top + 2 * cell // 3)
                        cv2.rectangle(image, inner, corner, (220.0,), -1)
        image = cv2.GaussianBlur(image, (0, 0), 1.0)
    else:
        image = background(width, height, rng).astype(np.float32)
    return np.asarray(image, np.float32)


def _place_symbol(frame: Any, scene: Scene, rng: np.random.Generator, shake: Any) -> Any:
    """The symbol warped into the frame at its angle and tilt; returns the code's mask."""
    symbol: Any = _symbol(scene)
    if scene.inverted:
        symbol = (255 - symbol).astype(np.uint8)
    height, width = symbol.shape
    factor = scene.module / 8
    target_w, target_h = width * factor, height * factor
    frame_w, frame_h = scene.size
    theta = np.radians(scene.angle)
    cos, sin = abs(np.cos(theta)), abs(np.sin(theta))
    reach_x = (target_w * cos + target_h * sin) / 2 * (1 + scene.tilt)
    reach_y = (target_w * sin + target_h * cos) / 2 * (1 + scene.tilt)
    if 2 * reach_x >= frame_w or 2 * reach_y >= frame_h:
        # Too big for this frame: make the symbol smaller rather than fail.
        shrink = 0.95 * min(frame_w / (2 * reach_x), frame_h / (2 * reach_y))
        return _place_symbol(frame, replace(scene, module=scene.module * shrink), rng, shake)
    cx = rng.uniform(reach_x, frame_w - reach_x) + shake[0]
    cy = rng.uniform(reach_y, frame_h - reach_y) + shake[1]
    corners = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float32) * np.array(
        [target_w / 2, target_h / 2], np.float32
    )
    # Tilting the card moves its corners, each along both sides in proportion.
    corners += (
        rng.uniform(-1, 1, (4, 2)).astype(np.float32)
        * scene.tilt
        * np.array([target_w, target_h], np.float32)
    )
    turn = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]], np.float32)
    quad = corners @ turn.T + np.array([cx, cy], np.float32)
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    # Shrink the crisp symbol first (area averaging), then warp at about its final size.
    if factor < 1:
        symbol = cv2.resize(symbol, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        source = source * np.float32(symbol.shape[1] / width)
    matrix = cv2.getPerspectiveTransform(source, quad.astype(np.float32))
    size = (frame_w, frame_h)
    card = cv2.warpPerspective(symbol.astype(np.float32), matrix, size, flags=cv2.INTER_LINEAR)
    ones = np.ones(symbol.shape, np.float32)
    mask = cv2.warpPerspective(ones, matrix, size, flags=cv2.INTER_LINEAR)
    card = 128 + (card - 128) * scene.contrast + (1 - scene.contrast) * 40
    frame[:] = frame * (1 - mask) + card * mask
    return quad


def render(scene: Scene, frame_no: int = 0) -> Image:
    """The scene's ``frame_no``-th camera frame (grayscale): the same shot each time,
    with its own sensor noise, a pixel or two of shake and a little exposure change."""
    rng = np.random.default_rng(scene.seed)
    jitter = np.random.default_rng((scene.seed, frame_no))
    shake = jitter.uniform(-1.5, 1.5, 2) if frame_no else np.zeros(2)
    frame = _scene_background(scene, rng)
    width, height = scene.size
    if scene.text is not None:
        quad = _place_symbol(frame, scene, rng, shake)
        side = float(np.linalg.norm(quad[1] - quad[0]))
        centre = quad.mean(axis=0)
        y, x = np.mgrid[0:height, 0:width].astype(np.float32)
        if scene.shadow:
            # A soft edge (a hand, a phone's rim) across the code: one side darker.
            normal = rng.uniform(-1, 1, 2)
            normal /= np.linalg.norm(normal) + 1e-9
            offset = (x - centre[0]) * normal[0] + (y - centre[1]) * normal[1]
            edge = 1 / (1 + np.exp(-offset / (0.04 * side)))
            frame *= 1 - scene.shadow * edge
        if scene.glare:
            # A lamp's reflection: a bright spot that saturates part of the code.
            spot = centre + rng.uniform(-0.3, 0.3, 2) * side
            sigma = rng.uniform(0.12, 0.22) * side
            frame += (
                scene.glare
                * 255
                * np.exp(-((x - spot[0]) ** 2 + (y - spot[1]) ** 2) / (2 * sigma**2))
            )
        if scene.blur:
            frame = cv2.GaussianBlur(frame, (0, 0), scene.blur * scene.module)
        if scene.motion:
            length = max(3, round(scene.motion * scene.module) | 1)
            kernel: Any = np.zeros((length, length), np.float32)
            kernel[length // 2, :] = 1 / length
            turn = cv2.getRotationMatrix2D(
                (length / 2 - 0.5, length / 2 - 0.5), float(rng.uniform(0, 180)), 1.0
            )
            kernel = cv2.warpAffine(kernel, turn, (length, length))
            frame = cv2.filter2D(frame, -1, kernel / max(kernel.sum(), 1e-6))
    frame = frame * jitter.uniform(0.97, 1.03) + jitter.normal(0, scene.noise, frame.shape)
    image = np.clip(frame, 0, 255).astype(np.uint8)
    if scene.mirrored:
        image = np.ascontiguousarray(image[:, ::-1])
    if scene.jpeg:
        ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, scene.jpeg])
        assert ok
        image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    return np.asarray(image, np.uint8)
