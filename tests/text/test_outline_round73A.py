"""bench/rule_attribution.py: each rule stage switched off where it acted, its effect booked per genre against the gold;
and outline_eval.py's genres for the kind words the 'other' bucket held."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_PATH = list(sys.path)
sys.path.insert(0, str(ROOT / "bench"))

from outline_eval import genre  # noqa: E402
from rule_attribution import Doc, Effect, Hooks, Outcome, attribute, away, genres_named, report, score  # noqa: E402

sys.path[:] = _PATH  # (the benches put the checkout first: an installed zhreader's metadata read after this
# collection would be the checkout's egg-info, test_packaging's)

from reader.text import outline  # noqa: E402
from reader.text.decode import read_file  # noqa: E402
from reader.text.document import clean_document  # noqa: E402

REPORT = ("年度报告\n\n一、总体情况\n\n今年各项指标运行平稳，具体数据如下。\n\n1.信息化发展指数\n\n>79\n\n72.45\n\n"
          "2.数字经济规模\n\n>50\n\n48.3\n\n二、下一步工作\n\n继续推进各项工作，确保目标实现。\n")
GOLD = [{"line": 3, "marker": "一、", "title": "总体情况", "depth": 1},
        {"line": 19, "marker": "二、", "title": "下一步工作", "depth": 1}]


def _report(tmp_path: Path) -> Doc:
    path = tmp_path / "d1_1_baogao_zhibiao.txt"
    path.write_text(REPORT, encoding="utf-8")
    return Doc(path.name, genre(path.name), clean_document(read_file(path)), GOLD)


@pytest.fixture
def hooks():
    hooked = Hooks()
    yield hooked
    hooked.restore()


def test_a_table_rule_is_booked_as_the_false_headings_it_saves(tmp_path: Path, hooks: Hooks) -> None:
    effects, base = attribute([_report(tmp_path)], hooks, ["headerrows.table_rows"])
    assert base[0].f1 == 1.0 and base[0].found == {(3, "一、"), (19, "二、")}
    effect = effects["headerrows.table_rows"]
    assert (effect.acted, effect.changed, effect.failed) == (1, 1, 0)
    assert effect.false == {"report": -2}  # without it the rows '1.信息化发展指数', '2.数字经济规模' are sections
    assert effect.gained["report"] == 0 and effect.lost["report"] == 0
    assert effect.f1["report"] == pytest.approx(1.0 - 2 * 0.5 / 1.5)
    assert effect.docs == {"d1_1_baogao_zhibiao.txt": (0.3333, 0.0, 0, 0, -2)}
    assert effect.home() == ("report", 1.0)


def test_the_numbering_a_section_opens_is_booked_as_the_headings_it_finds(tmp_path: Path, hooks: Hooks) -> None:
    effects, _ = attribute([_report(tmp_path)], hooks, ["sequences.opens_level", "compilations.court_stages"])
    effect = effects["sequences.opens_level"]  # without it, no 一、 opens a level: nothing is found
    assert (effect.changed, effect.gained["report"], effect.lost["report"], effect.false["report"]) == (1, 2, 0, 0)
    assert effect.f1["report"] == pytest.approx(1.0)
    assert "compilations.court_stages" not in effects  # no court's stages in a report: it acted nowhere


def test_the_pipeline_is_put_back() -> None:
    before = outline.reference_items
    Hooks().restore()
    assert outline.reference_items is before and not hasattr(before, "__wrapped__")


def test_an_effect_books_gains_losses_and_false_headings_per_genre() -> None:
    effect = Effect()
    a, b, c = (1, "a"), (2, "b"), (3, "c")
    effect.add("x.txt", "news", Outcome(frozenset({a, b}), frozenset(), 1.0, 1.0),
               Outcome(frozenset({a, c}), frozenset({(9, "z")}), 0.5, 1.0))
    effect.add("y.txt", "report", Outcome(frozenset({a}), frozenset({(8, "y")}), 0.5, 1.0),
               Outcome(frozenset({a, b}), frozenset(), 0.75, 1.0))
    effect.add("z.txt", "report", Outcome(frozenset({a}), frozenset(), 1.0, 1.0),
               Outcome(frozenset({a}), frozenset(), 1.0, 1.0))
    assert (effect.acted, effect.changed) == (3, 2)
    assert effect.gained == {"news": 1, "report": 0} and effect.lost == {"news": 1, "report": 1}
    assert effect.false == {"news": -1, "report": 1}
    assert effect.net() == pytest.approx(0.25) and effect.outside() == pytest.approx(-0.25)
    assert effect.home() == ("news", 1.0) and effect.concentration() == 1.0
    assert effect.cost({"x.txt": "news", "y.txt": "report", "z.txt": "report"}) == pytest.approx(0.25)
    lines = report({"s.t": effect}, {"x.txt": "news", "y.txt": "report", "z.txt": "report"}, 15)
    fits = lines.index("-- fits, most concentrated first")
    assert lines[fits + 1].split()[:4] == ["s.t", "3", "2", f"{100 * 0.25 / 3:.3f}"]  # gains on news, costs on a report


@pytest.mark.parametrize(("name", "label"), [
    ("d30_2_jiyao_xiaozu_huiyi.txt", "meeting minutes"),
    ("d30_2_jieti_baogao_rust.txt", "report"),  # its kind word unknown, its next word says it
    ("d30_2_zhaosheng_jianzhang_youer.txt", "other"),
    ("d30_2_law_minfa.txt", "mainland law/rules"),
    ("tw01_law.txt", "Taiwan law"),
])
def test_genres_from_the_kind_words(name: str, label: str) -> None:
    assert genre(name) == label


def test_scoring_counts_as_outline_eval_does() -> None:
    class H:
        def __init__(self, line: int, marker: str, title: str, depth: int) -> None:
            self.line, self.marker, self.title, self.depth = line, marker, title, depth

    got = score(GOLD, [H(3, "", "一、总体情况", 1), H(19, "二、", "下一步工作", 2), H(7, "1.", "信息化发展指数", 2)])
    assert got.found == {(3, "一、"), (19, "二、")} and got.false == {(7, "1.")}  # one line, one text, split otherwise
    assert got.f1 == pytest.approx(2 * (2 / 3) * 1.0 / (5 / 3)) and got.depth == 0.5


def test_the_genres_a_rule_was_written_for_come_from_the_dev_documents_its_commit_names() -> None:
    labels = {"d55_06_xinwen_zhike.txt": "news", "h13_02_notes_docker.txt": "tutorial with code",
              "d55_07_baogao_x.txt": "report", "cdt01_caipan_wenshu_jiangzuo.txt": "web page: speech/lecture"}
    message = ("Outline: the page title set again … (d55_06 0.75 → 0.86, h13_02 0.22 → 0.29; held-out f50_04 0.57 → "
               "0.67); cdt01 too")
    assert genres_named(message, labels) == {"news", "tutorial with code", "web page: speech/lecture"}
    assert genres_named("Review: behaviour unchanged", labels) == set()  # a name that is no dev document: passed over
    assert genres_named("Outline and cleaning from dev set 55: …", labels) == {"news", "report"}


def test_a_rule_is_measured_away_from_the_genres_it_was_written_for() -> None:
    effect = Effect()
    effect.add("x.txt", "news", Outcome(frozenset({(1, "a")}), frozenset(), 1.0, 1.0),
               Outcome(frozenset(), frozenset(), 0.0, 1.0))
    effect.add("y.txt", "report", Outcome(frozenset(), frozenset({(2, "b")}), 0.5, 1.0),
               Outcome(frozenset(), frozenset(), 0.75, 1.0))
    labels = {"x.txt": "news", "y.txt": "report"}
    assert away(effect, labels, {"news"}) == pytest.approx(-0.25)
    line = next(x for x in report({"s.t": effect}, labels, 15, {"s.t": {"news"}}) if x.startswith("s.t"))
    assert line.endswith(f"for news: away {100 * -0.25 / 2:+.3f}")
