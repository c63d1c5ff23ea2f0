"""The Idempotency-Key extension of API.md.

Every answer to a keyed write echoes the key, which tells a client that
this server honours it. A key in flight is refused with 409: tracked in memory
within one process, and claimed in the database for the others (PostgreSQL's
workers; see IdempotencyStore.claim). A key seen before replays its stored answer, or is
a 422 when the request differs. A new key is handed to the route as a
``PendingKey``, and the route stores its answer in the transaction of the write,
so a crash can never leave a write applied but unrecorded.
"""

import hashlib

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pos_loyalty.server.errors import error_response
from pos_loyalty.server.middleware.asgi import (
    BodyTooLargeError,
    ClientGoneError,
    header,
    read_body,
    replaying,
)
from pos_loyalty.server.middleware.auth import API_KEY_SCOPE
from pos_loyalty.server.middleware.body_limit import body_too_large
from pos_loyalty.server.store.idempotency import IdempotencyStore, PendingKey, StoredAnswer

PENDING_SCOPE = "pos_loyalty.idempotency"
MAX_KEY_LENGTH = 128
_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def fingerprint(scope: Scope, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (scope["method"], scope["path"], scope.get("query_string", b"").decode()):
        digest.update(part.encode())
        digest.update(b"\x00")
    digest.update(body)
    return digest.hexdigest()


def _echoing(send: Send, key: str) -> Send:
    """Echo the key on every answer, so a client knows this server honours it."""

    async def echo(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {
                **message,
                "headers": [*message.get("headers", []), (b"idempotency-key", key.encode())],
            }
        await send(message)

    return echo


def replay(status: int, body: bytes) -> Response:
    headers = {"Idempotency-Replayed": "true"}
    if not body:
        return Response(status_code=status, headers=headers)
    return Response(body, status_code=status, media_type="application/json", headers=headers)


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, store: IdempotencyStore, body_limit: int) -> None:
        self.app = app
        self.store = store
        self.body_limit = body_limit
        self._in_flight: set[tuple[str, str]] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = header(scope, b"idempotency-key") if scope["type"] == "http" else None
        api_key = scope.get(API_KEY_SCOPE)
        if key is None or api_key is None or scope["method"] not in _WRITES:
            await self.app(scope, receive, send)
            return
        if not 1 <= len(key) <= MAX_KEY_LENGTH or not key.isprintable():
            response = error_response(
                422,
                "validation_error",
                f"Idempotency-Key: must be 1 to {MAX_KEY_LENGTH} printable characters",
                {"field": "Idempotency-Key"},
            )
            await response(scope, receive, send)
            return
        send = _echoing(send, key)
        slot = (api_key, key)
        if slot in self._in_flight:
            await self._in_flight_response()(scope, receive, send)
            return
        # Claimed before the body is read: a retry on a new connection while the
        # first upload is still arriving must not run the write a second time.
        self._in_flight.add(slot)
        try:
            # The stored answer is looked up with the claim (one round trip on
            # PostgreSQL); while the claim is held, nobody else can store one.
            claimed, stored = self.store.claim_and_find(api_key, key)
            if not claimed:
                await self._in_flight_response()(scope, receive, send)
                return
            try:
                await self._handle(scope, receive, send, api_key, key, stored)
            finally:
                self.store.release(api_key, key)
        finally:
            self._in_flight.discard(slot)

    async def _handle(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        api_key: str,
        key: str,
        stored: StoredAnswer | None,
    ) -> None:
        try:
            body = await read_body(receive, self.body_limit)
        except BodyTooLargeError:
            await body_too_large(self.body_limit)(scope, receive, send)
            return
        except ClientGoneError:
            return  # nothing was written; the key is free again for a retry
        request_print = fingerprint(scope, body)
        if stored is None:
            scope[PENDING_SCOPE] = PendingKey(api_key, key, request_print)
            await self.app(scope, replaying(body, receive), send)
        elif stored.fingerprint != request_print:
            response = error_response(
                422,
                "idempotency_key_reused",
                "This Idempotency-Key was already used for a different request."
                " Use a new key for a new request.",
                {"field": "Idempotency-Key"},
            )
            await response(scope, receive, send)
        else:
            await replay(stored.status, stored.body)(scope, receive, send)

    @staticmethod
    def _in_flight_response() -> Response:
        return error_response(
            409,
            "idempotency_key_in_flight",
            "A request with this Idempotency-Key is still running. Retry in a moment.",
        )
