"""The backend a command-line action talks to, its station file, and its errors in words.

The backend is ``--url`` (or POS_LOYALTY_API_URL) with POS_LOYALTY_API_KEY and
POS_LOYALTY_API_SECRET from the environment (a secret on the command line would
end up in the shell's history and in ``ps``), or else the counter's configured
backend. The counter's demo server keeps its key in memory only, so for the demo
backend a demo server of its own is started for the command, on the same demo
database, and stopped after.
"""

import argparse
import asyncio
import getpass
import hashlib
import os
import socket
import sqlite3
import sys
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos_loyalty.api import (
    ApiConnectionError,
    ApiError,
    ApiResponseError,
    AuthError,
    Card,
    LoyaltyClient,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    ServerError,
    ValidationError,
)
from pos_loyalty.station.errors import StationError

URL_ENV = "POS_LOYALTY_API_URL"
KEY_ENV = "POS_LOYALTY_API_KEY"
SECRET_ENV = "POS_LOYALTY_API_SECRET"
# The command line's own key on the demo database: the counter's is never touched.
CLI_DEMO_KEY = "pk_demo_cli"
DEMO_BACKEND_ID = "demo"


class UsageError(Exception):
    """The command was given wrong (exit 2); the message says what to change."""


class CommandError(Exception):
    """The command could not be carried out (exit 1); the message says what to do."""


@dataclass(frozen=True, slots=True)
class BackendChoice:
    url: str  # empty for the demo backend until its server is started
    key: str
    secret: str
    # How the counter names this backend's station file (station-<id>.sqlite3).
    backend_id: str
    demo: bool = False


def backend_id_of(url: str) -> str:
    # The counter names a remote backend's station file by this hash of its URL
    # (station/startup.py); the command line finds the same file with it.
    return hashlib.sha256(url.encode()).hexdigest()[:12]


def choose_backend(url_flag: str | None) -> BackendChoice:
    """Where to send requests, from the flag, the environment, or the counter's settings."""
    url = url_flag or os.environ.get(URL_ENV, "")
    key, secret = os.environ.get(KEY_ENV, ""), os.environ.get(SECRET_ENV, "")
    if url:
        missing = [name for name, value in ((KEY_ENV, key), (SECRET_ENV, secret)) if not value]
        if missing:
            raise UsageError(
                f"{' and '.join(missing)} must be set in the environment to use {url}"
                " (the secret is never given as a flag)."
            )
        return BackendChoice(url.rstrip("/"), key, secret, backend_id_of(url))
    from pos_loyalty.station.settings import SecretStore, SettingsStore

    settings = SettingsStore().load()
    if settings.backend == "demo":
        return BackendChoice("", CLI_DEMO_KEY, "", DEMO_BACKEND_ID, demo=True)
    stored = SecretStore().get(settings.api_key) if settings.api_key else None
    if not (settings.base_url and settings.api_key and stored):
        raise UsageError(
            f"no backend: give --url (or set {URL_ENV}) with {KEY_ENV} and {SECRET_ENV} in the"
            " environment, or set up the counter's backend in its Settings (F10)."
        )
    base = settings.base_url.rstrip("/")
    return BackendChoice(base, settings.api_key, stored, backend_id_of(settings.base_url))


@asynccontextmanager
async def connected(choice: BackendChoice) -> AsyncIterator[LoyaltyClient]:
    """A client for the backend; for the demo backend, with a demo server started for it."""
    if not choice.demo:
        async with LoyaltyClient(choice.url, choice.key, choice.secret) as client:
            yield client
        return
    from pos_loyalty.paths import demo_database_path
    from pos_loyalty.station.embedded_server import EmbeddedServer, EmbeddedServerError

    server = EmbeddedServer(demo_database_path())
    server.key = CLI_DEMO_KEY
    print(
        f"note: the counter uses its demo backend; a demo server was started on"
        f" {server.db_path} for this command. To use another server, give --url with"
        f" {KEY_ENV} and {SECRET_ENV} in the environment.",
        file=sys.stderr,
    )
    try:
        url = await server.start()
    except EmbeddedServerError as exc:
        raise CommandError(f"{exc.message}. Run 'pos-loyalty serve --demo' to see why.") from exc
    try:
        async with LoyaltyClient(url, server.key, server.secret) as client:
            yield client
    finally:
        server.stop()


@asynccontextmanager
async def program(
    args: argparse.Namespace,
) -> AsyncIterator[tuple[LoyaltyClient, Card, BackendChoice]]:
    """The client and the program asked for; API errors become one line."""
    choice = choose_backend(args.url)
    try:
        async with connected(choice) as client:
            cards = await client.list_cards()
            card = next((c for c in cards if c.id == args.card), None)
            if card is None:
                known = ", ".join(f"{c.id} ({c.name})" for c in cards) or "none"
                raise CommandError(
                    f"there is no program {args.card} on the loyalty server; its programs: {known}."
                )
            yield client, card, choice
    except ApiError as exc:
        raise CommandError(api_words(exc, choice.url)) from exc


def station_file(choice: BackendChoice) -> Path:
    from pos_loyalty.paths import data_dir

    return data_dir() / f"station-{choice.backend_id}.sqlite3"


@dataclass(frozen=True, slots=True)
class CommandLineAudit:
    """Writes of the command line go to the audit log of the backend's station file,
    beside the counter's, so an export shows who did what from either."""

    conn: sqlite3.Connection
    operator: str
    station: str

    def record(
        self,
        action: str,
        *,
        outcome: str,
        member_id: int | None = None,
        member_code: str | None = None,
        before: Any = None,
        after: Any = None,
        detail: str | None = None,
    ) -> None:
        from pos_loyalty.station.audit import AuditLog
        from pos_loyalty.station.clock import SystemClock

        AuditLog(self.conn, SystemClock()).record(
            action,
            operator=self.operator,
            station=self.station,
            outcome=outcome,
            member_id=member_id,
            member_code=member_code,
            before=before,
            after=after,
            detail=detail,
        )


def open_audit(choice: BackendChoice) -> CommandLineAudit:
    from pos_loyalty.station.database import open_station_database

    path = station_file(choice)
    try:
        conn = open_station_database(path)
    except StationError as exc:
        raise CommandError(
            f"{exc.message}; nothing was changed, since the change could not be audited."
        ) from exc
    return CommandLineAudit(conn, f"{getpass.getuser()} (command line)", socket.gethostname())


def api_words(exc: ApiError, url: str) -> str:
    """A client error as one line for a person at a terminal."""
    where = url or "the demo server"
    if isinstance(exc, AuthError):
        return (
            f"the loyalty server at {where} refused the API key or secret: check {KEY_ENV}"
            f" and {SECRET_ENV}."
        )
    if isinstance(exc, OutcomeUnknownError):
        return (
            "the loyalty server's answer was lost: it is not known whether this went"
            " through. List the members to check before trying again."
        )
    if isinstance(exc, ApiConnectionError):
        return f"cannot reach the loyalty server at {where}: check the address and that it runs."
    if isinstance(exc, RateLimitedError):
        return "the loyalty server asks to slow down: wait a few seconds and try again."
    if isinstance(exc, ServerError):
        return (
            f"the loyalty server had a problem ({exc.status}): try again; if it lasts, look"
            " at the server's log."
        )
    if isinstance(exc, ApiResponseError):
        return f"the answer from {where} is not the loyalty API's: check the URL (it ends in /v4)."
    if isinstance(exc, ValidationError):
        return f"the loyalty server did not accept the details: {exc.message}"
    if isinstance(exc, NotFoundError) and not exc.code.endswith(
        ("card_not_found", "user_not_found")
    ):
        return f"{where} has no such API path: check the URL (it ends in /v4)."
    if isinstance(exc, NotFoundError):
        return f"{exc.message.rstrip('.')}."
    return f"the loyalty server said no: {exc.message.rstrip('.')}."


def run_async(coro: Coroutine[Any, Any, int]) -> int:
    """Run a command's coroutine; every failure becomes one line and an exit code."""
    try:
        return asyncio.run(coro)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except StationError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing more was done.", file=sys.stderr)
        return 130
    except Exception as exc:  # a person reads this: one line, never a traceback
        print(
            f"error: something unexpected went wrong ({type(exc).__name__}: {exc}).",
            file=sys.stderr,
        )
        return 1
