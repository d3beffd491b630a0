"""The script selector (Original, 简体, 繁體, the Taiwan and Hong Kong standards); emits script_changed(choice) on a pick."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from reader.settings import Settings
from reader.text import choices
from reader.ui.actions import script_labels


class ScriptSelector(QComboBox):
    """A combo box whose signal says what the reader asked for, not every programmatic change."""

    script_changed = Signal(str)  # a settings value: 'original' or the target conversion ('t2s', 's2t', ...)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptSelector")
        for choice in choices.script_keys():
            self.addItem("", choice)
        self._settings = Settings()  # the window's, once restored: its `traditional` is where Ctrl+T goes back to
        self.retranslate()
        self.activated.connect(self._on_activated)

    def retranslate(self) -> None:
        labels = script_labels()
        for i in range(self.count()):
            self.setItemText(i, labels[self.itemData(i)])
        self.setToolTip(self.tr("Script to show the text in (Ctrl+T toggles Simplified / Traditional)"))

    def choice(self) -> str:
        return self.currentData()

    def restore(self, settings: Settings) -> None:
        """Show the saved choice and keep the Traditional variant chosen last in these settings (kept between runs)."""
        self._settings = settings
        self.set_choice(settings.script)

    def set_choice(self, choice: str) -> None:
        """Show a choice without emitting (restoring settings, following the menu)."""
        index = self.findData(choice)
        if index >= 0:
            self._remember(choice)
            blocked = self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(blocked)

    def choose(self, choice: str) -> None:
        """Act as if the reader picked `choice` (menu actions, shortcuts)."""
        if choice != self.choice():
            self.set_choice(choice)
            self.script_changed.emit(choice)

    def toggle(self, current: str, source_script: str | None) -> None:
        """Ctrl+T: Simplified, and back to the Traditional the reader chose (香港繁體 stays 香港繁體, not 繁體)."""
        self.choose(choices.toggle_target(current, source_script, self._settings.traditional))

    def _remember(self, choice: str) -> None:
        if choice in choices.traditional_keys():
            self._settings.traditional = choice

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        self._remember(self.itemData(index))
        self.script_changed.emit(self.itemData(index))
