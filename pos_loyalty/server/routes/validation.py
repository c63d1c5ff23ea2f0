"""Pydantic's errors in the API's error body: 400 for bad JSON, 422 naming the field."""

from collections.abc import Sequence
from typing import Any

from pos_loyalty.server.errors import ApiError, ValidationFailedError

_LOCATIONS = ("body", "query", "path", "header")


def _field(loc: Sequence[Any], skip: Sequence[str]) -> str:
    parts = [str(p) for p in loc]
    while parts and parts[0] in skip:
        parts.pop(0)
    return ".".join(parts) or "body"


def _message(error: Any) -> str:
    return str(error.get("msg", "is invalid")).removeprefix("Value error, ")


def validation_error(errors: Sequence[Any], skip: Sequence[str] = _LOCATIONS) -> ApiError:
    """One ApiError for a list of pydantic errors."""
    if any(e.get("type") == "json_invalid" for e in errors):
        return ApiError("malformed_json", "The request body is not valid JSON.")
    listed = [{"field": _field(e.get("loc", ()), skip), "message": _message(e)} for e in errors]
    first = listed[0] if listed else {"field": "body", "message": "is invalid"}
    details: dict[str, Any] = {"errors": listed[:20]}
    loc = errors[0].get("loc", ()) if errors else ()
    body_loc = [p for p in loc if p != "body"]
    if loc and loc[0] == "body" and body_loc and isinstance(body_loc[0], int):
        details["index"] = body_loc[0]
    return ValidationFailedError(first["field"], first["message"], **details)
