"""Each printed card, as PNG and as PDF at 203 and 300 dpi, decodes back to the member
code (Code 128) and the card page (QR) with the project's own decoder."""

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import cv2
import httpx
import numpy as np
import pytest

from pos_loyalty.api import Card, Member
from pos_loyalty.cards import (
    CARD_MM,
    CardFormatError,
    CardNotReadyError,
    card_face,
    card_png,
    qr_png,
    render_card,
    save_card,
)
from pos_loyalty.scanning.codes import CodeParser
from pos_loyalty.scanning.ladder import DecodingLadder


def decoded(image_path: Path) -> dict[str, str]:
    """Format → text of every code the decoder reads in the picture."""
    image = cv2.imread(str(image_path), cv2.IMREAD_COLOR)
    assert image is not None, image_path
    found = DecodingLadder().decode(np.asarray(image, dtype=np.uint8))
    return {d.format: d.text for d in found if d.decoded}


def raster(pdf: Path, dpi: int) -> Path:
    """The PDF's page as a PNG, by poppler (packaging/debian-packages.sh installs it)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm is missing: sudo apt-get install poppler-utils")
    subprocess.run(
        [pdftoppm, "-r", str(dpi), "-png", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
        check=True,
        timeout=60,
    )
    return pdf.with_suffix(".png")


@pytest.fixture
def member_and_card(api: httpx.Client, card: dict[str, Any]) -> tuple[Member, Card]:
    created = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stats",
        json={"first_name": "Zoë", "last_name": "Ångström-Łukasiewicz"},
    ).json()
    return Member.model_validate(created), Card.model_validate(card)


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("kind", [".png", ".pdf"])
def test_the_printed_card_scans_back_to_the_member(
    member_and_card: tuple[Member, Card], tmp_path: Path, dpi: int, kind: str
) -> None:
    member, card = member_and_card
    out = save_card(card_face(member, card), tmp_path / f"card{kind}", dpi)
    picture = raster(out, dpi) if kind == ".pdf" else out
    codes = decoded(picture)
    assert codes == {"Code128": member.code, "QRCode": member.download_url}
    # Both are what the counter's scanner takes as this member.
    parser = CodeParser()
    assert {parser.parse(text).code for text in codes.values()} == {member.code}
    # The physical size: a bank card.
    pixels = cv2.imread(str(picture))
    assert pixels is not None
    width_mm = pixels.shape[1] / dpi * 25.4
    assert width_mm == pytest.approx(CARD_MM[0], abs=0.3)


def test_the_png_says_its_resolution_and_long_names_still_fit(
    member_and_card: tuple[Member, Card], tmp_path: Path
) -> None:
    from PIL import Image

    member, card = member_and_card
    long = member.model_copy(update={"first_name": "Maximiliana-Wilhelmina", "last_name": "X" * 50})
    out = save_card(card_face(long, card), tmp_path / "card.png", 203)
    with Image.open(out) as image:
        assert tuple(round(v) for v in image.info["dpi"]) == (203, 203)
    assert decoded(out)["Code128"] == member.code


def test_show_qr_on_screen_scans_to_the_card_page(
    member_and_card: tuple[Member, Card], tmp_path: Path
) -> None:
    member, _ = member_and_card
    assert member.download_url is not None
    path = tmp_path / "qr.png"
    path.write_bytes(qr_png(member.download_url, 300))
    assert decoded(path) == {"QRCode": member.download_url}


def test_a_card_not_yet_created_or_a_bad_format_is_refused_in_words(
    member_and_card: tuple[Member, Card], tmp_path: Path
) -> None:
    member, card = member_and_card
    with pytest.raises(CardNotReadyError, match="once the server has created the member"):
        card_face(Member(id=-4, first_name="Pending"), card)
    with pytest.raises(CardNotReadyError, match="no card page"):
        card_face(member.model_copy(update={"download_url": None}), card)
    with pytest.raises(CardFormatError, match=r"\.png or \.pdf"):
        save_card(card_face(member, card), tmp_path / "card.jpg")
    with pytest.raises(CardFormatError, match="too coarse"):
        render_card(card_face(member, card), 96)


def test_the_card_package_imports_without_qt() -> None:
    code = "import sys\nsys.modules['PySide6'] = None\nimport pos_loyalty.cards\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_the_card_as_png_bytes_for_a_print_preview(
    member_and_card: tuple[Member, Card], tmp_path: Path
) -> None:
    member, card = member_and_card
    path = tmp_path / "preview.png"
    path.write_bytes(card_png(card_face(member, card), 203))
    assert decoded(path) == {"Code128": member.code, "QRCode": member.download_url}
