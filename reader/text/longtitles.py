"""A government document's full title, too long for a headline ('浙江省文化和旅游厅关于2020年度文物博物、图书资料、…
任职资格评审结果的公示', seventy characters): its shape — an issuer, '关于', the matter, '的' and the genre — says
what it is where its length alone would read as a sentence."""

from __future__ import annotations

from reader.text.lazyre import lazy

_WIDE_MIN, _LEN_MAX = 60, 120  # narrower lines are judged as any headline is; a <title> is one line
_GENRE = ("公示|公告|通告|通知|通报|意见|决定|办法|规定|细则|方案|规划|纲要|批复|复函|答复|函|报告|请示|决议|"
          "公佈|通報|意見|決定|辦法|規定|細則|規劃|綱要|批覆|復函|答覆|報告|請示|決議")
# the issuer (none, or a name), '关于', the matter (any words, no sentence's end or comma), '的', the genre and a note
# on its form ('（试行）'); each run bounded, the whole line bounded first
_ABOUT_TITLE = lazy(r"[^。！？；，,：:\s]{0,40}(?:关于|關於)[^。！？；，,：:]{2,110}的(?:" + _GENRE
                    + r")(?:[（(][^（）()]{1,10}[）)])?")


def long_document_title(text: str) -> bool:
    """A line too wide for a headline that is a document's whole title ('X关于Y的公示')."""
    text = text.strip()
    return len(text) <= _LEN_MAX and sum(0.5 if c.isascii() else 1 for c in text) > _WIDE_MIN \
        and _ABOUT_TITLE.fullmatch(text) is not None
