"""The station's error root, and the one place that turns any error into counter words.

Every error the station raises for a person to read is a ``StationError`` with a
``message`` that says what happened and what to do. Client errors (``ApiError``)
carry a ``message`` too; ``describe`` phrases both for the counter.
"""

from pos_loyalty.api import (
    ApiConnectionError,
    ApiError,
    ApiResponseError,
    AuthError,
    OutcomeUnknownError,
    RateLimitedError,
    ServerError,
)
from pos_loyalty.domain.i18n import translate


class StationError(Exception):
    """Base of the station's own errors; ``message`` is fit to show a cashier."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def describe(exc: BaseException) -> str:
    """What happened and what to do, in a cashier's words; never an internal id."""
    if isinstance(exc, StationError):
        return exc.message
    if isinstance(exc, AuthError):
        return translate(
            "Errors",
            "The loyalty server refused the API key or secret. Open Settings (F10) and"
            " enter the key pair again.",
        )
    if isinstance(exc, OutcomeUnknownError):
        return translate(
            "Errors",
            "The answer from the loyalty server was lost, so it is not known whether this"
            " went through. It is listed under 'to check' in the status bar.",
        )
    if isinstance(exc, ApiConnectionError):
        return translate(
            "Errors",
            "The loyalty server cannot be reached. Stamps and rewards are queued and sent"
            " when it is back.",
        )
    if isinstance(exc, RateLimitedError):
        return translate(
            "Errors", "The loyalty server asks to slow down. Wait a few seconds, then try again."
        )
    if isinstance(exc, ServerError):
        return translate(
            "Errors",
            "The loyalty server had a problem. Writes are queued and sent again; if it"
            " lasts, tell the person who runs the server.",
        )
    if isinstance(exc, ApiResponseError):
        return translate(
            "Errors",
            "The loyalty server gave an answer that makes no sense. Check the server address"
            " in Settings (F10).",
        )
    if isinstance(exc, ApiError):
        return exc.message
    return translate("Errors", "Something went wrong. It was logged; try again.")
