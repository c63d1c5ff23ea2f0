"""Member and card codes: the one format, as the bundled server makes them and as a
scan is checked against."""

import secrets
import string
from dataclasses import dataclass

from pos_loyalty.domain.i18n import translate

CODE_ALPHABET = string.ascii_lowercase + string.digits
MEMBER_CODE_LENGTH = 21
CARD_CODE_LENGTH = 6


def _random_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def new_member_code() -> str:
    """A random member code: 21 characters of [a-z0-9], about 108 bits."""
    return _random_code(MEMBER_CODE_LENGTH)


def new_card_code() -> str:
    return _random_code(CARD_CODE_LENGTH)


@dataclass(frozen=True, slots=True)
class MemberCodeFormat:
    """Member codes are letters and digits; the bundled server makes 21, the cloud 20–21.
    The range is wider so that another backend's codes still scan."""

    min_length: int = 16
    max_length: int = 32

    def fits(self, candidate: str) -> bool:
        return self.min_length <= len(candidate) <= self.max_length and set(candidate) <= set(
            CODE_ALPHABET
        )

    def describe(self) -> str:
        if self.min_length == self.max_length:
            return translate("Codes", "{n} letters and digits").format(n=self.min_length)
        return translate("Codes", "{low} to {high} letters and digits").format(
            low=self.min_length, high=self.max_length
        )


MEMBER_CODE_FORMAT = MemberCodeFormat()
