"""One error hierarchy for the client.

ApiError
├── ApiConnectionError        no answer: refused, reset, DNS, TLS …
│   ├── ApiTimeoutError       connect or read timeout
│   └── OutcomeUnknownError   a write was sent, no answer came, and it cannot be resent safely
├── ApiResponseError          an answer that is not the API's (not JSON, wrong shape)
└── ApiStatusError            the server answered with an error status
    ├── BadRequestError       400, 413 and other 4xx
    ├── AuthError             401, 403
    ├── NotFoundError         404
    ├── ConflictError         409
    ├── ValidationError       422 (field and details)
    ├── RateLimitedError      429 (retry_after)
    └── ServerError           5xx
"""

from typing import Any


class ApiError(Exception):
    """Base of every client error; ``message`` is fit to show a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ApiConnectionError(ApiError):
    pass


class ApiTimeoutError(ApiConnectionError):
    pass


class OutcomeUnknownError(ApiConnectionError):
    """The write may or may not have been applied; re-read before acting again."""


class ApiResponseError(ApiError):
    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ApiStatusError(ApiError):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.details = details or {}

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"


class BadRequestError(ApiStatusError):
    pass


class AuthError(ApiStatusError):
    pass


class NotFoundError(ApiStatusError):
    pass


class ConflictError(ApiStatusError):
    pass


class ValidationError(ApiStatusError):
    @property
    def field(self) -> str | None:
        field = self.details.get("field")
        return field if isinstance(field, str) else None


class RateLimitedError(ApiStatusError):
    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiStatusError):
    pass


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    401: AuthError,
    403: AuthError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitedError,
}


def status_error_class(status: int) -> type[ApiStatusError]:
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, BadRequestError)
