"""The bundle's program: the ``pos-loyalty`` command.

It also stands in for ``python -m pos_loyalty…``: the counter starts its demo server
as ``sys.executable -m pos_loyalty.station.embedded_server …``, and in a bundle
``sys.executable`` is this program, not a Python interpreter. Only the package's own
modules are run that way, so the bundle is no general Python launcher.
"""

import runpy
import sys


def _run_own_module(argv: list[str]) -> bool:
    """``-m pos_loyalty[.module] ARGS``: run that module as ``__main__``."""
    if len(argv) < 3 or argv[1] != "-m":
        return False
    module = argv[2]
    if module != "pos_loyalty" and not module.startswith("pos_loyalty."):
        return False
    sys.argv = [argv[0], *argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return True


if __name__ == "__main__":
    if not _run_own_module(sys.argv):
        from pos_loyalty.cli import main

        sys.exit(main())
