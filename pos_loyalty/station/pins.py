"""PINs: how they are kept (a salted scrypt hash) and which new ones are refused."""

import hashlib
import hmac
import itertools
import secrets
from dataclasses import dataclass

from pos_loyalty.domain.i18n import translate

PIN_LENGTHS = (4, 12)


@dataclass(frozen=True, slots=True)
class PinHasher:
    """scrypt from hashlib. n=2**14, r=8 takes 16 MiB and some tens of milliseconds
    per check: nothing at a counter, slow and memory-bound for anyone guessing PINs
    from a copied station file. The parameters are stored with each hash, so they
    can be raised later without locking anyone out."""

    n: int = 2**14
    r: int = 8
    p: int = 1
    salt_bytes: int = 16
    length: int = 32

    def hash(self, pin: str) -> str:
        salt = secrets.token_bytes(self.salt_bytes)
        digest = _scrypt(pin, salt, self.n, self.r, self.p, self.length)
        return f"scrypt${self.n}${self.r}${self.p}${salt.hex()}${digest.hex()}"

    @staticmethod
    def verify(pin: str, stored: str) -> bool:
        try:
            scheme, n, r, p, salt, digest = stored.split("$")
            if scheme != "scrypt":
                return False
            expected = bytes.fromhex(digest)
            actual = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p), len(expected))
        except ValueError:
            return False
        return hmac.compare_digest(actual, expected)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # OpenSSL's default memory cap (32 MiB) is just under what n=2**14, r=8 needs with
    # its overhead: allow twice the working set.
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * n * r * p + 2**20
    )


def pin_problem(pin: str) -> str | None:
    """Why a new PIN cannot be used, in words; None when it can."""
    low, high = PIN_LENGTHS
    if not pin.isascii() or not pin.isdigit():
        return translate("Pins", "A PIN is digits only.")
    if not low <= len(pin) <= high:
        return translate("Pins", "A PIN has {low} to {high} digits.").format(low=low, high=high)
    if len(set(pin)) == 1:
        return translate(
            "Pins", "A PIN of one digit repeated is too easy to guess. Choose another."
        )
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {-1}):
        return translate(
            "Pins", "A PIN of digits in a row (1234, 9876) is too easy to guess. Choose another."
        )
    return None
