"""Build the h18 notices and pages (from the CMS install data of zxykuangfeng/guomeicms, extracted to src/ by
extract_rows.py) and write their gold from the sources' mark-up and numbering; runs no reader code. Run from the
repository root:
    python tests/data/corpus/h18_tools/build_h18.py
Each page: the article's title (the CMS item title) first, then the text of its HTML blocks, one block a line
(f8_tools/html_lines.py), blocks separated by a blank line, as h15's pages."""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS / "f8_tools"))
from html_lines import html_lines  # noqa: E402

_CN = "一二三四五六七八九十"


def source(name):
    """(title, html) of an extracted article."""
    text = (HERE / "src" / name).read_text(encoding="utf-8")
    first, _, body = text.partition("\n")
    return first[5:-4].strip(), body


def write_doc(name, title, blocks):
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


def bold_texts(frag):
    """Text of each bold run, adjacent runs ('<b>1</b><b>、物业…</b>') joined."""
    frag = re.sub(r"(?is)</(b|strong)>\s*<\1\b[^>]*>", "", frag)
    return [html.unescape(re.sub(r"<[^>]+>", "", m)).replace("\xa0", " ").strip()
            for _, m in re.findall(r"(?is)<(b|strong)\b[^>]*>(.*?)</\1>", frag)]


def notice(src, name):
    """An official notice whose sections are its '一、' points, each a short title on a line of its own (no sentence
    punctuation at its end) over the paragraphs and '1、'/'（一）' items of the point. Gold: the points, depth 1,
    title without a closing colon."""
    title, frag = source(src)
    lines = write_doc(name, title, html_lines(frag))
    heads = []
    for i, t in enumerate(lines, 1):
        m = re.match(rf"([{_CN}]+、)(.*)", t)
        if i > 2 and m and len(t) <= 40 and not re.search(r"[。；;，,]$", t):
            heads.append((i, 1, m.group(1), m.group(2).strip().rstrip("：:")))
    write_gold(name, title, heads)
    return heads


def job(src, name):
    """A company's job notice: bold '一、招聘岗位及要求' over bold job names '1、物业管理人员' (each over '工作内容：' /
    '任职资格：' labels in plain text behind a Wingdings bullet that the text keeps as '?') and a bold '二、报名方式及期限：'.
    Gold: the bold lines, 一、 depth 1, 1、 depth 2 (colon dropped); the plain labels are body."""
    title, frag = source(src)
    bold = set(bold_texts(frag))
    lines = write_doc(name, title, html_lines(frag))
    heads = []
    for i, t in enumerate(lines, 1):
        if i > 2 and t in bold:
            m = re.match(rf"([{_CN}]+、|\d+、)(.*)", t)
            heads.append((i, 1 if m.group(1)[0] in _CN else 2, m.group(1), m.group(2).rstrip("：:")))
    write_gold(name, title, heads)
    return heads


def opinion(src, name):
    """A ministry's 实施意见: each point opens its paragraph with a bold run-in title ('一、充分认识…紧迫性。' then the
    point's text). Gold: the run-in titles, depth 1, title the bold sentence (as cdt09's gold)."""
    title, frag = source(src)
    bold = bold_texts(frag)
    lines = write_doc(name, title, html_lines(frag))
    heads = []
    for i, t in enumerate(lines, 1):
        for b in bold:
            if i > 2 and t.startswith(b):
                m = re.match(rf"([{_CN}]+、)(.*)", b)
                heads.append((i, 1, m.group(1), m.group(2)))
    write_gold(name, title, heads)
    return heads


def steps(src, name):
    """A school department's news page (column navigation, breadcrumb, the article's own title, source/hits/date
    line) whose article is a procedure of nine bold numbered steps ('1. 复试信息发布及复试通知'), most over a line or
    two of detail. Gold: the steps, depth 1; the bold column name in the navigation is not the article's."""
    title, frag = source(src)
    bold = [b for b in bold_texts(frag) if re.match(r"\d", b)]
    lines = write_doc(name, title, html_lines(frag))
    heads = []
    for i, t in enumerate(lines, 1):
        m = re.match(r"(\d+\.)\s*(.*)", t)
        if i > 2 and m and any(b.startswith(m.group(1)) for b in bold):
            heads.append((i, 1, m.group(1), m.group(2)))
    write_gold(name, title, heads)
    return heads


if __name__ == "__main__":
    for fn, src, name in [(notice, "gov8_875.html", "h18_01_notice_changzhou_jianli_kaoshi"),
                          (notice, "gov8_1213.html", "h18_02_notice_jiangsu_yangzibei_shenbao"),
                          (job, "jyjsites_236.html", "h18_03_job_zhongchuan_zichan_zhaopin"),
                          (opinion, "jyjsites_1067.html", "h18_04_opinion_jiaoyubu_xuefeng_jianshe"),
                          (steps, "jyjsites_1063.html", "h18_05_news_fjut_fushi_liucheng")]:
        print(name, fn(src, name))
