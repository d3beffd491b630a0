"""Score the outline against the gold corpus (tests/data/corpus): precision, recall, F1 and depth accuracy per document.

A found heading counts when it sits on the gold heading's line with the same marker (spaces ignored), or, for an
unnumbered heading, the same title, or with the same whole text split differently into marker and title ('第一个问题，'
+ '美联储利率' against an unnumbered '第一个问题，美联储利率'). Depth accuracy is over the matched headings. A
document whose gold names a `clean_source` (the PDF extracts) is also scored for cleaning: its paragraphs must be
those of the unwrapped source (F1 over paragraph texts, spaces ignored), so wraps, running headers and page numbers
cost. Genres come from file names; each genre line also gives the held-out documents' F1. `fresh` is the held-out
part collected last, never looked at while the model was tuned. Run:
    python bench/outline_eval.py [--split dev|heldout|fresh|all] [--worst N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.text.document import load_document  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"


_TITLE_BELOW = 3  # a title a layout put under its bare marker sits at most two blank lines below it
_LIST_DOTS = "•·●▪◦"  # a list's dot before a title is no part of its words: '• 岗位职责' is '岗位职责'


def _key(marker: str, title: str) -> str:
    return "".join((marker.rstrip("：:") or title).split()).lstrip(_LIST_DOTS)  # '第一阶段：' is '第一阶段'


def _whole(marker: str, title: str) -> str:
    """The heading's whole text, its colons aside: '第一阶段：' over '文献调研' and '第一阶段' over '：文献调研' are one line."""
    return "".join((marker + title).split()).lstrip(_LIST_DOTS).rstrip("。．.：:，,").replace("：", "").replace(":", "")


def pair_up(want: dict, got: dict) -> dict:
    """Found heading -> gold heading, keyed (line, marker or title) with the whole text as value: by key, else by line
    and whole text, else (a bare marker over its title: '1.' / '韩炳哲里的本雅明') the marker's heading against a gold
    heading on the title's line a few lines below, each once."""
    pairs = {k: k for k in set(want) & set(got)}
    open_lines = {k[0]: k for k in want if k not in pairs}
    for k, text in got.items():
        if k not in pairs and k[0] in open_lines and want[open_lines[k[0]]] == text:
            pairs[k] = open_lines.pop(k[0])
    for k, text in got.items():
        below = next((line for line in range(k[0] + 1, k[0] + _TITLE_BELOW + 1) if line in open_lines), None)
        if k not in pairs and below and text == k[1] + want[open_lines[below]] and want[open_lines[below]]:
            pairs[k] = open_lines.pop(below)
    return pairs


GENRES = (("pdf_", "pdf extract"), ("tw", "Taiwan law"), ("sec", "Taiwan law"), ("cdt", "web page: speech/lecture"),
          ("sp", "web page: speech/lecture"), ("news", "news"), ("hk", "news"), ("fin", "news"),
          ("tech", "technical"), ("paper", "technical"), ("tut", "tutorial with code"), ("job", "job posting"),
          ("notice", "notice"), ("gov", "government document"), ("jud", "judicial"), ("", "mainland law/rules"))


# Later collections name files f<set>_<n>_<kind>_… (a helper's h<n>_<n>_<kind>_…, a dev set's d<n>_<n>_<kind>_…): the kind
# word says the genre.
KINDS = {"law": "mainland law/rules", "rule": "mainland law/rules", "reg": "mainland law/rules", "jud": "judicial",
         "twlaw": "Taiwan law", "twcity": "government document", "notice": "notice", "job": "job posting",
         "paper": "technical", "notes": "tutorial with code", "tutorial": "tutorial with code", "rss": "news",
         "speech": "web page: speech/lecture", "essay": "web page: speech/lecture", "yijian": "government document",
         "hknews": "news", "news": "news", "article": "technical", "readme": "technical",
         "gov": "government document", "plan": "government document", "hk": "government document",
         "tut": "tutorial with code",
         # pinyin kind words of the later sets, sorted into the genres
         **dict.fromkeys("tiaoli banfa guiding guizhang zhidu zhangcheng xize guanli gongyue cungui xiaogui zhize "
                         "guifan".split(), "mainland law/rules"),
         **dict.fromkeys("tongzhi yijian zhengfu gonggao fangan guihua han fuhan tongbao zhengce jiedu lifahui dangjian "
                         "difang qingkuang gongshi xinxi shenbao taibei taoyuan zhidao".split(), "government document"),
         **dict.fromkeys("baogao gongzuo zongjie nianzhong niandu tongji diaoyan baipishu".split(), "report"),
         **dict.fromkeys("jianghua yanjiang zhici jiangzuo jiangyi fenxiang shalong".split(), "web page: speech/lecture"),
         **dict.fromkeys("xinwen zhuanfang caifang tegao pinglun shiping fangtan duitan dajizhewen jizhewen jishi "
                         "ribao".split(), "news"),
         **dict.fromkeys("lunwen biaozhun jishu sheji".split(), "technical"),
         **dict.fromkeys("caiding panjue sifa caipan".split(), "judicial"),
         **dict.fromkeys("suibi wenzhang xinde dushu jiangdao".split(), "essay/treatise"),
         **dict.fromkeys("biji xuexi jiaocheng shouce yonghu api kaifa".split(), "tutorial with code"),
         **dict.fromkeys("xieyi hetong".split(), "agreement"), "huiyi": "meeting minutes",
         # the kind words 'other' held (session 73), a genre each; a name whose kind word is none of these is
         # sorted by its next known word ('jieti_baogao' a report, 'zhaosheng_jianzhang' stays other)
         **dict.fromkeys("jiyao huiyijilu huiyijiyao jilu".split(), "meeting minutes"),
         **dict.fromkeys("shuzhi jinzhan yuebao zhoubao jianbao kexingxing kexingxingbaogao kaiti kaitibaogao shejibaogao "
                         "gongzuobaogao diaocha".split(), "report"),
         **dict.fromkeys("yanjianggao jianggao jiangkegao fayangao huanyingci zuotan yuanzhuo chuangzuotan "
                         "jiangzhuo".split(), "web page: speech/lecture"),
         **dict.fromkeys("xinwengao shendu tongxun gongzhonghao meiti shengminggao".split(), "news"),
         **dict.fromkeys("wenda faq changjian tiwen huifu".split(), "Q&A / FAQ"),
         **dict.fromkeys("kecheng kaoshi ketang jiaoxuesheji xuean jiaocai peixun".split(), "course/teaching"),
         **dict.fromkeys("kaiyuan xuqiu shuomingshu shuoming jishuwendang bianma ruanjian xiangxi yiwen shiyan "
                         "shiyanshi".split(), "technical"),
         **dict.fromkeys("anzhuang caozuo caozuoshouce shiyongshouce yonghushouce shiyong zhinan".split(),
                         "tutorial with code"),
         **dict.fromkeys("guize xuzhi tiaokuan shouze zhunze kaoqin yuangong".split(), "mainland law/rules"),
         **dict.fromkeys("yinsi chengnuo".split(), "agreement"),
         **dict.fromkeys("tonggao zhaobiao".split(), "notice"), "zhaopin": "job posting",
         **dict.fromkeys("jihua jihuashu cehuashu shishifangan changyishu tigang xiangmu".split(), "plan/proposal")}


def genre(name: str) -> str:
    """The genre a corpus file belongs to, from its name's prefix or, in later collections, its kind word."""
    parts = name.split("_")
    if len(parts) > 2 and parts[0][:1] in ("d", "f", "h") and parts[0][1:].rstrip("ab").isdigit():  # f26a_: a set in two
        return next((KINDS[w] for w in parts[2:] if w in KINDS), "other")  # 'jieti_baogao_…': its next known word
    return next(label for prefix, label in GENRES if name.startswith(prefix))


def _paragraphs(path: Path) -> list[str]:
    return ["".join(p.text.split()) for p in load_document(path).paragraphs]


def clean_score(gold: dict, doc) -> float | None:
    """F1 of the cleaned paragraphs against those of the unwrapped source, or None when the gold has no source."""
    if not gold.get("clean_source"):
        return None
    want = _paragraphs(CORPUS / "docs" / gold["clean_source"])
    got = ["".join(p.text.split()) for p in doc.paragraphs]
    pool: dict[str, int] = {}
    for t in want:
        pool[t] = pool.get(t, 0) + 1
    hit = 0
    for t in got:
        if pool.get(t):
            pool[t] -= 1
            hit += 1
    return 2 * hit / (len(want) + len(got)) if want or got else 1.0


def score(gold_path: Path) -> dict:
    """One document's figures."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    start = time.perf_counter()
    doc = load_document(CORPUS / "docs" / gold["file"])
    seconds = time.perf_counter() - start
    want = {(g["line"], _key(g["marker"], g["title"])): g["depth"] for g in gold["headings"]}
    got = {(h.line, _key(h.marker, h.title)): h.depth for h in doc.headings}
    pairs = pair_up({(g["line"], _key(g["marker"], g["title"])): _whole(g["marker"], g["title"]) for g in gold["headings"]},
                    {(h.line, _key(h.marker, h.title)): _whole(h.marker, h.title) for h in doc.headings})
    p = len(pairs) / len(got) if got else (1.0 if not want else 0.0)
    r = len(pairs) / len(want) if want else (1.0 if not got else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    depth = sum(want[w] == got[k] for k, w in pairs.items()) / len(pairs) if pairs else (1.0 if not want else 0.0)
    return {"file": gold["file"], "split": gold.get("split", "dev"), "fresh": bool(gold.get("fresh")),
            "genre": genre(gold["file"]), "clean": clean_score(gold, doc), "gold": len(want), "found": len(got),
            "precision": p, "recall": r, "f1": f1, "depth": depth, "seconds": seconds,
            "missed": sorted(set(want) - set(pairs.values()))[:5], "extra": sorted(set(got) - set(pairs))[:5],
            "wrong_depth": sorted(w for k, w in pairs.items() if want[w] != got[k])[:5]}


def _in(row: dict, split: str) -> bool:
    return split == "all" or row["split"] == split or (split == "fresh" and row["fresh"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "fresh", "all"), default="all")
    parser.add_argument("--worst", type=int, default=5, help="show the reasons for the N lowest-scoring documents")
    args = parser.parse_args(argv)
    rows = [score(p) for p in sorted((CORPUS / "gold").glob("*.json"))]
    rows = [r for r in rows if _in(r, args.split)]
    print(f"{'document':55} {'split':7} {'gold':>5} {'found':>5} {'P':>5} {'R':>5} {'F1':>5} {'depth':>5} {'clean':>5} "
          f"{'ms':>6}")
    for r in rows:
        clean = "" if r["clean"] is None else f"{r['clean']:5.2f}"
        print(f"{r['file']:55} {r['split'] + ('*' if r['fresh'] else ''):7} {r['gold']:5d} {r['found']:5d} "
              f"{r['precision']:5.2f} {r['recall']:5.2f} {r['f1']:5.2f} {r['depth']:5.2f} {clean:>5} "
              f"{1000 * r['seconds']:6.1f}")
    for split in ("dev", "heldout", "fresh", "all"):
        part = [r for r in rows if _in(r, split)]
        if part:
            print(f"macro {split:8} n={len(part):3d}  F1 {statistics.mean(r['f1'] for r in part):.3f}  "
                  f"depth {statistics.mean(r['depth'] for r in part):.3f}  "
                  f"P {statistics.mean(r['precision'] for r in part):.3f}  R {statistics.mean(r['recall'] for r in part):.3f}  "
                  f"ms/doc {1000 * statistics.mean(r['seconds'] for r in part):.1f}")
    for label in sorted({r["genre"] for r in rows}):
        part = [r for r in rows if r["genre"] == label]
        cleans = [r["clean"] for r in part if r["clean"] is not None]
        held = [r for r in part if r["split"] == "heldout"]
        print(f"genre {label:26} n={len(part):3d}  F1 {statistics.mean(r['f1'] for r in part):.3f}  "
              f"depth {statistics.mean(r['depth'] for r in part):.3f}"
              + (f"  held out n={len(held):3d} F1 {statistics.mean(r['f1'] for r in held):.3f}" if held else "")
              + (f"  clean {statistics.mean(cleans):.3f}" if cleans else ""))
    for r in sorted(rows, key=lambda r: (r["f1"], r["depth"]))[:args.worst]:
        print(f"\n{r['file']}: F1 {r['f1']:.2f} depth {r['depth']:.2f}")
        if r["fresh"]:
            print("  (fresh: only its scores are shown, so that it stays unseen)")
            continue
        for label in ("missed", "extra", "wrong_depth"):
            if r[label]:
                print(f"  {label}: {r[label]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
