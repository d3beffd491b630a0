"""Script conversion: every configuration on the bundled data, offset maps, paragraph locality, derived-table cache."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from support import CORPUS, REPO, seed_paths

from reader.atomic import TEMP_PREFIX
from reader.text.convert import CONFIGS, Converter, get_converter
from reader.text.fastconvert import FastMatcher
from reader.text.faststep import LOAD_ALL_CHARS
from reader.text.offsets import OffsetMap, compose
from reader.text.opencc_data import DictionaryStore, reverse_table, tofu_risk_table
from reader.text.opencc_engine import Plan

OFFERED = ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "t2hk")

# Sentences of our own; each line needs the current data or a phrase table, not just a character map.
CASES = [
    ("s2t", "头发和发展，干燥与干部，皇后在后面", "頭髮和發展，乾燥與幹部，皇后在後面"),
    ("t2s", "頭髮與發展，乾燥與幹部", "头发与发展，干燥与干部"),
    ("s2tw", "着急的人在梁上", "著急的人在梁上"),
    ("tw2s", "著急的人在樑上", "着急的人在梁上"),
    ("s2twp", "我的U盘和鼠标，打印机的内存", "我的隨身碟和滑鼠，印表機的記憶體"),
    ("tw2sp", "我的隨身碟和滑鼠，印表機的記憶體", "我的U盘和鼠标，打印机的内存"),
    ("s2hk", "着急的为什么", "着急的為什麼"),
    ("hk2s", "着急的為甚麼", "着急的为甚么"),
    ("t2tw", "着急的爲什麼", "著急的為什麼"),
    ("t2hk", "着急的爲什麼", "着急的為什麼"),
    ("s2hkp", "的士和出租车", "的士和出租車"),
    ("hk2sp", "的士和計程車", "的士和计程车"),
]


@pytest.mark.parametrize(("config", "source", "expected"), CASES)
def test_converts_with_current_data(config, source, expected):
    assert get_converter(config).convert(source) == expected


def test_every_offered_configuration_is_available():
    assert set(OFFERED) <= set(CONFIGS)
    for config in CONFIGS:
        assert get_converter(config).config == config


@pytest.mark.parametrize("bad", ["s2x", "", "S2T", "jp2t"])
def test_unknown_configuration_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="unknown conversion .* choose one of s2t"):
        get_converter(bad)


def test_converter_is_shared_per_configuration():
    assert get_converter("s2t") is get_converter("s2t")
    assert get_converter("s2t") is not get_converter("t2s")


# --- offset maps -------------------------------------------------------------------------------------------------

MAPPED = [
    # config, source, [(source offset, target offset)] at change boundaries and in unchanged stretches
    ("s2twp", "我的U盘坏了，鼠标也是。", [(0, 0), (2, 2), (4, 5), (5, 6), (6, 7), (7, 8), (9, 10), (12, 13)]),
    ("tw2sp", "我的隨身碟壞了，滑鼠也是。", [(0, 0), (2, 2), (5, 4), (6, 5), (7, 6), (8, 7), (13, 12)]),
    ("s2twp", "打印机和内存。U盘", [(3, 3), (4, 4), (6, 7), (7, 8), (9, 11)]),
    ("s2t", "𠮷野家的头发", [(0, 0), (1, 1), (4, 4), (6, 6)]),
]


@pytest.mark.parametrize(("config", "source", "pairs"), MAPPED)
def test_offsets_are_exact_at_boundaries(config, source, pairs):
    result = get_converter(config).convert_mapped(source)
    for src, tgt in pairs:
        assert result.offsets.to_target(src) == tgt, (src, result.text)
        assert result.offsets.to_source(tgt) == src, (tgt, result.text)


def test_offsets_inside_a_changed_span_stay_inside_it():
    result = get_converter("s2twp").convert_mapped("的U盘的")  # U盘 (1..3) -> 隨身碟 (1..4)
    assert result.text == "的隨身碟的"
    assert [result.offsets.to_target(i) for i in range(5)] == [0, 1, 2, 4, 5]
    assert [result.offsets.to_source(j) for j in range(6)] == [0, 1, 1, 2, 3, 4]


def test_offsets_are_clamped_to_the_texts():
    result = get_converter("s2twp").convert_mapped("U盘")
    assert result.offsets.to_target(-5) == 0
    assert result.offsets.to_target(99) == len(result.text)
    assert result.offsets.to_source(99) == 2


def _material() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return texts


@pytest.mark.parametrize("config", ["s2twp", "tw2sp", "s2hkp", "hk2sp", "s2t"])
def test_punctuation_and_line_breaks_map_onto_themselves(config):
    """Separators are never converted, so each must land on the same character: anchors survive a toggle."""
    converter = get_converter(config)
    for text in _material() + ["我的U盘，打印机。\n内存与鼠标！"]:
        result = converter.convert_mapped(text)
        for m in re.finditer(r"[\n，。、；：！？（）]", text):
            j = result.offsets.to_target(m.start())
            assert result.text[j] == m.group(), (config, m.start())
            assert result.offsets.to_source(j) == m.start()


@pytest.mark.parametrize("config", ["s2twp", "tw2sp", "hk2sp"])
def test_reference_path_maps_offsets_too(config):
    fast = get_converter(config)
    reference = Converter(config, fast=False)
    text = "我的U盘坏了，打印机的内存。\n我的隨身碟和滑鼠，印表機的記憶體\n鼠标"
    a, b = fast.convert_mapped(text), reference.convert_mapped(text)
    assert a.text == b.text
    for m in re.finditer("\n", text):  # exact at line breaks, proportional inside a changed line
        assert b.text[b.offsets.to_target(m.start())] == m.group()


def test_text_with_a_description_sequence_still_maps_its_lines():
    result = get_converter("s2twp").convert_mapped("U盘⿰发头\n鼠标")
    assert result.text == "隨身碟⿰发头\n滑鼠"
    assert result.offsets.to_target(5) == 6 and result.offsets.to_source(6) == 5


# --- paragraphs convert independently ---------------------------------------------------------------------------

@pytest.mark.parametrize("config", ["s2t", "s2twp", "tw2sp", "hk2s"])
def test_paragraph_by_paragraph_equals_whole_text(config):
    """The window converts the visible paragraphs first; the result must not depend on where it cut."""
    converter = get_converter(config)
    for text in _material() + ["鼠标\nU盘 打印机\n\n低级别产品\n隨身碟"]:
        paragraphs = text.split("\n")
        assert "\n".join(converter.convert(p) for p in paragraphs) == converter.convert(text)


# --- derived tables ---------------------------------------------------------------------------------------------

def test_derived_tables_are_written_to_the_cache_and_reused(tmp_path):
    converter = Converter("s2twp", cache_dir=tmp_path)
    assert converter.convert("伯克希尔哈撒韦") == "波克夏海瑟威"
    (derived,) = (tmp_path / "opencc").iterdir()
    generated = derived / "STPhrases_GeneratedFromRegionalPhrases.txt"
    assert "伯克希尔哈撒韦\t伯克希爾哈撒韋" in generated.read_text(encoding="utf-8")
    # A later converter reads the cached table instead of deriving it again.
    generated.write_text("伯克希尔哈撒韦\t伯克希爾哈撒韋\n鼠标垫子\t鼠標墊子X\n", encoding="utf-8")
    assert Converter("s2t", cache_dir=tmp_path).convert("鼠标垫子") == "鼠標墊子X"


@pytest.mark.parametrize("config", ["s2twp", "tw2sp"])  # segmentation shared with the first / the last step
def test_compiled_matcher_is_cached_and_a_damaged_one_rebuilt(tmp_path, config):
    text = "我的U盘坏了，鼠标也是。我的隨身碟壞了，滑鼠也是。" * 3
    fresh = Converter(config, cache_dir=tmp_path)
    (compiled,) = (tmp_path / "opencc").glob(f"*/{config}.matcher*")
    loaded = Converter(config, cache_dir=tmp_path)
    assert loaded._reference is None  # came from the cache, the dictionaries were not read
    assert loaded.convert(text) == fresh.convert(text) == fresh.reference.convert(text)
    compiled.write_bytes(b"not marshal data")
    rebuilt = Converter(config, cache_dir=tmp_path)
    assert rebuilt.convert(text) == fresh.convert(text)
    assert compiled.read_bytes() != b"not marshal data"


@pytest.mark.parametrize("config", ["s2t", "s2twp"])
def test_damage_inside_a_cached_part_is_found_at_load_not_at_a_conversion(tmp_path, config):
    """The phrase table's parts are unmarshalled when a text needs them: damage there must rebuild at load."""
    text = "我的U盘坏了，鼠标也是。" * 3
    expected = Converter(config, cache_dir=tmp_path).convert(text)
    (compiled,) = (tmp_path / "opencc").glob(f"*/{config}.matcher*")
    data = bytearray(compiled.read_bytes())
    middle = len(data) // 2
    data[middle: middle + 64] = bytes(64)  # zeros in the middle: the outer marshal still reads
    compiled.write_bytes(bytes(data))
    damaged = Converter(config, cache_dir=tmp_path)
    assert damaged.convert(text * 40_000) [: len(expected)] == expected  # a long text reads every part
    assert compiled.read_bytes() != bytes(data)  # rebuilt


@pytest.mark.parametrize("config", ["s2t", "s2twp"])  # the phrase head alone / shared with the segmentation
def test_a_cached_matcher_reads_only_the_phrases_a_text_needs(tmp_path, config):
    """The large phrase table is cached in parts by first character, read as texts need them, exactly."""
    Converter(config, cache_dir=tmp_path)
    loaded = Converter(config, cache_dir=tmp_path)
    head = loaded.fast._chain[0]
    parts = len(head.pending)
    assert parts > 1000 and not head.prefixes
    compiled = get_converter(config)  # compiled from the dictionaries, every key in memory
    short = "鼠标垫子和头发"
    assert loaded.convert(short) == compiled.convert(short) == compiled.reference.convert(short)
    assert 0 < parts - len(head.pending) < 10
    texts = _material()
    for text in texts:  # paragraph by paragraph: short texts, parts read one by one
        for paragraph in text.split("\n")[:40]:
            assert loaded.convert_mapped(paragraph) == compiled.convert_mapped(paragraph)
    assert head.pending  # the paragraphs needed only some of them
    whole = "\n".join(texts)
    whole = "\n".join([whole] * (LOAD_ALL_CHARS // len(whole) + 1))
    assert loaded.convert(whole) == compiled.convert(whole)
    assert not head.pending  # a long text reads the rest at once


def test_a_cache_that_cannot_be_written_costs_time_and_leaves_no_temporary_file(tmp_path, caplog):
    """Derived tables and compiled matchers are written through write_atomically; a failed write is logged."""
    from reader.text.fastconvert import FORMAT

    folder = DictionaryStore(tmp_path).derived_dir
    blocked = [folder / "TWVariantsRev.txt", folder / f"tw2s.matcher{FORMAT}"]
    for path in blocked:
        path.mkdir(parents=True)  # a directory where the file goes: the final rename fails
    with caplog.at_level("WARNING"):
        assert Converter("tw2s", cache_dir=tmp_path).convert("著急的人在樑上") == "着急的人在梁上"
    assert not [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX) or p.suffix == ".tmp"]
    assert all(path.is_dir() for path in blocked)
    assert caplog.text.count("could not cache") == 2


def test_without_a_cache_dir_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert Converter("tw2s", cache_dir=None).convert("著急") == "着急"
    assert list(tmp_path.iterdir()) == []


def test_nothing_generated_is_committed():
    shipped = {p.stem for p in (REPO / "resources" / "opencc" / "dictionary").glob("*")}
    assert not shipped & {"STPhrases_GeneratedFromRegionalPhrases", "TSCharactersExt", "TWVariantsRev", "HKVariantsRev"}


def test_reverse_table_honours_preferences(tmp_path):
    path = tmp_path / "V.txt"
    path.write_text("# @reverse-prefer: 甲 乙\n# comment\n丙\t甲\n乙\t甲\n丁\t戊 己\n", encoding="utf-8")
    assert reverse_table(path) == {"己": ("丁",), "戊": ("丁",), "甲": ("乙", "丙")}


def test_tofu_risk_table_keeps_only_marked_extensions(tmp_path):
    path = tmp_path / "C.txt"
    path.write_text("# @tofu-risk: rare\n甲\t甲 乙\n丙\t丁\n# @tofu-risk: rare\n戊\t己\n", encoding="utf-8")
    assert tofu_risk_table(path) == {"甲": ("乙",), "戊": ("己",)}


def test_unknown_table_name_is_an_error():
    with pytest.raises(ValueError, match="neither shipped nor derivable"):
        DictionaryStore(None).get("NoSuchTable")


def test_importing_the_engine_loads_no_converter():
    code = "import sys, reader.text.convert, reader.text.script; assert 'opencc' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_offsets_compose_across_steps():
    """Two steps that change lengths in overlapping places: boundaries outside them still map exactly."""
    steps = (((("a",), {"甲乙": "丙丁戊"}),), ((("b",), {"丁戊": "己", "子": "寅卯"}),))
    matcher = FastMatcher(Plan("test", (), None, steps))
    source = "子甲乙丑，甲乙"
    out, per_step = matcher.convert_spans(source)
    assert out == "寅卯丙己丑，丙己"
    spans = compose(per_step[0], per_step[1])
    assert spans == [(0, 1, 0, 2)]  # 甲乙 -> 丙丁戊 -> 丙己 keeps its length overall
    offsets = OffsetMap.from_spans(spans, len(source), len(out))
    assert [offsets.to_target(i) for i in range(len(source) + 1)] == [0, 2, 3, 4, 5, 6, 7, 8]
    assert offsets.to_source(1) == 0 and offsets.to_source(2) == 1


def test_default_offset_map_is_the_identity():
    assert [OffsetMap().to_target(i) for i in (0, 5, 10**6)] == [0, 5, 10**6]
    assert OffsetMap().to_source(7) == 7


def test_maps_invert_and_chain():
    """A toggle there and back: chaining the two maps brings every separator home."""
    source = "我的U盘坏了，打印机的内存。"
    there = get_converter("s2twp").convert_mapped(source)
    back = get_converter("tw2sp").convert_mapped(there.text)
    assert back.text == source
    m = there.offsets
    inverse = OffsetMap(m.target_starts, m.target_ends, m.source_starts, m.source_ends, m.target_length, m.source_length)
    assert all(inverse.to_target(j) == m.to_source(j) for j in range(len(there.text) + 1))
    round_trip = OffsetMap.from_spans(compose(m.spans, back.offsets.spans), len(source), len(back.text))
    for m in re.finditer("[，。]", source):
        assert round_trip.to_target(m.start()) == m.start()
    assert round_trip.to_target(len(source)) == len(source)
