"""Typed models of the API's objects; unknown fields are ignored (forward compatible)."""

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from pos_loyalty.domain.stamp_rules import RewardRule as RuleRecord


def _timestamp(value: Any) -> Any:
    """API timestamps are ``YYYY-MM-DD HH:MM:SS`` UTC; ISO 8601 is taken too (the seed has both)."""
    if isinstance(value, str):
        # fromisoformat reads the API's "YYYY-MM-DD HH:MM:SS" too, about ten times
        # faster than strptime: it counts when 100,000 members are read.
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return value


Timestamp = Annotated[datetime, BeforeValidator(_timestamp)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class RewardRule(_Model):
    threshold: int
    name: str
    validity_days: int | None = None

    def as_rule(self) -> RuleRecord:
        return RuleRecord(self.threshold, self.name, self.validity_days)


class Card(_Model):
    id: int
    code: str = ""
    name: str = ""
    domain: str = ""
    type: str = ""
    # Extensions of the bundled server; None when the backend does not say.
    stamps_required: int | None = None
    daily_stamp_limit: int | None = None
    rewards: list[RewardRule] = Field(default_factory=list)


class Reward(_Model):
    id: int
    name: str = ""
    added_at: Timestamp | None = None
    expired_at: Timestamp | None = None
    used_at: Timestamp | None = None

    def usable(self, now: datetime) -> bool:
        return self.used_at is None and (self.expired_at is None or now < self.expired_at)


class Member(_Model):
    """A member's card (the API's "user" or "stat")."""

    id: int
    code: str = ""
    first_name: str | None = None
    last_name: str | None = None
    address: str | None = None
    zip: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    custom_1: str | None = None
    custom_2: str | None = None
    custom_3: str | None = None
    custom_4: str | None = None
    custom_5: str | None = None
    custom_6: str | None = None
    custom_7: str | None = None
    custom_8: str | None = None
    stamps: int = 0
    download_url: str | None = None
    created_at: Timestamp | None = None
    updated_at: Timestamp | None = None
    voided_at: Timestamp | None = None
    expired_at: Timestamp | None = None
    rewards: list[Reward] = Field(default_factory=list)

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.email or self.code or f"Member {self.id}"

    def usable_rewards(self, now: datetime) -> list[Reward]:
        return [r for r in self.rewards if r.usable(now)]

    def is_expired(self, now: datetime) -> bool:
        return self.expired_at is not None and self.expired_at <= now


class CreatedMember(_Model):
    """A member just created, as much as a bulk import reads of it (see
    ``LoyaltyClient.create_users_brief``)."""

    id: int
    code: str = ""


class MemberPage(_Model):
    members: list[Member]
    total: int | None = None


class PushResult(_Model):
    message: str
    total_recipients: int
