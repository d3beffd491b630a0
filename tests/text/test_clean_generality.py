"""Cleaning rules that generalise beyond the samples (issue 9, classes 10 and 11), each on made-up minimal cases."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes

_BODY = "本文研究社区图书角的建设与运营，分析了三个街道的做法，并提出改进服务的建议。"
_OPENING = "社区图书角建设是公共文化服务的重要内容，近年来各地进行了大量探索并取得了初步成效。"


def _clean(text: str, name: str = "a.txt"):
    return clean(decode_bytes(text.encode("utf-8"), name))


def _texts(text: str, name: str = "a.txt") -> list[str]:
    return [p.text for p in _clean(text, name).paragraphs]


@pytest.mark.parametrize(
    ("source", "name"),
    [
        (f"# 社区图书角调研\n\n## 摘要\n\n{_BODY}\n\n## 1 引言\n\n{_OPENING}\n", "a.md"),
        (f"# 社区图书角调研\n\n## 分享\n\n{_BODY}\n\n## 1 引言\n\n{_OPENING}\n", "a.md"),
        (f"<html><body><h1>社区图书角调研</h1><h2>摘要</h2><p>{_BODY}</p><h2>1 引言</h2><p>{_OPENING}</p>"
         "</body></html>", "a.html"),
        (f"社区图书角调研\n摘要\n{_BODY}\n1 引言\n{_OPENING}\n", "a.txt"),
        (f"社区图书角调研\n摘要：\n{_BODY}\n1 引言\n{_OPENING}\n", "a.txt"),
    ],
)
def test_a_heading_that_reads_like_a_widget_word_stays(source, name):
    texts = _texts(source, name)
    assert any(t.rstrip("：") in ("摘要", "分享") for t in texts)
    assert _BODY in texts


@pytest.mark.parametrize(
    "source",
    [
        f"社区图书角调研\n{_OPENING}\n摘要\n展开>>\n收起<<\n{_BODY}\n",  # a button among buttons
        f"社区图书角调研\n{_OPENING}\n{_BODY}\n摘要\n{_OPENING[:30]}\n",  # a button introducing a repeat
    ],
)
def test_an_abstract_button_on_a_document_site_goes(source):
    doc = _clean(source)
    assert "摘要" not in [p.text for p in doc.paragraphs]
    assert any(r.text == "摘要" for r in doc.removed)
