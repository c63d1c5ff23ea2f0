"""Request and response models: validation at the edge, and the OpenAPI document.

Requests are strict (no type coercion, unknown fields rejected). Response models
only describe answers for the OpenAPI document; handlers build the JSON themselves.
"""

import re
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from pos_loyalty.server.config import MAX_ID

_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+")
MAX_BULK_USERS = 1000
MAX_STAMPS_PER_CALL = 1000
MAX_PUSH_MESSAGE = 500


def _storable(value: str) -> str:
    # JSON can carry lone surrogates and NULs; SQLite and the card page cannot.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    return value


def _not_blank(value: str) -> str:
    # The card rules (check_card_rules) refuse a name of only spaces; say so here,
    # naming the field, rather than let the store's ValueError become a 500.
    if not value.strip():
        raise ValueError("must not be blank")
    return value


def _email(value: str) -> str:
    if value and not _EMAIL_RE.fullmatch(value):
        raise ValueError("is not an email address")
    return value


def _timestamp(value: str) -> str:
    try:
        datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise ValueError("must be a UTC time as YYYY-MM-DD HH:MM:SS") from None
    return value


def _text(max_length: int, min_length: int = 0) -> StringConstraints:
    return StringConstraints(min_length=min_length, max_length=max_length)


Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Name = Annotated[str, _text(50), AfterValidator(_storable)]
RequiredName = Annotated[str, _text(50, 1), AfterValidator(_storable), AfterValidator(_not_blank)]
Address = Annotated[str, _text(255), AfterValidator(_storable)]
Zip = Annotated[str, _text(20), AfterValidator(_storable)]
City = Annotated[str, _text(100), AfterValidator(_storable)]
Phone = Annotated[str, _text(32), AfterValidator(_storable)]
Custom = Annotated[str, _text(255), AfterValidator(_storable)]
Email = Annotated[str, _text(254), AfterValidator(_storable), AfterValidator(_email)]
Keyword = Annotated[str, _text(200), AfterValidator(_storable)]
Message = Annotated[str, _text(MAX_PUSH_MESSAGE, 1), AfterValidator(_storable)]
Timestamp = Annotated[str, AfterValidator(_timestamp)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class UserFields(_Strict):
    """Member data; every field is optional, and null clears it on update."""

    first_name: Name | None = None
    last_name: Name | None = None
    address: Address | None = None
    zip: Zip | None = None
    city: City | None = None
    phone: Phone | None = None
    email: Email | None = None
    custom_1: Custom | None = None
    custom_2: Custom | None = None
    custom_3: Custom | None = None
    custom_4: Custom | None = None
    custom_5: Custom | None = None
    custom_6: Custom | None = None
    custom_7: Custom | None = None
    custom_8: Custom | None = None
    expired_at: Timestamp | None = Field(
        default=None, description="Extension: when the member's card expires (UTC)."
    )


class CopyCardRequest(_Strict):
    name: RequiredName | None = None


class StampsRequest(_Strict):
    amount: int = Field(ge=1, le=MAX_STAMPS_PER_CALL)


class StampsByIdRequest(_Strict):
    stat_id: Id
    amount: int = Field(ge=1, le=MAX_STAMPS_PER_CALL)


class UseRewardsRequest(_Strict):
    reward_ids: list[Id] = Field(min_length=1, max_length=100)


class PushRequest(_Strict):
    message: Message
    recipient_stat_ids: list[Id] | None = Field(default=None, max_length=10_000)


class ListFilter(_Strict):
    strict: bool = False
    keyword: Keyword = ""


class Pagination(_Strict):
    page: int = Field(default=1, ge=1, le=1_000_000)
    limit: int = Field(default=100, ge=1, le=500)


class ListUsersBody(_Strict):
    filter: ListFilter = ListFilter()
    include_voided: bool = False
    pagination: Pagination = Pagination()


# Response shapes (documentation only)


class RewardRuleOut(BaseModel):
    threshold: int
    name: str
    validity_days: int | None


class CardOut(BaseModel):
    id: int
    code: str
    name: str
    domain: str
    type: str
    stamps_required: int
    daily_stamp_limit: int | None
    rewards: list[RewardRuleOut]


class RewardOut(BaseModel):
    id: int
    name: str
    added_at: str
    expired_at: str | None
    used_at: str | None


class UserOut(BaseModel):
    id: int
    code: str
    first_name: str | None
    last_name: str | None
    address: str | None
    zip: str | None
    city: str | None
    phone: str | None
    email: str | None
    custom_1: str = Field(default="", description="Present when set")
    custom_2: str = Field(default="", description="Present when set")
    custom_3: str = Field(default="", description="Present when set")
    custom_4: str = Field(default="", description="Present when set")
    custom_5: str = Field(default="", description="Present when set")
    custom_6: str = Field(default="", description="Present when set")
    custom_7: str = Field(default="", description="Present when set")
    custom_8: str = Field(default="", description="Present when set")
    stamps: int
    download_url: str
    created_at: str
    updated_at: str
    voided_at: str | None
    expired_at: str | None
    rewards: list[RewardOut]


class PushOut(BaseModel):
    message: str
    total_recipients: int


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: dict[str, object]


class ErrorOut(BaseModel):
    error: ErrorDetail


class HealthOut(BaseModel):
    status: str
