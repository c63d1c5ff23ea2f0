"""The API's error body and the exceptions that become it."""

import json
from typing import Any

from starlette.responses import Response


class ApiError(Exception):
    """An error the API reports as ``{"error": {"code", "message", "details"}}``."""

    status = 400

    def __init__(self, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details or {}


class NotFoundError(ApiError):
    status = 404


class ConflictError(ApiError):
    status = 409


class ValidationFailedError(ApiError):
    status = 422

    def __init__(self, field: str, message: str, **details: Any) -> None:
        super().__init__("validation_error", f"{field}: {message}", {"field": field, **details})


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> bytes:
    payload = {"error": {"code": code, "message": message, "details": details or {}}}
    return json.dumps(payload, separators=(",", ":")).encode()


def error_response(
    status: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    return Response(
        error_body(code, message, details),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def api_error_response(error: ApiError) -> Response:
    return error_response(error.status, error.code, error.message, error.details)
