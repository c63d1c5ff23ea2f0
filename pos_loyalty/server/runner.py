"""``pos-loyalty serve``: open the database, bind, say where, and serve."""

import os
import socket
import sys
from typing import TextIO

import uvicorn

from pos_loyalty.server.app import create_app
from pos_loyalty.server.config import ServerConfig
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.demo import seed_demo
from pos_loyalty.server.http_protocol import (
    ConnectionLimits,
    GuardedConfig,
    GuardedHttpToolsProtocol,
)

KEY_ENV = "POS_LOYALTY_SERVER_KEY"
SECRET_ENV = "POS_LOYALTY_SERVER_SECRET"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def serve(config: ServerConfig, demo: bool = False, out: TextIO = sys.stdout) -> int:
    """Serve until interrupted; returns the exit code."""
    ctx = ServerContext.open(config)
    try:
        if demo and seed_demo(ctx):
            print(f"demo: seeded {config.db_path} with the Coffee Club and Smoothie Bar", file=out)
        key, secret = os.environ.get(KEY_ENV), os.environ.get(SECRET_ENV)
        if key and secret:
            if not ctx.keys.verify(key, secret):
                ctx.keys.create(key, secret)
            if demo:
                print(f"demo key: {key}", file=out)
        elif demo:
            key, secret = ctx.keys.create()
            print(f"demo key: {key}\ndemo secret: {secret}", file=out)
        ctx.idempotency.purge_expired()
        try:
            sock = _bind(config.host, config.port)
        except OSError as exc:
            print(
                f"error: cannot listen on {config.host}:{config.port}: {exc.strerror}",
                file=sys.stderr,
            )
            return 1
        port = sock.getsockname()[1]
        server = uvicorn.Server(
            GuardedConfig(
                create_app(ctx),
                http=GuardedHttpToolsProtocol,
                # No WebSocket routes: an upgrade request is plain HTTP to us.
                ws="none",
                log_level="warning",
                access_log=False,
                lifespan="off",
                server_header=False,
                limits=ConnectionLimits(
                    max_head_bytes=config.max_head_bytes, max_headers=config.max_headers
                ),
            )
        )
        # The socket is already listening, so a client that reads this line can connect.
        print(f"listening on http://{_url_host(config.host)}:{port}/v4", file=out, flush=True)
        server.run(sockets=[sock])
        return 0
    finally:
        ctx.close()
