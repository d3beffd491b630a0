"""Found by hand (session 67J): the State Council's notice (gov01) showed no metadata line above its text, though
its list row named 国务院 · 国发〔2016〕73号 and its 成文日期: the reading pane's header knew only what cleaning moved
there (source, date, author, editor), not the official metadata the list shows. And an appeal posted on a page
(cdt05, here re-encoded as UTF-16) showed 'Date: 2021-10-23' above its text (the page's date) while its row said
2021-10-08 (the appeal's own signature, the 成文日期 the list sorts by): the pane now shows the row's date, the
page's date beside it."""

from __future__ import annotations

from pathlib import Path

from qtsupport import header_lines, settle
from reader.ui.window_export import export_request

DOCS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"


def _open(make_window, qtbot, path: Path):
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    listed = window.document_list.entries
    qtbot.waitUntil(lambda: any(e.path == window.loaded.path for e in listed()), timeout=10000)
    return window


def _row_date(window) -> str:
    entry = next(e for e in window.document_list.entries() if e.path == window.loaded.path)
    return entry.written or entry.published or entry.date


def test_a_state_council_notice_shows_its_issuer_number_and_date_above_its_text(make_window, qtbot):
    window = _open(make_window, qtbot, DOCS / "gov01_guowuyuan_xinxihua_guihua.txt")
    lines = header_lines(window)
    assert len(lines) == 2, lines  # the title, then the metadata line
    meta = lines[1]
    for shown in ("国务院", "国发〔2016〕73号", "Date: 2016-12-15"):
        assert shown in meta, meta
    assert _row_date(window) == "2016-12-15"
    exported = export_request(window.loaded, window.script, window.settings.script)  # an exported file says so too
    assert ("发文机关", "国务院") in exported.metadata and ("文号", "国发〔2016〕73号") in exported.metadata


def test_a_utf16_copy_shows_the_date_its_row_shows(make_window, qtbot, tmp_path):
    path = tmp_path / "cdt05_utf16.txt"
    path.write_bytes((DOCS / "cdt05_shangsu_zhuang.txt").read_text(encoding="utf-8").encode("utf-16"))
    window = _open(make_window, qtbot, path)
    assert window.loaded.decoded.encoding.startswith("utf-16")
    meta = header_lines(window)[-1]
    row = _row_date(window)
    assert row == "2021-10-08"  # the appeal's signature date, the list's 成文日期
    assert meta.startswith(f"Date: {row}"), meta
    assert "2021-10-23" in meta  # the page's own date is still shown (cleaning moved its line to the header)
