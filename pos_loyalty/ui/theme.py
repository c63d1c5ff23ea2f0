"""Light, dark and high-contrast themes: calm colours, large type, touch-sized targets.

Sizes are chosen so the counter fits a 1024×600 screen (a 7" tablet) with nothing
clipped: every button is at least 48 px tall for a finger, and big ones grow with the
room the screen gives them rather than asking for it. Every font size is multiplied
by the text scale (100–200 %), so a person who needs larger text gets all of it larger.
"""

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True, slots=True)
class Palette:
    name: str
    background: str
    surface: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    stamp: str
    ok: str
    warn: str
    error: str
    info: str
    # Text on the ok/info/warn/error colours.
    on_status: str
    # Frames and focus rings: the high-contrast theme draws them thicker.
    border_width: int = 2
    focus: str = ""


LIGHT = Palette(
    name="light",
    background="#f4f1ea",
    surface="#ffffff",
    text="#1d1b16",
    muted="#5f5a50",
    border="#d9d2c3",
    accent="#2f6b4f",
    accent_text="#ffffff",
    stamp="#7a5230",
    ok="#2e7d32",
    warn="#9a5b00",
    error="#b3261e",
    info="#2f5d8a",
    on_status="#ffffff",
)
DARK = Palette(
    name="dark",
    background="#15130f",
    surface="#221f19",
    text="#f3efe6",
    muted="#b5ad9d",
    border="#3b362c",
    accent="#58b88a",
    accent_text="#0d1a13",
    stamp="#d9a86c",
    ok="#6cc070",
    warn="#e0a43a",
    error="#ef7a70",
    info="#7fb0e0",
    on_status="#15130f",
)
# Black, white and yellow only, with thick frames: every text pair reaches WCAG AAA
# (7:1), checked by a test. The status colours are light so black text reads on them.
HIGH_CONTRAST = Palette(
    name="high-contrast",
    background="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffff00",
    border="#ffffff",
    accent="#ffff00",
    accent_text="#000000",
    stamp="#ffff00",
    ok="#00ff00",
    warn="#ffff00",
    error="#ff9090",
    info="#00ffff",
    on_status="#000000",
    border_width=3,
    focus="#ffff00",
)
THEMES = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}
BASE_POINT_SIZE = 16
TEXT_SCALES = (100, 125, 150, 175, 200)


def clamp_scale(percent: int) -> int:
    """A text scale the screens are built for: 100 % to 200 %."""
    return min(200, max(100, int(percent)))


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    value = QColor(colour)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (value.redF(), value.greenF(), value.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio (1 to 21) between two colours."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """Every (text colour, background colour) pair the style sheet draws text with."""
    return {
        "text on background": (p.text, p.background),
        "text on surface": (p.text, p.surface),
        "muted on background": (p.muted, p.background),
        "muted on surface": (p.muted, p.surface),
        "button text on accent": (p.accent_text, p.accent),
        "selected list item": (p.accent_text, p.accent),
        "disabled button": (p.muted, p.surface),
        "stamp count on surface": (p.stamp, p.surface),
        "status text on ok": (p.on_status, p.ok),
        "status text on info": (p.on_status, p.info),
        "status text on warn": (p.on_status, p.warn),
        "status text on error": (p.on_status, p.error),
        "online on surface": (p.ok, p.surface),
        "offline on surface": (p.error, p.surface),
        "demo badge": (p.surface, p.warn),
        "reward on surface": (p.ok, p.surface),
    }


def stylesheet(p: Palette, text_scale: int = 100) -> str:
    """The application's style sheet for ``p`` with every font size times ``text_scale`` %."""
    factor = clamp_scale(text_scale) / 100

    def pt(size: float) -> str:
        return f"{round(size * factor)}pt"

    thin, thick = max(1, p.border_width - 1), p.border_width
    focus = p.focus or p.info
    # The native style draws these frames from the window colour, which is black in
    # high contrast: there they get a frame of their own (the arrows stay native).
    strong_fields = (
        f"QComboBox, QAbstractSpinBox {{ border: {thick}px solid {p.border};"
        f" border-radius: 8px; background: {p.surface}; }}"
        f" QComboBox:focus, QAbstractSpinBox:focus {{ border-color: {focus}; }}"
        if p.border_width > LIGHT.border_width
        else ""
    )
    return f"""
    QWidget {{ background: {p.background}; color: {p.text}; }}
    QLabel {{ background: transparent; }}
    #Surface, #MemberPanel, #IdlePage {{
        background: {p.surface}; border: {thin}px solid {p.border}; border-radius: 18px;
    }}
    #MemberName {{ font-size: {pt(28)}; font-weight: 600; }}
    #MemberCode, #Hint, #Muted {{ color: {p.muted}; }}
    #StampCount {{ font-size: {pt(26)}; font-weight: 700; color: {p.stamp}; }}
    #ScanPrompt {{ font-size: {pt(28)}; font-weight: 600; }}
    #ProgramName {{ font-size: {pt(18)}; font-weight: 600; }}
    #DemoBadge {{
        background: {p.warn}; color: {p.surface}; border-radius: 10px; padding: 4px 12px;
        font-weight: 700;
    }}
    QPushButton {{
        background: {p.surface}; color: {p.text}; border: {thick}px solid {p.border};
        border-radius: 14px; padding: 6px 14px; min-height: 36px;
    }}
    QPushButton:focus {{ border: {thick + 1}px solid {focus}; }}
    QPushButton:pressed {{ background: {p.accent}; color: {p.accent_text}; }}
    QPushButton:checked {{
        background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
    }}
    QPushButton:disabled {{ color: {p.muted}; }}
    #Primary {{
        background: {p.accent}; color: {p.accent_text}; border: none; font-size: {pt(24)};
        font-weight: 700; min-height: 60px;
    }}
    #Primary:focus {{ border: {thick + 1}px solid {focus if focus != p.accent else p.text}; }}
    #Primary:disabled {{
        background: {p.surface}; color: {p.muted}; border: {thin}px solid {p.border};
    }}
    #Reward {{
        background: {p.surface}; border: 3px solid {p.ok}; color: {p.ok}; font-size: {pt(15)};
        font-weight: 600; min-height: 36px; text-align: left; padding-left: 14px;
    }}
    QLineEdit {{
        background: {p.surface}; border: {thick}px solid {p.border}; border-radius: 12px;
        padding: 4px 10px; min-height: 36px; selection-background-color: {p.accent};
        selection-color: {p.accent_text};
    }}
    QLineEdit:focus {{ border: {thick + 1}px solid {focus}; }}
    /* Left to the native style, so their arrows stay whole; only made taller. */
    QComboBox, QAbstractSpinBox {{ min-height: 36px; padding: 2px 8px; }}
    {strong_fields}
    QCheckBox:focus, QRadioButton:focus {{ color: {focus}; }}
    QListWidget, QListView, QTableView, QTreeView {{
        background: {p.surface}; border: {thick}px solid {p.border}; border-radius: 12px;
    }}
    QListWidget {{ font-size: {pt(16)}; }}
    QListWidget::item {{ padding: 8px 10px; }}
    QListWidget::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
    #Banner[level="ok"] {{ background: {p.ok}; }}
    #Banner[level="info"] {{ background: {p.info}; }}
    #Banner[level="warn"] {{ background: {p.warn}; }}
    #Banner[level="error"] {{ background: {p.error}; }}
    #Step {{ font-size: {pt(22)}; font-weight: 700; min-width: 28px; padding: 4px 10px; }}
    #StepCount {{ font-size: {pt(22)}; font-weight: 700; qproperty-alignment: AlignCenter; }}
    #Banner {{ border-radius: 14px; }}
    #Banner QLabel {{ color: {p.on_status}; font-size: {pt(16)}; font-weight: 600; }}
    #Banner QPushButton {{
        background: {p.surface}; color: {p.text}; border: none; font-weight: 600;
        min-width: 110px;
    }}
    #Banner QPushButton:focus {{ border: {thick + 1}px solid {p.text}; }}
    #Banner[level="ok"] QLabel, #Banner[level="info"] QLabel,
    #Banner[level="warn"] QLabel, #Banner[level="error"] QLabel {{ color: {p.on_status}; }}
    #StatusLine {{
        background: {p.error}; border-radius: 12px; padding: 6px 14px; font-size: {pt(14)};
        font-weight: 600; color: {p.on_status};
    }}
    QStatusBar {{ background: {p.surface}; border-top: {thin}px solid {p.border}; }}
    QStatusBar QLabel {{ padding: 2px 10px; font-size: {pt(12)}; }}
    QStatusBar QPushButton {{ font-size: {pt(12)}; }}
    #Online {{ color: {p.ok}; font-weight: 700; }}
    #Offline {{ color: {p.error}; font-weight: 700; }}
    QTabWidget::pane {{ border: {thin}px solid {p.border}; border-radius: 10px; }}
    QTabBar::tab {{ padding: 6px 14px; min-height: 36px; }}
    QTabBar::tab:selected {{ background: {p.accent}; color: {p.accent_text}; }}
    QScrollArea#Scroller, QScrollArea#Scroller > QWidget > QWidget {{
        background: transparent; border: none;
    }}
    """


_current = LIGHT
_current_scale = 100


def current_palette() -> Palette:
    """The palette of the theme applied last: what a widget drawn by hand starts with."""
    return _current


def scale_points(sheet: str) -> str:
    """A widget's own style sheet with its point sizes times the current text scale
    (a widget's sheet wins over the application's, so it must scale too)."""
    factor = _current_scale / 100
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{round(float(m[1]) * factor)}pt", sheet)


def apply_theme(app: QApplication, name: str, text_scale: int = 100) -> Palette:
    """Colours, fonts and the style sheet of theme ``name`` at ``text_scale`` % text."""
    global _current, _current_scale
    palette = THEMES.get(name, LIGHT)
    _current, _current_scale = palette, clamp_scale(text_scale)
    font = QFont(app.font())
    font.setPointSize(round(BASE_POINT_SIZE * clamp_scale(text_scale) / 100))
    app.setFont(font)
    qpalette = QPalette()
    qpalette.setColor(QPalette.ColorRole.Window, QColor(palette.background))
    qpalette.setColor(QPalette.ColorRole.WindowText, QColor(palette.text))
    qpalette.setColor(QPalette.ColorRole.Base, QColor(palette.surface))
    qpalette.setColor(QPalette.ColorRole.AlternateBase, QColor(palette.background))
    qpalette.setColor(QPalette.ColorRole.Text, QColor(palette.text))
    qpalette.setColor(QPalette.ColorRole.PlaceholderText, QColor(palette.muted))
    qpalette.setColor(QPalette.ColorRole.Button, QColor(palette.surface))
    qpalette.setColor(QPalette.ColorRole.ButtonText, QColor(palette.text))
    qpalette.setColor(QPalette.ColorRole.Highlight, QColor(palette.accent))
    qpalette.setColor(QPalette.ColorRole.HighlightedText, QColor(palette.accent_text))
    qpalette.setColor(QPalette.ColorRole.ToolTipBase, QColor(palette.surface))
    qpalette.setColor(QPalette.ColorRole.ToolTipText, QColor(palette.text))
    if palette.border_width > LIGHT.border_width:
        # The native style draws combo boxes, spin boxes and scroll bars from these:
        # in high contrast their frames and arrows are as strong as everything else.
        for role in (
            QPalette.ColorRole.Light,
            QPalette.ColorRole.Midlight,
            QPalette.ColorRole.Mid,
            QPalette.ColorRole.Dark,
            QPalette.ColorRole.Shadow,
        ):
            qpalette.setColor(role, QColor(palette.border))
    app.setPalette(qpalette)
    app.setStyleSheet(stylesheet(palette, text_scale))
    # A style sheet's new font sizes do not always reach the layouts' cached sizes:
    # every open window is laid out afresh for them.
    for window in app.topLevelWidgets():
        for widget in [window, *window.findChildren(QWidget)]:
            widget.updateGeometry()
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
    return palette
