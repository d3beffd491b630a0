"""The keyword panel: the reader's highlight words, each in its own colour, with hit counts and suggestions.

``KeywordPanel(parent=None)``, objectName ``keywordPanel``. It holds no text algorithm: the window matches
with ``reader.text.keywords.find_all`` and feeds the results back.

Signals (what the user asked for)
- ``keywords_changed(list)``: the keyword list after the user added or removed one (persist it, recompute hits).
- ``keyword_removed(str, int, int)``: the reader removed a keyword (its ×): the word, its palette index and its place
  in the list, for Edit › Undo Removal (reader/ui/last_removal.py).
- ``next_requested()`` / ``previous_requested()``: the Next / Previous buttons (the window binds F3 / Shift+F3).

Slots and methods
- ``add_keyword(word)``: add one (e.g. from the reading pane's 'Highlight selection'); emits when it is new.
- ``remove_keyword(word)``: remove one; emits when it was there.
- ``restore_keyword(word, slot, place) -> bool``: a removed one back in its colour and at its place; emits.
- ``hold_colours(slots)``: colours an undo may give back, taken by a new keyword only when no other is free.
- ``set_keywords(words, slots=None)``: restore persisted keywords (and their saved palette slots) without emitting.
- ``keywords() -> list[str]``; ``colour_for(word) -> QColor`` (an invalid QColor for a word not in the list);
  ``slots() -> {word: palette index}`` (what the session saves). A keyword keeps its colour while it stays in the
  list and across a restart; a new one takes the colour it had when removed (in either script) if that is free,
  else the first palette colour not in use.
- ``set_counts({word: n})``: hits per keyword, shown beside each (words missing from the dict show no count).
- ``set_position(current, total)``: 'current of total' between the buttons (current is 0-based, -1 for none).
- ``set_suggestions(words)``: the document's automatic keywords as one-click chips (words already added are
  left out; an empty list hides the row); the row is one Tab stop, arrows move within it.

Typed input is split on spaces and Chinese/Western commas, semicolons and 、 so '国务院，改革' adds two keywords.
Child objectNames for tests and styling: keywordInput, keywordRow (property ``word``), keywordCount,
removeKeyword, previousHit, nextHit, hitPosition, suggestionChip (property ``word``; a long one ends in '…').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QToolTip, QVBoxLayout, QWidget

from reader.text.fold import fold
from reader.text.hintwrap import hint_lines
from reader.ui.chip_keys import ChipKeys
from reader.ui.elided_label import ElidedChip
from reader.ui.flow_layout import FlowLayout
from reader.ui.highlight import PALETTE_SIZE, keyword_colour
from reader.ui.keyword_colours import free_slot, restored_slots
from reader.ui.keyword_row import KeywordRow
from reader.ui.keyword_rows import KeywordRows

_SEPARATORS = re.compile(r"[\s,，、;；]+")


class KeywordPanel(QWidget):
    """Highlight words: add, remove, counts, next/previous, suggestions."""

    keywords_changed = Signal(list)
    keyword_removed = Signal(str, int, int)  # word, palette index, place in the list
    next_requested = Signal()
    previous_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordPanel")
        self._words: list[str] = []
        self._slots: dict[str, int] = {}  # word -> palette index, stable while the word stays
        self._former: dict[str, int] = {}  # folded word -> its palette index when it was removed
        self._held: set[int] = set()  # colours of removed keywords Undo Removal may bring back
        self._counts: dict[str, int] = {}
        self._rows: dict[str, KeywordRow] = {}
        self._suggestions: list[str] = []
        self._pending = False  # suggestions are being computed: a quiet word where they will appear
        self._position_state = (-1, 0)
        self._of_cleaned = False  # the original is shown: the hits counted and stepped through are the cleaned text's
        self._stands_for: Callable[[str], str | None] = lambda _word: None  # a keyword no fold reaches, the word's

        self._input = QLineEdit(self)
        self._input.setObjectName("keywordInput")
        self._input.setClearButtonEnabled(True)
        self._input.returnPressed.connect(self._on_return)

        self.rows_area = KeywordRows(self)  # scrolled: thirty keywords once pushed the window past the screen
        self._rows_box = self.rows_area.rows
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)

        self._previous = QToolButton(self)
        self._previous.setObjectName("previousHit")
        self._previous.setArrowType(Qt.ArrowType.UpArrow)
        self._previous.clicked.connect(self.previous_requested)
        self._next = QToolButton(self)
        self._next.setObjectName("nextHit")
        self._next.setArrowType(Qt.ArrowType.DownArrow)
        self._next.clicked.connect(self.next_requested)
        self._position = QLabel("", self)
        self._position.setObjectName("hitPosition")
        self._position.setWordWrap(True)  # '… in the cleaned text' wraps in a narrow panel, never widens it
        nav = QHBoxLayout()
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addWidget(self._position, 1)
        nav.addWidget(self._previous)
        nav.addWidget(self._next)

        self._suggestion_title = QLabel(self)
        self._suggestion_title.setEnabled(False)
        self._pending_label = QLabel(self)
        self._pending_label.setObjectName("suggestionsPending")
        self._pending_label.setEnabled(False)
        self._chips_host = QWidget(self)
        self._chips = FlowLayout(self._chips_host, spacing=4)
        self._chip_keys = ChipKeys(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self._input)
        layout.addWidget(self.rows_area)
        layout.addWidget(self._empty)
        layout.addLayout(nav)
        layout.addSpacing(4)
        layout.addWidget(self._suggestion_title)
        layout.addWidget(self._pending_label)
        layout.addWidget(self._chips_host)
        layout.addStretch(1)
        self._retranslate()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Every text of the panel, again when the UI language changes."""
        self._input.setPlaceholderText(self.tr("Add keyword…"))
        self._input.setToolTip(self.tr("Type a word and press Enter to highlight it"))
        self._empty.setText(hint_lines(self.tr("No keywords. Type one above or select text and choose Highlight.")))
        self._previous.setToolTip(self.tr("Previous occurrence (Shift+F3)"))
        self._previous.setAccessibleName(self.tr("Previous occurrence"))
        self._next.setToolTip(self.tr("Next occurrence (F3)"))
        self._next.setAccessibleName(self.tr("Next occurrence"))
        self._suggestion_title.setText(self.tr("Suggestions"))
        self._pending_label.setText(self.tr("Finding suggestions…"))
        self.set_position(*self._position_state)
        self._refresh_suggestions()

    # --- public API -----------------------------------------------------------------------------------

    def keywords(self) -> list[str]:
        """The keywords in the order they were added."""
        return list(self._words)

    def colour_for(self, word: str) -> QColor:
        """The colour a keyword is highlighted in (invalid QColor when it is not a keyword)."""
        slot = self._slots.get(word)
        return QColor() if slot is None else keyword_colour(slot)

    def former(self) -> dict[str, int]:
        """The colours of keywords removed (folded word -> palette index), oldest first: saved with the session."""
        return dict(self._former)

    def set_former(self, former: dict[str, int]) -> None:
        """Colours of keywords removed in earlier sessions: one added again takes its colour back where it is free."""
        self._former = {**former, **self._former}

    def hold_colours(self, slots: set[int]) -> None:
        """Colours of removed keywords an undo may bring back: a keyword added meanwhile takes another while one is
        free (it took the first free one, and the keyword undone came back in another colour)."""
        self._held = set(slots)

    def slots(self) -> dict[str, int]:
        """Each keyword's palette index, in list order: saved so colours come back the same after a restart."""
        return {w: self._slots[w] for w in self._words}

    @Slot(list)
    def set_keywords(self, words: list[str], slots: dict[str, int] | None = None) -> None:
        """Restore keywords (from settings) without emitting keywords_changed, each in its saved colour."""
        for word in list(self._words):
            self._drop(word)
        first: dict[str, str] = {}  # '監督' after '监督' is the same keyword: the first is kept, as _append does
        for word in filter(None, (w.strip() for w in words)):
            first.setdefault(fold(word), word)
        unique = list(first.values())
        given = restored_slots(unique, slots or {}, PALETTE_SIZE)
        for word in unique:
            self._append(word, given[word])
        self._refresh()

    @Slot(str)
    def add_keyword(self, word: str, whole: bool = False) -> bool:
        """Add one or more keywords (split on spaces and commas, unless `whole`: a selection is one phrase); emits
        keywords_changed if any is new, and says so when none was (the word, in either script, is one already: the
        box emptied without a trace before); whether any was added."""
        words = [word.strip()] if whole else [w for w in _SEPARATORS.split(word.strip()) if w]
        words = [w for w in words if w]
        added = [w for w in words if self.existing(w) is None and self._append(w)]
        if added:
            self.rows_area.changed(self._rows[added[-1]])  # the row typed is brought into sight
            self._refresh()
            self.keywords_changed.emit(self.keywords())
        elif words and self.in_sight():  # (folded, the window says it where the reader is)
            had = {w: self.existing(w) or w for w in words}
            self.rows_area.changed(self._rows.get(had[words[-1]]))  # the keyword that has it, in sight
            QToolTip.showText(self._input.mapToGlobal(QPoint(0, self._input.height())), self.already(had),
                              self._input)
        return bool(added)

    def set_stands_for(self, look_up: Callable[[str], str | None]) -> None:
        """Which keyword a word typed now already stands for beyond a character fold (打印机 typed in 简体 beside
        印表機 typed in Taiwan's words: both highlight the same hits, a second chip counted each twice)."""
        self._stands_for = look_up

    def existing(self, word: str) -> str | None:
        """The keyword that already highlights `word`: the same in any script or width, or one it stands for."""
        key = fold(word.strip())
        return next((w for w in self._words if fold(w) == key), None) or self._stands_for(word.strip())

    def already(self, had: dict[str, str]) -> str:
        """What is said of words already highlighted ({word: the keyword that has it})."""
        other = next(((w, k) for w, k in had.items() if fold(w) != fold(k)), None)
        if other:  # another word stands for it: name both, or the reader looks for a row that is not there
            return self.tr("{0} is already highlighted as {1}").format(*other)
        return self.tr("Already a keyword: {0}").format("、".join(dict.fromkeys(had.values())))

    def in_sight(self) -> bool:
        """Shown and not folded away (a splitter folds a panel to no width, still 'visible' to Qt)."""
        return self.isVisible() and self.width() > 0 and not self.visibleRegion().isEmpty()

    def focus_input(self) -> None:
        """Ctrl+K with nothing selected: the keyword is typed here instead."""
        self._input.activateWindow()
        self._input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(str)
    def remove_keyword(self, word: str) -> None:
        """Remove a keyword; emits keywords_changed if it was there."""
        if word in self._slots:
            removed = (word, self._slots[word], self._words.index(word))
            self._drop(word)
            self._refresh()
            self.keyword_removed.emit(*removed)
            self.keywords_changed.emit(self.keywords())

    def restore_keyword(self, word: str, slot: int, place: int) -> bool:
        """A keyword removed by its × back (Undo Removal) where it was and in its colour, which a keyword added since
        may have taken (then it takes a free one); emits keywords_changed; whether it came back (not while another
        keyword already highlights it)."""
        if self.existing(word) is not None:
            return False
        self._append(word, None if slot in self._slots.values() else slot, place)
        self.rows_area.changed(self._rows[word])  # in sight, as a row typed is
        self._refresh()
        self.keywords_changed.emit(self.keywords())
        return True

    def set_counts(self, counts: dict[str, int]) -> None:
        """Hits per keyword, computed by the window."""
        self._counts = dict(counts)
        for word, row in self._rows.items():
            row.set_count(self._counts.get(word))
        self._refresh_navigation()

    def set_position(self, current: int, total: int) -> None:
        """Show which hit is current ('3 of 12'); current is 0-based, -1 when there is none."""
        self._position_state = (current, total)
        if total <= 0:
            text = ""
        elif current < 0:
            text = self.tr("Total: %1").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(total))
        cleaned = self._of_cleaned and bool(text)  # the original has no highlights: say whose hits these are
        self._position.setText(self.tr("%1 in the cleaned text").replace("%1", text) if cleaned else text)
        self._position.setToolTip(self.tr("Highlighted in the cleaned text; F3 goes back to it") if cleaned else "")

    def set_original_shown(self, on: bool) -> None:
        """While the original file is shown, the hit position says it counts the cleaned text's hits."""
        self._of_cleaned = on
        self.set_position(*self._position_state)

    @Slot(list)
    def set_suggestions(self, words: list[str]) -> None:
        """The document's automatic keywords, offered as chips; an empty list hides the row."""
        self._suggestions = [w for w in dict.fromkeys(words) if w and w.strip()]
        self._pending = False
        self._refresh_suggestions()

    def set_suggestions_pending(self) -> None:
        """Suggestions are on their way (jieba loads for seconds on a cold start): say so where they will appear,
        until set_suggestions replaces the word by them (or by nothing)."""
        self._suggestions = []
        self._pending = True
        self._refresh_suggestions()

    def suggestions_pending(self) -> bool:
        return self._pending

    def sizeHint(self) -> QSize:
        return QSize(240, super().sizeHint().height())

    # --- internals ------------------------------------------------------------------------------------

    @Slot()
    def _on_return(self) -> None:
        text = self._input.text()
        self._input.clear()
        self.add_keyword(text)

    def _append(self, word: str, slot: int | None = None, place: int | None = None) -> bool:
        word = word.strip()
        if not word or fold(word) in {fold(w) for w in self._slots}:
            return False  # '監督' beside '监督' matches the same hits: one keyword
        if slot is None:
            former, used = self._former.get(fold(word)), set(self._slots.values())
            spare = used | (self._held - {former})
            slot = free_slot(spare if len(spare) < PALETTE_SIZE else used, PALETTE_SIZE, former, len(self._words))
        self._slots[word] = slot
        place = len(self._words) if place is None else max(0, min(place, len(self._words)))
        self._words.insert(place, word)
        row = KeywordRow(word, keyword_colour(self._slots[word]), self)
        row.set_count(self._counts.get(word))
        row.remove_clicked.connect(self.remove_keyword)
        before = self._rows[self._words[place - 1]].remove_button if place else self._input
        QWidget.setTabOrder(before, row.remove_button)  # Tab reaches the rows where they sit, under the box
        self._rows[word] = row
        self._rows_box.insertWidget(place, row)
        row.show()  # a layout shows late-added children only on the next event loop turn
        self.rows_area.changed()
        return True

    def _drop(self, word: str) -> None:
        self._words.remove(word)
        key = fold(word)
        self._former.pop(key, None)  # the latest removal last: the oldest go first when the session saves a few
        self._former[key] = self._slots.pop(word)
        row = self._rows.pop(word)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.rows_area.changed()

    def _refresh(self) -> None:
        self._empty.setVisible(not self._words)
        self._refresh_navigation()
        self._refresh_suggestions()

    def _refresh_navigation(self) -> None:
        has_hits = any(self._counts.get(w, 0) > 0 for w in self._words)
        for button in (self._previous, self._next):
            button.setEnabled(has_hits)
        if not has_hits:
            self.set_position(-1, 0)

    def _refresh_suggestions(self) -> None:
        self._chips.clear()
        kept = {fold(w) for w in self._slots}
        offered = [w for w in self._suggestions if fold(w) not in kept]  # in the other script, a keyword still
        before: QWidget = self._next
        chips = []
        for word in offered:
            chip = ElidedChip(word, self._chips_host)  # a long word ends in '…' rather than widen the panel
            chip.setObjectName("suggestionChip")
            QWidget.setTabOrder(before, chip)  # where they sit, under the hit buttons: made anew for each document,
            before = chip  # they entered Qt's chain after the library search, twelve stops before the document list
            chip.setToolTip(self.tr("Highlight “%1”").replace("%1", word))
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _checked=False, w=word: self.add_keyword(w))
            self._chips.addWidget(chip)
            chip.show()
            chips.append(chip)
        self._chip_keys.set_chips(chips)  # one Tab stop for the row, arrows within
        self._suggestion_title.setVisible(bool(offered) or self._pending)
        self._pending_label.setVisible(self._pending and not offered)
        self._chips_host.setVisible(bool(offered))
