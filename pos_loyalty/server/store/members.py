"""Members (the API's "users" or "stats"): their data, stamps, rewards and lifecycle."""

import secrets
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from pos_loyalty.domain.codes import CODE_ALPHABET, MEMBER_CODE_LENGTH, new_member_code
from pos_loyalty.domain.stamp_rules import apply_stamps
from pos_loyalty.domain.timestamps import Clock, format_timestamp
from pos_loyalty.server.errors import ConflictError, NotFoundError
from pos_loyalty.server.store.cards import Card
from pos_loyalty.server.store.sql import (
    Connection,
    Cursor,
    Row,
    WrittenRow,
    dialect_of,
    insert_id,
)

PROFILE_FIELDS = (
    "first_name",
    "last_name",
    "address",
    "zip",
    "city",
    "phone",
    "email",
    *(f"custom_{n}" for n in range(1, 9)),
)
EDITABLE_FIELDS = (*PROFILE_FIELDS, "expired_at")
# Each searched field on its own: joined into one string, a keyword holding the
# joint (it was char(31)) matched every member.
_SEARCHED = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "city",
    "coalesce(first_name, '') || ' ' || coalesce(last_name, '')",
)


@dataclass(frozen=True, slots=True)
class MemberQuery:
    keyword: str = ""
    strict: bool = False
    include_voided: bool = False
    page: int = 1
    limit: int = 100


@dataclass(frozen=True, slots=True)
class Member:
    row: Row
    rewards: tuple[Row, ...]

    @property
    def id(self) -> int:
        return int(self.row["id"])


@dataclass(frozen=True, slots=True)
class LockedMember:
    """A member's row, locked for a write, and its rewards: asked for, maybe not read."""

    card_id: int
    user_id: int
    row: Cursor
    rewards: Cursor


_BLANKS = " \t\r\n"


def _fold(text: str | None) -> str:
    return (text or "").casefold()


def _matches(folded_keyword: str, *fields: str | None) -> bool:
    """Whether any one field holds the (casefolded) keyword."""
    return any(folded_keyword in _fold(field) for field in fields)


# Parameters of one "IN (…)" list: under SQLite's oldest limit of 999 variables.
_IN_CHUNK = 500
# Random bytes to code characters: 252 = 7 × 36, so a byte below 252 taken modulo 36 is
# uniform over the alphabet; bytes 252–255 are dropped (rejection sampling).
_ALPHABET_SIZE = len(CODE_ALPHABET)
_UNIFORM_BELOW = 256 - 256 % _ALPHABET_SIZE
_CODE_TABLE = bytes(ord(CODE_ALPHABET[b % _ALPHABET_SIZE]) for b in range(256))
_DROPPED = bytes(range(_UNIFORM_BELOW, 256))


def _member_codes(count: int) -> list[str]:
    """``count`` random member codes in new_member_code's format, from one draw of the
    system's randomness (new_member_code asks it once per character: 21,000 times for
    a bulk of 1,000)."""
    wanted = count * MEMBER_CODE_LENGTH
    drawn = b""
    while len(drawn) < wanted:
        need = wanted - len(drawn)
        drawn += secrets.token_bytes(need + need // 32 + 8).translate(_CODE_TABLE, _DROPPED)
    text = drawn[:wanted].decode("ascii")
    return [text[i : i + MEMBER_CODE_LENGTH] for i in range(0, wanted, MEMBER_CODE_LENGTH)]


class MemberStore:
    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock
        self._sql = dialect_of(conn)
        if isinstance(conn, sqlite3.Connection):
            conn.create_function("pl_matches", -1, _matches, deterministic=True)

    # Reads

    def get(self, card: Card, user_id: int) -> Member:
        return self._with_rewards([self._row(card, user_id)])[0]

    def by_code(self, card: Card, code: str) -> Member | None:
        row = self._conn.execute(
            "SELECT * FROM users WHERE card_id = ? AND code = ?", (card.id, code)
        ).fetchone()
        return None if row is None else self._with_rewards([row])[0]

    def search(self, card: Card, query: MemberQuery) -> tuple[list[Member], int]:
        """One page of members, newest first, and the total that match."""
        where = ["card_id = ?"]
        params: list[Any] = [card.id]
        if not query.include_voided:
            where.append("voided_at IS NULL")
        # Only the blanks a typist or a scanner adds: str.strip() would also take
        # \x1c-\x1f, and a keyword of those would become "" and list everyone.
        keyword = query.keyword.strip(_BLANKS)
        if keyword and query.strict:
            email = self._sql.equals_ignoring_case("email")
            where.append(f"(code = ? OR {email} OR phone = ?)")
            params += [keyword, keyword, keyword]
        elif keyword:
            contains, times = self._sql.contains_any(_SEARCHED)
            where.append(f"({contains} OR code = ?)")
            params += [self._sql.fold(keyword)] * times + [keyword.lower()]
        clause = " AND ".join(where)
        total = self._conn.execute(f"SELECT count(*) FROM users WHERE {clause}", params).fetchone()
        rows = self._conn.execute(
            f"SELECT * FROM users WHERE {clause} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, query.limit, (query.page - 1) * query.limit],
        ).fetchall()
        return self._with_rewards(rows), int(total[0])

    # Writes (the caller holds the transaction)

    def create(self, card: Card, fields: Mapping[str, Any]) -> Member:
        now = format_timestamp(self._clock())
        columns = [name for name in EDITABLE_FIELDS if name in fields]
        user_id = insert_id(
            self._conn,
            f"INSERT INTO users (card_id, code, created_at, updated_at"
            f"{''.join(', ' + c for c in columns)}) VALUES (?, ?, ?, ?{', ?' * len(columns)})",
            [card.id, self._unused_code(), now, now, *(fields[c] for c in columns)],
        )
        return self.get(card, user_id)

    def create_many(self, card: Card, items: Sequence[Mapping[str, Any]]) -> list[Member]:
        """Members in ``items``' order, as ``create`` makes them one by one, in a few
        statements: an import sends 1,000 at a time, and a statement (or a random code)
        per member was most of its time."""
        if not items:
            return []
        now = format_timestamp(self._clock())
        codes = self._unused_codes(len(items))
        # The columns any item sets, NULL where another item has no value (their
        # default): one statement for the whole batch.
        named = set().union(*items)
        columns = [name for name in EDITABLE_FIELDS if name in named]
        self._conn.executemany(
            f"INSERT INTO users (card_id, code, created_at, updated_at"
            f"{''.join(', ' + c for c in columns)}) VALUES (?, ?, ?, ?{', ?' * len(columns)})",
            [
                (card.id, code, now, now, *map(fields.get, columns))
                for code, fields in zip(codes, items, strict=True)
            ],
        )
        # Only the ids are new to us: read them by code (unique in the table; by code
        # alone, so that its index is used, not the program's). The rest of each row is
        # what was just written, with the table's defaults (no stamps, not voided), and a
        # new member has no rewards: building it here spares reading 1,000 rows back.
        ids: dict[str, int] = {}
        for start in range(0, len(codes), _IN_CHUNK):
            chunk = codes[start : start + _IN_CHUNK]
            ids.update(
                (row[1], row[0])
                for row in self._conn.execute(
                    f"SELECT id, code FROM users WHERE code IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        # A dict, read by column name as member_payload reads a row (not by position).
        return [
            Member(
                cast(
                    Row,
                    {
                        "id": ids[code],
                        "card_id": card.id,
                        "code": code,
                        **{name: fields.get(name) for name in PROFILE_FIELDS},
                        "stamps": 0,
                        "created_at": now,
                        "updated_at": now,
                        "voided_at": None,
                        "expired_at": fields.get("expired_at"),
                    },
                ),
                (),
            )
            for code, fields in zip(codes, items, strict=True)
        ]

    def update(self, card: Card, user_id: int, fields: Mapping[str, Any]) -> Member:
        self._row(card, user_id, lock=True)
        columns = [name for name in EDITABLE_FIELDS if name in fields]
        if columns:
            assignments = ", ".join(f"{c} = ?" for c in columns)
            self._conn.execute(
                f"UPDATE users SET {assignments}, updated_at = ? WHERE id = ?",
                [*(fields[c] for c in columns), format_timestamp(self._clock()), user_id],
            )
        return self.get(card, user_id)

    def lock(self, card_id: int, user_id: int) -> LockedMember:
        """Ask for the member, locked for a write (a concurrent stamp from another
        worker waits, then reads this one's count), and its rewards. Nothing is
        read yet: on PostgreSQL whatever the caller asks next (the card's rules)
        comes back in the same round trip."""
        return LockedMember(
            card_id,
            user_id,
            self._conn.execute(
                "SELECT * FROM users WHERE id = ? AND card_id = ?" + self._sql.for_update,
                (user_id, card_id),
            ),
            self._conn.execute("SELECT * FROM rewards WHERE user_id = ? ORDER BY id", (user_id,)),
        )

    def add_stamps(
        self, card: Card, user_id: int, amount: int, locked: LockedMember | None = None
    ) -> Member:
        if locked is None:
            locked = self.lock(card.id, user_id)
        assert (locked.card_id, locked.user_id) == (card.id, user_id), "another member's lock"
        # Asked for before any answer is read: today's stamps, where the card limits them.
        today = None if card.daily_stamp_limit is None else self._stamps_today(user_id)
        row = self._found(card, user_id, locked.row.fetchone())
        rewards: list[Row] = locked.rewards.fetchall()
        used_today = 0 if today is None else int(today.fetchone()[0])
        self._check_active(row)
        if card.daily_stamp_limit is not None:
            self._check_daily_limit(card.daily_stamp_limit, used_today, amount)
        now = self._clock()
        outcome = apply_stamps(row["stamps"], amount, card.stamps_required, card.rewards)
        stamp_time = format_timestamp(now)
        # No answer of these is read: on PostgreSQL they go with the COMMIT.
        self._conn.execute(
            "UPDATE users SET stamps = ?, updated_at = ? WHERE id = ?",
            (outcome.stamps, stamp_time, user_id),
        )
        self._conn.execute(
            "INSERT INTO stamp_events (user_id, amount, added_at) VALUES (?, ?, ?)",
            (user_id, amount, stamp_time),
        )
        for rule in outcome.issued:
            expires = (
                None
                if rule.validity_days is None
                else format_timestamp(now + timedelta(days=rule.validity_days))
            )
            reward_id = insert_id(
                self._conn,
                "INSERT INTO rewards (user_id, name, added_at, expired_at) VALUES (?, ?, ?, ?)",
                (user_id, rule.name, stamp_time, expires),
            )
            rewards.append(
                WrittenRow(
                    {
                        "id": reward_id,
                        "user_id": user_id,
                        "name": rule.name,
                        "added_at": stamp_time,
                        "expired_at": expires,
                        "used_at": None,
                    }
                )
            )
        # The member as written, not read back: the row is ours until the COMMIT.
        written = WrittenRow.changed(row, stamps=outcome.stamps, updated_at=stamp_time)
        return Member(written, tuple(rewards))

    def use_rewards(self, card: Card, user_id: int, reward_ids: Iterable[int]) -> Member:
        """Mark every reward used, or none of them."""
        row = self._row(card, user_id, lock=True)
        self._check_active(row)
        now = format_timestamp(self._clock())
        owned = {
            r["id"]: r
            for r in self._conn.execute("SELECT * FROM rewards WHERE user_id = ?", (user_id,))
        }
        wanted = list(dict.fromkeys(reward_ids))
        for reward_id in wanted:
            reward = owned.get(reward_id)
            if reward is None:
                raise NotFoundError(
                    "reward_not_found",
                    f"Reward {reward_id} does not belong to this member.",
                    {"reward_id": reward_id},
                )
            if reward["used_at"] is not None:
                raise ConflictError(
                    "reward_used",
                    f"Reward {reward_id} ({reward['name']}) was already used"
                    f" at {reward['used_at']}.",
                    {"reward_id": reward_id, "used_at": reward["used_at"]},
                )
            if reward["expired_at"] is not None and reward["expired_at"] <= now:
                raise ConflictError(
                    "reward_expired",
                    f"Reward {reward_id} ({reward['name']}) expired at {reward['expired_at']}.",
                    {"reward_id": reward_id, "expired_at": reward["expired_at"]},
                )
        self._conn.executemany(
            "UPDATE rewards SET used_at = ? WHERE id = ?", [(now, rid) for rid in wanted]
        )
        self._conn.execute("UPDATE users SET updated_at = ? WHERE id = ?", (now, user_id))
        return self.get(card, user_id)

    def void(self, card: Card, user_id: int) -> Member:
        """Void the member; voiding again changes nothing."""
        row = self._row(card, user_id, lock=True)
        if row["voided_at"] is None:
            now = format_timestamp(self._clock())
            self._conn.execute(
                "UPDATE users SET voided_at = ?, updated_at = ? WHERE id = ?", (now, now, user_id)
            )
        return self.get(card, user_id)

    def delete(self, card: Card, user_id: int) -> None:
        self._row(card, user_id, lock=True)
        self._conn.execute("DELETE FROM users WHERE id = ?", (user_id,))

    def active_ids(self, card: Card, among: Sequence[int] | None) -> list[int]:
        """Ids of non-voided members; with ``among``, every id must be the card's."""
        if among is None:
            rows = self._conn.execute(
                "SELECT id FROM users WHERE card_id = ? AND voided_at IS NULL", (card.id,)
            )
            return [r[0] for r in rows]
        wanted = list(dict.fromkeys(among))
        if not wanted:
            return []  # "IN ()" is SQLite's, not SQL: PostgreSQL refuses it
        found = {
            r["id"]: r["voided_at"]
            for r in self._conn.execute(
                f"SELECT id, voided_at FROM users WHERE card_id = ? AND id IN"
                f" ({','.join('?' * len(wanted))})",
                [card.id, *wanted],
            )
        }
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFoundError(
                "user_not_found",
                f"These members are not on card {card.id}: {', '.join(map(str, missing[:20]))}.",
                {"user_ids": missing[:100]},
            )
        return [i for i in wanted if found[i] is None]

    # Helpers

    def _row(self, card: Card, user_id: int, lock: bool = False) -> Row:
        return self._found(
            card,
            user_id,
            self._conn.execute(
                "SELECT * FROM users WHERE id = ? AND card_id = ?"
                + (self._sql.for_update if lock else ""),
                (user_id, card.id),
            ).fetchone(),
        )

    @staticmethod
    def _found(card: Card, user_id: int, row: Row | None) -> Row:
        if row is None:
            raise NotFoundError(
                "user_not_found", f"There is no member {user_id} on card {card.id}."
            )
        return row

    def _check_active(self, row: Row) -> None:
        if row["voided_at"] is not None:
            raise ConflictError(
                "user_voided",
                f"Member {row['id']} was voided at {row['voided_at']}.",
                {"voided_at": row["voided_at"]},
            )
        expired = row["expired_at"]
        if expired is not None and expired <= format_timestamp(self._clock()):
            raise ConflictError(
                "user_expired",
                f"Member {row['id']}'s card expired at {expired}.",
                {"expired_at": expired},
            )

    def _stamps_today(self, user_id: int) -> Cursor:
        day_start = format_timestamp(
            self._clock().replace(hour=0, minute=0, second=0, microsecond=0)
        )
        return self._conn.execute(
            "SELECT coalesce(sum(amount), 0) FROM stamp_events WHERE user_id = ? AND added_at >= ?",
            (user_id, day_start),
        )

    @staticmethod
    def _check_daily_limit(limit: int, used: int, amount: int) -> None:
        if used + amount > limit:
            raise ConflictError(
                "daily_limit",
                f"The daily limit is {limit} stamps; this member has {used} today"
                f" and {amount} more would pass it.",
                {"limit": limit, "used_today": used, "remaining": max(limit - used, 0)},
            )

    def _with_rewards(self, rows: Sequence[Row]) -> list[Member]:
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        by_user: dict[int, list[Row]] = {i: [] for i in ids}
        for reward in self._conn.execute(
            f"SELECT * FROM rewards WHERE user_id IN ({','.join('?' * len(ids))}) ORDER BY id",
            ids,
        ):
            by_user[reward["user_id"]].append(reward)
        return [Member(row, tuple(by_user[row["id"]])) for row in rows]

    def _unused_codes(self, count: int) -> list[str]:
        """``count`` distinct member codes that no member has, checked in a few queries."""
        codes = list(dict.fromkeys(_member_codes(count)))
        while True:
            taken: set[str] = set()
            for start in range(0, len(codes), _IN_CHUNK):
                chunk = codes[start : start + _IN_CHUNK]
                taken.update(
                    row[0]
                    for row in self._conn.execute(
                        f"SELECT code FROM users WHERE code IN ({','.join('?' * len(chunk))})",
                        chunk,
                    )
                )
            codes = [c for c in codes if c not in taken]
            if len(codes) == count:
                return codes
            codes = list(dict.fromkeys([*codes, *_member_codes(count - len(codes))]))

    def _unused_code(self) -> str:
        while True:
            code = new_member_code()
            if self._conn.execute("SELECT 1 FROM users WHERE code = ?", (code,)).fetchone() is None:
                return code
