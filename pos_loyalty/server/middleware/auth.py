"""x-api-key / x-api-secret on every API call, then the key's rate limit."""

from starlette.types import ASGIApp, Receive, Scope, Send

from pos_loyalty.server.errors import error_response
from pos_loyalty.server.middleware.asgi import header
from pos_loyalty.server.middleware.rate_limit import RateLimiter, retry_after_header
from pos_loyalty.server.store.keys import KeyStore

API_KEY_SCOPE = "pos_loyalty.api_key"
PROTECTED_PREFIX = "/v4/loyalty/"
# Failed attempts share one bucket, so guessing secrets is throttled as well.
_UNAUTHENTICATED = "\x00unauthenticated"


class AuthMiddleware:
    def __init__(self, app: ASGIApp, keys: KeyStore, limiter: RateLimiter | None) -> None:
        self.app = app
        self.keys = keys
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PROTECTED_PREFIX):
            await self.app(scope, receive, send)
            return
        key = header(scope, b"x-api-key")
        secret = header(scope, b"x-api-secret")
        valid = bool(key and secret) and self.keys.verify(key or "", secret or "")
        if self.limiter is not None:
            delay = self.limiter.acquire(key if valid and key else _UNAUTHENTICATED)
            if delay > 0:
                response = error_response(
                    429,
                    "rate_limited",
                    "Too many requests for this API key. Wait and try again.",
                    {"retry_after": delay},
                    headers={"Retry-After": retry_after_header(delay)},
                )
                await response(scope, receive, send)
                return
        if not valid:
            missing = [n for n, v in (("x-api-key", key), ("x-api-secret", secret)) if not v]
            message = (
                f"Missing {' and '.join(missing)} header."
                if missing
                else "The API key or secret is wrong. Check the key pair in your settings."
            )
            await error_response(401, "unauthorized", message)(scope, receive, send)
            return
        scope[API_KEY_SCOPE] = key
        await self.app(scope, receive, send)
