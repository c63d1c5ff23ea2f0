"""Loyalty cards (programs): their rules, and the copy call."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pos_loyalty.domain.codes import new_card_code
from pos_loyalty.domain.stamp_rules import DEFAULT_STAMP_GOAL, RewardRule
from pos_loyalty.domain.timestamps import Clock, format_timestamp
from pos_loyalty.server.errors import NotFoundError
from pos_loyalty.server.store.sql import Connection, dialect_of, insert_id

CARD_TYPES = ("membership", "stamp")
MAX_CARD_NAME = 50


@dataclass(frozen=True, slots=True)
class Card:
    id: int
    code: str
    name: str
    domain: str
    type: str
    stamps_required: int
    daily_stamp_limit: int | None
    rewards: tuple[RewardRule, ...]

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "name": self.name,
            "domain": self.domain,
            "type": self.type,
            "stamps_required": self.stamps_required,
            "daily_stamp_limit": self.daily_stamp_limit,
            "rewards": [
                {"threshold": r.threshold, "name": r.name, "validity_days": r.validity_days}
                for r in self.rewards
            ],
        }


def check_card_rules(
    name: str, card_type: str, goal: int, rewards: Sequence[RewardRule], daily_limit: int | None
) -> None:
    """Raise ValueError with a readable reason when a program's rules do not hold."""
    if not name.strip() or len(name) > MAX_CARD_NAME:
        raise ValueError(f"name must be 1 to {MAX_CARD_NAME} characters")
    if card_type not in CARD_TYPES:
        raise ValueError(f"type must be one of {', '.join(CARD_TYPES)}")
    if goal < 1:
        raise ValueError("the stamp goal must be at least 1")
    for rule in rewards:
        if not 1 <= rule.threshold <= goal:
            raise ValueError(f"reward {rule.name!r}: threshold must be between 1 and the goal")
        if not rule.name.strip() or len(rule.name) > MAX_CARD_NAME:
            raise ValueError(f"reward names must be 1 to {MAX_CARD_NAME} characters")
        if rule.validity_days is not None and rule.validity_days < 0:
            raise ValueError(f"reward {rule.name!r}: validity days must not be negative")
    if daily_limit is not None and daily_limit < 1:
        raise ValueError("the daily stamp limit must be at least 1")


class CardStore:
    def __init__(self, conn: Connection, clock: Clock, domain: str) -> None:
        self._conn = conn
        self._sql = dialect_of(conn)
        self._clock = clock
        self._domain = domain
        self._cache: dict[int, Card] = {}
        self._data_version = -1

    def all(self) -> list[Card]:
        ids = [row[0] for row in self._conn.execute("SELECT id FROM cards ORDER BY id")]
        return [self.get(card_id) for card_id in ids]

    def get(self, card_id: int) -> Card:
        """The card, from a cache: every request needs its rules, and they rarely change.

        On SQLite ``PRAGMA data_version`` moves when another connection (the ``cards``
        command) commits, which is when the cache may be stale; on PostgreSQL a
        trigger counts every change to cards, from any worker or command.
        """
        version = self._conn.execute(self._sql.cards_version).fetchone()[0]
        if version != self._data_version:
            self._cache.clear()
            self._data_version = version
        cached = self._cache.get(card_id)
        if cached is not None:
            return cached
        row = self._conn.execute("SELECT * FROM cards WHERE id = ?", (card_id,)).fetchone()
        if row is None:
            raise NotFoundError("card_not_found", f"There is no loyalty card {card_id}.")
        rules = tuple(
            RewardRule(r["threshold"], r["name"], r["validity_days"])
            for r in self._conn.execute(
                "SELECT * FROM card_rewards WHERE card_id = ? ORDER BY threshold, name", (card_id,)
            )
        )
        card = Card(
            id=row["id"],
            code=row["code"],
            name=row["name"],
            domain=row["domain"],
            type=row["type"],
            stamps_required=row["stamps_required"],
            daily_stamp_limit=row["daily_stamp_limit"],
            rewards=rules,
        )
        self._cache[card_id] = card
        return card

    def by_code(self, code: str) -> Card | None:
        row = self._conn.execute("SELECT id FROM cards WHERE code = ?", (code,)).fetchone()
        return None if row is None else self.get(row["id"])

    def add(
        self,
        name: str,
        card_type: str = "stamp",
        goal: int = DEFAULT_STAMP_GOAL,
        rewards: Sequence[RewardRule] = (),
        daily_limit: int | None = None,
    ) -> Card:
        """Add a program; with no rewards given it gets one reward at the goal."""
        rewards = tuple(rewards) or (RewardRule(goal, "Reward", None),)
        check_card_rules(name, card_type, goal, rewards, daily_limit)
        card_id = insert_id(
            self._conn,
            "INSERT INTO cards (code, name, domain, type, stamps_required, daily_stamp_limit,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                self._unused_code(),
                name,
                self._domain,
                card_type,
                goal,
                daily_limit,
                format_timestamp(self._clock()),
            ),
        )
        self._store_rewards(card_id, rewards)
        return self.get(card_id)

    def edit(
        self,
        card_id: int,
        *,
        name: str | None = None,
        card_type: str | None = None,
        goal: int | None = None,
        rewards: Sequence[RewardRule] | None = None,
        daily_limit: int | None = None,
        clear_daily_limit: bool = False,
    ) -> Card:
        card = self.get(card_id)
        new_name = card.name if name is None else name
        new_type = card.type if card_type is None else card_type
        new_goal = card.stamps_required if goal is None else goal
        new_rewards = card.rewards if rewards is None else tuple(rewards)
        new_limit = None if clear_daily_limit else (daily_limit or card.daily_stamp_limit)
        check_card_rules(new_name, new_type, new_goal, new_rewards, new_limit)
        self._conn.execute(
            "UPDATE cards SET name = ?, type = ?, stamps_required = ?, daily_stamp_limit = ?"
            " WHERE id = ?",
            (new_name, new_type, new_goal, new_limit, card_id),
        )
        if rewards is not None:
            self._conn.execute("DELETE FROM card_rewards WHERE card_id = ?", (card_id,))
            self._store_rewards(card_id, new_rewards)
        self._cache.pop(card_id, None)
        return self.get(card_id)

    def copy(self, card_id: int, name: str | None) -> Card:
        """A new card with the same rules and no members."""
        source = self.get(card_id)
        return self.add(
            name if name is not None else source.name,
            source.type,
            source.stamps_required,
            source.rewards,
            source.daily_stamp_limit,
        )

    def _store_rewards(self, card_id: int, rewards: Sequence[RewardRule]) -> None:
        self._conn.executemany(
            "INSERT INTO card_rewards (card_id, threshold, name, validity_days)"
            " VALUES (?, ?, ?, ?)",
            [(card_id, r.threshold, r.name, r.validity_days) for r in rewards],
        )

    def _unused_code(self) -> str:
        while True:
            code = new_card_code()
            if self._conn.execute("SELECT 1 FROM cards WHERE code = ?", (code,)).fetchone() is None:
                return code
