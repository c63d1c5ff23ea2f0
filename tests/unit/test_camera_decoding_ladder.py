"""The decoding ladder's harder passes, inverted and mirrored codes, and voting across frames."""

import threading
from dataclasses import replace

import numpy as np
import pytest
import zxingcpp

from pos_loyalty.scanning.camera_scanner import CameraCallbacks, CameraScanner
from pos_loyalty.scanning.codes import ScannedCode
from pos_loyalty.scanning.decoders import Detection, Image, ZbarDecoder, ZxingDecoder
from pos_loyalty.scanning.frames import SourceEnded
from pos_loyalty.scanning.ladder import DecodingLadder
from pos_loyalty.scanning.voting import FrameVoter
from tests.support.distorted_set import EMPTY_KINDS, Scene, card_corpus, render

CODE = "wvjeykseaswlquco6uta8"
URL = f"https://loyalty.example/c/ab12cd/{CODE}"


def still() -> DecodingLadder:
    return DecodingLadder(secondary=ZbarDecoder())


def texts(frame: Image, ladder: DecodingLadder | None = None) -> list[str]:
    return [d.text for d in (ladder or still()).decode(frame)]


def qr_scene(**how: object) -> Scene:
    base = Scene(URL, "QR", "test", (1280, 720), seed=41, module=3.5, angle=20.0)
    return replace(base, **how)  # type: ignore[arg-type]


def bars_scene(**how: object) -> Scene:
    base = Scene(CODE, "Code 128", "test", (1280, 720), seed=43, module=2.0, angle=-25.0)
    return replace(base, **how)  # type: ignore[arg-type]


def quick_reads(frame: Image) -> list[str]:
    return [d.text for d in ZxingDecoder().decode(frame) if d.decoded]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_inverted_qr_code_is_read_by_the_quick_pass(seed: int) -> None:
    frame = render(qr_scene(inverted=True, seed=seed))
    assert quick_reads(frame) == [URL]
    assert texts(frame) == [URL]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_inverted_code_128_is_read(seed: int) -> None:
    frame = render(bars_scene(inverted=True, seed=seed))
    assert texts(frame) == [CODE]


@pytest.mark.parametrize("scene", [qr_scene(mirrored=True), bars_scene(mirrored=True)], ids=str)
def test_a_mirrored_code_is_read(scene: Scene) -> None:
    """A front camera mirrors the picture: the code reads backwards."""
    assert texts(render(scene)) == [scene.text]


def test_a_slanted_noisy_code_128_is_read_only_by_the_harder_passes() -> None:
    frame = render(bars_scene(noise=25.0, contrast=0.6, angle=-28.0))
    assert quick_reads(frame) == []
    assert {b.text for b in zxingcpp.read_barcodes(frame)} == set()  # zxing-cpp at its best
    assert texts(frame) == [CODE]


def test_a_small_qr_code_is_read_only_by_the_harder_passes() -> None:
    frame = render(qr_scene(module=1.4, seed=2))
    assert quick_reads(frame) == []
    assert texts(frame) == [URL]


def test_a_camera_meets_every_pass_within_a_few_frames() -> None:
    """The camera spreads the whole-frame passes over frames: the small code that a
    still image reads at once is read while it is held up, within one round."""
    scene = qr_scene(module=1.4, seed=2)
    ladder = DecodingLadder(secondary=ZbarDecoder(), spread=True)
    rounds = [texts(render(scene, n), ladder) for n in range(12)]
    assert [URL] in rounds
    assert all(found in ([], [URL]) for found in rounds)


@pytest.mark.parametrize("kind", EMPTY_KINDS)
def test_nothing_is_found_where_there_is_no_code(kind: str) -> None:
    scenes = [s for s in card_corpus(per_spoil=0, empties=24) if s.spoil == kind]
    camera = DecodingLadder(secondary=ZbarDecoder(), spread=True)
    for scene in scenes:
        for n in range(2):
            frame = render(scene, n)
            assert texts(frame) == []
            assert texts(frame, camera) == []


# Voting


def read(text: str, *, sure: bool) -> Detection:
    return Detection(text, "Code128", ((0.0, 0.0), (1.0, 0.0)), "test", True, sure=sure)


def test_a_sure_read_is_believed_at_once() -> None:
    voter = FrameVoter()
    assert [d.text for d in voter.frame([read(CODE, sure=True)])] == [CODE]


def test_an_unsure_read_is_believed_when_another_frame_reads_it_too() -> None:
    voter = FrameVoter(needed=2, window=6)
    assert voter.frame([read(CODE, sure=False)]) == []
    for _ in range(3):  # frames where the code was not read
        assert voter.frame([]) == []
    assert [d.text for d in voter.frame([read(CODE, sure=False)])] == [CODE]


def test_a_one_frame_fluke_is_never_believed() -> None:
    """Misreads come from noise: each frame's is different, and none comes back."""
    voter = FrameVoter(needed=2, window=6)
    rng = np.random.default_rng(4)
    for _ in range(30):
        fluke = "".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz0123456789"), 21))
        assert voter.frame([read(fluke, sure=False)]) == []


def test_two_reads_too_far_apart_are_not_a_vote() -> None:
    voter = FrameVoter(needed=2, window=6)
    assert voter.frame([read(CODE, sure=False)]) == []
    for _ in range(6):
        assert voter.frame([]) == []
    assert voter.frame([read(CODE, sure=False)]) == []


class ScriptedLadder(DecodingLadder):
    """Gives, frame after frame, the detections it was scripted with."""

    def __init__(self, script: list[list[Detection]]) -> None:
        super().__init__()
        self.script = script
        self.calls = 0

    def decode(self, frame: Image) -> list[Detection]:
        self.calls += 1
        return self.script[self.calls - 1]


class Frames:
    """A fake camera: ``count`` blank frames, each handed out once the last was decoded."""

    reconnects = False
    pace: float | None = None
    description = "fake camera"

    def __init__(self, count: int) -> None:
        self.left = count
        self.decoded = threading.Semaphore(1)

    def open(self) -> None: ...

    def read(self) -> Image:
        self.decoded.acquire()
        if self.left == 0:
            raise SourceEnded(self.description)
        self.left -= 1
        return np.zeros((48, 64), np.uint8)

    def close(self) -> None: ...


def scanned(script: list[list[Detection]]) -> list[str]:
    source = Frames(len(script))
    codes: list[str] = []

    def code(found: ScannedCode, detection: Detection) -> None:
        codes.append(found.code)

    callbacks = CameraCallbacks(code=code, frame=lambda *_: source.decoded.release())
    scanner = CameraScanner(source, callbacks, ladder=ScriptedLadder(script))
    scanner.start()
    assert scanner.finished.wait(timeout=30)
    scanner.stop()
    return codes


OTHER = "abcdefghijklmnopqrstu"


def test_the_scanner_reports_a_code_seen_in_two_frames_and_not_a_fluke() -> None:
    script = [
        [read(OTHER, sure=False)],  # a misread, once
        [],
        [read(CODE, sure=False)],
        [],
        [read(CODE, sure=False)],  # the same code again: believed, reported once
        [read(CODE, sure=False)],
    ]
    assert scanned(script) == [CODE]


def test_the_scanner_reports_a_sure_read_from_its_first_frame() -> None:
    assert scanned([[read(CODE, sure=True)], [], []]) == [CODE]
