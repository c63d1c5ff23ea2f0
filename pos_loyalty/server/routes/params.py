"""Path parameters shared by the routes; ids beyond SQLite's range are a 422."""

from typing import Annotated

from fastapi import Path

from pos_loyalty.server.config import MAX_ID

CardId = Annotated[int, Path(ge=1, le=MAX_ID, description="The loyalty card id")]
UserId = Annotated[int, Path(ge=1, le=MAX_ID, description="The member (stat) id")]
