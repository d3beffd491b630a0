"""Build the h15 pages (two jobs pages, a news digest, a news article and a procurement notice) from the sources in
src/ and write their gold from the sources' mark-up; runs no reader code. Run from the repository root:
    python tests/data/corpus/h15_tools/build_h15.py
Web pages: the text of the page's blocks, one block a line (f8_tools/html_lines.py), blocks separated by a blank line,
the page's title first. The digest (Markdown) goes through make_md_doc.py after its first line (a bar of links to the
same digest in other formats) is dropped, so that its own '#' title opens the text."""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
ROOT = CORPUS.parent.parent.parent
sys.path.insert(0, str(CORPUS / "f8_tools"))
from html_lines import html_lines  # noqa: E402


def write_doc(name, title, blocks):
    """Title, blank line, then the blocks separated by blank lines; returns the lines (1-based index = line - 1)."""
    lines = [title, ""]
    for block in blocks:
        lines += [block, ""]
    while lines and not lines[-1].strip():
        lines.pop()
    (CORPUS / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def write_gold(name, title, heads):
    """heads: (line 1-based, depth, marker, title)."""
    rec = {"file": f"{name}.txt", "split": "dev", "title": title,
           "headings": [{"depth": d, "marker": m, "title": t, "line": n} for n, d, m, t in heads]}
    (CORPUS / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n",
                                                  encoding="utf-8")


def src(name):
    return (HERE / "src" / name).read_text(encoding="utf-8")


def _text(fragment):
    return "".join(html_lines(fragment))


def qiyi():
    """A factory's jobs page (PHP): five jobs, each a `<dt>` name over a `<dd>` holding two bold labels
    ('<strong>工作职责：</strong>', '<strong>任职要求：</strong>') over '1、…<br>' items. Gold: each name depth 1, each
    bold label depth 2 under it (written without its colon, as f10_02's gold). Title: the page's <title>."""
    s = re.sub(r"(?s)<\?.*?\?>", "", src("qiyi_Us.php"))
    frag = s[s.find('<div class="join">'):s.find("<script")]
    frag = frag.replace("</strong>", "</strong><br>")  # the items' span opens with an item icon on a line of its own
    title = re.search(r"<title>(.*?)</title>", s).group(1).strip()
    names = [_text(m) for m in re.findall(r"(?s)<dt>(.*?)</dt>", frag)]
    labels = {_text(m) for m in re.findall(r"(?s)<strong>(.*?)</strong>", frag)}
    lines = write_doc("h15_01_job_qiyi_zhaopin", title, html_lines(frag))
    heads = [(i, 1 if t in names else 2, "", t.rstrip("：:")) for i, t in enumerate(lines, 1)
             if i > 2 and (t in names or t in labels)]
    write_gold("h15_01_job_qiyi_zhaopin", title, heads)
    return heads


def cgs():
    """A car-service company's 'join us' page (PHP): its `<h2>` 加入我们, slogans, an `<h3>` 公司福利 over eight benefit
    tiles, an `<h5>` 人才招聘 over two lines, then four jobs as an accordion: an `<h4>` name (with a '+' toggle, a control
    that is dropped), and in the panel the name again (`<h5>`), two `<h6>` labels (both written '岗位职责：' in the
    source) over numbered `<p>` items and an `<h6 class="email">` contact line. Gold: 公司福利 and 人才招聘 depth 1, the
    `<h4>` names depth 2, the labels depth 3 (without the colon); the panel's repeat of the name right under the
    `<h4>` and the contact line (a label with its value) are body. Title: the `<h2>` (the page <title> is 'Document')."""
    s = re.sub(r"(?s)<\?.*?\?>", "", src("cgs_join_we.php"))
    s = s.replace('<span class="btn_right">+</span>', "")
    frag = s[s.find('<div class="join_we">'):s.find("</body>")]
    blocks = html_lines(frag)
    title = blocks.pop(0)
    sections = {_text(m) for m in re.findall(r"(?s)<h[35]>(.*?)</h[35]>", frag)}
    names = {_text(m) for m in re.findall(r"(?s)<h4>(.*?)</h4>", frag)}
    labels = {_text(m) for m in re.findall(r"(?s)<h6>(.*?)</h6>", frag)}
    lines = write_doc("h15_02_job_cgs_zhaopin", title, blocks)
    heads, seen_name = [], ""
    for i, t in enumerate(lines, 1):
        if i <= 2 or not t:
            continue
        if t in names and t != seen_name:
            heads.append((i, 2, "", t))
            seen_name = t
        elif t in sections and t not in names:
            heads.append((i, 1, "", t))
        elif t in labels:
            heads.append((i, 3, "", t.rstrip("：:")))
    write_gold("h15_02_job_cgs_zhaopin", title, heads)
    return heads


def digest():
    """A daily web digest in Markdown (## parts, ### sources, #### headlines each over its links and summary)."""
    text = src("webdigest_20230213.md").split("\n", 1)[1]
    tmp = HERE / "src" / "_webdigest_body.md"
    tmp.write_text(text, encoding="utf-8")
    try:
        subprocess.run([sys.executable, str(CORPUS / "make_md_doc.py"), str(tmp), "h15_03_rss_webdigest_20230213",
                        "dev", "--levels", "2,3,4"], check=True, cwd=ROOT)
    finally:
        tmp.unlink()


def nju():
    """A university centre's news article: h1 title (absorbed as the title), date/hits line, paragraphs and three
    centred photo captions ('培训会现场', '答疑现场'). Gold: none (a news article with no sub-headings)."""
    s = src("nju_newsPage2.md")
    frag = s[s.find('<div class="article"'):s.find("<!--End||content-->")]
    blocks = html_lines(frag)
    title = blocks.pop(0)
    write_doc("h15_04_news_nju_dangjian_peixun", title, blocks)
    write_gold("h15_04_news_nju_dangjian_peixun", title, [])


def lnjd():
    """A college's procurement result notice (JSP page): title paragraph, a lead paragraph, items '1、采购项目名称：…'
    … '6、保证金退还时间：…', a one-row result table under '4、成交结果：', the purchaser's and agent's contact lines.
    Gold: none (numbered items and labels of a short notice are its body)."""
    s = src("lnjd_ggDetails1.jsp")
    frag = s[s.find('<div class="first">'):s.find("</body>")]
    blocks = html_lines(frag)
    title = blocks.pop(0)
    write_doc("h15_05_notice_lnjd_chengjiao", title, blocks)
    write_gold("h15_05_notice_lnjd_chengjiao", title, [])


def nju_list():
    """The same site's list page of its column 信息化动态 (<title> the column's name): breadcrumb, the column name again
    (`<h2>`, the title repeated), fourteen stories each a `<li>` of a title span and a date span (the text runs the two
    together: '人事系统：博士后新进 上线2021-07-05'), then the pager. Gold: each story's line, depth 1, titled by the line's
    text as the corpus's other unnumbered gold titles are (the `<h2>` repeats the title and is no heading)."""
    s = src("nju_newsList.md")
    title = re.search(r"<title>(.*?)</title>", s).group(1).strip()
    frag = s[s.find('<div class="col_news_head">'):s.find("<!--End||content-->")]
    stories = [_text(m) for m in re.findall(r'(?s)<span class="news_title">(.*?)</span>', frag)]
    lines = write_doc("h15_06_news_nju_xinxihua_liebiao", title, html_lines(frag))
    heads, k = [], 0
    for i, t in enumerate(lines, 1):
        if k < len(stories) and t.startswith(stories[k]) and i > 2:
            heads.append((i, 1, "", t))  # the line's text, as every unnumbered gold title is
            k += 1
    assert k == len(stories), (k, len(stories))
    write_gold("h15_06_news_nju_xinxihua_liebiao", title, heads)


if __name__ == "__main__":
    print(qiyi())
    print(cgs())
    digest()
    nju()
    lnjd()
    nju_list()
