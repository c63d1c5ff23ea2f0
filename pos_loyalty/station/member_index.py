"""A local index of the card's members, so a scan is answered with no round trip."""

from collections.abc import Iterable

from pos_loyalty.api import LoyaltyClient, Member


class MemberIndex:
    """Member code → member, as last seen. Refreshed from the server in the
    background, and kept current by every lookup and every applied write."""

    def __init__(self) -> None:
        self._by_code: dict[str, Member] = {}
        self._code_by_id: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Member | None:
        return self._by_code.get(code)

    def by_id(self, member_id: int) -> Member | None:
        code = self._code_by_id.get(member_id)
        return None if code is None else self._by_code.get(code)

    def put(self, member: Member) -> None:
        old_code = self._code_by_id.get(member.id)
        if old_code is not None and old_code != member.code:
            self._by_code.pop(old_code, None)
        self._by_code[member.code] = member
        self._code_by_id[member.id] = member.code

    def remove(self, member_id: int) -> None:
        code = self._code_by_id.pop(member_id, None)
        if code is not None:
            self._by_code.pop(code, None)

    def replace_all(self, members: Iterable[Member]) -> None:
        self._by_code.clear()
        self._code_by_id.clear()
        for member in members:
            self.put(member)

    async def refresh(self, client: LoyaltyClient, card_id: int) -> int:
        """Load every member of the card (voided ones too, to say so at once)."""
        members = [m async for m in client.iter_users(card_id, include_voided=True)]
        self.replace_all(members)
        return len(members)
