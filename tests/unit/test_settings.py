"""Station settings: a TOML file that never stops the counter, and a secret kept out of files."""

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from pos_loyalty.station.settings import SecretStore, SettingsStore, StationSettings


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring at the edge: what the OS keyring would hold, in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class NoKeyring(keyring.backend.KeyringBackend):
    priority = 0

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no keyring")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no keyring")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no keyring")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)


def test_a_missing_file_gives_demo_defaults(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path / "settings.toml").load()
    assert settings == StationSettings()
    assert settings.backend == "demo"


def test_settings_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "sub" / "settings.toml")
    chosen = StationSettings(
        backend="remote", base_url="https://api.example/v4", api_key="pk_1", card_id=7,
        station_mode="scanner", undo_seconds=3.5, theme="dark",
    )  # fmt: skip
    store.save(chosen)
    assert store.load() == chosen
    assert "secret" not in store.path.read_text()


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'backend = "cloud"\nundo_seconds = "soon"\nidle_timeout_seconds = -5\n'
        'operator = "Bea"\nsounds = 1\nunknown_key = true\n'
    )
    store = SettingsStore(path)
    settings = store.load()
    assert settings.operator == "Bea"
    assert settings.backend == "demo"
    assert settings.undo_seconds == 5.0
    assert settings.idle_timeout_seconds == 60
    assert settings.sounds is True
    assert len(store.problems) == 4


def test_a_broken_file_is_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("this is [not toml")
    store = SettingsStore(path)
    assert store.load() == StationSettings()
    assert "could not be read" in store.problems[0]


def test_the_secret_goes_to_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    assert store.persistent
    assert store.set("pk_1", "sk_secret")
    assert memory_keyring.items == {("pos-loyalty", "pk_1"): "sk_secret"}
    assert SecretStore().get("pk_1") == "sk_secret"


def test_without_a_keyring_the_secret_lives_for_the_session_only(no_keyring: None) -> None:
    store = SecretStore()
    assert not store.persistent
    assert not store.set("pk_1", "sk_secret")
    assert store.get("pk_1") == "sk_secret"
    assert SecretStore().get("pk_1") is None  # nothing was written anywhere
