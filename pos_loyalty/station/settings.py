"""The station's settings (a TOML file) and its API secret (the OS keyring)."""

import logging
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.errors
import tomli_w
from platformdirs import user_config_path

from pos_loyalty.domain.i18n import LANGUAGES, translate
from pos_loyalty.paths import APP_NAME
from pos_loyalty.station.damaged_file import move_aside
from pos_loyalty.station.errors import StationError

log = logging.getLogger(__name__)
Backend = Literal["demo", "remote"]
StationMode = Literal["counter", "scanner"]
Theme = Literal["light", "dark", "high-contrast"]
KioskFlavour = Literal["staff", "self-service"]
KEYRING_SERVICE = APP_NAME


@dataclass(frozen=True, slots=True)
class StationSettings:
    backend: Backend = "demo"
    base_url: str = ""
    api_key: str = ""
    # None: the backend's first program.
    card_id: int | None = None
    operator: str = "Cashier"
    station_name: str = "Counter 1"
    station_mode: StationMode = "counter"
    keep_member_copy: bool = True
    sounds: bool = True
    theme: Theme = "light"
    # Every font on screen at this percentage (100 to 200) for people who need it larger.
    text_scale: int = 100
    idle_timeout_seconds: int = 60
    undo_seconds: float = 5.0
    repeat_cooldown_seconds: float = 30.0
    stamp_goal_fallback: int = 10
    wedge_min_length: int = 6
    wedge_max_mean_gap_ms: float = 30.0
    camera: str = ""
    camera_width: int = 1280
    camera_height: int = 720
    # The same code is ignored for this long after it was last seen.
    camera_repeat_seconds: float = 3.0
    # The counter's language: "system" follows the desktop's locale (en, nl, fr, de).
    language: str = "system"
    # Full screen, no way out but a manager's PIN (pos-loyalty --kiosk sets it for a run).
    kiosk: bool = False
    # "staff": the counter for a staff tablet; "self-service": customers scan their
    # own card (pos-loyalty --kiosk self-service sets it for a run).
    kiosk_flavour: KioskFlavour = "staff"
    # Self-service only: customers may ask for a stamp, which staff confirm with a PIN.
    kiosk_self_stamping: bool = False
    # Self-service only: the customer's card stays this long, then "Scan your card here".
    kiosk_card_seconds: int = 15
    # Self-service only: the SHA-256 of the staff badge code (a QR code of
    # "pos-loyalty-staff:" and the code confirms a stamp); "" for PINs only.
    kiosk_badge_sha256: str = ""
    # A second window facing the customer: first name, stamps, rewards (--customer-display
    # sets it for a run). Full screen on the screen named here when there is one: ""
    # (the first screen that is not the counter's), a number, or a name such as HDMI-1.
    customer_display: bool = False
    customer_display_screen: str = ""
    # Still screens: no animation, the reward's on the customer display included.
    reduced_motion: bool = False
    # What a new member agrees to, beside the checkbox on the sign-up form; the
    # wording ticked is kept with the sign-up in the audit log.
    consent_wording: str = (
        "The member agrees to join the loyalty program and to let this shop keep their"
        " name and contact details for it."
    )

    def updated(self, **changes: Any) -> "StationSettings":
        return replace(self, **changes)


_CHOICES: dict[str, tuple[str, ...]] = {
    "language": ("system", *LANGUAGES),
    "backend": ("demo", "remote"),
    "station_mode": ("counter", "scanner"),
    "theme": ("light", "dark", "high-contrast"),
    "kiosk_flavour": ("staff", "self-service"),
}
# Whole-number settings with a range: the screens are laid out for these bounds.
_RANGES: dict[str, tuple[int, int]] = {"text_scale": (100, 200)}


def default_settings_path() -> Path:
    return user_config_path(APP_NAME, appauthor=False) / "settings.toml"


def _valid(name: str, value: Any, default: Any) -> bool:
    if name in _CHOICES:
        return value in _CHOICES[name]
    if name in _RANGES:
        low, high = _RANGES[name]
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    if default is None:  # card_id
        return value is None or (isinstance(value, int) and not isinstance(value, bool))
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return isinstance(value, type(default))


class SettingsSaveError(StationError):
    """The settings file could not be written; the new settings still apply until the app closes."""


class SettingsStore:
    """Reads and writes the settings file; a bad or missing value falls back to
    its default (and is logged), so a hand-edited file never stops the counter.

    A file that is not TOML at all is moved aside (and kept) and a fresh one is
    written, so the next start does not trip over it again.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self.problems: list[str] = []

    def load(self) -> StationSettings:
        self.problems = []
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return StationSettings()
        except OSError as exc:
            # Unreadable (permissions, a folder): leave it alone, someone must look at it.
            self._problem(
                translate(
                    "Settings",
                    "The settings file {path} could not be read ({reason}),"
                    " so the counter started with default settings.",
                ).format(path=self.path, reason=exc.strerror or exc)
            )
            return StationSettings()
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            return self._start_afresh(exc)
        return self._parse(data)

    def _start_afresh(self, reason: Exception) -> StationSettings:
        settings = StationSettings()
        log.warning("the settings file %s is damaged: %s", self.path, _short(reason))
        try:
            aside = move_aside(self.path)
        except OSError as exc:
            log.warning("it cannot be moved aside: %s", exc)
            self._problem(
                translate(
                    "Settings",
                    "The settings file {path} is damaged: default settings are in use."
                    " Saving in Settings (F10) replaces it.",
                ).format(path=self.path)
            )
            return settings
        try:
            self.save(settings)
        except SettingsSaveError:
            log.warning("a fresh settings file could not be written to %s", self.path)
        self._problem(
            translate(
                "Settings",
                "The settings file could not be read: default settings are in use. The damaged"
                " file is kept as {aside}.",
            ).format(aside=aside)
        )
        return settings

    def _problem(self, text: str) -> None:
        self.problems.append(text)
        log.warning(text)

    def _parse(self, data: dict[str, Any]) -> StationSettings:
        defaults = StationSettings()
        values: dict[str, Any] = {}
        for field in fields(StationSettings):
            if field.name not in data:
                continue
            value = data[field.name]
            if field.name == "card_id" and value == 0:
                value = None
            if _valid(field.name, value, getattr(defaults, field.name)):
                values[field.name] = (
                    float(value) if isinstance(getattr(defaults, field.name), float) else value
                )
            else:
                self._problem(
                    translate(
                        "Settings", "setting {name} = {value} is not valid; using the default"
                    ).format(name=field.name, value=repr(value))
                )
        return replace(defaults, **values)

    def save(self, settings: StationSettings) -> None:
        """Write the file whole (a temporary file, then a rename); raises SettingsSaveError."""
        data = {k: v for k, v in asdict(settings).items() if v is not None}
        temporary = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(tomli_w.dumps(data), encoding="utf-8")
            temporary.replace(self.path)
        except OSError as exc:
            log.warning("settings not saved to %s: %s", self.path, exc)
            raise SettingsSaveError(
                translate(
                    "Settings",
                    "The settings could not be saved to {path} ({reason})."
                    " They apply until the app closes.",
                ).format(path=self.path, reason=exc.strerror or exc)
            ) from exc


def _short(exc: Exception) -> str:
    """The reason a file could not be read, without the file's bytes."""
    if isinstance(exc, UnicodeDecodeError):
        return "it is not text"
    return f"it is not valid TOML: {exc}"


class SecretStore:
    """The API secret in the OS keyring. Without a keyring it is kept in memory for
    this session only (``persistent`` says which), and never written to a file."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}

    @property
    def persistent(self) -> bool:
        backend = keyring.get_keyring()
        return getattr(backend, "priority", 0) > 0

    def get(self, api_key: str) -> str | None:
        if api_key in self._session:
            return self._session[api_key]
        try:
            secret: str | None = keyring.get_password(KEYRING_SERVICE, api_key)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring unavailable: %s", exc)
            return None
        return secret

    def set(self, api_key: str, secret: str) -> bool:
        """True when stored in the keyring, False when kept for this session only."""
        try:
            keyring.set_password(KEYRING_SERVICE, api_key, secret)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring unavailable, keeping the secret for this session: %s", exc)
            self._session[api_key] = secret
            return False
        self._session.pop(api_key, None)
        return True


def consent_words(wording: str) -> str:
    """The sign-up consent as the counter shows it: the default wording in the counter's
    language, a shop's own wording just as the shop wrote it."""
    if wording == StationSettings().consent_wording:
        return translate(
            "Settings",
            "The member agrees to join the loyalty program and to let this shop keep their"
            " name and contact details for it.",
        )
    return wording


def consent_setting(shown: str) -> str:
    """What to keep for the wording ``shown`` in Settings: the default stays the default
    (so it follows the language), anything else is the shop's own."""
    default = StationSettings().consent_wording
    return default if shown in ("", consent_words(default)) else shown
