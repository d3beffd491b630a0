"""Rules whose words were listed in Simplified read a Traditional document alike (審 as 审, 視頻 as 视频)."""

from __future__ import annotations

import pytest

from support import parse_document


def test_a_traditional_judgments_stages_are_its_parts():
    """d14_01 converted to Traditional lost its outline: '東臺市人民法院一審查明：' and '…二審認爲：' (OpenCC writes 爲)
    matched no stage, whose words were Simplified only."""
    body = "原告朱兆龍訴稱，被告許河安全器材廠生產的滅火器存在質量問題，導致其受傷，請求判令被告賠償損失。"
    text = (f"朱兆龍訴東臺市許河安全器材廠侵權責任糾紛案\n\n【裁判摘要】\n\n{body}\n\n東臺市人民法院一審查明：\n\n{body}\n\n"
            f"鹽城市中級人民法院二審認爲：\n\n{body}\n")
    doc = parse_document(text.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["【裁判摘要】", "東臺市人民法院一審查明", "鹽城市中級人民法院二審認爲"]


@pytest.mark.parametrize("row", ["查看視頻 ↗", "微信 微博 QQ空間", "返回首頁 | 列印 | 關閉"])
def test_a_traditional_pages_widget_rows_are_chrome(row):
    from reader.text.debris import is_widget_row

    assert is_widget_row(row)


def test_a_traditional_credit_line_is_read_by_its_simplified_labels():
    """'稿件來源：' is listed only as '稿件来源：'; the line was no metadata at all."""
    from reader.text.meta import parse_meta_line

    assert parse_meta_line("稿件來源：新華社  責任編輯：王五") == {"source": "新華社", "editor": "王五"}


def test_every_metadata_label_is_listed_in_simplified_too():
    """parse_meta_line reads a line folded to Simplified, so a label listed only in Traditional would never match."""
    from reader.text.fold import fold_script
    from reader.text.meta import _KEY_FIELD

    assert [k for k in _KEY_FIELD if fold_script(k) not in _KEY_FIELD] == []
