"""The ASGI application: routes, middleware and error handlers, wired together."""

import logging
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from pos_loyalty import __version__
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.errors import ApiError, api_error_response, error_response
from pos_loyalty.server.middleware.auth import AuthMiddleware
from pos_loyalty.server.middleware.body_limit import BodyLimitMiddleware
from pos_loyalty.server.middleware.idempotency import IdempotencyMiddleware
from pos_loyalty.server.middleware.rate_limit import RateLimiter
from pos_loyalty.server.routes import card_page, cards, members, push, stamps
from pos_loyalty.server.routes.validation import validation_error
from pos_loyalty.server.schemas import HealthOut

log = logging.getLogger(__name__)
API_PREFIX = "/v4"


def _install_error_handlers(app: FastAPI) -> None:
    async def on_api_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return api_error_response(exc)

    async def on_validation_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return api_error_response(validation_error(exc.errors()))

    async def on_http_error(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 400:
            # FastAPI's own body parsing is the only source of a bare 400.
            return error_response(400, "malformed_json", "The request body could not be parsed.")
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail))

    async def on_crash(request: Request, exc: Exception) -> Response:
        if isinstance(exc, RecursionError):
            return error_response(400, "malformed_json", "The request body is nested too deeply.")
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "The server failed. It has been logged.")

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(Exception, on_crash)


def _add_security_scheme(app: FastAPI) -> None:
    """Document the key pair headers, which the auth middleware (not FastAPI) checks."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            schema.setdefault("components", {})["securitySchemes"] = {
                "ApiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"},
                "ApiSecret": {"type": "apiKey", "in": "header", "name": "x-api-secret"},
            }
            for path, operations in schema["paths"].items():
                if path.startswith(API_PREFIX + "/loyalty/"):
                    for operation in operations.values():
                        operation["security"] = [{"ApiKey": [], "ApiSecret": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app(ctx: ServerContext) -> FastAPI:
    app = FastAPI(
        title="pos-loyalty server",
        version=__version__,
        description="The Coupontools v4 Loyalty API, self-hosted (see API.md).",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.context = ctx
    app.state.card_page_limiter = RateLimiter(
        ctx.config.card_pages_per_second, ctx.config.card_page_burst
    )
    api = APIRouter(prefix=API_PREFIX)

    @api.get("/health", tags=["health"], response_model=HealthOut)
    async def health() -> dict[str, str]:
        """No auth and no database: the cheapest answer the server gives."""
        return {"status": "ok"}

    # members before stamps: POST .../stats/bulk must not match .../stats/{user_id}.
    for module in (cards, members, stamps, push):
        api.include_router(module.router)
    app.include_router(api)
    app.include_router(card_page.router)
    _install_error_handlers(app)
    _add_security_scheme(app)

    limiter = (
        RateLimiter(ctx.config.rate_limit_per_second, ctx.config.rate_limit_burst)
        if ctx.config.rate_limit_per_second > 0
        else None
    )
    limit = ctx.config.max_body_bytes
    # Added innermost first: auth runs first, then idempotency, then the body limit.
    app.add_middleware(BodyLimitMiddleware, limit=limit)
    app.add_middleware(IdempotencyMiddleware, store=ctx.idempotency, body_limit=limit)
    attempts = RateLimiter(ctx.config.login_attempts_per_second, ctx.config.login_attempt_burst)
    app.add_middleware(AuthMiddleware, keys=ctx.keys, limiter=limiter, attempts=attempts)
    return app
