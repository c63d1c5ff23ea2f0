"""From scanned text to a member code: accepted forms, layout mix-ups, rejections, fuzz."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pos_loyalty.scanning.codes import CodeParser, ScannedCode, ScanRejectedError
from pos_loyalty.scanning.keyboard_layouts import (
    AZERTY_BELGIUM,
    AZERTY_FRANCE,
    QWERTZ_GERMANY,
    typed_as,
)

CODE = "wvjeykseaswlquco6uta8"
parser = CodeParser()


@pytest.mark.parametrize(
    "text",
    [
        CODE,
        f"  {CODE}\r\n",
        CODE.upper(),
        f"]Q1{CODE}",
        f"]C0{CODE}\t",
        f"\x02{CODE}\x03",
        f"{CODE[:10]}\u200b{CODE[10:]}",
    ],
)
def test_bare_codes_in_their_usual_disguises(text: str) -> None:
    assert parser.parse(text) == ScannedCode(CODE)


@pytest.mark.parametrize(
    "text",
    [
        f"http://127.0.0.1:8765/c/ab12cd/{CODE}",
        f"https://loyalty.coupontools.com/6epy9/{CODE}/",
        f"HTTPS://LOYALTY.EXAMPLE/C/AB12CD/{CODE.upper()}?utm=qr#top",
        f"]Q1https://x.example/c/ab12cd/{CODE}",
        f"www.example.com/{CODE}",
    ],
)
def test_urls_give_their_last_segment(text: str) -> None:
    assert parser.parse(text) == ScannedCode(CODE, from_url=True)


@pytest.mark.parametrize(
    ("layout", "name"),
    [(AZERTY_FRANCE, "AZERTY (France)"), (AZERTY_BELGIUM, "AZERTY (Belgium)")],
)
def test_an_azerty_mix_up_of_a_bare_code_is_corrected(layout: dict[str, str], name: str) -> None:
    garbled = typed_as(CODE, layout)
    assert garbled != CODE
    result = parser.parse(garbled)
    assert result.code == CODE
    assert result.corrected_layout is not None


@pytest.mark.parametrize("layout", [AZERTY_FRANCE, AZERTY_BELGIUM, QWERTZ_GERMANY])
def test_a_mixed_up_card_url_is_corrected(layout: dict[str, str]) -> None:
    url = f"https://127.0.0.1:8765/c/ab12cd/{CODE}"
    garbled = typed_as(url, layout)
    result = parser.parse(garbled)
    assert result.code == CODE
    assert result.from_url


def test_a_keypad_scanner_on_azerty_keeps_its_digits() -> None:
    # Letters come through the layout, digits as keypad keys (unchanged); the
    # "m" arrives as ",", so the text does not pass for a code as it is.
    code = "mvjeykseaswlquco6uta8"
    garbled = "".join(c if c.isdigit() else AZERTY_FRANCE.get(c, c) for c in code)
    assert "," in garbled
    assert parser.parse(garbled).code == code


def test_a_swap_that_still_looks_like_a_code_cannot_be_caught() -> None:
    """Known limit: QWERTZ swaps y and z only, and the result is still a valid code."""
    swapped = typed_as("yyyyzzzzaaaabbbbcccc1", QWERTZ_GERMANY)
    assert parser.parse(swapped).code == swapped


def test_a_reading_that_fits_two_ways_is_refused() -> None:
    # Two layouts that read "," as different letters: both readings are codes.
    layouts = {"one": {"m": ","}, "other": {"n": ","}}
    two_way = CodeParser(layouts=layouts)
    with pytest.raises(ScanRejectedError, match="more than one way"):
        two_way.parse("abcdefghijklopqrst,")
    assert two_way.parse("abcdefghijklopqrstm").corrected_layout is None
    single = CodeParser(layouts={"one": {"m": ","}})
    assert single.parse("abcdefghijklopqrst,") == ScannedCode("abcdefghijklopqrstm", False, "one")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "Nothing readable"),
        (" \t\r\n\x00", "Nothing readable"),
        ("https://example.com/", "web link"),
        ("abc", "3 characters"),
        ("hello world this is €€€ not a code", "never has"),
        ("x" * 5000, "far too long"),
    ],
)
def test_everything_else_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(ScanRejectedError) as refused:
        parser.parse(text)
    assert reason in refused.value.reason


@given(st.text(max_size=300))
@example("]Q1")
@example("http://[::1")
@example("http://%zz/%ff%fe")
@example("\ud800")
def test_no_input_raises_anything_but_the_documented_rejection(text: str) -> None:
    try:
        result = parser.parse(text)
    except ScanRejectedError as refused:
        reason = refused.reason
        assert reason.endswith(".")  # a sentence for the cashier, not an exception repr
    else:
        assert parser.format.fits(result.code)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=16, max_size=32))
def test_every_valid_code_survives_a_url_and_an_azerty_scanner(code: str) -> None:
    assert parser.parse(f"https://h.example/c/x/{code}").code == code
    garbled = typed_as(code, AZERTY_FRANCE)
    # Only a swap of letters for letters passes for a code as it is, and cannot be caught.
    expected = garbled if parser.format.fits(garbled) else code
    assert parser.parse(garbled).code == expected
