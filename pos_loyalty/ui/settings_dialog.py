"""Settings: backend, program, counter behaviour, a scanner test page, and the staff."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.api import Card
from pos_loyalty.domain.i18n import LANGUAGE_NAMES, translate
from pos_loyalty.scanning.wedge import Burst
from pos_loyalty.station.self_service import badge_hash
from pos_loyalty.station.settings import (
    SecretStore,
    StationSettings,
    consent_setting,
    consent_words,
)
from pos_loyalty.ui.fitted_label import WrappingCheckBox
from pos_loyalty.ui.screen_fit import dialog_size, follow_wrapping, widen_to_content
from pos_loyalty.ui.theme import TEXT_SCALES
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

PREFERRED_SIZE = QSize(760, 560)


def scrolling(page: QWidget) -> QScrollArea:
    """A tab's page that scrolls when the screen is short, instead of growing the dialog
    past it (or squeezing its fields over each other)."""
    area = named(QScrollArea(), "Scroller")
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    follow_wrapping(area)  # wrapped hints scroll into view, never cut
    return area


def compact_form(page: QWidget) -> QFormLayout:
    """A form that puts each label above its field when the dialog is narrow."""
    form = QFormLayout(page)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def hint(text: str) -> QLabel:
    label = named(QLabel(text), "Hint")
    label.setWordWrap(True)
    return label


def narrow(combo: QComboBox) -> QComboBox:
    """A choice as narrow as the screen needs; its open list still shows each whole item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def second_decoder_note() -> str:
    from pos_loyalty.scanning.decoders import BackendUnavailableError, ZbarDecoder

    try:
        ZbarDecoder()
    except BackendUnavailableError as missing:
        return translate(
            "SettingsDialog", "Second camera decoder (pyzbar): not available. {reason}"
        ).format(reason=missing)
    return translate("SettingsDialog", "Second camera decoder (pyzbar): available.")


def available_cameras() -> list[int]:
    """Video devices present (Linux names them /dev/videoN)."""
    return sorted(
        int(path.name.removeprefix("video"))
        for path in Path("/dev").glob("video[0-9]*")
        if path.name.removeprefix("video").isdigit()
    )


class ScannerTestPage(QWidget):
    """Scan anything here: the page shows how fast it came and whether it counts as a scan."""

    def __init__(self, wedge: WedgeFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            translate("ScannerTestPage", "Click here, then scan a card (or type and press Enter)")
        )
        self.field.setAccessibleName(translate("ScannerTestPage", "Scanner test field"))
        self.result = named(QLabel(translate("ScannerTestPage", "No scan yet.")), "StampCount")
        self.result.setWordWrap(True)
        self.details = named(QLabel(""), "Muted")
        self.details.setWordWrap(True)
        s = wedge.detector.settings
        limits = named(
            QLabel(
                translate(
                    "ScannerTestPage",
                    "A scan is at least %n characters ending in Enter or Tab,"
                    " {gap} ms apart on average or less.",
                    None,
                    s.min_length,
                ).format(gap=f"{s.max_mean_gap * 1000:.0f}")
            ),
            "Hint",
        )
        limits.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(limits)
        layout.addWidget(self.field)
        layout.addWidget(self.result)
        layout.addWidget(self.details)
        layout.addStretch(1)
        wedge.burst_measured.connect(self.show_burst)

    def show_burst(self, burst: Burst) -> None:
        if burst.is_scan:
            verdict = translate("ScannerTestPage", "✓ Taken as a scan")
        else:
            verdict = translate("ScannerTestPage", "✗ Taken as typing")
        self.result.setText(verdict)
        self.details.setText(
            translate(
                "ScannerTestPage",
                "%n characters in {duration} ms, {gap} ms apart on average: “{text}”",
                None,
                len(burst.text),
            ).format(
                duration=f"{burst.duration_ms:.0f}",
                gap=f"{burst.mean_gap_ms:.1f}",
                text=burst.text[:60],
            )
        )


class SettingsDialog(QDialog):
    # "Manager window…": import, push, programs and the day's numbers (the station opens it).
    manager_requested = Signal()

    def __init__(
        self,
        settings: StationSettings,
        cards: list[Card],
        secrets: SecretStore,
        wedge: WedgeFilter,
        parent: QWidget | None = None,
        *,
        staff: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.resize(dialog_size(self, PREFERRED_SIZE))
        self._settings = settings
        self._secrets = secrets
        self._wedge = wedge
        self.tabs = QTabWidget()
        self.tabs.addTab(
            scrolling(self._backend_tab(settings)), translate("SettingsDialog", "Backend")
        )
        self.tabs.addTab(
            scrolling(self._counter_tab(settings, cards)), translate("SettingsDialog", "Counter")
        )
        self.scanner_page = ScannerTestPage(wedge)
        self.tabs.addTab(scrolling(self.scanner_page), translate("SettingsDialog", "Scanner test"))
        # Staff changes apply at once, not on Save (the page says so).
        self.staff_page = staff
        if staff is not None:
            self.tabs.addTab(scrolling(staff), translate("SettingsDialog", "Staff"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.manager_button = named(
            QPushButton(translate("SettingsDialog", "Manager window…")),
            "ManagerWindowButton",
            translate("SettingsDialog", "Open the manager window"),
        )
        self.buttons.addButton(self.manager_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.manager_button.clicked.connect(self.manager_requested)
        self.note = named(QLabel(""), "Hint")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._no_default_button()

    def _no_default_button(self) -> None:
        # Enter never presses a button here: a scan ends with Enter, and so does slow
        # typing on the scanner test page. Save takes a click.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        # While Settings is open, scans are the test page's alone: none reaches the
        # counter behind the dialog (no member opened, no stamp in scanner mode).
        self._wedge.capture(self)
        super().showEvent(event)
        widen_to_content(self)  # large text: as wide as the screen allows, if it needs it
        # The button box makes Save the default as it is shown: undo that.
        self._no_default_button()

    def hideEvent(self, event: QHideEvent) -> None:
        self._wedge.release(self)
        super().hideEvent(event)

    def _backend_tab(self, s: StationSettings) -> QWidget:
        page = QWidget()
        form = compact_form(page)
        self.backend = narrow(QComboBox())
        self.backend.addItem(translate("SettingsDialog", "Demo (made-up members)"), "demo")
        self.backend.addItem(
            translate("SettingsDialog", "A loyalty server (e.g. Coupontools)"), "remote"
        )
        self.backend.setCurrentIndex(0 if s.backend == "demo" else 1)
        self.base_url = QLineEdit(s.base_url)
        self.base_url.setPlaceholderText("https://api.coupontools.com/v4")
        self.api_key = QLineEdit(s.api_key)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            translate("SettingsDialog", "unchanged")
            if s.api_key
            else translate("SettingsDialog", "API secret")
        )
        where = (
            translate("SettingsDialog", "The secret is kept in the system keyring.")
            if self._secrets.persistent
            else translate(
                "SettingsDialog",
                "No system keyring was found: the secret is kept until the app closes.",
            )
        )
        form.addRow(translate("SettingsDialog", "Backend"), self.backend)
        form.addRow(translate("SettingsDialog", "Server address"), self.base_url)
        form.addRow(translate("SettingsDialog", "API key"), self.api_key)
        form.addRow(translate("SettingsDialog", "API secret"), self.secret)
        form.addRow(
            "",
            hint(where + translate("SettingsDialog", " Backend changes apply after a restart.")),
        )
        return page

    def _counter_tab(self, s: StationSettings, cards: list[Card]) -> QWidget:
        page = QWidget()
        form = compact_form(page)
        self.program = narrow(QComboBox())
        for card in cards:
            self.program.addItem(card.name, card.id)
            if card.id == s.card_id:
                self.program.setCurrentIndex(self.program.count() - 1)
        self.operator = QLineEdit(s.operator)
        self.station = QLineEdit(s.station_name)
        self.mode = narrow(QComboBox())
        self.mode.addItem(translate("SettingsDialog", "Counter: scan, then tap +1"), "counter")
        self.mode.addItem(
            translate("SettingsDialog", "Scanner station: every scan adds a stamp"), "scanner"
        )
        self.mode.setCurrentIndex(0 if s.station_mode == "counter" else 1)
        self.idle = QSpinBox()
        self.idle.setRange(5, 3600)
        self.idle.setSuffix(translate("SettingsDialog", " s"))
        self.idle.setValue(s.idle_timeout_seconds)
        self.undo = QDoubleSpinBox()
        self.undo.setRange(0, 30)
        self.undo.setSuffix(translate("SettingsDialog", " s"))
        self.undo.setValue(s.undo_seconds)
        self.cooldown = QSpinBox()
        self.cooldown.setRange(0, 3600)
        self.cooldown.setSuffix(translate("SettingsDialog", " s"))
        self.cooldown.setValue(int(s.repeat_cooldown_seconds))
        self.sounds = WrappingCheckBox(
            translate("SettingsDialog", "Play a sound on every stamp and reward")
        )
        self.sounds.setChecked(s.sounds)
        self.keep_copy = WrappingCheckBox(
            translate(
                "SettingsDialog", "Keep a copy of the members here, to look up and search offline"
            )
        )
        self.keep_copy.setAccessibleName(
            translate("SettingsDialog", "Keep a copy of the members on this station")
        )
        self.keep_copy.setToolTip(
            translate(
                "SettingsDialog",
                "Names, e-mail and phone of the program's members, kept in this station's file."
                " Turning it off wipes the copy.",
            )
        )
        self.keep_copy.setChecked(s.keep_member_copy)
        self.theme = narrow(QComboBox())
        self.theme.addItem(translate("SettingsDialog", "Light"), "light")
        self.theme.addItem(translate("SettingsDialog", "Dark"), "dark")
        self.theme.addItem(translate("SettingsDialog", "High contrast"), "high-contrast")
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        self.theme.setAccessibleName(translate("SettingsDialog", "Theme"))
        self.theme.setAccessibleDescription(
            translate(
                "SettingsDialog",
                "Colours of every screen; high contrast is black, white and yellow",
            )
        )
        self.text_scale = narrow(QComboBox())
        # A hand-edited size between the steps stays as it is until someone picks another.
        for percent in sorted({*TEXT_SCALES, s.text_scale}):
            self.text_scale.addItem(
                translate("SettingsDialog", "{percent} %").format(percent=percent), percent
            )
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(s.text_scale)))
        self.text_scale.setAccessibleName(translate("SettingsDialog", "Text size"))
        self.text_scale.setAccessibleDescription(
            translate("SettingsDialog", "Every text on screen at this size, up to twice as large")
        )
        self.language = narrow(QComboBox())
        self.language.addItem(translate("SettingsDialog", "As the system"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.language.setAccessibleName(translate("SettingsDialog", "Language"))
        self.language.setAccessibleDescription(
            translate("SettingsDialog", "The counter's language; it changes when you save")
        )
        self._customer_display_fields(s)
        self._kiosk_fields(s)
        self.camera = narrow(QComboBox())
        self.camera.setAccessibleName(translate("SettingsDialog", "Camera"))
        self.camera.addItem(translate("SettingsDialog", "No camera (scanner or typing only)"), "")
        for index in available_cameras():
            self.camera.addItem(
                translate("SettingsDialog", "Camera {index}").format(index=index), str(index)
            )
        if s.camera and self.camera.findData(s.camera) < 0:
            self.camera.addItem(s.camera, s.camera)
        self.camera.setCurrentIndex(max(0, self.camera.findData(s.camera)))
        self.camera_size = narrow(QComboBox())
        self.camera_size.setAccessibleName(translate("SettingsDialog", "Camera resolution"))
        # Item data as "WxH" text: QComboBox.findData does not match Python tuples.
        chosen = f"{s.camera_width}x{s.camera_height}"
        sizes = ["640x480", "1280x720", "1920x1080"]
        for size in [*sizes, *([chosen] if chosen not in sizes else [])]:
            self.camera_size.addItem(size.replace("x", " × "), size)
        self.camera_size.setCurrentIndex(self.camera_size.findData(chosen))
        self.camera_repeat = QDoubleSpinBox()
        self.camera_repeat.setRange(0.5, 60)
        self.camera_repeat.setSuffix(translate("SettingsDialog", " s"))
        self.camera_repeat.setValue(s.camera_repeat_seconds)
        form.addRow(translate("SettingsDialog", "Program"), self.program)
        form.addRow(translate("SettingsDialog", "Camera"), self.camera)
        form.addRow(translate("SettingsDialog", "Camera resolution"), self.camera_size)
        form.addRow(translate("SettingsDialog", "Ignore the same code for"), self.camera_repeat)
        form.addRow("", hint(second_decoder_note()))
        form.addRow(translate("SettingsDialog", "Operator"), self.operator)
        form.addRow(translate("SettingsDialog", "Station"), self.station)
        form.addRow(translate("SettingsDialog", "Mode"), self.mode)
        form.addRow(translate("SettingsDialog", "Back to the scan prompt after"), self.idle)
        form.addRow(translate("SettingsDialog", "Undo window"), self.undo)
        form.addRow(translate("SettingsDialog", "Warn on a repeat stamp within"), self.cooldown)
        form.addRow("", self.sounds)
        form.addRow("", self.keep_copy)
        form.addRow(translate("SettingsDialog", "Theme"), self.theme)
        form.addRow(translate("SettingsDialog", "Text size"), self.text_scale)
        form.addRow(translate("SettingsDialog", "Language"), self.language)
        form.addRow("", self.customer_display)
        form.addRow(translate("SettingsDialog", "Customer display on"), self.customer_screen)
        form.addRow("", self.reduced_motion)
        form.addRow(translate("SettingsDialog", "Kiosk mode shows"), self.kiosk_flavour)
        form.addRow("", self.self_stamping)
        form.addRow(translate("SettingsDialog", "Staff badge code"), self.badge_code)
        form.addRow("", self.badge_remove)
        # A few lines, not a growing box: the tab scrolls on a short screen.
        self.consent = QPlainTextEdit(consent_words(s.consent_wording))
        self.consent.setAccessibleName(
            translate("SettingsDialog", "Consent wording on the sign-up form")
        )
        self.consent.setToolTip(
            translate(
                "SettingsDialog",
                "What a new member agrees to, beside the checkbox on the sign-up form. It is"
                " kept with each sign-up in the audit log.",
            )
        )
        self.consent.setTabChangesFocus(True)
        self.consent.setFixedHeight(4 * self.consent.fontMetrics().lineSpacing() + 20)
        form.addRow(translate("SettingsDialog", "Sign-up consent"), self.consent)
        return page

    def _customer_display_fields(self, s: StationSettings) -> None:
        self.customer_display = WrappingCheckBox(
            translate("SettingsDialog", "Show a customer display (a second window or screen)")
        )
        self.customer_display.setToolTip(
            translate(
                "SettingsDialog",
                "Faces the customer: first name, stamps and rewards, never e-mail, phone or"
                " card code. Full screen on a second screen when there is one.",
            )
        )
        self.customer_display.setChecked(s.customer_display)
        self.customer_screen = narrow(QComboBox())
        self.customer_screen.setAccessibleName(translate("SettingsDialog", "Customer display on"))
        self.customer_screen.addItem(
            translate("SettingsDialog", "The first screen besides the counter's"), ""
        )
        for index, screen in enumerate(QGuiApplication.screens()):
            self.customer_screen.addItem(
                translate("SettingsDialog", "Screen {index}: {name}").format(
                    index=index, name=screen.name()
                ),
                screen.name(),
            )
        spec = s.customer_display_screen
        if spec and self.customer_screen.findData(spec) < 0:
            self.customer_screen.addItem(spec, spec)  # not connected now; kept as it is
        self.customer_screen.setCurrentIndex(max(0, self.customer_screen.findData(spec)))
        self.customer_screen.setEnabled(s.customer_display)
        self.customer_display.toggled.connect(self.customer_screen.setEnabled)
        self.reduced_motion = WrappingCheckBox(
            translate("SettingsDialog", "Reduce motion: no animations")
        )
        self.reduced_motion.setChecked(s.reduced_motion)

    def _kiosk_fields(self, s: StationSettings) -> None:
        self.kiosk_flavour = narrow(QComboBox())
        self.kiosk_flavour.setAccessibleName(translate("SettingsDialog", "Kiosk mode shows"))
        self.kiosk_flavour.addItem(
            translate("SettingsDialog", "The counter (staff tablet)"), "staff"
        )
        self.kiosk_flavour.addItem(
            translate("SettingsDialog", "Self-service (customers scan their own card)"),
            "self-service",
        )
        self.kiosk_flavour.setCurrentIndex(max(0, self.kiosk_flavour.findData(s.kiosk_flavour)))
        self.self_stamping = WrappingCheckBox(
            translate("SettingsDialog", "Self-service: customers may ask for a stamp")
        )
        self.self_stamping.setToolTip(
            translate(
                "SettingsDialog",
                "Staff confirm each stamp with their PIN; the daily limit and the repeat"
                " warning's time still apply. Rewards are always handed over at the counter.",
            )
        )
        self.self_stamping.setChecked(s.kiosk_self_stamping)
        # Only its SHA-256 is kept: the field starts empty, and empty keeps the old one.
        self.badge_code = QLineEdit()
        self.badge_code.setEchoMode(QLineEdit.EchoMode.Password)
        self.badge_code.setAccessibleName(translate("SettingsDialog", "Staff badge code"))
        self.badge_code.setPlaceholderText(
            translate("SettingsDialog", "Set: type a new one to change it")
            if s.kiosk_badge_sha256
            else translate("SettingsDialog", "None: staff confirm with their PIN")
        )
        self.badge_code.setToolTip(
            translate(
                "SettingsDialog",
                "Self-service: staff may confirm a stamp by showing a QR code of"
                " pos-loyalty-staff: followed by this code. Use 12 characters or more.",
            )
        )
        # A badge that was lost or passed on must stop working: shown while one is set.
        self.badge_remove = WrappingCheckBox(
            translate("SettingsDialog", "Remove the badge: staff confirm with their PIN")
        )
        self.badge_remove.setVisible(bool(s.kiosk_badge_sha256))
        self.badge_remove.toggled.connect(lambda on: self.badge_code.setEnabled(not on))

    def _badge_sha256(self) -> str:
        """Removed, new, or (an empty field) the one set before."""
        if self.badge_remove.isChecked():
            return ""
        if self.badge_code.text().strip():
            return badge_hash(self.badge_code.text())
        return self._settings.kiosk_badge_sha256

    def result_settings(self) -> StationSettings:
        """The settings as edited; a new secret goes to the keyring, not into them."""
        api_key = self.api_key.text().strip()
        if self.secret.text():
            self._secrets.set(api_key, self.secret.text())
        return self._settings.updated(
            backend=self.backend.currentData(),
            base_url=self.base_url.text().strip(),
            api_key=api_key,
            card_id=self.program.currentData(),
            operator=self.operator.text().strip() or "Cashier",
            station_name=self.station.text().strip() or "Counter",
            station_mode=self.mode.currentData(),
            idle_timeout_seconds=self.idle.value(),
            undo_seconds=self.undo.value(),
            repeat_cooldown_seconds=float(self.cooldown.value()),
            sounds=self.sounds.isChecked(),
            keep_member_copy=self.keep_copy.isChecked(),
            theme=self.theme.currentData(),
            text_scale=self.text_scale.currentData(),
            language=self.language.currentData(),
            customer_display=self.customer_display.isChecked(),
            customer_display_screen=self.customer_screen.currentData(),
            reduced_motion=self.reduced_motion.isChecked(),
            kiosk_flavour=self.kiosk_flavour.currentData(),
            kiosk_self_stamping=self.self_stamping.isChecked(),
            kiosk_badge_sha256=self._badge_sha256(),
            camera=self.camera.currentData(),
            camera_width=int(self.camera_size.currentData().split("x")[0]),
            camera_height=int(self.camera_size.currentData().split("x")[1]),
            camera_repeat_seconds=self.camera_repeat.value(),
            # Left empty, the sign-up form still asks, in the default words (kept as the
            # default, so they follow the counter's language).
            consent_wording=consent_setting(" ".join(self.consent.toPlainText().split())),
        )
