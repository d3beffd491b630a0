"""Session 67I: a document row's second line mixing a file name and Chinese ('docs/notice_guofa.txt · 国务院') lost
the file name's '_' (found by hand: it read 'docs/notice guofa.txt'): the Chinese fallback font lays the line out
taller than the Latin font's line spacing the delegate drew it in, and the text was clipped to that line."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from reader.storage.library import Entry
from reader.ui.document_list import DocumentList
from reader.ui.document_model import COLUMN


class _Recorder(QPainter):
    """A painter that keeps each text the row's delegate draws, with the rectangle and flags it is drawn in."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.drawn: list[tuple[QRect, int, str, QFontMetrics]] = []

    def drawText(self, *args) -> None:  # noqa: N802 (Qt's name)
        if len(args) == 3 and isinstance(args[0], QRect):
            self.drawn.append((QRect(args[0]), int(args[1]), args[2], QFontMetrics(self.font())))
        super().drawText(*args)


def test_a_rows_text_is_never_cut_to_a_line_shorter_than_its_own(qtbot):
    view = DocumentList()
    qtbot.addWidget(view)
    view.set_entries([Entry(path=f"/h/docs/notice_guofa.{e}", title="国务院关于加强基层治理的通知_附件",
                            authority="国务院", number="国发〔2024〕3号", date="2024-03-01", chars=188)
                      for e in ("txt", "md")])
    index = view.model().index(0, COLUMN["title"])
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 600, 60)
    option.font = view.font()
    option.palette = view.palette()
    image = QImage(600, 60, QImage.Format.Format_ARGB32)
    painter = _Recorder(image)
    view.itemDelegateForColumn(COLUMN["title"]).paint(painter, option, index)
    painter.end()
    texts = [text for _, _, text, _ in painter.drawn]
    assert any("notice_guofa.txt" in t and "国务院" in t for t in texts), texts
    dont_clip = int(Qt.TextFlag.TextDontClip.value)
    for rect, flags, text, metrics in painter.drawn:
        if text in ("简", "繁"):
            continue  # the badge: one character centred in its box
        needed = metrics.boundingRect(QRect(rect.left(), rect.top(), 10_000, 10_000), flags, text).height()
        assert flags & dont_clip or needed <= rect.height(), (text, needed, rect.height())
