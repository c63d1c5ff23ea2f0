"""The one-folder bundle (``make dist``) runs the commands without any Python installed:
--version, the server, the camera decoder, and the counter with its demo server."""

import os
import signal
import subprocess
from pathlib import Path

import cv2
import httpx
import pytest

from pos_loyalty import __version__
from tests.packaging.bundle import READY, folder_size, isolated_home, start_until
from tests.support.barcode_art import code128_image, qr_image

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(900)]

CODE = "wvjeykseaswlquco6uta8"


def test_version(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle), "--version"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"pos-loyalty {__version__}"


def test_serve_demo_listens_and_answers(bundle: Path, tmp_path: Path) -> None:
    env = isolated_home(tmp_path / "home")
    db = tmp_path / "server.sqlite3"
    started = start_until(
        [str(bundle), "serve", "--port", "0", "--demo", "--db", str(db)], "listening on ", env
    )
    try:
        base_url = started.line.split("listening on ", 1)[1]
        key = next(line for line in started.output if line.startswith("demo key: "))
        secret = next(line for line in started.output if line.startswith("demo secret: "))
        headers = {"x-api-key": key.split(": ", 1)[1], "x-api-secret": secret.split(": ", 1)[1]}
        cards = httpx.get(f"{base_url}/loyalty/loyalty-cards", headers=headers, timeout=30)
        assert cards.status_code == 200
        assert "Coffee Club" in {card["name"] for card in cards.json()}
    finally:
        # uvicorn shuts down, then ends by the signal it caught (as it does unbundled).
        assert started.stop() in (0, -signal.SIGTERM)


def test_decode_reads_a_qr_and_a_code128(bundle: Path, tmp_path: Path) -> None:
    qr = tmp_path / "card.png"
    cv2.imwrite(str(qr), qr_image(f"https://loyalty.example/c/ab12cd/{CODE}", 5))
    printed = tmp_path / "printed.png"
    cv2.imwrite(str(printed), code128_image(CODE, 3))
    result = subprocess.run(
        [str(bundle), "decode", str(qr), str(printed)],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split("\t") for line in result.stdout.splitlines()] == [
        [str(qr), f"https://loyalty.example/c/ab12cd/{CODE}", CODE],
        [str(printed), CODE, CODE],
    ]


def test_the_counter_starts_its_demo_server_and_is_ready_to_scan(
    bundle: Path, tmp_path: Path
) -> None:
    """The demo server is the bundle's own program run as ``-m …`` (packaging/pyinstaller/
    entry.py): without that, the counter in a bundle could not start it."""
    env = isolated_home(tmp_path / "home")
    started = start_until([str(bundle), "--demo"], READY, env, timeout=120)
    assert started.stop() == 0, "\n".join(started.output)


def test_needless_parts_are_left_out(bundle: Path) -> None:
    inside = bundle.parent
    names = {p.name for p in inside.rglob("*")}
    for needless in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6", "libgtk-3.so.0"):
        assert needless not in names
    for folder in ("sqldrivers", "qmltooling"):
        assert not list(inside.rglob(f"PySide6/Qt/{folder}/*"))
    # Of Qt's own translations, only the standard buttons' in the counter's languages.
    qt_catalogues = {p.name for p in inside.rglob("PySide6/Qt/translations/*")}
    assert qt_catalogues == {f"qtbase_{lang}.qm" for lang in ("nl", "fr", "de")}
    for needed in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqsvg.so"):
        assert needed in names, needed
    # Everything a desktop install copies (packaging/linux/install.sh).
    share = inside / "share"
    assert (share / "applications" / "io.github.pos_loyalty.PosLoyalty.desktop").exists()
    assert (share / "metainfo" / "io.github.pos_loyalty.PosLoyalty.metainfo.xml").exists()
    assert len(list((share / "icons" / "hicolor").glob("*/apps/*"))) >= 8
    print(f"bundle size: {folder_size(inside) / 2**20:.0f} MiB")


def test_install_script_stages_the_program_and_its_menu_entry(bundle: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    script = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "install.sh"
    result = subprocess.run(
        ["sh", str(script), str(bundle.parent)],
        env={**os.environ, "DESTDIR": str(root)}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (root / "usr/local/bin/pos-loyalty").readlink() == Path("/opt/pos-loyalty/pos-loyalty")
    staged = subprocess.run(
        [str(root / "opt/pos-loyalty/pos-loyalty"), "--version"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert staged.stdout.strip() == f"pos-loyalty {__version__}"
    share = root / "usr/local/share"
    assert (share / "applications" / "io.github.pos_loyalty.PosLoyalty.desktop").is_file()
    assert (share / "icons/hicolor/48x48/apps/io.github.pos_loyalty.PosLoyalty.png").is_file()
    missing = subprocess.run(
        ["sh", str(script), str(tmp_path / "nothing")], capture_output=True, text=True
    )
    assert missing.returncode == 1
    assert "make dist" in missing.stderr
