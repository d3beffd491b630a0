"""Found by hand (session 76O) in the original view and in Markdown files: the reading time left under the original
view (Ctrl+U) of a web page was counted on its source, tags and style sheet and all ('about 33 min left' for a few
minutes of text), and a Markdown file with no headings was said to have 'no numbered headings', which Markdown
headings never are."""

from __future__ import annotations

from qtsupport import open_text, settle
from reader.ui.i18n import _derive
from reader.ui.translations_zh import ZH_HANS

SENTENCE = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定。"
STYLE = "\n".join(f".c{n} {{ color: #{n % 999:03d}; margin: {n % 7}px; }}" for n in range(900))  # ~30,000 characters
PAGE = (f"<html><head><title>关于加强工作的通知</title><style>\n{STYLE}\n</style></head><body>\n"
        f"<h1>关于加强工作的通知</h1>\n" + "\n".join(f"<p>{SENTENCE * 4}</p>" for _ in range(9)) + "\n</body></html>\n")
NO_HEADINGS = "No headings were found in this document."


def test_the_time_left_under_the_original_view_of_a_page_is_its_texts_not_its_sources(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, PAGE, name="page.html")
    bar = window.status
    before = bar.time_left.text()
    assert before == "about 3 min left"  # some 1,200 characters of text
    window.actions_.show_original.trigger()  # Ctrl+U: the page's source, at its top
    settle(window)
    assert window.stack.currentWidget() is window.original
    qtbot.waitUntil(lambda: bar.progress.text() == "0%", timeout=5000)
    assert bar.time_left.text() == before  # before: 'about 84 min left', counted on its source
    bar_ = window.original.verticalScrollBar()
    bar_.setValue(next(i for i, line in enumerate(PAGE.split("\n")) if line.startswith("<h1>")))  # the text's top
    settle(window)
    assert bar.time_left.text() == before  # before: 'less than a minute left', 96 % of the file above
    assert bar.progress.text() == "0%"  # its text all below (before: '96%')
    bar_.setValue(bar_.maximum())  # to its end
    qtbot.waitUntil(lambda: bar.progress.text() == "100%", timeout=5000)
    assert bar.time_left.text() == "less than a minute left"


def test_a_markdown_file_with_no_headings_is_said_to_have_none_found(make_window, qtbot, tmp_path):
    text = f"{SENTENCE}\n\n*{SENTENCE}*\n\n- 一项\n- 两项\n"
    window = open_text(make_window, qtbot, tmp_path, text, name="notes.md")
    assert window.outline.empty_reason() == NO_HEADINGS  # before: 'This document has no numbered headings.'


def test_the_no_headings_message_reads_plainly_in_both_scripts():
    said = {k: ZH_HANS[k] for k in (NO_HEADINGS,)}  # before: no such entry (KeyError)
    assert said[NO_HEADINGS] == "本文档中没有找到标题。"
    assert _derive("s2twp", said)[NO_HEADINGS] == "本文件中沒有找到標題。"
