"""``pos-loyalty cards list|copy`` against a backend, or ``copy --db`` on a server's
database file (the parsers are in cli_backoffice.py; ``cards list --db`` stays with
``cards add|edit`` in server/admin.py)."""

import argparse
import json
import sys
from typing import Any

from pos_loyalty.api import ApiError
from pos_loyalty.backoffice.programs import Program, list_programs
from pos_loyalty.cli_backend import CommandError, api_words, choose_backend, connected, open_audit


async def list_cards(args: argparse.Namespace) -> int:
    choice = choose_backend(args.url)
    try:
        async with connected(choice) as client:
            programs = await list_programs(client)
    except ApiError as exc:
        raise CommandError(api_words(exc, choice.url)) from exc
    if args.format == "json":
        print(json.dumps([_program_json(p) for p in programs], ensure_ascii=False, indent=2))
    else:
        print(_table(programs))
    return 0


def _program_json(p: Program) -> dict[str, Any]:
    data: dict[str, Any] = p.card.model_dump()
    return data | {"members": p.members, "voided_members": p.voided}


def _table(programs: list[Program]) -> str:
    if not programs:
        return "No programs."
    head = ("ID", "CODE", "NAME", "TYPE", "GOAL", "REWARDS", "MEMBERS", "VOIDED")
    rows = [
        (
            str(p.card.id),
            p.card.code,
            p.card.name,
            p.card.type,
            "" if p.goal is None else str(p.goal),
            p.rewards_words(),
            str(p.members),
            str(p.voided),
        )
        for p in programs
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in [head, *rows]
    )


async def copy_card(args: argparse.Namespace) -> int:
    choice = choose_backend(args.url)
    try:
        async with connected(choice) as client:
            audit = open_audit(choice)
            copied = await client.copy_card(args.card_id, args.name)
    except ApiError as exc:
        raise CommandError(api_words(exc, choice.url)) from exc
    audit.record(
        "copy_card",
        outcome="applied",
        after={"id": copied.id, "code": copied.code, "name": copied.name},
        detail=f"copy of program {args.card_id}",
    )
    print(f"{copied.id}\t{copied.code}\t{copied.name}\t(a copy of program {args.card_id})")
    return 0


def copy_card_locally(args: argparse.Namespace) -> int:
    """``cards copy --db FILE``: on a server database file, as ``cards add|edit`` do."""
    from pos_loyalty.server.config import ServerConfig
    from pos_loyalty.server.context import ServerContext
    from pos_loyalty.server.database import DatabaseError
    from pos_loyalty.server.errors import ApiError as ServerApiError
    from pos_loyalty.server.store import transaction

    if not args.db.is_file():
        print(f"error: there is no server database at {args.db}.", file=sys.stderr)
        return 1
    try:
        ctx = ServerContext.open(ServerConfig(db_path=args.db))
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        with transaction(ctx.conn):
            copied = ctx.cards.copy(args.card_id, args.name)
    except ServerApiError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
    print(f"{copied.id}\t{copied.code}\t{copied.name}\t(a copy of program {args.card_id})")
    return 0
