"""The desktop entry, the AppStream metainfo and the icon sizes made from one SVG."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pos_loyalty.resources import APP_ID, ICON_SVG, resource

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is missing: sudo apt-get install {package}")
    return path


def test_desktop_entry_is_valid() -> None:
    validate = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings or hints either


def test_metainfo_is_valid() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout, result.stdout
    assert "E:" not in result.stdout, result.stdout


def test_metainfo_names_the_entry_and_shows_the_readme_screenshots() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    images = [image.text or "" for image in component.iter("image")]
    assert len(images) >= 3
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "resources" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url
    entry = DESKTOP.read_text()
    assert f"Icon={APP_ID}\n" in entry
    assert "Exec=pos-loyalty\n" in entry


def test_every_icon_size_is_rendered_from_the_one_svg(tmp_path: Path) -> None:
    # In a child process: the renderer makes its own QGuiApplication.
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "icons.py"), str(tmp_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the middle of the card is opaque.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is see-through
    scalable = tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == resource(ICON_SVG).read_bytes()
