"""Member and card codes as the bundled server makes them."""

import secrets
import string

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
