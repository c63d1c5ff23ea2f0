"""x-api-key / x-api-secret on every API call, then the key's rate limit.

A key pair verified before is recognised by a cheap digest. Any other pair costs
a PBKDF2 run, so those attempts are limited per client address first, and the
derivation runs on worker threads: a stream of bad logins can neither buy CPU
by the request nor stall the event loop that serves everyone else.
"""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from pos_loyalty.server.errors import error_response
from pos_loyalty.server.middleware.asgi import header
from pos_loyalty.server.middleware.rate_limit import (
    RateLimiter,
    client_address,
    retry_after_header,
)
from pos_loyalty.server.store.keys import KeyStore

API_KEY_SCOPE = "pos_loyalty.api_key"
PROTECTED_PREFIX = "/v4/loyalty/"
# Derivations waiting or running at once, from all addresses together; past it
# the answer is a 429 too (many addresses, each within its own limit).
MAX_PENDING_CHECKS = 64
_CHECK_THREADS = 2


def _too_many(message: str, delay: float) -> Response:
    return error_response(
        429,
        "rate_limited",
        message,
        {"retry_after": delay},
        headers={"Retry-After": retry_after_header(delay)},
    )


class AuthMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        keys: KeyStore,
        limiter: RateLimiter | None,
        attempts: RateLimiter,
    ) -> None:
        self.app = app
        self.keys = keys
        self.limiter = limiter
        self.attempts = attempts
        self._pending = 0
        self._checks = ThreadPoolExecutor(_CHECK_THREADS, thread_name_prefix="key-check")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PROTECTED_PREFIX):
            await self.app(scope, receive, send)
            return
        key = header(scope, b"x-api-key")
        secret = header(scope, b"x-api-secret")
        if not key or not secret:
            missing = [n for n, v in (("x-api-key", key), ("x-api-secret", secret)) if not v]
            message = f"Missing {' and '.join(missing)} header."
            await error_response(401, "unauthorized", message)(scope, receive, send)
            return
        if not self.keys.remembered(key, secret):
            delay = self.attempts.acquire(client_address(scope))
            if delay > 0:
                refusal = _too_many(
                    "Too many failed logins from this address. Check the key pair in your"
                    " settings, wait and try again.",
                    delay,
                )
                await refusal(scope, receive, send)
                return
            if self._pending >= MAX_PENDING_CHECKS:
                busy = _too_many("Too many logins at once. Wait and try again.", 1.0)
                await busy(scope, receive, send)
                return
            if not await self._check(key, secret):
                message = "The API key or secret is wrong. Check the key pair in your settings."
                await error_response(401, "unauthorized", message)(scope, receive, send)
                return
        if self.limiter is not None:
            delay = self.limiter.acquire(key)
            if delay > 0:
                refusal = _too_many(
                    "Too many requests for this API key. Wait and try again.", delay
                )
                await refusal(scope, receive, send)
                return
        scope[API_KEY_SCOPE] = key
        await self.app(scope, receive, send)

    async def _check(self, key: str, secret: str) -> bool:
        # The lookup stays on the loop's thread, beside every other use of the
        # connection; only the derivation (which releases the GIL) moves off it.
        stored = self.keys.stored(key)
        self._pending += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._checks, self.keys.check, key, secret, stored)
        finally:
            self._pending -= 1
