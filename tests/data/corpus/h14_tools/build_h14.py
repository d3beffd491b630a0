"""Build the h14 pages (job postings, a feed README, a news page with its chrome, a speech and a notice) from the
sources in src/ and write their gold from the sources' mark-up; runs no reader code. Run from the repository root:
    python tests/data/corpus/h14_tools/build_h14.py
Web pages: the text of the page's blocks, one block a line (f8_tools/html_lines.py), page title first.
Markdown: make_md_doc.py (run separately, see PROVENANCE.md)."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS / "f8_tools"))
from html_lines import html_lines  # noqa: E402


def write_doc(name, lines):
    """Blank-line runs collapsed, trailing spaces stripped."""
    out = []
    for line in lines:
        line = line.rstrip()
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    (CORPUS / "docs" / f"{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    return out


def write_gold(name, title, heads):
    """heads: (line 1-based, depth, marker, title)."""
    rec = {"file": f"{name}.txt", "split": "dev", "title": title,
           "headings": [{"depth": d, "marker": m, "title": t, "line": n} for n, d, m, t in heads]}
    (CORPUS / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n",
                                                  encoding="utf-8")


def src(name):
    return (HERE / "src" / name).read_text(encoding="utf-8")


def jobs():
    """A team's jobs page (a CoffeeScript fixture of job records: title, slug, content_html), shown as the page shows
    it: each job's title, then its HTML. Gold: the six job titles (depth 1); the labels '工作职责：', '职位要求：',
    '加分项：' and the '待遇：' line are body."""
    text = src("rashomon_jobs.coffee")
    lines = ["加入我们", ""]
    titles = []
    for m in re.finditer(r"title:\s*['\"](.*?)['\"].*?content_html:\s*'(.*?)'\s*\n\s*\}", text, re.S):
        titles.append(m.group(1))
        lines += [m.group(1)] + html_lines(m.group(2)) + [""]
    out = write_doc("h14_01_job_rashomon_zhaopin", lines)
    heads = [(i, 1, "", t) for i, t in enumerate(out, 1) if t in titles and i > 2]
    write_gold("h14_01_job_rashomon_zhaopin", "加入我们", heads)
    return out, heads


def news():
    """A school news page (JSP): breadcrumb, title h1, subtitle h2/h3, school/date line, article, related list.
    Gold: no headings (the h2/h3 lines are the title's subtitles, the related list is chrome)."""
    text = src("news_kaifeng14.jsp")
    body = text[text.index('<ol class="breadcrumb'):text.index('<div id="footer">')]
    title = "不忘初心跟党走"
    out = write_doc("h14_03_news_kaifeng_shisizhong", [title, ""] + html_lines(body))
    write_gold("h14_03_news_kaifeng_shisizhong", title, [])
    return out, []


def speech():
    """A speech at an opening ceremony (Word HTML): title, address '各位同学：', five numbered suggestions '1．' as
    long paragraphs. Gold: no headings."""
    text = src("kaixue_speech.php")
    body = text[text.index('<div class="bbs-content'):]
    title = "开学典礼发言稿"
    lines = [line for line in html_lines(body)]
    if lines and lines[0] == title:
        lines = lines[1:]
    out = write_doc("h14_04_speech_kaixue_dianli", [title, ""] + lines)
    write_gold("h14_04_speech_kaixue_dianli", title, [])
    return out, []


def notice():
    """A party school's notice page (JSP): title, publisher and date, addressee '各处室（馆）：', text, signature,
    '附件' over the attachment list. Gold: no headings (the attachment list is chrome, not an annex text)."""
    text = src("partyschool_notice.jsp")
    body = text[text.index('<div class="index">'):text.index("</body>")]
    lines = html_lines(body)
    title = lines[0]
    out = write_doc("h14_05_notice_dangxiao_tongbao", [title, ""] + lines[1:])
    write_gold("h14_05_notice_dangxiao_tongbao", title, [])
    return out, []


def form_jobs():
    """A medical platform's jobs page (PHP template, its 2016-01 version): each job's name in <strong>, then a table
    of field/value cells one a line ('工作地点' / '上海', '月薪' / '15000-20000' …), then '岗位职责:' / '技能需求:'
    over unnumbered items. Text from the first container to the end. Gold: the four job names (the page's only bold
    lines) at depth 1; fields, values and labels are body."""
    text = src("myzd_joinus_2016.php")
    body = text[text.index('<div class="col-sm-10 page-content">'):]
    title = "加入我们"
    out = write_doc("h14_06_job_myzd_jiaru", [title, ""] + html_lines(body))
    bold = [html_lines(m)[0] for m in re.findall(r"<strong>(.*?)</strong>", body, re.S)]
    heads = [(i, 1, "", t) for i, t in enumerate(out, 1) if t in bold and i > 2]
    write_gold("h14_06_job_myzd_jiaru", title, heads)
    return out, heads


if __name__ == "__main__":
    for build in (jobs, news, speech, notice, form_jobs):
        out, heads = build()
        print(build.__name__, len(out), "lines", heads)
