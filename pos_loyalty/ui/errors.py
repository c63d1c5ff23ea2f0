"""The last line of defence: every unexpected error is logged and shown in words."""

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from pos_loyalty.api import ApiError
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import StationError, describe

log = logging.getLogger("pos_loyalty")


def install_excepthook(show: Callable[[str], None]) -> None:
    """Errors in slots and in qasync tasks reach sys.excepthook: log the traceback,
    show the cashier a sentence, and keep the window alive."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if isinstance(error, StationError | ApiError):
            text = describe(error)  # it has words of its own: say what happened, not "oops"
        else:
            text = translate(
                "Errors",
                "Something unexpected went wrong. It was logged. The stamps already taken are"
                " safe; if this keeps happening, restart the app.",
            )
        try:
            show(text)
        except Exception:  # the window may be gone; the log has it
            log.exception("could not show the error")

    sys.excepthook = hook
