"""A refusal from the server, told in a cashier's words: who, what, and what to do.

The server's own message may name internal ids ("Reward 12 …"); the cashier never
sees those. The words are built from the write itself and the error's code.
"""

from pos_loyalty.api import ApiStatusError, ConflictError
from pos_loyalty.station.journal import Operation, OperationKind

IN_FLIGHT = "idempotency_key_in_flight"

_WHAT = {
    OperationKind.ADD_STAMPS: "The stamp",
    OperationKind.USE_REWARDS: "The reward",
    OperationKind.CREATE_MEMBER: "The new member",
    OperationKind.UPDATE_MEMBER: "The member change",
    OperationKind.VOID_MEMBER: "Voiding the card",
    OperationKind.DELETE_MEMBER: "Deleting the member",
    OperationKind.PUSH: "The message",
}

# What went wrong and what to do, by the API's error code.
_WHY = {
    "reward_used": "that reward had already been used. Do not hand it over again;"
    " look the member up to see what is left.",
    "reward_expired": "that reward had expired. Look the member up to see what is left.",
    "reward_not_found": "that reward is no longer on the card. Look the member up to see"
    " what is left.",
    "daily_limit": "the member already had today's stamps. Nothing was added.",
    "user_voided": "the card was voided. Ask for the member's current card.",
    "user_expired": "the card has expired. Ask for the member's current card.",
    "user_not_found": "the member is no longer on this program. Look the card up again.",
    "card_not_found": "the program is no longer on the server. Check the program in"
    " Settings (F10).",
    "validation_error": "the server did not accept the details. Check them and try again.",
}


def is_in_flight(exc: ApiStatusError) -> bool:
    """A 409 for a key whose first request is still running: the outcome is not known yet."""
    return isinstance(exc, ConflictError) and exc.code == IN_FLIGHT


def refusal_words(op: Operation, exc: ApiStatusError) -> str:
    what = _WHAT.get(op.kind, "The change")
    if op.kind is OperationKind.USE_REWARDS and op.payload.get("reward_names"):
        what = "The " + ", ".join(op.payload["reward_names"])
    who = f" for {op.member_name}" if op.member_name else ""
    why = _WHY.get(exc.code, "the server said no. Look the member up to see where things stand.")
    return f"{what}{who} was refused: {why}"
