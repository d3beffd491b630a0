"""Round 56H: a web page's template placeholders and a document title in book-title marks."""

from __future__ import annotations

import pytest

from reader.text import meta
from reader.text.placeholders import placeholder_only
from support import parse_document

PROSE = "本准则说明社区内容的发布要求与处理方式，请每位用户在发帖前仔细阅读并遵守。"


@pytest.mark.parametrize(("text", "placeholder"), [
    ("{{ t('about.menuCommunityGuidelines') }}", True),  # Vue's i18n call
    ("{{ page.title }} {{ site.name }}", True),  # two, side by side
    ("{% trans 'About' %}", True),  # Jinja / Django
    ("${project.projectName}", True),  # JSP / ES template string
    ("社区准则", False),  # words
    ("价格：${price} 元", False),  # a placeholder inside words: the words stay
    ("{{ 未闭合", False),
    ("用法：{{ name }} 会被替换", False),
])
def test_placeholder_only(text: str, placeholder: bool) -> None:
    assert placeholder_only(text) is placeholder


def test_a_template_page_takes_its_headline_not_its_placeholder() -> None:
    page = ("<template><div><span class='title'>{{ t('about.menuCommunityGuidelines') }}</span>"
            "<h3>《星河社区准则》</h3><p>发布日期：2026年2月17日</p><p>" + PROSE + "</p>"
            "<h3>第一条 社区定位</h3><p>" + PROSE + "</p><h3>第二条 倡导内容</h3><p>" + PROSE + "</p>"
            "</div></template>")
    doc = parse_document(page.encode(), "guidelines.html")
    assert doc.title == "《星河社区准则》"
    assert "{{" not in doc.text
    assert [h.marker.strip() for h in doc.headings] == ["第一条", "第二条"]


def test_a_page_with_words_around_a_placeholder_keeps_them() -> None:
    page = "<html><body><h1>价格说明</h1><p>本店价格：${price} 元，以结算页为准。</p></body></html>"
    assert "${price}" in parse_document(page.encode(), "price.html").text


@pytest.mark.parametrize(("text", "genre"), [
    ("《星河社区准则》", True),  # a document's title in book-title marks, as pages show it
    ("社区准则", True),
    ("《网络安全条例》", True),
    ("員工行為準則", True),
    ("上海证券交易所股票上市规则", True),  # an exchange's or an association's rules are a document's genre too
    ("《會員管理規則》", True),
    ("《红楼梦》", False),  # a book, no document's genre
    ("准则的修订说明", False),  # the genre word inside, not at the end
])
def test_genre_title(text: str, genre: bool) -> None:
    assert meta.genre_title(text) is genre


def test_a_sites_label_over_a_rules_full_title_gives_way_to_it() -> None:
    prose = "为规范平台交易行为，保护买卖双方的合法权益，根据有关法律法规，结合本平台实际，制定本规则。" * 2
    page = "交易规则\n星河平台商品交易规则\n\n第一条 " + prose + "\n\n第二条 " + prose + "\n"
    doc = parse_document(page.encode(), "rules.txt")
    assert doc.title == "星河平台商品交易规则"  # not the site's label for the kind of document
    assert not doc.text.startswith("交易规则")
