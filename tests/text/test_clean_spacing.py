"""Double-spaced text: a blank after every line says nothing of paragraphs, so the line widths decide alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.document import load_document
from support import DATA

DOCS = DATA / "corpus" / "docs"


def _texts(path: Path) -> list[str]:
    return ["".join(p.text.split()) for p in load_document(path).paragraphs]


def _double_spaced(name: str, folder: Path) -> Path:
    path = folder / name
    path.write_text("\n\n".join((DOCS / name).read_text(encoding="utf-8").split("\n")), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["pdf_cdt08_qingnian_shiye_yanjiu_w14.txt", "pdf_cdt03_jiamiu_yanjiang_w20.txt",
                                  "pdf_law02_huanjing_baohushui_fa_w34.txt", "pdf_tw07_zhihui_caichan_shenli_fa_w16.txt"])
def test_a_hard_wrapped_extract_double_spaced_rejoins_as_the_single_spaced_one(name, tmp_path):
    assert _texts(_double_spaced(name, tmp_path)) == _texts(DOCS / name)


@pytest.mark.parametrize("name", ["cdt02_biye_zhici.txt", "law03_lifa_fa.txt", "cdt14_jiabao_shendu.txt"])
def test_paragraphs_one_per_line_with_blanks_between_stay_apart(name, tmp_path):
    assert _texts(_double_spaced(name, tmp_path)) == _texts(DOCS / name)


@pytest.mark.parametrize("name", ["gov03_shaoxing_jiaoyu_guihua.txt", "f7_09_law_zhongcaifa_2025_xiuding.txt"])
def test_an_indent_every_line_shares_is_a_margin_not_width(name, tmp_path):
    path = tmp_path / name
    lines = (DOCS / name).read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join("\u3000\u3000" + ln.lstrip() if ln.strip() else ln for ln in lines), encoding="utf-8")
    assert _texts(path) == _texts(DOCS / name)
