"""What every route shares: the context, answers, and idempotent writes."""

from collections.abc import Callable
from typing import Any

from fastapi import Request
from starlette.responses import Response

from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.middleware.idempotency import PENDING_SCOPE
from pos_loyalty.server.payloads import encode
from pos_loyalty.server.schemas import ErrorOut
from pos_loyalty.server.store import write_transaction
from pos_loyalty.server.store.idempotency import PendingKey


def context(request: Request) -> ServerContext:
    ctx: ServerContext = request.app.state.context
    return ctx


def base_url(request: Request) -> str:
    """Where the server was reached, for download_url (unless a public URL is set)."""
    configured = context(request).config.public_url
    return configured or str(request.base_url).rstrip("/")


def json_response(
    payload: Any, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        encode(payload), status_code=status, media_type="application/json", headers=headers
    )


async def run_write(request: Request, status: int, produce: Callable[[], Any]) -> Response:
    """Run a write in one transaction with the storing of its idempotent answer.

    ``produce`` returns the JSON payload, or None for an empty answer.
    """
    ctx = context(request)
    pending: PendingKey | None = request.scope.get(PENDING_SCOPE)

    def write() -> bytes:
        payload = produce()
        return b"" if payload is None else encode(payload)

    if pending is None:
        body = await write_transaction(ctx.conn, write)
    else:
        key = pending

        def write_with_key() -> bytes:
            ctx.idempotency.claim_for_write(key)
            body = write()
            ctx.idempotency.record(key, status, body)
            return body

        with ctx.idempotency.refusals(pending):
            body = await write_transaction(ctx.conn, write_with_key)
        pending.written = True
    if not body:
        return Response(status_code=status)
    return Response(body, status_code=status, media_type="application/json")


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorOut, "description": description}


AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: _error("Missing or wrong x-api-key / x-api-secret"),
    422: _error("A field failed validation; details.field names it"),
    429: _error("Rate limited; see the Retry-After header"),
}
READ_ERRORS: dict[int | str, dict[str, Any]] = {
    **AUTH_ERRORS,
    400: _error("Malformed JSON body"),
    404: _error("Unknown card or member"),
    413: _error("Body too large"),
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **READ_ERRORS,
    409: _error("State conflict: voided member, reward used or expired, key in flight"),
}
