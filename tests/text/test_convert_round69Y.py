"""Found in session 69 (helper U's freeze, the class of it): `get_converter` held one lock while any converter was
built (0.5-13 s from a cold cache), so the GUI thread's conversion of a title or keyword chip through a converter
long built waited for another script's load."""

from __future__ import annotations

import threading

import pytest

from reader.text import convert

HELD = "s2twp"  # the configuration whose build is held


@pytest.fixture
def builds(monkeypatch):
    """Converters that build at once, except HELD's, which waits for the test's gate; (gate, started, configs built)."""
    gate, started, built = threading.Event(), threading.Event(), []

    class Held:
        def __init__(self, config: str, cache_dir) -> None:
            built.append(config)
            if config == HELD:
                started.set()
                assert gate.wait(20), "the test never let the held build go"
            self.config = config

    monkeypatch.setattr(convert, "Converter", Held)
    monkeypatch.setattr(convert, "_built", {}, raising=False)
    yield gate, started, built
    gate.set()


def _ask(config: str, cache_dir, results: dict) -> threading.Thread:
    """A thread asking for a converter, its answer kept in `results` by thread."""
    def ask() -> None:
        results[threading.get_ident()] = convert.get_converter(config, cache_dir)

    thread = threading.Thread(target=ask, daemon=True)
    thread.start()
    return thread


def test_a_built_converter_comes_back_while_another_is_being_built(builds, tmp_path):
    gate, started, built = builds
    ready = convert.get_converter("tw2sp", tmp_path)  # the keyword chips' converter, built before
    holder = _ask(HELD, tmp_path, {})
    assert started.wait(10)
    results: dict = {}
    asker = _ask("tw2sp", tmp_path, results)
    asker.join(10)
    assert not asker.is_alive() and list(results.values()) == [ready]  # came back while HELD was still building
    assert holder.is_alive()
    gate.set()
    holder.join(10)
    assert built == ["tw2sp", HELD]


def test_two_threads_asking_for_one_converter_build_it_once_while_others_build(builds, tmp_path):
    gate, started, built = builds
    results: dict = {}
    first = _ask(HELD, tmp_path, results)
    assert started.wait(10)
    second = _ask(HELD, tmp_path, results)
    other = convert.get_converter("t2s", tmp_path)  # built meanwhile, not after HELD's build
    assert other.config == "t2s" and first.is_alive()
    gate.set()
    first.join(10)
    second.join(10)
    assert len(results) == 2 and len({id(converter) for converter in results.values()}) == 1
    assert sorted(built) == sorted([HELD, "t2s"])
    assert convert.get_converter(HELD, tmp_path) is next(iter(results.values()))
