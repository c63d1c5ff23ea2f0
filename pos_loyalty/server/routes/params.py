"""Path parameters shared by the routes; ids beyond SQLite's range are a 422.

An id is written in plain ASCII digits: pydantic's lax int would take "+1",
" 1", "01", "1.0", "1_0" or an Arabic-Indic "١" as member 1, so one member had
many URLs, and a URL that was not meant for them still reached them.
"""

import re
from typing import Annotated

from fastapi import Path
from pydantic import BeforeValidator

from pos_loyalty.server.config import MAX_ID

_PLAIN_DECIMAL = re.compile(r"0|[1-9][0-9]*")


def _plain_decimal(value: object) -> object:
    if isinstance(value, str) and not _PLAIN_DECIMAL.fullmatch(value):
        raise ValueError("must be a whole number in plain digits (no sign, spaces or leading 0)")
    return value


# Path() before the validator: the other way round FastAPI documents ge/le as
# unknown keywords instead of minimum/maximum.
CardId = Annotated[
    int,
    Path(ge=1, le=MAX_ID, description="The loyalty card id"),
    BeforeValidator(_plain_decimal),
]
UserId = Annotated[
    int,
    Path(ge=1, le=MAX_ID, description="The member (stat) id"),
    BeforeValidator(_plain_decimal),
]
