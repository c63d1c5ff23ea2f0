"""A member's details as the counter checks them, field by field, as they are typed.

The lengths mirror the API's (the bundled server's request models); the e-mail
and phone checks are a little stricter than the server's, because a typo caught
at the counter is a member who can be reached later.
"""

import re
from collections.abc import Mapping
from typing import Any

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import StationError

# Field → (label, the API's maximum length).
FIELDS: dict[str, tuple[str, int]] = {
    "first_name": ("First name", 50),
    "last_name": ("Last name", 50),
    "email": ("E-mail", 254),
    "phone": ("Phone", 32),
    "address": ("Address", 255),
    "zip": ("Postcode", 20),
    "city": ("City", 100),
    **{f"custom_{n}": (f"Custom field {n}", 255) for n in range(1, 9)},
}
NAME_FIELDS = ("first_name", "last_name")


def field_label(name: str) -> str:
    """A field's label in the counter's language (FIELDS holds the English one)."""
    labels = {
        "first_name": translate("MemberFields", "First name"),
        "last_name": translate("MemberFields", "Last name"),
        "email": translate("MemberFields", "E-mail"),
        "phone": translate("MemberFields", "Phone"),
        "address": translate("MemberFields", "Address"),
        "zip": translate("MemberFields", "Postcode"),
        "city": translate("MemberFields", "City"),
    }
    if name in labels:
        return labels[name]
    if name.startswith("custom_"):
        number = name.removeprefix("custom_")
        return translate("MemberFields", "Custom field {n}").format(n=number)
    return FIELDS[name][0]


# A phone number has at most 15 digits (E.164); fewer than 6 is not a number anyone can call.
PHONE_DIGITS = (6, 15)

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
# While typing: nothing yet that more typing cannot fix.
_EMAIL_SO_FAR = re.compile(r"[^@\s]*(@[^@\s]*)?")
_PHONE_CHARS = re.compile(r"\+?[0-9 ()./-]*")


class InvalidMemberError(StationError):
    """Details that cannot be sent; ``problems`` maps each field to what is wrong."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        first = next(iter(self.problems.values()))
        more = len(self.problems) - 1
        extra = translate("MemberFields", " (and {more} more to fix)").format(more=more)
        super().__init__(first + (extra if more else ""))


def phone_digits(phone: str | None) -> str:
    """The digits of a phone number: what two ways of writing it share."""
    return "".join(c for c in (phone or "") if c.isdigit())


def field_problem(name: str, value: str | None, *, complete: bool = True) -> str | None:
    """What is wrong with one field, in words, or None.

    ``complete=False`` is for a field still being typed: only what more typing
    cannot fix is reported (too long, a character that cannot be there), so the
    form does not shout at "jane@" on its way to "jane@example.com"."""
    if name not in FIELDS:
        return translate("MemberFields", "{name} is not a member's detail.").format(name=name)
    label, limit = field_label(name), FIELDS[name][1]
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > limit:
        return translate(
            "MemberFields", "{label} has at most {limit} characters ({count} now)."
        ).format(label=label, limit=limit, count=len(text))
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return translate("MemberFields", "{label} has a character that cannot be stored.").format(
            label=label
        )
    if name == "email":
        return _email_problem(text, complete)
    if name == "phone":
        return _phone_problem(text, complete)
    return None


def _email_problem(text: str, complete: bool) -> str | None:
    if complete and not _EMAIL.fullmatch(text):
        return translate(
            "MemberFields",
            "The e-mail address looks incomplete: it needs a name, @ and a domain"
            " (jane@example.com).",
        )
    if not complete and not _EMAIL_SO_FAR.fullmatch(text):
        return translate("MemberFields", "An e-mail address has one @ and no spaces.")
    return None


def _phone_problem(text: str, complete: bool) -> str | None:
    if not _PHONE_CHARS.fullmatch(text):
        return translate("MemberFields", "A phone number has digits, spaces, + ( ) - . / only.")
    digits = len(phone_digits(text))
    low, high = PHONE_DIGITS
    if digits > high:
        return translate(
            "MemberFields", "A phone number has at most {high} digits ({count} now)."
        ).format(high=high, count=digits)
    if complete and digits < low:
        return translate("MemberFields", "A phone number has at least {low} digits.").format(
            low=low
        )
    return None


def cleaned(fields: Mapping[str, Any]) -> dict[str, str]:
    """The fields as they are sent: spaces trimmed, empty ones left out."""
    out: dict[str, str] = {}
    for name, value in fields.items():
        text = "" if value is None else str(value).strip()
        if text:
            out[name] = " ".join(text.split()) if name in NAME_FIELDS else text
    return out


def problems(fields: Mapping[str, Any], *, new_member: bool = True) -> dict[str, str]:
    """Every problem of a form, by field. A new member needs a name."""
    found = {name: p for name, value in fields.items() if (p := field_problem(name, value))}
    if new_member and not any(cleaned(fields).get(n) for n in NAME_FIELDS):
        found.setdefault(
            "first_name",
            translate("MemberFields", "A new member needs a name: a first or a last name."),
        )
    return found


def check_new_member(fields: Mapping[str, Any]) -> dict[str, str]:
    """The fields to send for a new member; raises InvalidMemberError."""
    found = problems(fields)
    if found:
        raise InvalidMemberError(found)
    return cleaned(fields)


def check_changes(fields: Mapping[str, Any]) -> dict[str, str | None]:
    """Changes to send for a member: a field given empty is cleared (sent as null)."""
    found = problems(fields, new_member=False)
    if found:
        raise InvalidMemberError(found)
    kept = cleaned(fields)
    return {name: kept.get(name) for name in fields}
