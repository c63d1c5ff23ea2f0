"""The API's timestamp format: UTC, ``YYYY-MM-DD HH:MM:SS``."""

from collections.abc import Callable
from datetime import UTC, datetime

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Now, in UTC, to the second (the API has no finer resolution)."""
    return datetime.now(UTC).replace(microsecond=0)


def format_timestamp(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def parse_timestamp(text: str | None) -> datetime | None:
    """Parse an API timestamp; raises ValueError on anything else."""
    if text is None:
        return None
    return datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
