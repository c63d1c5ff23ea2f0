"""API key pairs: the secret is stored as a salted PBKDF2 hash, never in plain text."""

import hashlib
import hmac
import secrets
import sqlite3

from pos_loyalty.domain.timestamps import Clock, format_timestamp

PBKDF2_ITERATIONS = 20_000
_DUMMY_SALT = b"\x00" * 16


def _hash_secret(secret: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, PBKDF2_ITERATIONS)


def _fast_digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


class KeyStore:
    """Creates and verifies key pairs.

    A verified secret is remembered as a SHA-256 digest so that only the first
    request of a key pays for PBKDF2; later ones still compare in constant time.
    """

    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock
        self._verified: dict[str, bytes] = {}

    def create(self, key: str | None = None, secret: str | None = None) -> tuple[str, str]:
        """Store a key pair (random parts where not given) and return it."""
        key = key or "pk_" + secrets.token_hex(12)
        secret = secret or "sk_" + secrets.token_urlsafe(32)
        salt = secrets.token_bytes(16)
        with self._conn:
            self._conn.execute(
                "INSERT INTO api_keys (key, salt, secret_hash, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET salt = excluded.salt,"
                " secret_hash = excluded.secret_hash",
                (key, salt, _hash_secret(secret, salt), format_timestamp(self._clock())),
            )
        self._verified.pop(key, None)
        return key, secret

    def exists(self, key: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM api_keys WHERE key = ?", (key,)).fetchone()
        return row is not None

    def verify(self, key: str, secret: str) -> bool:
        known = self._verified.get(key)
        if known is not None:
            return hmac.compare_digest(known, _fast_digest(secret))
        row = self._conn.execute(
            "SELECT salt, secret_hash FROM api_keys WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            # Same work as a real check, so timing does not reveal which keys exist.
            _hash_secret(secret, _DUMMY_SALT)
            return False
        if not hmac.compare_digest(_hash_secret(secret, row["salt"]), row["secret_hash"]):
            return False
        self._verified[key] = _fast_digest(secret)
        return True
