"""The self-service kiosk's camera picture: the live frame with a guide frame and
"Hold your card here", or, when the camera is gone, a calm word that it is
reconnecting (the scanner reopens it by itself; nothing needs a restart)."""

from enum import StrEnum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos_loyalty.domain.i18n import translate

BACKGROUND = QColor("#1f2a33")
GUIDE = QColor("#ffffff")
GUIDE_LIVE = QColor("#3ccf6e")
SHADE = QColor(0, 0, 0, 110)
# The guide is a square (a card's QR code) this share of the picture's shorter side.
GUIDE_SHARE = 0.62


class CameraState(StrEnum):
    STARTING = "starting"  # no word from the camera yet
    LIVE = "live"
    LOST = "lost"  # it was live, then stopped: unplugged, reconnecting
    MISSING = "missing"  # never opened: still looking


class GuidedCameraView(QWidget):
    """Paints the newest frame scaled to fit, a guide frame and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskCamera")
        self.setAccessibleName(translate("GuidedCameraView", "Camera picture"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image = QImage()
        self.state = CameraState.STARTING
        self.frames_shown = 0
        self._update_description()

    # What the camera bridge says

    def show_frame(self, image: QImage) -> None:
        if self.state in (CameraState.LOST, CameraState.MISSING):
            return  # a frame from before the loss; the bridge says when it is back
        if self.state is CameraState.STARTING:
            self.set_live(True)
        self._image = image
        self.frames_shown += 1
        self.update()

    def set_live(self, live: bool) -> None:
        if live:
            state = CameraState.LIVE
        elif self.state in (CameraState.LIVE, CameraState.LOST):
            state = CameraState.LOST
        else:
            state = CameraState.MISSING
        if state is not self.state:
            self.state = state
            if state is not CameraState.LIVE:
                self._image = QImage()  # a frozen last picture would look like a live one
            self._update_description()
            self.update()

    @property
    def message(self) -> str:
        """The words over the picture now."""
        if self.state is CameraState.LOST:
            return translate("GuidedCameraView", "Camera unplugged, reconnecting…")
        if self.state is CameraState.MISSING:
            return translate("GuidedCameraView", "Looking for the camera…")
        if self.state is CameraState.STARTING:
            return translate("GuidedCameraView", "Camera starting…")
        return translate("GuidedCameraView", "Hold your card here")

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.message)

    # Painting

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        whole = QRectF(self.rect())
        frame = QPainterPath()
        frame.addRoundedRect(whole, 14, 14)
        painter.setClipPath(frame)  # the picture and its shade keep the round corners
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillRect(whole, BACKGROUND)
        if not self._image.isNull():
            fitted = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            left = (self.width() - fitted.width()) / 2
            top = (self.height() - fitted.height()) / 2
            painter.drawImage(QRectF(left, top, fitted.width(), fitted.height()), self._image)
        side = min(self.width(), self.height()) * GUIDE_SHARE
        guide = QRectF(
            QRectF((self.width() - side) / 2, (self.height() - side) / 2 - 14, side, side).toRect()
        )
        live = self.state is CameraState.LIVE
        if live:
            self._shade_around(painter, whole, guide)
        self._corners(painter, guide, GUIDE_LIVE if live else GUIDE)
        self._caption(painter, guide)
        painter.end()

    @staticmethod
    def _shade_around(painter: QPainter, whole: QRectF, guide: QRectF) -> None:
        """Darken the picture outside the guide: the eye goes to where the card goes."""
        painter.setBrush(SHADE)
        # Whole pixels: anti-aliased edges of the four pieces would show as seams.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawRect(QRectF(whole.left(), whole.top(), whole.width(), guide.top()))
        painter.drawRect(QRectF(whole.left(), guide.bottom(), whole.width(), whole.bottom()))
        painter.drawRect(QRectF(whole.left(), guide.top(), guide.left(), guide.height()))
        painter.drawRect(
            QRectF(guide.right(), guide.top(), whole.right() - guide.right(), guide.height())
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    @staticmethod
    def _corners(painter: QPainter, guide: QRectF, colour: QColor) -> None:
        pen = QPen(colour, 6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        arm = guide.width() * 0.22
        for x, y, dx, dy in (
            (guide.left(), guide.top(), 1, 1),
            (guide.right(), guide.top(), -1, 1),
            (guide.left(), guide.bottom(), 1, -1),
            (guide.right(), guide.bottom(), -1, -1),
        ):
            painter.drawLine(int(x), int(y), int(x + dx * arm), int(y))
            painter.drawLine(int(x), int(y), int(x), int(y + dy * arm))
        painter.setPen(Qt.PenStyle.NoPen)

    def _caption(self, painter: QPainter, guide: QRectF) -> None:
        text = self.message
        font = QFont(self.font())
        font.setPixelSize(max(16, min(26, int(self.height() / 14))))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = min(self.width() - 16, metrics.horizontalAdvance(text) + 32)
        height = metrics.height() + 14
        top = min(guide.bottom() + 8, self.height() - height - 6)
        pill = QRectF((self.width() - width) / 2, top, width, height)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
