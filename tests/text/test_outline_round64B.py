"""Round 64B: no full collection while a document is built on a worker, and what it made frozen once it is made.

A 30 MB text made two or three full collections on the opening worker (0.3–0.5 s each of the window waiting for the
interpreter lock under load) and one more on the window's thread as the outline came in."""

from __future__ import annotations

import gc
import threading

import pytest

from reader import documents, heap

HELD = heap._HELD_FULL_AFTER


@pytest.fixture(autouse=True)
def _threshold():
    saved = gc.get_threshold()
    gc.set_threshold(saved[0], saved[1], 100)
    yield
    gc.unfreeze()
    gc.set_threshold(*saved)


def _fail() -> None:
    raise ValueError("bad file")


@pytest.mark.parametrize("body, raises", [(lambda: None, False), (_fail, True)])
def test_building_holds_full_collections_and_puts_the_threshold_back(body, raises):
    seen = []
    try:
        with heap.building():
            seen.append(gc.get_threshold()[2])
            body()
    except ValueError:
        assert raises
    assert seen == [HELD]
    assert gc.get_threshold()[2] == 100


@pytest.mark.parametrize("body, frozen", [(lambda: None, True), (_fail, False)])
def test_a_build_that_ends_well_is_frozen_a_failed_one_is_not(body, frozen):
    gc.unfreeze()
    keep = [[i] for i in range(100)]  # noqa: F841 (tracked objects alive through the build)
    try:
        with heap.building():
            body()
    except ValueError:
        pass
    assert (gc.get_freeze_count() > 0) is frozen


def test_overlapping_builds_put_the_threshold_back_when_the_last_ends():
    first_in, second_done, seen = threading.Event(), threading.Event(), []

    def other() -> None:
        first_in.wait(5)
        with heap.building():
            seen.append(gc.get_threshold()[2])
        second_done.set()

    worker = threading.Thread(target=other)
    worker.start()
    with heap.building():
        first_in.set()
        second_done.wait(5)
        seen.append(gc.get_threshold()[2])  # the other build ended: still held for this one
    worker.join(5)
    assert seen == [HELD, HELD]
    assert gc.get_threshold()[2] == 100


def _spy(monkeypatch, module, name, seen):
    real = getattr(module, name)

    def spy(*args, **kwargs):
        seen.append(gc.get_threshold()[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)


LAW = "中华人民共和国测试法\n\n第一章 总则\n\n第一条 为了测试，制定本法。\n\n第二章 附则\n\n第二条 本法自公布之日起施行。\n"


@pytest.mark.parametrize("over", [None, 10])
def test_opening_builds_with_full_collections_held(tmp_path, monkeypatch, over):
    from reader.text import decode, document

    path = tmp_path / "law.txt"
    path.write_text(LAW * 3, encoding="utf-8")
    expected = documents.load(path).document
    seen: list[int] = []
    _spy(monkeypatch, decode, "read_file", seen)
    _spy(monkeypatch, document, "outline_document", seen)
    loaded = documents.outline_of(documents.load_for_reading(path, None, over))
    assert seen == [HELD, HELD]  # read and outlined (on one worker or, for a long text, on two jobs) while held
    assert loaded.document == expected  # the same document, outline and metadata as ever
    assert gc.get_threshold()[2] == 100
