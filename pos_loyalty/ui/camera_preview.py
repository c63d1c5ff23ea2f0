"""The live camera picture under the scan prompt, with what the camera is doing."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pos_loyalty.ui.widgets import named


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 180)
        self.picture.setAccessibleName("Camera preview")
        self.status = named(QLabel("Camera starting…"), "Hint", "Camera status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.status)
        self.frames_shown = 0

    def show_frame(self, image: QImage) -> None:
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.frames_shown += 1

    def show_status(self, text: str) -> None:
        self.status.setText(text)
