import re, sys; sys.path.insert(0, "/work/fresh12/tools")
from mkgold import write
# RSS feed as text: each item's title ('每日市政摘要 YYYY-MM-DD') depth 1; inside each item the five numbered
# headlines '1. …'–'5. …' (each followed by its summary paragraph; numbering restarts in every item) depth 2.
# Not headings: the channel description, the repeated '今日臺北市政重點新聞摘要：' label, summaries, pubDate lines.
name = "f12_07_rss_taibei_shizheng_zhaiyao"
lines = open(f"/work/fresh12/docs/{name}.txt", encoding="utf-8").read().split("\n")
spec = []
for i, l in enumerate(lines, 1):
    if l.startswith("每日市政摘要 "):
        spec.append((i, 1, ""))
    elif re.match(r"\d+\. ", l) and lines[i - 2] != "" :
        spec.append((i, 2, l.split(" ", 1)[0]))
write(name, lines[0], spec)
