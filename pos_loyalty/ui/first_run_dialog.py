"""The guide on a station's first start: the demo, Coupontools, or one's own server.

Three big choices, then (for a real backend) the address, key and secret, a
connection test that lists the programs, and a program to serve. It ends at the
counter; the settings are saved by the caller.
"""

import asyncio
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.api import Card
from pos_loyalty.domain.i18n import translate, translate_noop
from pos_loyalty.station.first_run import (
    COUPONTOOLS_URL,
    BackendChoice,
    ConnectionCheck,
    check_connection,
    settings_for_backend,
    settings_for_demo,
)
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.ui.widgets import named

# Translated where shown: this is built at import, before a translator is installed.
_CHOICES = (
    (
        BackendChoice.DEMO,
        translate_noop("FirstRunDialog", "Try the demo"),
        translate_noop("FirstRunDialog", "A server on this computer with made-up members."),
    ),
    (
        BackendChoice.COUPONTOOLS,
        translate_noop("FirstRunDialog", "Connect to Coupontools"),
        translate_noop(
            "FirstRunDialog",
            "Your Coupontools loyalty programs, with the API key and secret from your account.",
        ),
    ),
    (
        BackendChoice.OWN_SERVER,
        translate_noop("FirstRunDialog", "Connect to your own server"),
        translate_noop("FirstRunDialog", "A pos-loyalty server run by you or your IT person."),
    ),
)


class FirstRunDialog(QDialog):
    """Ends accepted with ``chosen`` set, or rejected (the app then quits)."""

    checked = Signal(object)  # ConnectionCheck, for tests

    def __init__(
        self, settings: StationSettings, secrets: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FirstRunDialog", "pos-loyalty · Set up this counter"))
        self._settings = settings
        self._secrets = secrets
        self.chosen: StationSettings | None = None
        self._check: ConnectionCheck | None = None
        self._task: asyncio.Task[Any] | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choices_page())
        self.pages.addWidget(self._backend_page())
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller)
        self.resize(760, 520)

    # Page 1: three choices

    def _choices_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = named(
            QLabel(translate("FirstRunDialog", "Welcome. How will this counter work?")),
            "ScanPrompt",
        )
        title.setWordWrap(True)
        layout.addWidget(title)
        self.choice_buttons: dict[BackendChoice, QPushButton] = {}
        for choice, label_source, hint_source in _CHOICES:
            label = translate("FirstRunDialog", label_source)
            hint = translate("FirstRunDialog", hint_source)
            button = named(QPushButton(label), "Primary" if choice is BackendChoice.DEMO else "")
            button.setAccessibleName(label)
            button.setAccessibleDescription(hint)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self._chose(c))
            note = named(QLabel(hint), "Hint")
            note.setWordWrap(True)
            layout.addWidget(button)
            layout.addWidget(note)
            self.choice_buttons[choice] = button
        layout.addStretch(1)
        return page

    def _chose(self, choice: BackendChoice) -> None:
        if choice is BackendChoice.DEMO:
            self.chosen = settings_for_demo(self._settings)
            self.accept()
            return
        coupontools = choice is BackendChoice.COUPONTOOLS
        self.url.setText(COUPONTOOLS_URL if coupontools else "")
        self.url.setReadOnly(coupontools)
        self.backend_title.setText(
            translate("FirstRunDialog", "Connect to Coupontools")
            if coupontools
            else translate("FirstRunDialog", "Connect to your own server")
        )
        self.pages.setCurrentIndex(1)
        (self.key if coupontools else self.url).setFocus()

    # Page 2: address, key pair, test, program

    def _backend_page(self) -> QWidget:
        page = QWidget()
        self.backend_title = named(QLabel(), "ScanPrompt")
        self.url = QLineEdit()
        self.url.setAccessibleName(translate("FirstRunDialog", "Server address"))
        self.url.setPlaceholderText("https://loyalty.example.com/v4")
        self.key = QLineEdit()
        self.key.setAccessibleName(translate("FirstRunDialog", "API key"))
        self.secret = QLineEdit()
        self.secret.setAccessibleName(translate("FirstRunDialog", "API secret"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.test = QPushButton(translate("FirstRunDialog", "Test the connection"))
        self.test.setAutoDefault(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(translate("FirstRunDialog", "Connection test result"))
        self.program = QComboBox()
        self.program.setAccessibleName(translate("FirstRunDialog", "Program"))
        self.program.setEnabled(False)
        self.back = QPushButton(translate("FirstRunDialog", "Back"))
        self.back.setAutoDefault(False)
        self.start = named(QPushButton(translate("FirstRunDialog", "Start the counter")), "Primary")
        self.start.setAutoDefault(False)
        self.start.setEnabled(False)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("FirstRunDialog", "Server address"), self.url)
        form.addRow(translate("FirstRunDialog", "API key"), self.key)
        form.addRow(translate("FirstRunDialog", "API secret"), self.secret)
        form.addRow("", self.test)
        form.addRow("", self.outcome)
        form.addRow(translate("FirstRunDialog", "Program"), self.program)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(page)
        layout.addWidget(self.backend_title)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.test.clicked.connect(self._test)
        self.back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.start.clicked.connect(self._start)
        for field in (self.url, self.key, self.secret):
            field.textEdited.connect(self._forget_check)
        return page

    def _forget_check(self) -> None:
        self._check = None
        self.program.clear()
        self.program.setEnabled(False)
        self.start.setEnabled(False)

    def _test(self) -> None:
        self.outcome.setText(translate("FirstRunDialog", "Testing…"))
        self.test.setEnabled(False)
        self._task = asyncio.ensure_future(self._run_test())

    async def _run_test(self) -> None:
        try:
            check = await check_connection(self.url.text(), self.key.text(), self.secret.text())
        finally:
            self.test.setEnabled(True)
        self._check = check
        self.program.clear()
        if check.ok:
            for card in check.cards:
                self.program.addItem(_describe(card), card.id)
            self.outcome.setText(
                translate(
                    "FirstRunDialog",
                    "Connected: %n programs. Pick the one to serve.",
                    None,
                    len(check.cards),
                )
            )
        else:
            self.outcome.setText(check.problem or "")
        self.program.setEnabled(check.ok)
        self.start.setEnabled(check.ok)
        self.checked.emit(check)

    def _start(self) -> None:
        if self._check is None or not self._check.ok:
            return
        self.chosen = settings_for_backend(
            self._settings,
            self._secrets,
            url=self.url.text(),
            key=self.key.text(),
            secret=self.secret.text(),
            card_id=int(self.program.currentData()),
        )
        self.accept()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # The keyboard starts on the first choice: Space (not Enter) takes it.
        if self.pages.currentIndex() == 0:
            self.choice_buttons[BackendChoice.DEMO].setFocus()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a field must not start anything: every scan ends with Enter.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


def _describe(card: Card) -> str:
    if not card.stamps_required:
        return card.name
    return translate("FirstRunDialog", "{name}, %n stamps", None, card.stamps_required).format(
        name=card.name
    )
