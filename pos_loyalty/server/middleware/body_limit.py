"""Request bodies: 413 over the limit (declared or streamed), and always read as JSON.

Every request's body is read through the limit, whatever its method or framing:
a GET with a chunked body is still a body, and a route may read it.

API.md says JSON in and out, so a body sent with another Content-Type (curl's
default form type, say) is still parsed as JSON rather than failing obscurely.
"""

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from pos_loyalty.server.errors import error_response
from pos_loyalty.server.middleware.asgi import (
    BodyTooLargeError,
    ClientGoneError,
    header,
    read_body,
    replaying,
)


def body_too_large(limit: int) -> Response:
    return error_response(
        413,
        "body_too_large",
        f"The request body is larger than {limit} bytes. Send less at a time.",
        {"limit": limit},
        # The rest of the body is never read: hang up rather than drain it.
        headers={"Connection": "close"},
    )


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = header(scope, b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await body_too_large(self.limit)(scope, receive, send)
            return
        try:
            body = await read_body(receive, self.limit)
        except BodyTooLargeError:
            await body_too_large(self.limit)(scope, receive, send)
            return
        except ClientGoneError:
            return  # nobody to answer
        if body and scope["path"].startswith("/v4/"):
            scope = dict(scope)
            scope["headers"] = [(k, v) for k, v in scope["headers"] if k != b"content-type"] + [
                (b"content-type", b"application/json")
            ]
        await self.app(scope, replaying(body, receive), send)
