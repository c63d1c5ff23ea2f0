"""Files that ship inside the package: the icon, one SVG that every size is made from.

Read them with ``resource(NAME)`` (importlib.resources), which also works from a
wheel, a zip or the PyInstaller bundle.
"""

from importlib.resources import files
from importlib.resources.abc import Traversable

# The reverse-DNS name the desktop entry, the AppStream metainfo and the icon share.
APP_ID = "io.github.pos_loyalty.PosLoyalty"
ICON_SVG = "icons/pos-loyalty.svg"


def resource(name: str) -> Traversable:
    """A file shipped in this folder, e.g. ``resource(ICON_SVG).read_bytes()``."""
    return files(__name__).joinpath(name)
