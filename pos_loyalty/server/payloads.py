"""The JSON shapes of API.md, built from store records."""

import json
from typing import Any

from pos_loyalty.server.store.cards import Card
from pos_loyalty.server.store.members import PROFILE_FIELDS, Member

_ALWAYS_SHOWN = PROFILE_FIELDS[:7]
_CUSTOM = PROFILE_FIELDS[7:]


def encode(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def card_page_url(base_url: str, card: Card, member_code: str) -> str:
    return f"{base_url.rstrip('/')}/c/{card.code}/{member_code}"


def member_payload(member: Member, card: Card, base_url: str) -> dict[str, Any]:
    row = member.row
    payload: dict[str, Any] = {"id": row["id"], "code": row["code"]}
    for name in _ALWAYS_SHOWN:
        payload[name] = row[name]
    for name in _CUSTOM:
        if row[name] is not None:
            payload[name] = row[name]
    payload["stamps"] = row["stamps"]
    payload["download_url"] = card_page_url(base_url, card, row["code"])
    payload["created_at"] = row["created_at"]
    payload["updated_at"] = row["updated_at"]
    payload["voided_at"] = row["voided_at"]
    payload["expired_at"] = row["expired_at"]
    payload["rewards"] = [
        {
            "id": r["id"],
            "name": r["name"],
            "added_at": r["added_at"],
            "expired_at": r["expired_at"],
            "used_at": r["used_at"],
        }
        for r in member.rewards
    ]
    return payload
