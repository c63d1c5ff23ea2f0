"""A refusal from the server, told in a cashier's words: who, what, and what to do.

The server's own message may name internal ids ("Reward 12 …"); the cashier never
sees those. The words are built from the write itself and the error's code.
"""

from pos_loyalty.api import ApiStatusError, ConflictError
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.journal import Operation, OperationKind

IN_FLIGHT = "idempotency_key_in_flight"


def _what(kind: OperationKind) -> str:
    words = {
        OperationKind.ADD_STAMPS: translate("Refusals", "The stamp"),
        OperationKind.USE_REWARDS: translate("Refusals", "The reward"),
        OperationKind.CREATE_MEMBER: translate("Refusals", "The new member"),
        OperationKind.UPDATE_MEMBER: translate("Refusals", "The member change"),
        OperationKind.VOID_MEMBER: translate("Refusals", "Voiding the card"),
        OperationKind.DELETE_MEMBER: translate("Refusals", "Deleting the member"),
        OperationKind.PUSH: translate("Refusals", "The message"),
    }
    return words.get(kind) or translate("Refusals", "The change")


def _why(code: str) -> str:
    """What went wrong and what to do, by the API's error code."""
    if code == "reward_used":
        return translate(
            "Refusals",
            "that reward had already been used. Do not hand it over again;"
            " look the member up to see what is left.",
        )
    if code == "reward_expired":
        return translate(
            "Refusals", "that reward had expired. Look the member up to see what is left."
        )
    if code == "reward_not_found":
        return translate(
            "Refusals",
            "that reward is no longer on the card. Look the member up to see what is left.",
        )
    if code == "daily_limit":
        return translate("Refusals", "the member already had today's stamps. Nothing was added.")
    if code == "user_voided":
        return translate("Refusals", "the card was voided. Ask for the member's current card.")
    if code == "user_expired":
        return translate("Refusals", "the card has expired. Ask for the member's current card.")
    if code == "user_not_found":
        return translate(
            "Refusals", "the member is no longer on this program. Look the card up again."
        )
    if code == "card_not_found":
        return translate(
            "Refusals",
            "the program is no longer on the server. Check the program in Settings (F10).",
        )
    if code == "validation_error":
        return translate(
            "Refusals", "the server did not accept the details. Check them and try again."
        )
    return translate(
        "Refusals", "the server said no. Look the member up to see where things stand."
    )


def is_in_flight(exc: ApiStatusError) -> bool:
    """A 409 for a key whose first request is still running: the outcome is not known yet."""
    return isinstance(exc, ConflictError) and exc.code == IN_FLIGHT


def refusal_words(op: Operation, exc: ApiStatusError) -> str:
    what = _what(op.kind)
    if op.kind is OperationKind.USE_REWARDS and op.payload.get("reward_names"):
        what = translate("Refusals", "The {rewards}").format(
            rewards=", ".join(op.payload["reward_names"])
        )
    why = _why(exc.code)
    if op.member_name:
        return translate("Refusals", "{what} for {name} was refused: {why}").format(
            what=what, name=op.member_name, why=why
        )
    return translate("Refusals", "{what} was refused: {why}").format(what=what, why=why)
