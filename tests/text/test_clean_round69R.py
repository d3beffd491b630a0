"""A saved portal page keeps its notice's closing: '特此通告。' and the issuer over the date, set right in short divs
under the last paragraph, are the notice's own lines and give its 成文日期 (round 69R: the Jilin notice, dev
d37_04, lost all three as chrome, so its row was dated by the portal's publication day, the day after)."""

from __future__ import annotations

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.official import of_document

_MENU = "".join(f"<li><a href='/{k}.html'>{name}</a></li>" for k, name in
                enumerate(("首页", "政务公开", "政策文件", "政务服务", "互动交流", "走进本市")))
_BODY = ("<div style='text-align: justify;'>　　为做好本市河道治理工程建设，确保前期征地调查工作顺利进行，维护相关单位和"
         "人民群众合法权益，现就有关事项通告如下：</div>\n"
         "<div style='text-align: justify;'>　　一、自本通告发布之日起，在工程建设征占地范围内禁止任何单位和个人新建、"
         "扩建和改建项目，禁止擅自开发土地、修建房屋及新建其他设施。</div>\n"
         "<div style='text-align: justify;'>　　二、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策。</div>\n")


def _page(tail: str) -> str:
    return ("<html><head><title>某市人民政府关于禁止在河道治理工程范围内新增建设项目的通告</title></head><body>"
            f"<ul class='nav'>{_MENU}</ul><h1>某市人民政府关于禁止在河道治理工程范围内新增建设项目的通告</h1>"
            f"<div class='article'>{_BODY}{tail}</div>"
            f"<div class='related'><ul>{_MENU}</ul></div></body></html>")


def _read(page: str):
    decoded = decode_bytes(page.encode("utf-8"), name="notice.html")
    document = build_document(decoded)
    return document, of_document(decoded, document)


def test_a_notices_closing_and_signature_stay_and_date_it() -> None:
    document, official = _read(_page(
        "<div style='text-align: justify;'>　　特此通告。</div><div>&nbsp;</div>"
        "<div style='text-align: right;'>　　某市人民政府　　　　</div>"
        "<div style='text-align: right;'>　　2022年1月27日　　　　</div>"))
    assert [p.text for p in document.paragraphs][-3:] == ["特此通告。", "某市人民政府", "2022年1月27日"]
    assert official.written == "2022-01-27"


def test_a_joint_notice_signed_one_issuer_a_line_without_a_closing_formula() -> None:
    document, official = _read(_page(
        "<div style='text-align: right;'>某市财政局</div><div style='text-align: right;'>某市民政局</div>"
        "<div style='text-align: right;'>2021年4月13日</div>"))
    assert [p.text for p in document.paragraphs][-3:] == ["某市财政局", "某市民政局", "2021年4月13日"]
    assert official.written == "2021-04-13"

