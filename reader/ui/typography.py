"""Formats for comfortable long-form CJK reading: line and paragraph spacing, indents, heading sizes."""

from __future__ import annotations

from PySide6.QtGui import (QColor, QFont, QFontDatabase, QFontInfo, QTextBlockFormat, QTextCharFormat, QTextFormat,
                           QTextOption)

from reader.text.codelines import CodeLine
from reader.ui.themes import Theme

LINE_HEIGHT = 160  # percent of the font's line height
CODE_LINE_HEIGHT = 100  # a code block's lines close together, as in an editor (its band unbroken between them)
CODE_TAB_EMS = 2  # a tab in code: about four of its monospace characters
# Monospace families for code, the first installed used; a CJK monospace one after them for a comment's Chinese.
CODE_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono", "Menlo", "Consolas", "Liberation Mono", "Courier New",
                 "Noto Sans Mono CJK SC", "Sarasa Mono SC")
COLUMN_EMS = 38  # a readable line: about 38 CJK characters
BASE_POINTS = 13.0
ZOOM_STEP = 1.1
ZOOM_RANGE = (-6, 10)
# Fallback chain: families that carry Chinese glyphs on common systems; Qt uses the first one present.
CJK_FAMILIES = (
    "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun",
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
)
# Heading sizes by depth, as QTextFormat.FontSizeAdjustment steps (Qt scales them from the document font).
_HEADING_SIZE = {1: 1}


def point_size(zoom: int, base: float = BASE_POINTS) -> float:
    """Body text size for a zoom step, in whole points (the status bar says 'Text size 17 pt', not 17.3)."""
    lo, hi = ZOOM_RANGE
    return float(max(1, round(base * ZOOM_STEP ** max(lo, min(hi, zoom)))))


def reading_font(points: float, families: tuple[str, ...] = CJK_FAMILIES) -> QFont:
    """The body font: the first installed CJK family, with the others as fallbacks for missing glyphs."""
    installed = set(QFontDatabase.families())
    chosen = [f for f in families if f in installed]
    font = QFont()
    if chosen:
        font.setFamilies(chosen)
    font.setPointSizeF(points)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return font


def code_families(body: QFont) -> list[str]:
    """The installed monospace families, the platform's fixed font if none, then the body's for the glyphs they lack
    (the generic 'monospace' alone was matched to nothing, and the code read in the body's serif face)."""
    installed = set(QFontDatabase.families())
    chosen = [f for f in CODE_FAMILIES if f in installed]
    chosen = chosen or [QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()]
    return chosen + [f for f in body.families() if f not in chosen]


def _block(top: float = 0, bottom: float = 0, indent_em: float = 0, line_height: int = LINE_HEIGHT) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    if indent_em:
        fmt.setTextIndent(indent_em)
    return fmt


class Typography:
    """All formats for one font size and theme; rebuilt on zoom or theme change."""

    def __init__(self, font: QFont, theme: Theme) -> None:
        self.font = font
        self.theme = theme
        px = QFontInfo(font).pixelSize()
        if px <= 0:  # no font matched at all (a system without fonts answers -1): margins stay positive
            px = 16
        self.em = px
        self._blocks: dict[tuple[int, bool], QTextBlockFormat] = {}
        self._chars: dict[int, QTextCharFormat] = {}
        self.body_block = _block(bottom=px * 0.75, indent_em=2 * px)
        self.body_char = QTextCharFormat()  # no colour of its own: the view's palette inks it, so a new theme shows
        # on the page at once, not after a long text's rebuild in its formats (1 M characters: ~1 s of a light page)
        self.title_block = _block(top=px * 0.5, bottom=px * 0.4, line_height=140)
        self.title_char = QTextCharFormat()
        self.title_char.setFontWeight(QFont.Weight.Bold)
        self.title_char.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)
        self.title_char.setForeground(QColor(theme.heading))
        self.meta_block = _block(bottom=px * 1.6, line_height=150)
        self.meta_char = QTextCharFormat()
        self.meta_char.setForeground(QColor(theme.muted))
        self.meta_char.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        self.garbled_char = QTextCharFormat()
        self.garbled_char.setBackground(QColor(theme.garbled))
        self.garbled_char.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.garbled_char.setUnderlineColor(QColor("#c0392b"))
        self.code_char = QTextCharFormat()  # a monospace face first, the CJK ones after it for a comment's Chinese
        self.code_char.setFontFamilies(code_families(font))
        self.code_char.setFontFixedPitch(True)
        self.code_char.setFontStyleHint(QFont.StyleHint.Monospace)
        self._code_blocks: dict[CodeLine, QTextBlockFormat] = {}

    def heading_block(self, depth: int, run_in: bool) -> QTextBlockFormat:
        """A heading paragraph: space above, no indent (a run-in heading keeps the body's spacing below)."""
        key = (min(depth, 2), run_in)
        if key not in self._blocks:
            top = self.em * (1.4 if depth <= 1 else 0.9)
            self._blocks[key] = _block(top=top, bottom=self.em * (0.75 if run_in else 0.5), indent_em=0)
        return self._blocks[key]

    def paragraph_block(self, shape: tuple[int, bool] | CodeLine) -> QTextBlockFormat:
        """The block format of a paragraph set apart (display.paragraph_marks): a heading's or a line of code's."""
        return self.code_block(shape) if isinstance(shape, CodeLine) else self.heading_block(*shape)

    def code_block(self, line: CodeLine) -> QTextBlockFormat:
        """A line of code: no indent, on a tinted band, its block's lines close together (a blank line of the block
        as tall as a line), space above and below the block as around a paragraph."""
        if line not in self._code_blocks:
            top = self.em * 0.4 if line.opens else line.blank_above * self.em * CODE_LINE_HEIGHT / 100
            fmt = _block(top=top, bottom=self.em * 0.75 if line.closes else 0, line_height=CODE_LINE_HEIGHT)
            fmt.setBackground(QColor(self.theme.code))
            fmt.setTabPositions([QTextOption.Tab(self.em * CODE_TAB_EMS * k, QTextOption.TabType.LeftTab)
                                 for k in range(1, 17)])
            self._code_blocks[line] = fmt
        return self._code_blocks[line]

    def mark_char(self, kind: str, depth: int) -> QTextCharFormat:
        """The character format a mark of display.paragraph_marks merges into the body's."""
        if kind == "heading":
            return self.heading_char(depth)
        return self.code_char if kind == "code" else self.garbled_char

    def heading_char(self, depth: int) -> QTextCharFormat:
        if depth not in self._chars:
            self._chars[depth] = self._heading_char(depth)
        return self._chars[depth]

    def _heading_char(self, depth: int) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setForeground(QColor(self.theme.heading))
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE.get(depth, 0))
        return fmt

    def column_width(self, margin: float) -> int:
        """Widest text column in pixels, for the readable line length."""
        return int(self.em * COLUMN_EMS + 2 * margin)
