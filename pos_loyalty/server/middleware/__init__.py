"""Pure ASGI middleware: cheaper than Starlette's BaseHTTPMiddleware on every request."""
