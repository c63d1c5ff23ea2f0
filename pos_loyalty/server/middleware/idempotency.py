"""The Idempotency-Key extension of API.md.

Every answer to a keyed write echoes the key, which tells a client that
this server honours it. A key in flight in this process is refused with 409
(tracked in memory); across PostgreSQL's workers the write's transaction claims
it in the database (see IdempotencyStore). A key seen before replays its stored
answer, or is a 422 when the request differs. A new key is handed to the route
as a ``PendingKey``, and the route stores its answer in the transaction of the
write, so a crash can never leave a write applied but unrecorded.
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
from pos_loyalty.server.store.idempotency import (
    IdempotencyStore,
    KeyAnsweredError,
    KeyInFlightError,
    PendingKey,
    StoredAnswer,
)

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
            await self._handle(scope, receive, send, PendingKey(api_key, key, ""))
        finally:
            self._in_flight.discard(slot)

    async def _handle(self, scope: Scope, receive: Receive, send: Send, key: PendingKey) -> None:
        try:
            body = await read_body(receive, self.body_limit)
        except BodyTooLargeError:
            await body_too_large(self.body_limit)(scope, receive, send)
            return
        except ClientGoneError:
            return  # nothing was written; the key is free again for a retry
        key.fingerprint = fingerprint(scope, body)
        if not self.store.claims_with_write:
            stored = self.store.find(key.api_key, key.key)
            if stored is not None:
                await self._stored_answer(stored, key)(scope, receive, send)
                return
            send_checked = send
        else:
            send_checked = self._checked(scope, receive, send, key)
        scope[PENDING_SCOPE] = key
        try:
            await self.app(scope, replaying(body, receive), send_checked)
        except KeyInFlightError:
            await self._in_flight_response()(scope, receive, send)
        except KeyAnsweredError as answered:
            await self._stored_answer(answered.answer, key)(scope, receive, send)

    def _checked(self, scope: Scope, receive: Receive, send: Send, key: PendingKey) -> Send:
        """``send`` for a route whose write claims the key (PostgreSQL). An answer
        that wrote nothing (a refusal) is held to the same rules: if another
        worker has the key in flight, or has answered it, that goes out instead."""
        replaced = False

        async def checked(message: Message) -> None:
            nonlocal replaced
            if message["type"] == "http.response.start" and not key.written:
                try:
                    self.store.check(key)
                except KeyInFlightError:
                    replaced = True
                    await self._in_flight_response()(scope, receive, send)
                except KeyAnsweredError as answered:
                    replaced = True
                    await self._stored_answer(answered.answer, key)(scope, receive, send)
            if not replaced:
                await send(message)

        return checked

    @staticmethod
    def _stored_answer(stored: StoredAnswer, key: PendingKey) -> Response:
        if stored.fingerprint == key.fingerprint:
            return replay(stored.status, stored.body)
        return error_response(
            422,
            "idempotency_key_reused",
            "This Idempotency-Key was already used for a different request."
            " Use a new key for a new request.",
            {"field": "Idempotency-Key"},
        )

    @staticmethod
    def _in_flight_response() -> Response:
        return error_response(
            409,
            "idempotency_key_in_flight",
            "A request with this Idempotency-Key is still running. Retry in a moment.",
        )
