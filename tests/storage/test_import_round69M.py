"""Session 69M: while the import's full pass read a long file whole (a 5 MB text takes seconds), it said nothing,
so the window kept showing 'Adding 23 of 23' and the reader thought it hung. The pass now says when it starts, and
names each long file as it starts reading it (path and size), for the window to show."""

from __future__ import annotations

from reader.storage import import_process

NOTICE = "关于{0}的通知\n\n一、总体要求\n加强监督管理，推进依法行政。\n"


def _messages(tmp_path, monkeypatch) -> list[tuple]:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTICE.format("甲"), encoding="utf-8")
    (folder / "long.txt").write_text(NOTICE.format("乙") + "各地区各部门要认真贯彻落实。\n" * 40, encoding="utf-8")
    monkeypatch.setattr(import_process, "LONG_FILE", 400, raising=False)  # bytes: long.txt is over it, a.txt is not
    posted: list[tuple] = []
    import_process.run(tmp_path / "library.sqlite3", [str(folder)], True, posted.append, lambda: False)
    return [import_process.decode(import_process.encode(m)) for m in posted]  # as the window receives them


def test_the_full_pass_names_a_long_file_before_reading_it_and_says_when_it_starts(tmp_path, monkeypatch):
    messages = _messages(tmp_path, monkeypatch)
    kinds = [m[0] for m in messages]
    progress = [m[1:] for m in messages if m[0] == "progress"]
    assert progress[progress.index(("listing", 2, 2)) + 1] == ("indexing", 0, 2)  # before: first said at 1 of 2
    reading = [m for m in messages if m[0] == "reading"]
    long = tmp_path / "docs" / "long.txt"
    assert reading == [("reading", str(long), long.stat().st_size)]  # only the long one: a.txt is named by nobody
    at = kinds.index("reading")
    assert ("progress", "indexing", 1, 2) in messages[:at] and ("progress", "indexing", 2, 2) in messages[at:]
    assert kinds[-1] == "finished"
