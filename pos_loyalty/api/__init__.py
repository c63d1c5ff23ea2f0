"""An async client for the v4 Loyalty API (Qt-free)."""

from pos_loyalty.api.client import ClientTimeouts, LoyaltyClient, RetryPolicy
from pos_loyalty.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiResponseError,
    ApiStatusError,
    ApiTimeoutError,
    AuthError,
    ConflictError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    ServerError,
    ValidationError,
)
from pos_loyalty.api.models import Card, Member, MemberPage, PushResult, Reward, RewardRule

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiResponseError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthError",
    "Card",
    "ClientTimeouts",
    "ConflictError",
    "LoyaltyClient",
    "Member",
    "MemberPage",
    "NotFoundError",
    "OutcomeUnknownError",
    "PushResult",
    "RateLimitedError",
    "RetryPolicy",
    "Reward",
    "RewardRule",
    "ServerError",
    "ValidationError",
]
