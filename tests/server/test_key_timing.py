"""An unknown key and a known key with a wrong secret cost the same key derivation.

Timing is not asserted here (tests/bench/bench_server_auth.py measures it): the
mechanism is, by counting the PBKDF2 runs each path makes on a real key store.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_loyalty.server.config import ServerConfig
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.store import keys as keys_module


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[ServerContext]:
    context = ServerContext.open(ServerConfig(db_path=tmp_path / "keys.sqlite3"))
    yield context
    context.close()


@pytest.fixture
def kdf_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every key derivation from now on, as the length of the salt it used."""
    runs: list[int] = []
    derive = keys_module._hash_secret

    def counted(secret: str, salt: bytes) -> bytes:
        runs.append(len(salt))
        return derive(secret, salt)

    monkeypatch.setattr(keys_module, "_hash_secret", counted)
    return runs


def test_every_failing_path_runs_one_full_derivation(
    ctx: ServerContext, kdf_runs: list[int]
) -> None:
    key, secret = ctx.keys.create()
    kdf_runs.clear()
    # Not yet verified: nothing of this key is remembered.
    assert not ctx.keys.verify(key, "wrong")
    assert not ctx.keys.verify("pk_nobody", "wrong")
    assert kdf_runs == [16, 16]
    # Verified once: the secret's digest is remembered, which must not make a
    # wrong secret for this key any cheaper than for a key that does not exist.
    assert ctx.keys.verify(key, secret)
    kdf_runs.clear()
    assert not ctx.keys.verify(key, "wrong")
    assert not ctx.keys.verify("pk_nobody", "wrong")
    assert kdf_runs == [16, 16]


def test_only_a_remembered_right_secret_skips_the_derivation(
    ctx: ServerContext, kdf_runs: list[int]
) -> None:
    key, secret = ctx.keys.create()
    assert ctx.keys.verify(key, secret)
    kdf_runs.clear()
    assert ctx.keys.verify(key, secret)
    assert kdf_runs == []
