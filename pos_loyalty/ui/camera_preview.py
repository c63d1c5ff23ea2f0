"""The live camera picture under the scan prompt, with what the camera is doing."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.widgets import named

SMALLEST = QSize(160, 90)


class CameraPicture(QWidget):
    """The newest frame, as large as it is where there is room and scaled down (never
    cropped) where there is not: a QLabel's pixmap asks for its whole size, and on a
    600 px screen that pushed the status bar off the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def show_image(self, image: QImage) -> None:
        resized = image.size() != self._image.size()
        self._image = image
        if resized:
            self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self._image.size() if not self._image.isNull() else QSize(320, 180)

    def minimumSizeHint(self) -> QSize:
        return SMALLEST

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image.isNull():
            return
        fitted = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - fitted.width()) / 2
        top = (self.height() - fitted.height()) / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(left, top, fitted.width(), fitted.height()), self._image)
        painter.end()


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = CameraPicture()
        self.picture.setAccessibleName(translate("CameraPreview", "Camera preview"))
        self.status = named(
            QLabel(translate("CameraPreview", "Camera starting…")),
            "Hint",
            translate("CameraPreview", "Camera status"),
        )
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.status)
        self.frames_shown = 0

    def show_frame(self, image: QImage) -> None:
        self.picture.show_image(image)
        self.frames_shown += 1

    def show_status(self, text: str) -> None:
        self.status.setText(text)
