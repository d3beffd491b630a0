"""Cleaning a saved page's boxes (session 65Z): a procurement notice's opening '项目概况' box above its body of short
fields, with no headline over it, and an <aside> of key points inside the <article>. Both are the page's own text;
chrome around them (menus, footers, link lists, a sidebar) still goes.

Each case is made up and minimal; each loss case fails without its rule. The leave-alone cases pass before and after.
"""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes

_NAV = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zcfg/">政策法规</a></li>'
        '<li><a href="/cggg/">采购公告</a></li><li><a href="/lxwm/">联系我们</a></li></ul></div>\n')
_FOOT = '<div class="footer"><p>主办单位：某市财政局 版权所有</p><p><a href="/map">网站地图</a></p></div>\n'
_BOX = ('<div style="border:2px solid"><p>项目概况</p><p>医疗设备采购采购项目的潜在供应商应在“政府采购云平台”获取采购'
        '文件，并于2021年12月31日 09:30（北京时间）前提交响应文件。</p></div>\n')
_FIELDS = ('<p><strong>一、项目基本情况</strong></p>\n<p>项目编号：WZZC2021-J1-000544</p><p>项目名称：医疗设备采购</p>'
           '<p>采购方式：竞争性谈判</p><p>预算总金额（元）：1540000</p><p>采购需求：</p><p>标项一</p><p>标项名称:监护仪</p>'
           '<p>数量:6</p><p>预算金额（元）:900000</p><p>最高限价（如有）：/</p>\n'
           '<p>合同履约期限：签订合同之日起至付清合同全部款项当日</p>\n'
           '<p>备注：本项目接受同一供应商对多个分标报价，但同一供应商只能成交其中一个分标。若某供应商为多个分标排序第一'
           '成交候选人，则由采购人自行选择。</p>\n<p><strong>二、申请人的资格要求：</strong></p>\n'
           '<p>1.满足《中华人民共和国政府采购法》第二十二条规定；</p>\n'
           '<p>2.本项目的特定资格要求：持有食品药品监督管理部门颁发的有效证件，生产企业须持有《医疗器械生产许可证》，'
           '经营企业须持有相应的经营许可证或备案凭证。</p>\n<p><strong>三、获取采购文件</strong></p>\n'
           '<p>方式：供应商登录政采云平台在线申请获取采购文件，进入“项目采购”应用，在获取采购文件菜单中选择项目，'
           '申请获取采购文件。</p>\n')
_HEAD = '<html><head><meta charset="utf-8"><title>医疗设备采购竞争性谈判公告</title></head><body>\n'
_ARTICLE = ('<p>十四届全国人大二次会议开幕，国务院总理作政府工作报告，回顾了过去一年的工作，提出了今年的主要目标任务。</p>'
            '<p>报告提出，今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右。</p>'
            '<p>报告指出，要大力推进现代化产业体系建设，加快发展新质生产力，深入推进数字经济创新发展。</p>')


def _text(page: str) -> str:
    doc = clean(decode_bytes(page.encode("utf-8"), "page.html"))
    return "\n".join(p.text for p in doc.paragraphs)


KEPT = [  # (page, what the reader must see)
    (_HEAD + _BOX + _FIELDS + "</body></html>", "项目概况"),
    (_HEAD + _BOX + _FIELDS + "</body></html>", "采购项目的潜在供应商应在"),
    (_HEAD + _NAV + _BOX + _FIELDS + _FOOT + "</body></html>", "项目概况"),
    (_HEAD + _NAV + _BOX + _FIELDS + _FOOT + "</body></html>", "前提交响应文件"),
    (_HEAD + _NAV + '<article><h1>政府工作报告解读</h1><aside class="keypoints"><h4>要点速览</h4><p>今年经济增长预期目标为'
     '5%左右，城镇新增就业1200万人以上。</p></aside>' + _ARTICLE + '</article>' + _FOOT + "</body></html>", "今年经济增长预期目标"),
    (_HEAD + '<article><h1>政府工作报告解读</h1>' + _ARTICLE + '<aside><p>赤字率拟按3%安排，拟发行超长期特别国债1万亿元。'
     '</p></aside></article></body></html>', "赤字率拟按3%安排"),
]


@pytest.mark.parametrize("page, want", KEPT, ids=[f"{k}-{w}" for k, (_, w) in enumerate(KEPT)])
def test_a_box_of_the_page_own_text_is_kept(page, want):
    assert want in _text(page)


GONE = [  # (page, chrome the reader must not see)
    (_HEAD + _NAV + _BOX + _FIELDS + _FOOT + "</body></html>", "政策法规"),
    (_HEAD + _NAV + _BOX + _FIELDS + _FOOT + "</body></html>", "网站地图"),
    (_HEAD + _NAV + '<article><h1>政府工作报告解读</h1>' + _ARTICLE + '<aside><h4>延伸阅读</h4><ul><li><a href="/p/1">'
     'Python闭包详解</a></li><li><a href="/p/2">函数式编程入门</a></li><li><a href="/p/3">生成器与迭代器</a></li></ul>'
     '</aside></article>' + _FOOT + "</body></html>", "Python闭包详解"),
    (_HEAD + '<article><h1>政府工作报告解读</h1>' + _ARTICLE + '<aside class="sidebar"><p>本站所有文章均为原创，转载请'
     '注明出处，谢谢合作。</p></aside></article></body></html>', "转载请注明出处"),
    (_HEAD + '<div class="top"><p>欢迎访问梧州市政府采购网</p><p>今天是2021年12月27日 星期一</p></div>' + _BOX + _FIELDS
     + "</body></html>", "今天是2021年12月27日"),
    (_HEAD + _NAV + '<h1>政府工作报告解读</h1>' + _ARTICLE + '<aside><p>本站所有文章均为原创，转载请注明出处，谢谢合作。'
     '</p></aside>' + _FOOT + "</body></html>", "转载请注明出处"),
]


@pytest.mark.parametrize("page, chrome", GONE, ids=[f"{k}-{c}" for k, (_, c) in enumerate(GONE)])
def test_chrome_around_the_text_still_goes(page, chrome):
    assert chrome not in _text(page)
