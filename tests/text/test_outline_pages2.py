"""Scraped pages, second round: feed items under a teaser or a link, postings whose labels carry a bullet or whose
names sit over fact lines, and the short lines of a news article or a notice that stay body.

The lines are real: the news-list page f10_06 (頭條日報), the digest h15_03 (neruthes/webdigest), the job pages
f10_02 and f10_07, and the negatives h15_04 (a university news article) and h15_05 (a procurement notice)
(tests/data/corpus).
"""

from __future__ import annotations

import pytest

from reader.text.meta import digest_headlines
from support import parse_document

# f10_06's 日報新聞 box: category, headline, a teaser cut by an ellipsis, date.
TEASED = ["港聞", "災情未止 小海嘯毁污水廠", "超強颱風「山竹」蹂躪本港，沿岸...", "2018-09-19",
          "港聞", "打工仔怒吼 林鄭回應 「攞特首出氣無問題」", "山竹強襲香港後第二天，公共交通...", "2018-09-19",
          "中國", "「山竹」剛走即抄牌惹爭議 廣州交警：不記錄在案", "颱風「山竹」剛過，廣東一帶災情...", "2018-09-19"]
# h15_03: each story a headline over its address (and the discussion's).
LINKED = ["Solidot", "亚马逊制作暗影蜘蛛侠真人剧集", "https://www.solidot.org/story?sid=74106",
          "阿里巴巴腾讯网易京东都宣布了各自的 AI 计划", "https://www.solidot.org/story?sid=74105",
          "\\[小米\\] 小米 k50 至尊打开谷歌基础服务微信就无法登录", "https://www.v2ex.com/t/915507",
          "\\<3 Deno", "https://matklad.github.io/2023/02/12/a-love-letter-to-deno.html",
          "https://news.ycombinator.com/item?id=34767795"]
# f9_07: a comment in code over the address it opens is no story.
CODE_LINKS = ["# renders both apps", "http://localhost:8080/", "# renders only react", "http://localhost:8080/react",
              "# renders only vue", "http://localhost:8080/vue"]


@pytest.mark.parametrize("texts, heads", [
    (TEASED, [1, 5, 9]),
    (LINKED, [1, 3, 5, 7]),
    (CODE_LINKS, []),
])
def test_a_feeds_headline_is_over_its_teaser_or_its_link(texts, heads):
    assert digest_headlines(texts, teasers=True) == heads


def test_the_cleaners_reading_of_a_feed_is_unchanged():
    """The cleaner protects the line under each headline as its byline: it keeps reading only metadata lines."""
    assert digest_headlines(TEASED) == [2, 6, 10]
    assert digest_headlines(LINKED) == []


def test_a_news_list_pages_headlines_come_out_not_its_teasers():
    text = "頭條日報\n\n" + "\n\n".join(TEASED) + "\n"
    doc = parse_document(text.encode("utf-8"), "page.txt")
    assert [h.title for h in doc.headings] == [TEASED[1], TEASED[5], TEASED[9]]
