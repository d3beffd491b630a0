"""The outline tree: click to jump, follows scrolling, filter box (the breadcrumb above the text is breadcrumb.py)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.text.sections import Outline
from reader.text.hintwrap import hint_lines
from reader.ui.fields import ClearingField
from reader.ui.outline_follow import center, near_edge, outline_tree
from reader.ui.outline_fill import Filling, HeadingItem, HeadingModel, made_rows, retire_rows
from reader.ui.outline_filter import (INDEX_ROLE, OFFSET_ROLE, HeadingFilter, first_match, matching, parents,
                                      unfold)
from reader.ui.workers import finish


EXPAND_ALL_LIMIT = 1500  # headings; a longer outline opens with its top level expanded if that shows as few
FILL_SLICE = 1500  # rows made per event-loop turn (about 10 ms); a longer outline's tree is made over several

class OutlineView(QWidget):
    """Headings as a tree; emits heading_activated(offset in the cleaned text) when the reader picks one."""

    heading_activated = Signal(int)
    outline_shown = Signal()  # a long outline's tree, made in slices, is in place (the current section can be marked)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling: tuple[Outline, Iterator] | None = None  # the outline whose rows are being made, and the steps
        self._shown = self._blank = False  # an outline is in the pane (no document: no verdict); its text is empty
        self._opening = False  # a document is on its way: its outline is not known yet
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(self._fill_step)
        self._matching: tuple[str, Iterator] | None = None  # a long outline's filter being matched, in slices
        self._unfolding: Iterator | None = None  # then the kept rows being opened, in slices
        self._parents: list[int] | None = None  # each heading's enclosing one, made at the first filter
        self._match_timer = QTimer(self, singleShot=True, interval=0)
        self._match_timer.timeout.connect(self._match_step)
        self.filter_box = ClearingField(objectName="outlineFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.tree = outline_tree()
        self.outline = Outline()
        self._model = QStandardItemModel(self)
        self._proxy = HeadingFilter(self)
        self._proxy.setSourceModel(self._model)
        self.tree.setModel(self._model)  # the filter's proxy is put in only while a filter is on (_present)
        self._empty = QLabel(objectName="outlineEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)
        self._empty.setVisible(False)  # until a document without headings is shown, or a filter matches none
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self._empty)
        self._items: list[QStandardItem] = []
        self._current = -1
        self._swapping = False  # a new outline is being swapped in: the filter box is emptied, nothing to filter
        self._carried = False  # the filter was typed while a document was on its way: it is that document's filter
        self.tree.clicked.connect(self._on_activated)
        self.tree.activated.connect(self._on_activated)
        self.tree.viewport().installEventFilter(self)
        self.filter_box.textChanged.connect(self._on_filter)
        self.filter_box.returnPressed.connect(self._jump_to_first_match)
        self.filter_box.down_pressed.connect(self._into_tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_box.setPlaceholderText(self.tr("Filter headings"))
        self._show_empty_reason()

    def focus_filter(self) -> None:
        """Ctrl+L: typed words replace the last filter, as Ctrl+L's address in a browser."""
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def empty_reason(self) -> str:
        """Why no heading is listed ('' when some are): none at all, or none matching, or not yet.

        While a document is being opened the pane says so instead of giving the verdict on headings not yet read
        (a tree already shown stays: it is the outline of the text on screen), and so while a long outline's rows
        are made (the pane was blank for seconds on a 30 MB collection)."""
        if self._filling is not None:
            return self.tr("Reading the outline…")
        if not self.outline.headings:
            if self._opening:
                return self.tr("Reading the outline…")
            if self._blank:  # an empty file: no verdict on headings it cannot have
                return self.tr("The document is empty.")
            return self.tr("No headings were found in this document.") if self._shown else ""
        if self._proxy.needle and self._proxy.rowCount() == 0:
            return self.tr("No heading matches “{0}”.").format(self._proxy.needle)
        return ""

    def _show_empty_reason(self) -> None:
        self._empty.setText(hint_lines(reason := self.empty_reason()))  # wrapped after a clause, never in a word
        self._empty.setVisible(bool(reason))
        self.tree.setVisible(not reason)

    def set_opening(self, opening: bool) -> None:
        """A document is on its way (True) or has arrived or failed (False)."""
        self._opening = opening
        if not opening and self._filling is None:
            self._carried = False  # its outline is in place (or it failed): a filter typed now is the shown one's
        self._enable_filter()
        self._show_empty_reason()

    def set_outline(self, outline: Outline, shown: bool = True, empty: bool = False, pending: bool = False) -> None:
        """A new document's outline (`shown` False: no document, nothing to judge; `pending`: a long text's first
        part, its whole outline to come): the tree is rebuilt and the filter starts empty, unless the reader typed
        it while this document was on its way.

        A long outline's rows are made FILL_SLICE per event-loop turn into a model not yet shown, meanwhile the
        tree is empty (never the last document's headings); `outline_shown` says when it is in place. A newer
        outline drops the one being made.
        """
        self._drop_filling()
        self._stop_matching()
        self._shown, self._blank = shown, empty
        self._opening = pending or (self._opening and not shown)  # arrived
        self._carried = self._carried and shown
        if len(outline.headings) <= FILL_SLICE:
            self._show(outline, *finish(made_rows(outline.headings, self._item, FILL_SLICE, model=self._new_model())))
            return
        self._show(Outline(), QStandardItemModel(), [])
        self._filling = Filling(outline, self._item, FILL_SLICE, self._new_model())
        self._show_empty_reason()
        self._fill_timer.start()

    @Slot()
    def _fill_step(self) -> None:
        if self._filling is None:
            return
        if (made := self._filling.step()) is None:
            self._fill_timer.start()
            return
        outline, self._filling = self._filling.outline, None
        self._show(outline, *made)
        self._carried = self._carried and self._opening
        self.outline_shown.emit()

    def _drop_filling(self) -> None:
        """A newer outline drops the one being made: its rows made so far are let go of in slices."""
        self._fill_timer.stop()
        if self._filling is not None:
            self._filling.drop(self)
            self._filling = None

    def _item(self, index: int) -> QStandardItem:
        return HeadingItem(index)

    def _new_model(self) -> QStandardItemModel:
        return HeadingModel(self)

    def _show(self, outline: Outline, model: QStandardItemModel, items: list[QStandardItem],
              proxy: HeadingFilter | None = None) -> None:
        """Swap a finished model in (with its filter, when one was fed as it filled): the filter is cleared (one typed
        while the document was on its way is matched again, in the new outline), the tree expanded as far as is
        cheap."""
        self.outline = outline
        headings = outline.headings
        self._items = items
        self._parents = None
        self._stop_matching()
        model.setParent(self)
        self._proxy.forget()
        carried = self.filter_box.text() if self._carried else ""
        if not carried:
            self._swapping = True  # the field's own change signal still runs (its clear button goes with the text),
            self.filter_box.clear()  # but the tree is not filtered and expanded for the old model
            self._swapping = False
        old, self._model = self._model, model
        if proxy is None:
            self._proxy.setSourceModel(model)
        else:
            proxy.setParent(self)  # (unowned while filling: an outline dropped half made takes its filter with it)
            dropped, self._proxy = self._proxy, proxy
            dropped.deleteLater()
        self._present(model)
        self.tree.scrollToTop()  # Qt kept the last document's scroll: a text opened at its top showed rows mid-tree
        retire_rows(old)  # its rows freed a slice per turn, then the model
        self.tree.setRootIsDecorated(len({h.depth for h in headings}) > 1)  # flat outlines need no branch space
        self._expand()
        self._current = -1
        self._enable_filter()
        if carried and headings:
            self._on_filter(carried)
        self._show_empty_reason()

    def _present(self, model: QStandardItemModel | HeadingFilter) -> None:
        """Show the headings themselves, or (a filter on) its proxy: the unfiltered tree asks Python nothing per row,
        where the proxy's Python answers for every row laid out (opening a part of 5,000 articles, 5,000 calls: the
        window held up 0.2-0.7 s while a worker held the interpreter; the whole tree of a 16 M-character file, 85,000)."""
        if self.tree.model() is model:
            return
        selection = self.tree.selectionModel()
        self.tree.setModel(model)
        if selection is not None:
            selection.deleteLater()

    def _enable_filter(self) -> None:
        """Typed in with headings to filter, a document on its way (its outline filtered when in) or text to clear."""
        self.filter_box.setEnabled(bool(self.outline.headings) or self._opening or self._carried
                                   or bool(self.filter_box.text()))

    def _expand(self) -> None:
        """Expand the unfiltered tree as far as is cheap (as first shown, and again when the filter is emptied)."""
        model = self._model
        if len(self.outline.headings) <= EXPAND_ALL_LIMIT:
            self.tree.expandAll()
        elif sum(model.item(row).rowCount() for row in range(model.rowCount())) <= EXPAND_ALL_LIMIT:
            self.tree.expandToDepth(0)  # more rows at once stall the window (70 ms for 20,000): the top level alone

    def set_converter(self, outline: Outline) -> None:
        """The same headings in another script (the tree, its selection and filter stay)."""
        if self._filling is not None:
            self._filling.outline = outline  # the outline being made is shown in the new script
            return
        self.outline = outline
        if self._proxy.needle or self._matching is not None or self._unfolding is not None:
            self._on_filter(self.filter_box.text())  # matched again in the new script
        self.tree.viewport().update()

    def label(self, index: int) -> str:
        """Marker and title of a heading as displayed."""
        return self.outline.label(index)

    def current_index(self) -> int:
        """Index of the heading the reader is in (-1 before the first)."""
        return self._current

    def select(self, index: int) -> int:
        """Highlight heading `index` (the section the reader is in) without moving the text."""
        if index == self._current or index >= len(self._items):
            return self._current
        self._current = index
        self._mark_current()
        return index

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A press on a heading let go off it (dragged over the text) goes nowhere, yet Qt left that heading marked
        while the breadcrumb named the reader's section: once the release is handled the reader's is marked again."""
        if event.type() == QEvent.Type.MouseButtonRelease and watched is self.tree.viewport():
            QTimer.singleShot(0, self, self._mark_if_moved)
        return super().eventFilter(watched, event)

    def _mark_if_moved(self) -> None:
        """Mark the reader's section again where the tree's mark is on another row (a click has made it current)."""
        if self._marked_row() != self.tree.currentIndex():
            self._mark_current()

    def _marked_row(self) -> QModelIndex:
        """The row that marks the reader's section: its own, else the nearest enclosing one the filter keeps."""
        index, proxy_index = self._current, QModelIndex()
        if 0 <= index < len(self._items):
            item = self._items[index]
            proxy_index = self._tree_index(item.index())
            while not proxy_index.isValid() and (item := item.parent()) is not None:
                proxy_index = self._tree_index(item.index())
        return proxy_index

    def _mark_current(self) -> None:
        """Select the reader's section where the tree shows it, else the nearest enclosing heading the filter keeps
        (filtered to '章', an article marks its chapter); rows picked out while filtering do not stay."""
        proxy_index = self._marked_row()
        far = near_edge(self.tree, proxy_index)  # out of sight, or within two rows of the panel's top or bottom:
        blocked = self.tree.blockSignals(True)
        if proxy_index.isValid():
            self.tree.setCurrentIndex(proxy_index)  # Qt scrolls it just into view, at the panel's edge ...
        else:
            self.tree.selectionModel().clear()
            self.tree.scrollToTop()  # before the first heading: the outline from its top, not the last section's rows
        self.tree.blockSignals(blocked)
        if proxy_index.isValid() and far:  # ... mid-panel instead, the sections around it in view too
            center(self.tree, proxy_index)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        offset = index.data(OFFSET_ROLE)
        if offset is not None:
            self._current = index.data(INDEX_ROLE)
            self.heading_activated.emit(int(offset))

    @Slot()
    def _jump_to_first_match(self) -> None:
        """Enter in the filter box goes to the first heading that matches (without a filter: the selected one)."""
        self._finish_matching()
        needle = self._proxy.needle
        index = self.tree.currentIndex() if not needle else first_match(self.tree.model(), self.outline, QModelIndex(), needle)
        if index is not None and index.isValid():
            self.tree.setCurrentIndex(index)
            self._on_activated(index)

    @Slot()
    def _into_tree(self) -> None:
        """Down in the filter box moves into the tree (the reader's section where shown, else the first row) without
        going anywhere in the text: arrows look through the headings, Enter goes to one."""
        self._finish_matching()
        model = self.tree.model()
        if model.rowCount() == 0:
            return
        if not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(model.index(0, 0))
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        """Filter by a new text: a long outline is matched in slices (the tree shows the last filter meanwhile)."""
        if self._swapping:
            return
        if self._opening or self._filling is not None:
            self._carried = True  # for the document on its way, whatever outline is shown meanwhile
        self._stop_matching()
        needle = text.strip()
        if not needle:
            self._filtered("", None)
            return
        if self._parents is None:
            self._parents = parents(self.outline)
        steps = matching(self.outline, needle, self._parents)
        if len(self.outline.headings) <= FILL_SLICE:
            self._filtered(needle, finish(steps))
            return
        self._matching = (needle, steps)
        self._match_timer.start()

    @Slot()
    def _match_step(self) -> None:
        """One slice of the filter's work: matching, then opening the kept rows' paths."""
        if self._matching is not None:
            needle, steps = self._matching
            try:
                next(steps)
            except StopIteration as done:
                self._matching = None
                self._filtered(needle, done.value)
        elif self._unfolding is not None:
            try:
                next(self._unfolding)
            except StopIteration:
                self._unfolding = None
        if self._matching is not None or self._unfolding is not None:
            self._match_timer.start()

    def _stop_matching(self) -> None:
        self._matching = self._unfolding = None
        self._match_timer.stop()

    def _finish_matching(self) -> None:
        """A filter still being matched is completed now (the reader acts on its result; rows open in slices)."""
        if self._matching is not None:
            needle, steps = self._matching
            self._matching = None
            self._filtered(needle, finish(steps))

    def _filtered(self, needle: str, accepted: set[int] | None) -> None:
        """Show a filter's rows with every kept path open (many rows: opened in slices, from the top); an emptied
        filter opens the tree as first shown, not all of it."""
        if accepted is None:
            self._present(self._model)  # (first: the proxy's reset below has no view to re-lay)
        self._proxy.apply(needle, accepted, self._parents or ())
        if accepted is not None:
            self._present(self._proxy)
        if accepted is None:
            self._expand()
        elif len(accepted) <= EXPAND_ALL_LIMIT:
            self.tree.expandAll()
        else:
            self._unfolding = unfold(self.tree, self.row, accepted, self._parents or (), self._mark_current)
            self._match_timer.start()
            self._show_empty_reason()
            return
        self._mark_current()
        self._show_empty_reason()

    def row(self, index: int) -> QModelIndex:
        """Heading `index`'s row in the tree (invalid where the filter hides it, and before the first heading)."""
        return self._tree_index(self._items[index].index()) if 0 <= index < len(self._items) else QModelIndex()

    def _tree_index(self, index: QModelIndex) -> QModelIndex:
        """A heading's row in the model the tree shows (the filter's, while one is on)."""
        return self._proxy.mapFromSource(index) if self.tree.model() is self._proxy else index

