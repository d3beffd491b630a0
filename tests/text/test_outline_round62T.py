"""Round 62T: a long document is shown in two steps, its cleaned text first and its outline when found; the text
shown first must be the final text (same paragraphs, offsets and line numbers), and the two steps together must
give exactly the one-step document, on every shape build_document handles (double-spaced, set alike, plain)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from reader import documents
from reader.text.decode import read_file
from reader.text.document import build_document, clean_document, outline_document
from reader.text.model import Decoded
from support import DATA, seed_paths

CORPUS = DATA / "corpus"
DEV = [g for g in (json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "gold").glob("*.json")))
       if g["split"] == "dev"]
SAMPLE = DEV[::12]  # every twelfth dev document: all kinds (text, Markdown, HTML) and sizes, within the suite's time

GROUPS = [["关于加强安全生产工作的通知"], ["第一章　总则", "第一条　为了加强安全生产工作，制定本办法。"],
          ["第二章　责任", "第二条　各级政府应当认真落实安全生产责任。", "（一）明确责任分工。", "（二）加强监督检查。"],
          ["第三章　附则", "第三条　本办法自发布之日起施行。"]]
BODY = [line for group in GROUPS for line in group]
DOUBLED = "\n\n\n\n".join("\n\n".join(group) for group in GROUPS)  # a blank line after each, three between parts


def _decoded(text: str) -> Decoded:
    return Decoded(text=text, encoding="utf-8")


SHAPES = {
    "plain": "\n".join(BODY),
    "double-spaced": DOUBLED,  # read with its spacing halved, lines numbered as in the file
    "set alike": "\n".join("    " + line for line in BODY),  # every line by the same indent: read flush
    "empty": "",
}


def _two_steps_agree(decoded: Decoded) -> None:
    whole = build_document(decoded)
    cleaned = clean_document(decoded)
    assert cleaned.document == dataclasses.replace(whole, headings=())  # the text shown first is the final one
    assert cleaned.document.text == whole.text
    assert outline_document(cleaned) == whole


@pytest.mark.parametrize("shape", SHAPES)
def test_the_text_shown_first_is_the_outlined_documents_text(shape):
    _two_steps_agree(_decoded(SHAPES[shape]))


def test_the_double_spaced_shape_keeps_the_files_line_numbers_in_both_steps():
    cleaned = clean_document(_decoded(DOUBLED))
    assert cleaned.numbers is not None  # the shape is the halved one
    lines = DOUBLED.split("\n")
    in_file = {line: k + 1 for k, line in enumerate(lines) if line}
    assert all(p.line == in_file[p.text] for p in cleaned.document.paragraphs if p.text in in_file)
    doc = outline_document(cleaned)
    lines_of = [doc.paragraphs[doc.paragraph_at(h.offset)].line for h in doc.headings]
    assert in_file["第二章　责任"] in lines_of and [h.line for h in doc.headings] == lines_of


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.stem[:3])
def test_seeds_two_steps_equal_one(path):
    _two_steps_agree(read_file(path))


@pytest.mark.parametrize("gold", SAMPLE, ids=lambda g: g["file"])
def test_dev_documents_two_steps_equal_one(gold):
    _two_steps_agree(read_file(CORPUS / "docs" / gold["file"]))


def test_a_long_text_is_loaded_without_its_outline_then_completed(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("\n".join(BODY), encoding="utf-8")
    whole = documents.load_for_reading(path)
    first = documents.load_for_reading(path, None, 10)
    assert first.cleaned is not None and first.document.headings == () and whole.document.headings
    assert first.document.text == whole.document.text and first.script == whole.script
    assert first.entry() == whole.entry()  # the list's row is written at once
    done = documents.outline_of(first)
    assert done == whole and done.marks == whole.marks and done.cleaned is None


@pytest.mark.parametrize("over", [None, 10_000])
def test_a_text_not_over_the_limit_is_loaded_whole_at_once(tmp_path, over):
    path = tmp_path / "short.txt"
    path.write_text("\n".join(BODY), encoding="utf-8")
    loaded = documents.load_for_reading(path, None, over)
    assert loaded.cleaned is None and loaded.document.headings
    assert documents.outline_of(loaded) is loaded
