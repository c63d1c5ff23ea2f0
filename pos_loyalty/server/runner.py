"""``pos-loyalty serve``: open the database, bind, say where, and serve."""

import gc
import ipaddress
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


def exposure_warning(host: str, public_url: str | None) -> str | None:
    """The warning for a server reachable from the network with no TLS proxy in front.

    TLS is the reverse proxy's job; a proxy that does it is reached over https, so an
    ``https://`` public URL is the sign that one is there.
    """
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may well resolve to a public address
        loopback = False
    if loopback or (public_url or "").lower().startswith("https://"):
        return None
    return (
        f"warning: open to the network on {host} with no TLS proxy in front: API secrets and"
        " member data would cross the network in clear text. Put a reverse proxy with"
        " TLS in front (see packaging/server/) and pass --public-url https://YOUR-HOST"
    )


def _bind(host: str, port: int, shared: bool = False) -> socket.socket:
    """A listening socket; ``shared``: one of several on the same port, between
    which the kernel spreads new connections (one per worker; see workers.py)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def _prepare(ctx: ServerContext, config: ServerConfig, demo: bool, out: TextIO) -> None:
    """Seed, set up the key pair and tidy, once, before any request is served."""
    if demo and seed_demo(ctx):
        where = "the PostgreSQL database" if config.database_url else str(config.db_path)
        print(f"demo: seeded {where} with the Coffee Club and Smoothie Bar", file=out)
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


def http_server(ctx: ServerContext) -> uvicorn.Server:
    """The HTTP server of one process, on its own connection to the database."""
    config = ctx.config
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
                max_head_bytes=config.max_head_bytes,
                max_headers=config.max_headers,
                head_timeout=config.head_timeout,
                body_timeout=config.body_timeout,
                body_min_rate=config.body_min_rate,
            ),
        )
    )
    _freeze_start_up()
    return server


def _freeze_start_up() -> None:
    """Take what start-up made (modules, the app, its routes and models: objects
    that live as long as the process) out of the garbage collector's sight.

    A full collection otherwise walks all of them: about 35 ms on this server,
    every few seconds under load, during which no request moves. That was most
    of the slowest 1 % of add-stamp calls."""
    gc.collect()
    gc.freeze()


def serve(
    config: ServerConfig, demo: bool = False, out: TextIO = sys.stdout, workers: int = 1
) -> int:
    """Serve until interrupted; returns the exit code.

    With ``workers`` > 1 (PostgreSQL only: a SQLite file has one writer) that many
    processes share the listening socket, each with its own connection.
    """
    workers = max(workers, 1)
    if workers > 1 and config.database_url is None:
        print(
            "error: --workers needs the PostgreSQL store (--db postgresql://USER@HOST/DB):"
            " a SQLite file is served by one process",
            file=sys.stderr,
        )
        return 2
    ctx = ServerContext.open(config)
    try:
        _prepare(ctx, config, demo, out)
        try:
            sock = _bind(config.host, config.port, shared=workers > 1)
        except OSError as exc:
            print(
                f"error: cannot listen on {config.host}:{config.port}: {exc.strerror}",
                file=sys.stderr,
            )
            return 1
        port = sock.getsockname()[1]
        warning = exposure_warning(config.host, config.public_url)
        if warning is not None:
            print(warning, file=sys.stderr, flush=True)
        listening = f"listening on http://{_url_host(config.host)}:{port}/v4"
        if workers == 1:
            server = http_server(ctx)
            # The socket is already listening, so a client that reads this line can connect.
            print(listening, file=out, flush=True)
            server.run(sockets=[sock])
            return 0
    finally:
        ctx.close()
    # Several workers: the connection above is closed before they fork, and
    # each opens its own.
    from pos_loyalty.server.workers import supervise

    # One socket per worker on the same port: with one shared socket, the worker
    # that woke first took nearly every connection of a burst (32 of 32, at times).
    sockets = [sock] + [_bind(config.host, port, shared=True) for _ in range(workers - 1)]
    # Readers take the URL as the rest of the "listening on" line, and the line as the
    # last one of the start: nothing may follow it, not even on a line of its own.
    print(listening, file=out, flush=True)
    return supervise(config, sockets)
