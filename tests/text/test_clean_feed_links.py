"""A feed's items each end with the same link furniture ('原始網址：' over a URL, '電子郵件:' over an address): it goes."""

from __future__ import annotations

from support import DATA, parse_document

FEED = DATA / "corpus" / "docs" / "f6_05_rss_xianggang_diantai_bendi.txt"
FURNITURE = ("原始網址", "電子郵件", "原文連結", "https://", "cnews@")


def test_the_link_lines_after_every_item_of_a_feed_go_and_the_news_stays():
    doc = parse_document(FEED.read_bytes(), FEED.name)
    texts = [p.text for p in doc.paragraphs]
    assert not [t for t in texts if t.startswith(FURNITURE)]
    assert "恒指午市初段升逾300點" in texts
    assert sum(r.text.startswith("原始網址") for r in doc.removed) >= 3


def test_a_notices_one_contact_address_stays():
    body = "请各单位于3月31日前将申报材料报送至我局科技处，逾期不予受理。联系人：王明，电话：010-12345678。"
    text = "\n\n".join(["关于申报2024年度科技项目的通知", body, "电子邮件：", "kejichu@example.gov.cn", body])
    texts = [p.text for p in parse_document(text.encode("utf-8"), "notice.txt").paragraphs]
    assert texts[1:3] == ["电子邮件：", "kejichu@example.gov.cn"]
