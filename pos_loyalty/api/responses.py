"""Reading the server's answers: JSON, models, and both error body shapes of API.md."""

import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any, TypeVar, cast

import httpx
from pydantic import TypeAdapter
from pydantic import ValidationError as ModelError

from pos_loyalty.api.errors import (
    ApiResponseError,
    ApiStatusError,
    RateLimitedError,
    status_error_class,
)

T = TypeVar("T")
_SNIPPET = 200


def body_json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        raise ApiResponseError(
            f"The server answered {response.status_code} with something that is not JSON."
            " Check the backend address in the settings.",
            response.status_code,
        ) from None


@cache
def _adapter(shape: Any) -> TypeAdapter[Any]:
    # Building an adapter compiles a schema: once per shape, not once per answer.
    return TypeAdapter(shape)


def parse_as(response: httpx.Response, shape: type[T]) -> T:
    data = body_json(response)
    try:
        parsed: T = _adapter(cast(Any, shape)).validate_python(data)
        return parsed
    except ModelError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "the answer"
        raise ApiResponseError(
            f"The server's answer is not what the API promises ({where}:"
            f" {exc.errors()[0]['msg']}).",
            response.status_code,
        ) from None


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Retry-After as seconds, from either of its forms (delta-seconds or an HTTP date)."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _error_fields(response: httpx.Response) -> tuple[str, str, dict[str, Any]]:
    try:
        data = response.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        data = None
    if isinstance(data, dict):
        error = data.get("error")
        if isinstance(error, dict):
            details = error.get("details")
            return (
                str(error.get("code") or f"http_{response.status_code}"),
                str(error.get("message") or response.reason_phrase),
                details if isinstance(details, dict) else {},
            )
        status = data.get("status")
        if isinstance(status, dict) and isinstance(status.get("errors"), dict):
            # The older Coupontools shape.
            errors = status["errors"]
            return (
                str(errors.get("error_code", f"http_{response.status_code}")),
                str(errors.get("error_message") or response.reason_phrase),
                {},
            )
    text = response.text.strip().replace("\n", " ")[:_SNIPPET]
    message = f"{response.status_code} {response.reason_phrase}" + (f": {text}" if text else "")
    return f"http_{response.status_code}", message, {}


def status_error(response: httpx.Response) -> ApiStatusError:
    code, message, details = _error_fields(response)
    cls = status_error_class(response.status_code)
    if cls is RateLimitedError:
        return RateLimitedError(
            response.status_code, code, message, details, retry_after=retry_after_seconds(response)
        )
    return cls(response.status_code, code, message, details)
