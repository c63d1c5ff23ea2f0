"""Render the icon in every size a desktop asks for, from its one SVG source.

    python packaging/icons.py OUT_DIR

writes ``OUT_DIR/hicolor/NxN/apps/APP_ID.png`` for each size and
``OUT_DIR/hicolor/scalable/apps/APP_ID.svg`` (the freedesktop icon theme layout, ready
to copy under ``/usr/share/icons`` or ``~/.local/share/icons``), and, where Qt can
write them, ``OUT_DIR/pos-loyalty.ico`` (Windows) and ``OUT_DIR/pos-loyalty.icns``
(macOS) for the bundle's program file. Rendered with Qt's SVG module, which the app
already depends on, so no other tool is needed.
"""

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out: Path) -> list[Path]:
    """Write every size under ``out``; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from pos_loyalty.resources import APP_ID, ICON_SVG, resource

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    svg = resource(ICON_SVG).read_bytes()
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise SystemExit(f"error: {ICON_SVG} is not an SVG that Qt can draw")
    written: list[Path] = []
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg)
    written.append(scalable)
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):  # the format follows the suffix
            raise SystemExit(f"error: cannot write {path}")
        images[size] = image
        written.append(path)
    # One large picture each: Windows and macOS scale it down for smaller places.
    supported = {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}
    for suffix, size in (("ico", 256), ("icns", 512)):
        if suffix in supported:
            path = out / f"pos-loyalty.{suffix}"
            if images[size].save(str(path)):
                written.append(path)
    del app
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python packaging/icons.py OUT_DIR", file=sys.stderr)
        return 2
    for path in render(Path(argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
