"""Round 67H: a saved page's article goes on past a stretch of short lines. The page reading keeps the best run of
prose; a list of names, a table or a few labels and values between two stretches of prose scored as no prose, and
the article was cut before its later sections (their headings lost from the outline, their text shown nowhere).
Lines that are neither links nor widgets up to the last prose before the next menu are the article's; a menu, a
run of links, still ends it, and the text after the menu stays out."""

from __future__ import annotations

import pytest

from support import parse_document

_PROSE = ("本次活动面向全市中小学生开放，参加者须在规定时间内完成网上报名，并按照组委会的安排准时到达指定地点参加比赛，"
          "逾期未到者视为自动放弃比赛资格。")
_LATE = "报名结束后，组委会将在三个工作日内公布参赛名单，请各位参赛者留意官方网站的通知。"
_MENU = "<ul class='nav'>" + "".join(f"<li><a href='/{k}'>{t}</a></li>" for k, t in enumerate(
    ["首页", "新闻中心", "通知公告", "联系我们", "网站地图", "友情链接"])) + "</ul>"
_AFTER = "<p>本网站由某某市教育局主办，未经许可不得转载本站的任何内容，违者必究。</p>"


def _page(gap: str, last: str = "三、") -> bytes:
    return (f"<html><head><title>比赛通知 - 某某市教育网</title></head><body>{_MENU}<h1>比赛通知</h1>"
            f"<p>一、报名方式</p><p>{_PROSE}</p><p>{_PROSE}</p>{gap}<p>{last}名单公布</p><p>{_LATE}</p>{_MENU}{_AFTER}"
            f"</body></html>").encode("utf-8")


_NAMES = "<p>评委名单：</p>" + "".join(f"<p>{t}</p>" for t in (
    "张明华", "李晓东", "王建国", "赵丽君", "陈志强", "刘海燕", "杨光明", "黄晓玲", "周建华", "吴秀英", "徐志刚", "孙丽华"))
_LABELS = "<p>二、比赛安排</p>" + "".join(f"<p>{t}</p>" for t in (
    "初赛地点", "市第一中学", "复赛地点", "市第二中学", "决赛地点", "市体育馆", "颁奖地点", "市少年宫",
    "咨询电话", "12345678"))
_TABLE = "<p>二、比赛时间</p><table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (
    ("初赛时间", "五月十日"), ("复赛时间", "五月二十日"), ("决赛时间", "六月一日"))) + "</table>" + "".join(
    f"<p>{t}</p>" for t in ("备注一", "详见附件", "备注二", "另行通知", "备注三", "以官网为准"))


@pytest.mark.parametrize("gap, last, headings", [
    (_NAMES, "二、", ["一、报名方式", "二、名单公布"]),  # a list of names, one a paragraph
    (_LABELS, "三、", ["一、报名方式", "二、比赛安排", "三、名单公布"]),  # short labels and values, one a paragraph
    (_TABLE, "三、", ["一、报名方式", "二、比赛时间", "三、名单公布"]),  # a table and its notes
])
def test_the_article_goes_on_past_short_lines(gap, last, headings):
    doc = parse_document(_page(gap, last), "notice.html")
    assert [h.marker + h.title for h in doc.headings] == headings
    assert _LATE in doc.text
    assert "新闻中心" not in doc.text and "未经许可不得转载" not in doc.text  # the menu still ends it

