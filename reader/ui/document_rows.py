"""The document list's rows and columns: the title cell's two lines, the columns' widths, and which chosen columns fit
beside the title."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from reader.documents import listed_date
from reader.storage.library import Entry
from reader.ui.document_model import APART_ROLE, BADGES, COLUMN, COLUMNS, ENTRY_ROLE
from reader.ui.lengths import length_text

COLUMN_SAMPLES = {"date": "2024-01-12", "kind": "实施意见", "authority": "国务院办公厅", "number": "国办发〔2019〕123号",
                  "opened": "2024-01-12 23:59", "script": "繁體"}  # a typical value: the column shows it whole

# a line mixing Latin and Chinese is laid out taller than the Latin font's line (the Chinese fallback font's ascent
# and descent): clipped to that line it lost its '_' ('docs/notice_guofa.txt' read 'docs/notice guofa.txt')
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip
TITLE_MIN_PX = 200  # the title column keeps room for about a dozen characters before a chosen column is left out


def fitting_columns(wanted: dict[int, bool], widths: dict[int, int], room: int) -> set[int]:
    """The chosen columns shown: in the header's order while the title keeps TITLE_MIN_PX of `room`; those past it
    wait, still chosen, until the list is wider (three chosen columns in a 480 px list left the title 65 px)."""
    shown, left = {COLUMN["title"]}, room - TITLE_MIN_PX
    for column in sorted(c for c, on in wanted.items() if on and c != COLUMN["title"]):
        left -= widths[column]
        if left < 0:
            break
        shown.add(column)
    return shown


def subtitle_parts(owner: QTableView, entry: Entry) -> tuple[str, str, str]:
    """Issuer, number and date for the title's second line, each left out while its own column shows it (a date
    shown in the Date column was read twice on every row)."""
    def beside(key: str) -> bool:
        return not owner.isColumnHidden(COLUMN[key])
    who = "" if entry.authority and beside("authority") else owner.who(entry)
    number = "" if beside("number") else owner.display_text(entry, entry.number)
    return who, number, "" if beside("date") else listed_date(entry)


def entry_length(entry: Entry) -> str:
    """The row's length: '0字' of an empty file too (every entry is counted; a blank here read as 'not known')."""
    return length_text(entry.chars, short=True)


def second_line(metrics: QFontMetrics, lead: str, apart: str, parts: tuple[str, ...], width: int) -> str:
    """The row's second line fitted to `width`: what tells it from a row of the same title ('docs/a.md' beside
    'docs/a.txt') loses its middle, never its end, so two such rows never read the same; the rest is cut at the end."""
    head = " · ".join(x for x in (lead, apart) if x)
    text = " · ".join(x for x in (head, *parts) if x)
    if not apart or metrics.horizontalAdvance(text) <= width or metrics.horizontalAdvance(head + " · …") <= width:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    before = lead + " · " if lead else ""
    return before + metrics.elidedText(apart, Qt.TextElideMode.ElideMiddle, width - metrics.horizontalAdvance(before))



def size_columns(header: QHeaderView, cells: QFontMetrics) -> None:
    """Each column but the title's wide enough for a typical value and its name (at Qt's 100 px a 文号 showed as
    '国办发〔1997…' and a last reading time lost its minutes, beside an empty stretch of title)."""
    names = header.fontMetrics()
    for key, sample in COLUMN_SAMPLES.items():
        name = QApplication.translate("DocumentList", dict(COLUMNS)[key])
        header.resizeSection(COLUMN[key], max(cells.horizontalAdvance(sample) + 16, names.horizontalAdvance(name) + 28))


class RowDelegate(QStyledItemDelegate):
    """Two lines for the title column: the title, then authority · number · date (each unless its own column shows
    it beside) with the badge and length."""

    def __init__(self, owner: QTableView) -> None:
        super().__init__(owner)
        self._owner = owner

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, int(fm.lineSpacing() * 2.6) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: Entry = index.data(ENTRY_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if entry is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        if entry.missing:
            group = QPalette.ColorGroup.Disabled
        ink = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlpha(150)
        rect = option.rect.adjusted(10, 5, -10, -5)
        painter.save()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(title_font)
        badge = BADGES.get(entry.script, "")
        badge_w = fm.horizontalAdvance("繁") + 8 if badge else 0
        painter.setFont(title_font)
        painter.setPen(ink)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - badge_w - 6, fm.lineSpacing())
        painter.drawText(title_rect, LEFT,
                         fm.elidedText(self._owner.display_title(entry), Qt.TextElideMode.ElideRight,
                                       title_rect.width()))
        if badge:
            badge_rect = QRect(rect.right() - badge_w + 1, rect.top() + 1, badge_w, fm.lineSpacing() - 2)
            painter.setPen(QColor(muted))
            painter.drawRoundedRect(badge_rect, 3, 3)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        sfm = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        line2 = QRect(rect.left(), rect.top() + fm.lineSpacing() + 4, rect.width(), sfm.lineSpacing())
        length = entry_length(entry)
        length_w = sfm.horizontalAdvance(length) + 8
        apart = index.data(APART_ROLE)  # another document has this title: its folder first, as a file manager tells
        lead = self._owner.tr("file missing") if entry.missing else ""  # greyed above; said in words too
        meta = second_line(sfm, lead, apart, subtitle_parts(self._owner, entry), line2.width() - length_w)
        painter.drawText(line2.adjusted(0, 0, -length_w, 0), LEFT, meta)
        painter.drawText(line2, RIGHT, length)
        painter.restore()
