"""An exported PDF's text layer carries the document's characters, not Kangxi radicals that share their glyphs."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QTextDocument

from reader.ui.export import default_cjk_family, export_pdf
from reader.ui.pdf_text import fix_text_layer, radical_fixes

TEXT = "人大工作 人民代表大会 一二三 工人 大人 入八儿"

CMAP = (b"1 0 obj\n<< /ToUnicode 2 0 R >>\nendobj\n2 0 obj\n<< /Length 99 >>\nstream\n"
        b"2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<2F08> <2F24> <4F5C> ]\n<0004> <0005> <2F08>\n"
        b"endbfrange\n1 beginbfchar\n<2F08> <2F2F>\nendbfchar\nendstream\nendobj\n")


def test_the_text_layer_maps_are_rewritten_in_place():
    fixed = fix_text_layer(CMAP, {0x2F08: 0x4EBA, 0x2F24: 0x5927, 0x2F2F: 0x5DE5})
    assert len(fixed) == len(CMAP)  # byte offsets of the file stay valid
    assert b"[<4EBA> <5927> <4F5C> ]" in fixed
    assert b"<0004> <0005> <2F08>" in fixed  # a range start is not one glyph: left alone
    assert b"<2F08> <5DE5>" in fixed  # a glyph id that looks like a radical is not touched, its target is


def test_fixes_pair_radicals_with_the_documents_own_characters(qapp):
    family = default_cjk_family()
    if not family:
        pytest.skip("no Chinese font installed")
    fixes = radical_fixes(TEXT, [family])
    assert all(0x2E80 <= radical < 0x2FE0 for radical in fixes)
    assert set(fixes.values()) <= {ord(c) for c in TEXT}
    assert radical_fixes("⼈" + TEXT, [family]).get(0x2F08) is None  # a radical the text really has stays


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_searching_the_exported_pdf_finds_the_documents_words(qapp, tmp_path):
    path = tmp_path / "out.pdf"
    export_pdf(QTextDocument(TEXT), path)
    extracted = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert extracted.split("\n")[0].strip() == TEXT
    assert not any(0x2E80 <= ord(c) < 0x2FE0 for c in extracted)
