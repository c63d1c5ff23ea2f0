"""From scanned or typed text to a member code, or a reason a cashier can read.

Accepted: a bare member code; a URL whose last path segment is the code (the
card page's QR); either behind an AIM symbology identifier (``]Q1``, ``]C0`` …);
with stray whitespace, control characters or capitals. When the text fits no
code but does once the keys are mapped back through another common keyboard
layout (a US-configured scanner on an AZERTY or QWERTZ computer), it is
corrected, but only when exactly one reading fits.
"""

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from pos_loyalty.domain.codes import CODE_ALPHABET, MEMBER_CODE_FORMAT, MemberCodeFormat
from pos_loyalty.domain.i18n import translate
from pos_loyalty.scanning.keyboard_layouts import LAYOUTS, map_back

__all__ = ["CodeParser", "MemberCodeFormat", "ScanRejectedError", "ScannedCode"]

# An AIM identifier: "]", a symbology letter, a modifier character.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_CODE_CHARS = frozenset(CODE_ALPHABET)
MAX_SCAN_LENGTH = 2048


class ScanRejectedError(ValueError):
    """The text is not a member code; ``reason`` says so in words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ScannedCode:
    code: str
    from_url: bool = False
    # The keyboard layout the text was corrected from, when it was.
    corrected_layout: str | None = None


def _clean(text: str) -> str:
    text = text.strip()
    text = "".join(c for c in text if not (c.isspace() or unicodedata.category(c)[0] == "C"))
    return _AIM_PREFIX.sub("", text, count=1)


def _candidate(text: str) -> tuple[str, bool]:
    """The code-like part of ``text`` (a URL's last path segment), lowercased."""
    lowered = text.lower()
    if "://" in lowered or lowered.startswith("www."):
        try:
            parts = urlsplit(text if "://" in text else "http://" + text)
        except ValueError:
            return "", True
        segments = [s for s in parts.path.split("/") if s]
        return (unquote(segments[-1]).lower() if segments else ""), True
    return lowered, False


class CodeParser:
    def __init__(
        self,
        code_format: MemberCodeFormat = MEMBER_CODE_FORMAT,
        layouts: Mapping[str, dict[str, str]] = LAYOUTS,
    ) -> None:
        self.format = code_format
        self.layouts = layouts

    def parse(self, text: str) -> ScannedCode:
        """The member code in ``text``; raises ScanRejectedError with a reason otherwise."""
        if not isinstance(text, str):
            raise ScanRejectedError(
                translate("Codes", "Nothing readable was scanned. Scan the card again.")
            )
        if len(text) > MAX_SCAN_LENGTH:
            raise ScanRejectedError(
                translate(
                    "Codes", "That scan is far too long to be a loyalty card. Scan the card again."
                )
            )
        cleaned = _clean(text)
        if not cleaned:
            raise ScanRejectedError(
                translate("Codes", "Nothing readable was scanned. Scan the card again.")
            )
        code, from_url = _candidate(cleaned)
        if self.format.fits(code):
            return ScannedCode(code, from_url)
        corrected = self._through_layouts(cleaned)
        if len(corrected) == 1:
            return next(iter(corrected.values()))
        if len(corrected) > 1:
            raise ScanRejectedError(
                translate(
                    "Codes",
                    "The scanner types for another keyboard layout and this code could be"
                    " read more than one way. Type the code, or set the scanner to this"
                    " computer's keyboard layout.",
                )
            )
        raise ScanRejectedError(self._why_not(code, from_url))

    def _through_layouts(self, cleaned: str) -> dict[str, ScannedCode]:
        found: dict[str, ScannedCode] = {}
        for name, layout in self.layouts.items():
            for keep_digits in (False, True):
                code, from_url = _candidate(map_back(cleaned, layout, keep_digits))
                if self.format.fits(code) and code not in found:
                    found[code] = ScannedCode(code, from_url, name)
        return found

    def _why_not(self, code: str, from_url: bool) -> str:
        if from_url and not code:
            return translate(
                "Codes",
                "That QR code is a web link, not a loyalty card."
                " Ask for the loyalty card, or look the member up by name.",
            )
        stray = sorted({c for c in code if c not in _CODE_CHARS})
        if stray:
            shown = " ".join(stray[:5])
            return translate(
                "Codes",
                "That is not a loyalty card code: it has characters a card never has ({chars})."
                " Scan the card again, or type the code.",
            ).format(chars=shown)
        return translate(
            "Codes",
            "That is not a loyalty card code: it has {count} characters, a card code has"
            " {expected}. Scan the card again, or type the code.",
        ).format(count=len(code), expected=self.format.describe())
