"""`pos-loyalty decode FILE...`: one line per code, a reason per file without one."""

from pathlib import Path

import cv2
import numpy as np

from tests.support.barcode_art import Distortion, code128_image, empty_frame, place, qr_image
from tests.support.server import run_cli

CODE = "wvjeykseaswlquco6uta8"


def test_decode_prints_text_and_member_code_and_exits_1_when_a_file_has_none(
    tmp_path: Path,
) -> None:
    rng = np.random.default_rng(4)
    card_qr = tmp_path / "card.png"
    url = f"https://loyalty.example/c/ab12cd/{CODE}"
    cv2.imwrite(str(card_qr), place(qr_image(url, 5), (640, 480), rng, Distortion(angle=20)))
    printed = tmp_path / "printed.jpg"
    cv2.imwrite(str(printed), place(code128_image(CODE, 2), (1280, 720), rng, Distortion(angle=90)))
    other_qr = tmp_path / "menu.png"
    cv2.imwrite(str(other_qr), qr_image("Today: soup", 6))
    empty = tmp_path / "empty.png"
    cv2.imwrite(str(empty), empty_frame((640, 480), rng))
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")

    files = [card_qr, printed, other_qr, empty, broken, tmp_path / "missing.png"]
    result = run_cli("decode", *map(str, files))
    assert result.returncode == 1
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert lines == [
        [str(card_qr), url, CODE],
        [str(printed), CODE, CODE],
        [str(other_qr), "Today: soup"],
        [str(empty), "", "no code found"],
        [str(broken), "", "not an image that can be read"],
        [str(tmp_path / "missing.png"), "", "no such file"],
    ]
    assert "Traceback" not in result.stderr


def test_decode_exits_0_when_every_file_has_a_code(tmp_path: Path) -> None:
    card = tmp_path / "card.png"
    cv2.imwrite(str(card), qr_image(CODE, 6))
    result = run_cli("decode", str(card))
    assert result.returncode == 0
    assert result.stdout == f"{card}\t{CODE}\t{CODE}\n"


def test_without_pyzbar_decoding_still_works_and_says_what_is_missing(tmp_path: Path) -> None:
    import subprocess
    import sys

    card = tmp_path / "card.png"
    cv2.imwrite(str(card), qr_image(CODE, 6))
    blocked = (
        "import sys; sys.modules['pyzbar'] = None\n"
        "from pos_loyalty.cli import main\n"
        f"sys.exit(main(['decode', {str(card)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", blocked], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert done.stdout == f"{card}\t{CODE}\t{CODE}\n"
    assert "apt-get install libzbar0" in done.stderr
