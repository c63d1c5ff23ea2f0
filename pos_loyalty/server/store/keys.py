"""API key pairs: the secret is stored as a salted PBKDF2 hash, never in plain text."""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from pos_loyalty.domain.timestamps import Clock, format_timestamp
from pos_loyalty.server.store import transaction
from pos_loyalty.server.store.sql import Connection

PBKDF2_ITERATIONS = 20_000
_DUMMY_SALT = b"\x00" * 16


def _hash_secret(secret: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, PBKDF2_ITERATIONS)


def _fast_digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


@dataclass(frozen=True, slots=True)
class StoredSecret:
    """What the store holds for a key; an unknown key gets a dummy salt and no hash."""

    salt: bytes
    secret_hash: bytes | None


class KeyStore:
    """Creates and verifies key pairs.

    A verified secret is remembered as a SHA-256 digest so that only the first
    request of a key pays for PBKDF2. Only a match skips the derivation: a wrong
    secret costs one full PBKDF2 whether or not the key exists or was verified
    before, so neither the answer nor its timing tells which keys exist.
    """

    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock
        self._verified: dict[str, bytes] = {}

    def create(self, key: str | None = None, secret: str | None = None) -> tuple[str, str]:
        """Store a key pair (random parts where not given) and return it."""
        key = key or "pk_" + secrets.token_hex(12)
        secret = secret or "sk_" + secrets.token_urlsafe(32)
        salt = secrets.token_bytes(16)
        with transaction(self._conn):
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

    def remembered(self, key: str, secret: str) -> bool:
        """True when exactly this pair was verified before: no derivation is needed."""
        known = self._verified.get(key)
        return known is not None and hmac.compare_digest(known, _fast_digest(secret))

    def stored(self, key: str) -> StoredSecret:
        row = self._conn.execute(
            "SELECT salt, secret_hash FROM api_keys WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return StoredSecret(_DUMMY_SALT, None)
        return StoredSecret(bytes(row["salt"]), bytes(row["secret_hash"]))

    def check(self, key: str, secret: str, stored: StoredSecret) -> bool:
        """The full check: one PBKDF2 run whatever the key. Touches no connection,
        so it may run on a worker thread."""
        derived = _hash_secret(secret, stored.salt)
        if stored.secret_hash is None:
            # The same comparison as for a real key, against itself, then no.
            hmac.compare_digest(derived, derived)
            return False
        if not hmac.compare_digest(derived, stored.secret_hash):
            return False
        self._verified[key] = _fast_digest(secret)
        return True

    def verify(self, key: str, secret: str) -> bool:
        return self.remembered(key, secret) or self.check(key, secret, self.stored(key))
