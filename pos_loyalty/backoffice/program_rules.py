"""Changing a program's stamp goal, rewards, validity and daily limit on the bundled
server's database file, as ``pos-loyalty cards edit --db`` does.

The API has no call for a program's rules, so this works only where the station can
reach the server's own file (the demo or embedded server). The rules themselves are
the server's (``check_card_rules`` and ``CardStore.edit``); this module only says
which field a refusal is about, so that a form can show it next to that field. The
server is imported inside the functions: the back office loads without it.
"""

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos_loyalty.domain.i18n import translate
from pos_loyalty.domain.stamp_rules import RewardRule
from pos_loyalty.station.errors import StationError

if TYPE_CHECKING:
    from pos_loyalty.server.store.cards import Card as ServerCard


class RuleField(StrEnum):
    GOAL = "goal"
    REWARDS = "rewards"
    DAILY_LIMIT = "daily_limit"


@dataclass(frozen=True, slots=True)
class ProgramRules:
    """What a manager may change: ``daily_limit`` None means no limit."""

    goal: int
    rewards: tuple[RewardRule, ...]
    daily_limit: int | None


class ProgramEditError(StationError):
    """The program could not be changed; ``field`` (when known) is the one to fix and
    ``row`` the reward it is about (0-based)."""

    def __init__(
        self, message: str, field: RuleField | None = None, row: int | None = None
    ) -> None:
        super().__init__(message)
        self.field = field
        self.row = row


def edit_program(db: Path, card_id: int, rules: ProgramRules) -> dict[str, Any]:
    """Store ``rules`` for program ``card_id`` in the server database ``db``; returns the
    program as the API shows it (a Card payload). Raises ProgramEditError.

    Blocking (SQLite): call it from a worker thread. The running server sees the change
    at its next request (its card cache follows the file's data version)."""
    from pos_loyalty.server.config import ServerConfig
    from pos_loyalty.server.context import ServerContext
    from pos_loyalty.server.database import DatabaseError
    from pos_loyalty.server.errors import ApiError
    from pos_loyalty.server.store import transaction

    if not db.is_file():
        raise ProgramEditError(
            translate("ProgramRules", "There is no server database at {path}.").format(path=db)
        )
    try:
        ctx = ServerContext.open(ServerConfig(db_path=db))
    except DatabaseError as exc:
        raise ProgramEditError(str(exc)) from exc
    try:
        card = ctx.cards.get(card_id)
        _check(card, rules)
        with transaction(ctx.conn):
            edited = ctx.cards.edit(
                card_id,
                goal=rules.goal,
                rewards=rules.rewards,
                daily_limit=rules.daily_limit,
                clear_daily_limit=rules.daily_limit is None,
            )
        return edited.payload()
    except ApiError as exc:  # e.g. the program was deleted meanwhile
        raise ProgramEditError(exc.message) from exc
    except ValueError as exc:  # a rule _check did not place (it places them all today)
        raise ProgramEditError(_sentence(str(exc))) from exc
    except sqlite3.Error as exc:
        raise ProgramEditError(
            translate("ProgramRules", "The server database could not be changed: {reason}").format(
                reason=exc
            )
        ) from exc
    finally:
        ctx.close()


def _check(card: "ServerCard", rules: ProgramRules) -> None:
    """The server's rules, asked one field at a time so that a refusal names its field:
    the goal alone, then each reward against it, then the daily limit."""
    from pos_loyalty.server.store.cards import check_card_rules

    def refused(
        goal: int,
        rewards: Sequence[RewardRule],
        limit: int | None,
        field: RuleField,
        row: int | None = None,
    ) -> None:
        try:
            check_card_rules(card.name, card.type, goal, rewards, limit)
        except ValueError as exc:
            raise ProgramEditError(_sentence(str(exc)), field, row) from exc

    refused(rules.goal, (), None, RuleField.GOAL)
    for row, reward in enumerate(rules.rewards):
        refused(rules.goal, (reward,), None, RuleField.REWARDS, row)
    refused(rules.goal, rules.rewards, rules.daily_limit, RuleField.DAILY_LIMIT)


def _sentence(reason: str) -> str:
    """The server's reason ("the stamp goal must be at least 1") as a sentence."""
    reason = reason.strip()
    return reason[:1].upper() + reason[1:] + ("" if reason.endswith(".") else ".")
