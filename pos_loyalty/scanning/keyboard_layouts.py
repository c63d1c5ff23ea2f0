"""What a US-configured scanner's keystrokes become under other keyboard layouts.

A keyboard-wedge scanner sends key positions. Set to US but plugged into a
computer with another layout, each position types that layout's character:
on French AZERTY the "1" key types "&", "a" types "q", "/" types "!". Each
table maps what the scanner meant (US) to what arrived; dead keys are left out,
since they type nothing on their own.
"""

from types import MappingProxyType

_DIGITS = "1234567890"


def _table(**rows: str) -> dict[str, str]:
    """Build US → layout from pairs of equally long strings (US keys, layout keys)."""
    table: dict[str, str] = {}
    for us, typed in zip(rows["us"].split(" "), rows["typed"].split(" "), strict=True):
        table.update(zip(us, typed, strict=True))
    return {k: v for k, v in table.items() if k != v}


AZERTY_FRANCE = _table(
    us=f"{_DIGITS}-= !@#$%^&*()_ qwaz QWAZ m,./ M<>? ;: '\"",
    typed="&é\"'(-è_çà)= 1234567890° azqw AZQW ,;:! ?./§ mM ù%",
)
AZERTY_BELGIUM = _table(
    us=f"{_DIGITS}-= !@#$%^&*()_+ qwaz QWAZ m,./ M<>? ;: '\"",
    typed="&é\"'(§è!çà)- 1234567890°_ azqw AZQW ,;:= ?./+ mM ù%",
)
QWERTZ_GERMANY = _table(
    us="yzYZ -/;'[ _?:\"{ @#^&*()<>",
    typed='zyZY ß-öäü ?_ÖÄÜ "§&/()=;:',
)

LAYOUTS: MappingProxyType[str, dict[str, str]] = MappingProxyType(
    {
        "AZERTY (France)": AZERTY_FRANCE,
        "AZERTY (Belgium)": AZERTY_BELGIUM,
        "QWERTZ (Germany)": QWERTZ_GERMANY,
    }
)


def typed_as(text: str, layout: dict[str, str]) -> str:
    """What a US scanner sending ``text`` types under ``layout``."""
    return "".join(layout.get(c, c) for c in text)


def map_back(text: str, layout: dict[str, str], keep_digits: bool = False) -> str:
    """What a US scanner meant, given what arrived under ``layout``.

    ``keep_digits`` leaves digits alone, for scanners that send digits as keypad
    keys, which type digits whatever the layout.
    """
    reverse = {typed: us for us, typed in layout.items()}
    return "".join(c if keep_digits and c.isdigit() else reverse.get(c, c) for c in text)
