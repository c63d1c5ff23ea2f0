"""The first start's connection test, against the real server."""

from pathlib import Path

import keyring
import pytest

from pos_loyalty.station.first_run import (
    check_connection,
    needs_first_run,
    settings_for_backend,
    settings_for_demo,
)
from pos_loyalty.station.settings import SecretStore, SettingsStore, StationSettings
from tests.support.server import RunningServer
from tests.unit.test_settings import MemoryKeyring


async def test_a_good_key_pair_lists_the_programs(server: RunningServer) -> None:
    check = await check_connection(server.base_url + "/", server.key, server.secret)
    assert check.ok
    assert "Coffee Club" in [card.name for card in check.cards]


@pytest.mark.parametrize(
    ("url", "key", "secret", "words"),
    [
        ("ftp://x", "k", "s", "starts with https://"),
        ("https://x", " ", "s", "Enter the API key"),
        ("https://x", "k", "", "Enter the API secret"),
    ],
)
async def test_missing_fields_are_said_before_anything_is_sent(
    url: str, key: str, secret: str, words: str
) -> None:
    check = await check_connection(url, key, secret)
    assert not check.ok
    assert check.problem is not None
    assert words in check.problem


async def test_a_wrong_secret_and_a_wrong_address_say_what_to_check(
    server: RunningServer,
) -> None:
    wrong = await check_connection(server.base_url, server.key, "not-the-secret")
    assert wrong.problem == "The server refused this key and secret. Check both."
    nobody = await check_connection("http://127.0.0.1:9/v4", server.key, server.secret)
    assert nobody.problem is not None
    assert "No loyalty server answers at this address" in nobody.problem


def test_the_guide_runs_until_a_choice_is_saved(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    assert needs_first_run(store)
    store.save(settings_for_demo(StationSettings()))
    assert not needs_first_run(store)


def test_a_tested_backend_keeps_its_secret_in_the_keyring_only(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        chosen = settings_for_backend(
            StationSettings(), SecretStore(), url=" https://loyalty.example/v4/ ",
            key=" pk_1 ", secret="sk_secret", card_id=3,
        )  # fmt: skip
    finally:
        keyring.set_keyring(previous)
    assert (chosen.backend, chosen.base_url, chosen.api_key, chosen.card_id) == (
        "remote",
        "https://loyalty.example/v4",
        "pk_1",
        3,
    )
    assert memory.items == {("pos-loyalty", "pk_1"): "sk_secret"}
    store = SettingsStore(tmp_path / "settings.toml")
    store.save(chosen)
    assert "sk_secret" not in store.path.read_text()
