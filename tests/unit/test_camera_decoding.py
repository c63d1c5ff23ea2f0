"""Decoding generated frames, and the camera scanner's threads with fake sources."""

import threading

import numpy as np
import pytest

from pos_loyalty.scanning.camera_scanner import CameraCallbacks, CameraScanner
from pos_loyalty.scanning.codes import ScannedCode
from pos_loyalty.scanning.debounce import Debouncer
from pos_loyalty.scanning.decoders import Detection, Image, ZbarDecoder
from pos_loyalty.scanning.frames import CameraSource, SourceEnded, SourceError
from pos_loyalty.scanning.ladder import DecodingLadder
from tests.support.barcode_art import Distortion, code128_image, empty_frame, place, qr_image

CODE = "wvjeykseaswlquco6uta8"
ladder = DecodingLadder(secondary=ZbarDecoder())


def texts(frame: Image) -> list[str]:
    return [d.text for d in ladder.decode(frame)]


@pytest.mark.parametrize(
    "how",
    [
        Distortion(),
        Distortion(angle=37),
        Distortion(angle=-120),
        Distortion(blur=1.4),
        Distortion(noise=20),
        Distortion(contrast=0.35),
        Distortion(angle=15, blur=1.0, noise=12, contrast=0.5),
    ],
    ids=repr,
)
@pytest.mark.parametrize("size", [(640, 480), (1280, 720)])
def test_a_wallet_pass_qr_is_read(how: Distortion, size: tuple[int, int]) -> None:
    rng = np.random.default_rng(11)
    url = f"https://loyalty.example/c/ab12cd/{CODE}"
    module = 4 if size[0] == 640 else 6
    assert texts(place(qr_image(url, module), size, rng, how)) == [url]


@pytest.mark.parametrize(
    "how",
    [
        Distortion(),
        Distortion(angle=90),
        Distortion(angle=-25),
        Distortion(angle=180),
        Distortion(blur=1.0),
        Distortion(noise=20),
        Distortion(contrast=0.35),
    ],
    ids=repr,
)
def test_a_printed_code_128_is_read(how: Distortion) -> None:
    rng = np.random.default_rng(5)
    assert texts(place(code128_image(CODE, module=2), (1280, 720), rng, how)) == [CODE]


def test_empty_frames_give_nothing() -> None:
    rng = np.random.default_rng(2)
    for size in [(640, 480), (1280, 720)] * 10:
        assert texts(empty_frame(size, rng)) == []


def test_a_colour_frame_is_read_too() -> None:
    rng = np.random.default_rng(3)
    gray = place(qr_image(CODE, 5), (640, 480), rng, Distortion())
    colour = np.repeat(gray[:, :, None], 3, axis=2)
    assert texts(colour) == [CODE]


def test_the_debouncer_reports_once_while_the_code_stays_in_view() -> None:
    now = [0.0]
    debouncer = Debouncer(hold_seconds=2.0, clock=lambda: now[0])
    assert debouncer.accept("a")
    for _ in range(10):  # held in front of the camera for 5 s
        now[0] += 0.5
        assert not debouncer.accept("a")
    assert debouncer.accept("b")
    now[0] += 2.5
    assert debouncer.accept("b")  # shown again after the hold


def test_a_missing_camera_is_said_in_words() -> None:
    with pytest.raises(SourceError) as missing:
        CameraSource(97).open()
    assert "No camera found at camera 97" in str(missing.value)


class LockstepSource:
    """A fake camera that hands out its next frame only once the last was decoded,
    and can fail to open, or break, on cue."""

    reconnects = False
    pace: float | None = None
    description = "fake camera"

    def __init__(
        self, frames: list[Image], fail_opens: int = 0, break_after: int | None = None
    ) -> None:
        self.frames = frames
        self.fail_opens = fail_opens
        self.break_after = break_after
        self.given = 0
        self.opens = 0
        self.closed = False
        self.decoded = threading.Semaphore(1)

    def open(self) -> None:
        self.opens += 1
        if self.opens <= self.fail_opens:
            raise SourceError("No camera found at fake camera.")

    def read(self) -> Image:
        self.decoded.acquire()
        if self.break_after is not None and self.given == self.break_after:
            raise SourceError("fake camera stopped sending pictures (unplugged?)")
        if self.given >= len(self.frames):
            raise SourceEnded(self.description)
        self.given += 1
        return self.frames[self.given - 1]

    def close(self) -> None:
        self.closed = True


def run(source: LockstepSource, **options: object) -> tuple[list[str], list[str], CameraScanner]:
    codes: list[str] = []
    statuses: list[str] = []

    def frame_done(frame: Image, found: list[Detection]) -> None:
        source.decoded.release()

    def code(scanned: ScannedCode, detection: Detection) -> None:
        codes.append(scanned.code)

    callbacks = CameraCallbacks(code=code, frame=frame_done, status=statuses.append)
    scanner = CameraScanner(source, callbacks, ladder=ladder, **options)  # type: ignore[arg-type]
    scanner.start()
    assert scanner.finished.wait(timeout=60)
    scanner.stop()
    return codes, statuses, scanner


def frames_of(*codes: str | None, repeat: int = 3) -> list[Image]:
    rng = np.random.default_rng(9)
    frames = []
    for code in codes:
        for _ in range(repeat):
            if code is None:
                frames.append(empty_frame((640, 480), rng))
            else:
                frames.append(place(qr_image(code, 4), (640, 480), rng, Distortion()))
    return frames


OTHER = "abcdefghijklmnopqrstu"


def test_each_code_is_reported_once_and_non_cards_are_ignored() -> None:
    source = LockstepSource(frames_of(CODE, None, "https://example.com/", OTHER))
    codes, statuses, scanner = run(source)
    assert codes == [CODE, OTHER]
    assert scanner.stats.decoded == 12
    assert statuses[-1] == "fake camera ended."
    assert source.closed


def test_a_source_that_stops_in_the_middle_says_so_and_ends() -> None:
    source = LockstepSource(frames_of(CODE, OTHER), break_after=4)
    codes, statuses, _ = run(source)
    assert codes == [CODE, OTHER]
    assert "stopped sending pictures" in statuses[-1]


def test_a_camera_that_is_not_there_yet_is_tried_again_with_backoff() -> None:
    source = LockstepSource(frames_of(CODE), fail_opens=2)
    source.reconnects = True
    statuses: list[str] = []
    codes: list[str] = []

    def frame_done(frame: Image, found: list[Detection]) -> None:
        source.decoded.release()

    got_code = threading.Event()

    def code(scanned: ScannedCode, detection: Detection) -> None:
        codes.append(scanned.code)
        got_code.set()

    callbacks = CameraCallbacks(code=code, frame=frame_done, status=statuses.append)
    scanner = CameraScanner(source, callbacks, ladder=ladder, backoff_start=0.01, backoff_max=0.02)
    scanner.start()
    # It plays the frames after two failed opens; being a reconnecting source it
    # would then be opened again and again, so stop once the code is in.
    assert got_code.wait(timeout=30)
    scanner.stop()
    assert codes == [CODE]
    assert statuses[:2] == ["No camera found at fake camera."] * 2
    assert scanner.stats.reconnects == 2


def test_only_the_newest_frame_waits_for_a_slow_decoder() -> None:
    gate = threading.Event()

    class SlowLadder(DecodingLadder):
        def decode(self, frame: Image) -> list[Detection]:
            gate.wait(timeout=30)
            return []

    class FastSource:
        reconnects = False
        pace: float | None = None
        description = "fast camera"

        def __init__(self) -> None:
            self.frames = [np.zeros((48, 64), np.uint8) for _ in range(200)]

        def open(self) -> None: ...

        def read(self) -> Image:
            if not self.frames:
                gate.set()  # let the decoder go once everything was captured
                raise SourceEnded("fast camera")
            return self.frames.pop()

        def close(self) -> None: ...

    callbacks = CameraCallbacks(code=lambda *_: None)
    scanner = CameraScanner(FastSource(), callbacks, ladder=SlowLadder())
    scanner.start()
    assert scanner.finished.wait(timeout=30)
    scanner.stop()
    assert scanner.stats.captured == 200
    assert scanner.stats.decoded <= 2  # the first frame, and the newest at the end
    assert scanner.stats.replaced >= 198
