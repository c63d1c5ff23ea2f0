"""Light and dark themes: calm colours, large type, touch-sized targets.

Sizes are chosen so the counter fits a 1024×600 screen (a 7" tablet) with nothing
clipped: every button is at least 48 px tall for a finger, and big ones grow with the
room the screen gives them rather than asking for it.
"""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


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
THEMES = {p.name: p for p in (LIGHT, DARK)}
BASE_POINT_SIZE = 16


def stylesheet(p: Palette) -> str:
    return f"""
    QWidget {{ background: {p.background}; color: {p.text}; }}
    QLabel {{ background: transparent; }}
    #Surface, #MemberPanel, #IdlePage {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: 18px;
    }}
    #MemberName {{ font-size: 28pt; font-weight: 600; }}
    #MemberCode, #Hint, #Muted {{ color: {p.muted}; }}
    #StampCount {{ font-size: 26pt; font-weight: 700; color: {p.stamp}; }}
    #ScanPrompt {{ font-size: 28pt; font-weight: 600; }}
    #ProgramName {{ font-size: 18pt; font-weight: 600; }}
    #DemoBadge {{
        background: {p.warn}; color: {p.surface}; border-radius: 10px; padding: 4px 12px;
        font-weight: 700;
    }}
    QPushButton {{
        background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
        border-radius: 14px; padding: 6px 14px; min-height: 36px;
    }}
    QPushButton:focus {{ border-color: {p.info}; }}
    QPushButton:pressed {{ background: {p.border}; }}
    QPushButton:checked {{
        background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
    }}
    QPushButton:disabled {{ color: {p.muted}; }}
    #Primary {{
        background: {p.accent}; color: {p.accent_text}; border: none; font-size: 24pt;
        font-weight: 700; min-height: 60px;
    }}
    #Primary:disabled {{ background: {p.border}; color: {p.muted}; }}
    #Reward {{
        background: {p.surface}; border: 3px solid {p.ok}; color: {p.ok}; font-size: 15pt;
        font-weight: 600; min-height: 36px; text-align: left; padding-left: 14px;
    }}
    QLineEdit {{
        background: {p.surface}; border: 2px solid {p.border}; border-radius: 12px;
        padding: 4px 10px; min-height: 36px; selection-background-color: {p.accent};
    }}
    QLineEdit:focus {{ border-color: {p.info}; }}
    /* Left to the native style, so their arrows stay whole; only made taller. */
    QComboBox, QAbstractSpinBox {{ min-height: 36px; padding: 2px 8px; }}
    QListWidget {{
        background: {p.surface}; border: 2px solid {p.border}; border-radius: 12px;
        font-size: 16pt;
    }}
    QListWidget::item {{ padding: 8px 10px; }}
    QListWidget::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
    #Banner[level="ok"] {{ background: {p.ok}; }}
    #Banner[level="info"] {{ background: {p.info}; }}
    #Banner[level="warn"] {{ background: {p.warn}; }}
    #Banner[level="error"] {{ background: {p.error}; }}
    #Step {{ font-size: 22pt; font-weight: 700; min-width: 28px; padding: 4px 10px; }}
    #StepCount {{ font-size: 22pt; font-weight: 700; qproperty-alignment: AlignCenter; }}
    #Banner {{ border-radius: 14px; }}
    #Banner QLabel {{ color: {p.on_status}; font-size: 16pt; font-weight: 600; }}
    #Banner QPushButton {{
        background: {p.surface}; color: {p.text}; border: none; font-weight: 600;
        min-width: 110px;
    }}
    #Banner[level="ok"] QLabel, #Banner[level="info"] QLabel,
    #Banner[level="warn"] QLabel, #Banner[level="error"] QLabel {{ color: {p.on_status}; }}
    #StatusLine {{
        background: {p.error}; border-radius: 12px; padding: 6px 14px; font-size: 14pt;
        font-weight: 600; color: {p.on_status};
    }}
    QStatusBar {{ background: {p.surface}; border-top: 1px solid {p.border}; }}
    QStatusBar QLabel {{ padding: 2px 10px; font-size: 12pt; }}
    #Online {{ color: {p.ok}; font-weight: 700; }}
    #Offline {{ color: {p.error}; font-weight: 700; }}
    QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: 10px; }}
    QTabBar::tab {{ padding: 6px 14px; min-height: 36px; }}
    QScrollArea#Scroller, QScrollArea#Scroller > QWidget > QWidget {{
        background: transparent; border: none;
    }}
    """


def apply_theme(app: QApplication, name: str) -> Palette:
    palette = THEMES.get(name, LIGHT)
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    qpalette = QPalette()
    qpalette.setColor(QPalette.ColorRole.Window, QColor(palette.background))
    qpalette.setColor(QPalette.ColorRole.WindowText, QColor(palette.text))
    qpalette.setColor(QPalette.ColorRole.Base, QColor(palette.surface))
    qpalette.setColor(QPalette.ColorRole.Text, QColor(palette.text))
    qpalette.setColor(QPalette.ColorRole.Button, QColor(palette.surface))
    qpalette.setColor(QPalette.ColorRole.ButtonText, QColor(palette.text))
    qpalette.setColor(QPalette.ColorRole.Highlight, QColor(palette.accent))
    app.setPalette(qpalette)
    app.setStyleSheet(stylesheet(palette))
    return palette
