"""The first start of a counter: try the demo, or connect to Coupontools or to one's
own server, test the connection, and pick the program. Qt-free; the guide on screen
is ``pos_loyalty.ui.first_run_dialog``."""

from dataclasses import dataclass
from enum import StrEnum

import httpx

from pos_loyalty.api import (
    ApiConnectionError,
    ApiError,
    AuthError,
    Card,
    LoyaltyClient,
    RetryPolicy,
)
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import describe
from pos_loyalty.station.settings import SecretStore, SettingsStore, StationSettings

COUPONTOOLS_URL = "https://api.coupontools.com/v4"


class BackendChoice(StrEnum):
    DEMO = "demo"
    COUPONTOOLS = "coupontools"
    OWN_SERVER = "own_server"


def needs_first_run(store: SettingsStore) -> bool:
    """No settings file yet: nobody has chosen a backend on this station."""
    return not store.path.exists()


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """What a connection test found: the programs, or what is wrong in words."""

    cards: list[Card]
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _problem_with_fields(url: str, key: str, secret: str) -> str | None:
    if not url.startswith(("http://", "https://")):
        return translate(
            "FirstRun", "The server address starts with https:// (or http:// on this computer)."
        )
    if not key.strip():
        return translate("FirstRun", "Enter the API key.")
    if not secret:
        return translate("FirstRun", "Enter the API secret.")
    return None


async def check_connection(
    url: str, key: str, secret: str, http: httpx.AsyncClient | None = None
) -> ConnectionCheck:
    """List the backend's programs with this key pair; never raises for a bad answer."""
    url = url.strip().rstrip("/")
    problem = _problem_with_fields(url, key, secret)
    if problem is not None:
        return ConnectionCheck([], problem)
    client = LoyaltyClient(url, key.strip(), secret, http=http, retry=RetryPolicy(attempts=1))
    try:
        cards = await client.list_cards()
    except AuthError:
        return ConnectionCheck(
            [], translate("FirstRun", "The server refused this key and secret. Check both.")
        )
    except ApiConnectionError:
        return ConnectionCheck(
            [],
            translate(
                "FirstRun",
                "No loyalty server answers at this address. Check the address and the network.",
            ),
        )
    except ApiError as exc:
        return ConnectionCheck([], describe(exc))
    finally:
        if http is None:
            await client.aclose()
    if not cards:
        return ConnectionCheck(
            [],
            translate(
                "FirstRun",
                "The server answered, but it has no loyalty programs yet. Add one there first.",
            ),
        )
    return ConnectionCheck(cards)


def settings_for_demo(settings: StationSettings) -> StationSettings:
    return settings.updated(backend="demo")


def settings_for_backend(
    settings: StationSettings,
    secrets: SecretStore,
    *,
    url: str,
    key: str,
    secret: str,
    card_id: int,
) -> StationSettings:
    """A tested backend: the secret goes to the keyring, the rest to the settings."""
    secrets.set(key.strip(), secret)
    return settings.updated(
        backend="remote", base_url=url.strip().rstrip("/"), api_key=key.strip(), card_id=card_id
    )
