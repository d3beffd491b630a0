"""Round 61T on the real window: a paragraph with no astral character gets its Qt positions without a scan of its
characters on the main thread (a 2 M one-line file: ~46 ms at every open and script change), and one with astral
characters keeps them exact (𠮷 is two Qt positions)."""

from __future__ import annotations

import pytest

import reader.ui.utf16 as utf16
from qtsupport import settle

SENTENCE = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定！"  # 32 characters


class _CountingPattern:
    """The astral pattern, counting the characters it is asked to scan."""

    def __init__(self, real) -> None:
        self.real, self.scanned = real, 0

    def finditer(self, text, *args):
        self.scanned += len(text)
        return self.real.finditer(text, *args)


@pytest.fixture
def counting(monkeypatch):
    pattern = _CountingPattern(utf16._ASTRAL)
    monkeypatch.setattr(utf16, "_ASTRAL", pattern)
    return pattern


def _open(window, tmp_path, body: str):
    path = tmp_path / "one-line.txt"
    path.write_text("关于加强工作的报告\n" + body, encoding="utf-8")
    window.open_path(str(path))
    settle(window)
    return window.reading


@pytest.mark.parametrize("choice", ["s2t", "s2tw", "s2hk"])
def test_a_long_paragraph_without_astral_characters_is_never_scanned(make_window, tmp_path, counting, choice):
    window = make_window()
    view = _open(window, tmp_path, SENTENCE * 3000)
    window.script_selector.choose(choice)
    settle(window)
    at = view.displayed_text().index("！", 50_000)
    assert view.from_qt(view.to_qt(at)) == at
    assert counting.scanned < 1000  # the header's short lines at most, never the 96,000-character paragraph


@pytest.mark.parametrize("where", [0, 40_000, 95_000])
def test_astral_characters_keep_every_position_exact(make_window, tmp_path, where):
    window = make_window()
    body = SENTENCE * 3000
    body = body[:where] + "𠮷" + body[where:]
    view = _open(window, tmp_path, body)
    text = view.displayed_text()
    at = text.index("𠮷")
    qdoc = view.document()
    after = text.index("！", at)
    for index in (at, at + 1, after):
        pos = view.to_qt(index)
        assert view.from_qt(pos) == index
    assert view.to_qt(at + 1) == view.to_qt(at) + 2  # the surrogate pair
    assert qdoc.characterAt(view.to_qt(after)) == "！"


# --- a script's converters are loaded on a worker before the window uses them ---------------------------------


@pytest.fixture
def converter_calls(monkeypatch):
    """(on the GUI thread, config) for each converter asked for: a worker's once it has it, the GUI thread's at once."""
    import threading

    import reader.text.display as display
    import reader.ui.window_script as window_script

    calls: list[tuple[bool, str]] = []
    real = display.converter

    def spy(config, cache_dir=""):
        gui = threading.current_thread() is threading.main_thread()
        if gui:
            calls.append((True, config))
        found = real(config, cache_dir)
        if not gui:
            calls.append((False, config))
        return found

    monkeypatch.setattr(display, "converter", spy)
    monkeypatch.setattr(window_script, "converter", spy)
    return calls


def _gui_loads(calls) -> list[str]:
    """Converters the GUI thread asked for before any worker had loaded them."""
    loaded, first = set(), []
    for gui, config in calls:
        if not gui:
            loaded.add(config)
        elif config not in loaded:
            first.append(config)
    return first


@pytest.mark.parametrize("choice", ["s2tw", "s2hk", "s2t", "t2s"])
def test_a_script_the_window_has_not_loaded_is_loaded_on_a_worker_first(make_window, tmp_path, converter_calls,
                                                                         choice):
    window = make_window()
    view = _open(window, tmp_path, "\n\n".join(f"第{i}段。{SENTENCE}" for i in range(200)))
    window.script_selector.choose(choice)
    settle(window)
    assert _gui_loads(converter_calls) == []
    assert window.settings.script == choice and window.reading.display.config == window.script.config
    assert ("各級政府" in view.displayed_text()) == (choice != "t2s")  # a Simplified text is shown as written in 简体


def test_ctrl_t_at_once_after_the_window_opens_waits_for_its_converter_on_a_worker(make_window, tmp_path,
                                                                                   converter_calls):
    window = make_window()
    _open(window, tmp_path, SENTENCE * 10)
    window.toggle_script()
    settle(window)
    assert _gui_loads(converter_calls) == []
    assert window.reading.displayed_text().startswith("各級政府")


def test_a_choice_made_while_another_loads_wins(make_window, tmp_path, converter_calls):
    window = make_window()
    view = _open(window, tmp_path, SENTENCE * 10)
    window.script_selector.choose("s2hk")
    window.script_selector.choose("s2tw")
    window.script_selector.choose("original")
    settle(window)
    assert window.settings.script == "original" and window.script.config is None
    assert view.displayed_text().startswith(SENTENCE)
    window.script_selector.choose("s2hk")
    settle(window)
    assert window.script.config == "s2hk" and view.displayed_text().startswith("各級政府")


# --- the layout pump's steps follow the machine's pace ---------------------------------------------------------


def _pump_walk(qtbot, window, tmp_path, monkeypatch, chunk_ms: float) -> list[int]:
    """Qt positions each pump step advanced while a long document is laid out, every layout chunk taking chunk_ms
    on the pump's clock (no wall clock: the clock moves as the pump reads it)."""
    import reader.ui.lazy_layout as lazy_layout

    now = [0.0]

    def clock() -> float:
        now[0] += chunk_ms / 1000
        return now[0]

    monkeypatch.setattr(lazy_layout, "perf_counter", clock, raising=False)
    pump = window.reading._pump
    walked: list[int] = []
    pump._timer.timeout.connect(lambda: walked.append(pump._pos))
    view = _open(window, tmp_path, "\n\n".join(f"第{i}段。{SENTENCE * 3}" for i in range(3000)))
    # laid out to the end, without the reader scrolling
    qtbot.waitUntil(lambda: view.document().lastBlock().layout().lineCount() > 0, timeout=60_000)
    return [b - a for a, b in zip(walked, walked[1:]) if b > a]


def test_on_a_slow_machine_the_pump_takes_small_steps(qtbot, make_window, tmp_path, monkeypatch):
    from reader.ui.tuning import PUMP_BUDGET_MS, PUMP_CHUNK_CHARS

    window = make_window()
    # each chunk costs most of the turn's budget: two chunks a turn, never the 15,000 positions of a fast machine
    steps = _pump_walk(qtbot, window, tmp_path, monkeypatch, chunk_ms=PUMP_BUDGET_MS * 0.8)
    assert len(steps) >= 10 and max(steps) <= 2 * PUMP_CHUNK_CHARS, steps


def test_on_a_fast_machine_the_pump_keeps_its_full_steps(qtbot, make_window, tmp_path, monkeypatch):
    from reader.ui.tuning import PUMP_STEP_CHARS

    window = make_window()
    steps = _pump_walk(qtbot, window, tmp_path, monkeypatch, chunk_ms=0.01)
    assert max(steps) == PUMP_STEP_CHARS and len(steps) >= 10, steps
