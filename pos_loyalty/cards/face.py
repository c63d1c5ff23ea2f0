"""What a member's card shows: their name, the program, the code and the card page."""

from dataclasses import dataclass

from pos_loyalty.api import Card, Member
from pos_loyalty.station.errors import StationError


class CardNotReadyError(StationError):
    pass


@dataclass(frozen=True, slots=True)
class CardFace:
    name: str
    program: str
    code: str
    # The member's card page (download_url), encoded in the QR code.
    url: str


def card_face(member: Member, card: Card) -> CardFace:
    """The face of ``member``'s card. Raises CardNotReadyError for a member the
    server has not created yet (no code) or a backend that gives no card page."""
    if not member.code or member.id < 0:
        raise CardNotReadyError(
            "The card can be printed once the server has created the member: the sign-up"
            " is queued and the code comes with it."
        )
    if not member.download_url:
        raise CardNotReadyError(
            "The loyalty server gave no card page for this member, so there is no QR code"
            " to print. The member code alone still works at the counter."
        )
    name = " ".join(p for p in (member.first_name, member.last_name) if p)
    return CardFace(name, card.name or f"Program {card.id}", member.code, member.download_url)
