"""The command line's server-side actions: serve, keys create, cards list/add/edit."""

import argparse
import sys
from pathlib import Path

from pos_loyalty.server.config import ServerConfig
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.errors import ApiError
from pos_loyalty.server.runner import serve
from pos_loyalty.server.store import transaction
from pos_loyalty.server.store.cards import Card


def run_server(args: argparse.Namespace) -> int:
    from pos_loyalty.paths import server_database_path

    # --db is a SQLite file (a Path) or a postgresql:// URL (kept as text).
    url = args.db if isinstance(args.db, str) else None
    config = ServerConfig(
        db_path=server_database_path() if url or args.db is None else args.db,
        database_url=url,
        host=args.host,
        port=args.port,
        rate_limit_per_second=args.rate_limit,
        rate_limit_burst=max(args.rate_burst, 1),
        max_body_bytes=args.max_body,
        public_url=args.public_url,
    )
    return serve(config, demo=args.demo, workers=getattr(args, "workers", 1))


def database_config(db: Path | str) -> ServerConfig:
    """The settings for a SQLite file, or for a postgresql:// URL given as text."""
    if isinstance(db, str):
        return ServerConfig(db_path=Path(), database_url=db)
    return ServerConfig(db_path=db)


def create_key(db: Path | str) -> int:
    ctx = ServerContext.open(database_config(db))
    try:
        key, secret = ctx.keys.create()
    finally:
        ctx.close()
    print(f"key: {key}\nsecret: {secret}")
    print("Keep the secret safe: it is stored only as a hash and cannot be shown again.")
    return 0


def _describe(card: Card) -> str:
    rewards = ", ".join(
        f"{r.name} at {r.threshold}"
        + (f" (valid {r.validity_days} days)" if r.validity_days is not None else "")
        for r in card.rewards
    )
    limit = f", at most {card.daily_stamp_limit}/day" if card.daily_stamp_limit else ""
    return (
        f"{card.id}\t{card.code}\t{card.name}\t{card.type}, goal {card.stamps_required}{limit}"
        f"\t{rewards}"
    )


def manage_cards(args: argparse.Namespace) -> int:
    ctx = ServerContext.open(database_config(args.db))
    try:
        if args.cards_command == "list":
            for card in ctx.cards.all():
                print(_describe(card))
            return 0
        with transaction(ctx.conn):
            if args.cards_command == "add":
                card = ctx.cards.add(
                    args.name,
                    args.type or "stamp",
                    args.goal or 10,
                    args.reward or (),
                    args.daily_limit or None,
                )
            else:
                card = ctx.cards.edit(
                    args.card_id,
                    name=args.name,
                    card_type=args.type,
                    goal=args.goal,
                    rewards=args.reward,
                    daily_limit=args.daily_limit or None,
                    clear_daily_limit=args.daily_limit == 0,
                )
        print(_describe(card))
        return 0
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ApiError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def list_members(db: Path) -> int:
    """One line per active member: code, program, name and stamps (oldest first)."""
    from pos_loyalty.server.store.members import MemberQuery

    if not db.is_file():
        print(
            f"error: there is no server database at {db}. The counter's demo creates it"
            " on its first start; or run: pos-loyalty serve --demo --db " + str(db),
            file=sys.stderr,
        )
        return 1
    ctx = ServerContext.open(ServerConfig(db_path=db))
    try:
        for card in ctx.cards.all():
            members, page = [], 1
            while True:
                found, total = ctx.members.search(card, MemberQuery(page=page, limit=100))
                members += found
                if not found or len(members) >= total:
                    break
                page += 1
            for member in reversed(members):  # the search gives newest first
                row = member.row
                name = " ".join(part for part in (row["first_name"], row["last_name"]) if part)
                print(f"{row['code']}\t{card.name}\t{name or '(no name)'}\t{row['stamps']} stamps")
    finally:
        ctx.close()
    return 0
