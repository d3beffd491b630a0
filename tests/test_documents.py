"""Opening documents for the app: folder scanning and loading, without Qt."""

from __future__ import annotations

from reader.documents import find_documents, load, load_folder


def test_find_documents_takes_readable_kinds_in_name_order_and_skips_hidden(tmp_path):
    for name in ("b.txt", "a.md", "c.HTML", "d.htm", "e.markdown", "f.pdf", "g.png", ".h.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.txt").write_text("x", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in find_documents(tmp_path)]
    assert names == ["a.md", "b.txt", "c.HTML", "d.htm", "e.markdown", "sub/z.txt"]


def test_find_documents_stops_at_the_limit(tmp_path):
    for i in range(10):
        (tmp_path / f"{i}.txt").write_text("x", encoding="utf-8")
    assert len(find_documents(tmp_path, limit=3)) == 3


def test_load_folder_skips_unreadable_files(tmp_path):
    (tmp_path / "good.txt").write_text("好标题\n正文。", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    entries = load_folder(str(tmp_path))
    assert [e.title for e in entries] == ["好标题"]


def test_load_reports_script_and_keeps_the_raw_text(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes("標題\r\n這是繁體中文的文章。\r\n".encode("big5"))
    loaded = load(str(path))
    assert loaded.script == "traditional"
    assert loaded.decoded.encoding.startswith("big5") or loaded.decoded.encoding == "cp950"
    assert loaded.document.title == "標題"
    assert loaded.entry().chars == len(loaded.document.text)



def test_the_script_of_a_long_document_is_counted_a_slice_at_a_time(tmp_path, monkeypatch):
    from qtsupport import long_text_file
    from reader import documents
    from reader.text import script
    from reader.text.slices import SLICE_CHARS

    lengths: list[int] = []
    real = script._slice_counts
    monkeypatch.setattr(script, "_slice_counts", lambda text: (lengths.append(len(text)), real(text))[1])
    loaded = documents.load(long_text_file(tmp_path, 300_000))
    assert lengths and max(lengths) <= SLICE_CHARS < len(loaded.document.text)
    assert loaded.script == script.detect_script(loaded.document.text)
    long = "後來發現這個問題" * 20_000
    assert script.script_counts(long) == real(long) and script.detect_script(long) == script.TRADITIONAL  # slices add up
