#!/bin/bash
# Rebuild every document and gold of dev set 48 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev48
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# nophp SRC OUT: the page as a browser gets it when the PHP echoes are not rendered (<?php ... ?> removed)
# fix NAME PYTHON-EXPR-ON-d : edit a gold written by make_md_doc.py (d = the gold, lines = the text's lines)
fix() { python3 - "$1" "$2" <<'PY'
import json, sys, re
p = 'gold/' + sys.argv[1] + '.json'
d = json.load(open(p, encoding='utf-8'))
lines = open('docs/' + sys.argv[1] + '.txt', encoding='utf-8').read().split('\n')
exec(sys.argv[2])
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
}
nophp() { python3 -c "import re,sys; t=open(sys.argv[1],encoding='utf-8').read(); open(sys.argv[2],'w',encoding='utf-8').write(re.sub(r'(?s)<\?php.*?\?>','',t))" "$1" "$2"; }
# 01 北邮 火花空间 site: 助教 interview feature (PHP template page of the 成长故事 column; h3 subheads, each 红领巾： question a heading under its subhead)
nophp src/sparkdevelop_spark_wpv2_story-1.php /tmp/d48_story1.html
python3 $T/html_blocks.py /tmp/d48_story1.html docs/d48_01_fangtan_zhujiao_zhanghanfei_wangye.txt "这份让人成就感爆棚的工作，你要来吗？" --drop-first-if-title >/dev/null
G d48_01_fangtan_zhujiao_zhanghanfei_wangye.txt "这份让人成就感爆棚的工作，你要来吗？" \
 '[[10,1],[11,2],[14,1],[15,2],[17,2],[22,2],[25,1],[26,2],[32,1],[33,2],[35,2],[40,1],[41,2],[44,1],[45,2]]'
# 02 same site: a student maker team's Q&A feature (h3 subheads; the 红领巾： questions under Q&A are headings; bare speaker labels '庞旭：' are not)
nophp src/sparkdevelop_spark_wpv2_story-4.php /tmp/d48_story4.html
python3 $T/html_blocks.py /tmp/d48_story4.html docs/d48_02_fangtan_chuangke_tuandui_wangye.txt "大一宿舍中诞生的创客团队" --drop-first-if-title >/dev/null
G d48_02_fangtan_chuangke_tuandui_wangye.txt "大一宿舍中诞生的创客团队" \
 '[[9,1],[15,1],[16,2],[18,2],[20,2],[25,2],[27,2],[29,1],[44,1],[54,1],[57,1]]'
# 03 黄志杰《甘柴劣火》 (呦呦鹿鸣 深度报道, kept in a reading-collection site as Markdown, hard-wrapped as saved; line 1 the front-matter title;
#    the '# 黄志杰…' author line and '## 甘柴劣火' (the title shown again) are not headings; '### 1'…'### 8' are bare-number sections (marker N, title ''))
python3 $T/make_md_doc.py src/haijiaolu_vol_huangzhijie-2019.md d48_03_shendu_baodao_ganchai_liehuo dev --levels 1,2,3 --title "黄志杰-《甘柴劣火》"
fix d48_03_shendu_baodao_ganchai_liehuo '
d["headings"] = [h for h in d["headings"] if h["line"] > 5]
for h in d["headings"]:
    h["depth"] = 1
    if re.fullmatch(r"\d+", h["title"]):
        h["marker"], h["title"] = h["title"], ""
'
# 04 网易新闻“另一面” 评论 (same collection; the commentary's ### sections and bold stand-alone subheads, then the appended
#    related articles under '## …' with their own bold subheads; '# 网易新闻' and the '## …' title shown again are not headings;
#    ## and ### both depth 1 under the title, bold stand-alone lines depth 2 (tools/bold_lines.py finds them in the text);
#    the bold line repeating the Harvard speech's ## title is not a heading)
python3 $T/make_md_doc.py src/haijiaolu_vol_netease-2012.md d48_04_pinglun_beida_wangyi dev --levels 1,2,3 --title "网易新闻“另一面”：何必为北大痛心疾首？"
fix d48_04_pinglun_beida_wangyi '
sys.path.insert(0, "tools")
from bold_lines import bold_lines
d["headings"] = [h for h in d["headings"] if h["line"] > 5]
heads = {h["title"] for h in d["headings"]}
for h in d["headings"]:
    h["depth"] = 1
for ln, t in bold_lines("src/haijiaolu_vol_netease-2012.md", lines):
    if t in heads:
        continue
    m = re.match(r"([一二三四五六七八九十]+、)(.*)", t)
    d["headings"].append({"depth": 2, "marker": m.group(1) if m else "", "title": m.group(2) if m else t, "line": ln})
'
# 05 唐鳳 日經商業周刊專訪 (transcript site Markdown: '## 一、…' topic sections, every speaker turn a '### 訪問者：' / '### 唐鳳：' heading
#    in the source, kept at depth 2 as marked up; no trailing colon in titles)
python3 $T/make_md_doc.py src/audreyt_transcript_2026-07-29-rijing_shangye_zhoukan_zhuanfang.md d48_05_zhuanfang_rijing_shangye_zhoukan dev --levels 2,3
fix d48_05_zhuanfang_rijing_shangye_zhoukan '
for h in d["headings"]:
    h["title"] = h["title"].rstrip("：:")
'
# 06 唐鳳 公民浪潮 fireside talk and Q&A transcript (same site; unnumbered '## …' sections, '### 講者：' turns at depth 2)
python3 $T/make_md_doc.py src/audreyt_transcript_2026-07-31-gongmin_langchao.md d48_06_duitan_gongmin_langchao dev --levels 2,3
fix d48_06_duitan_gongmin_langchao '
for h in d["headings"]:
    h["title"] = h["title"].rstrip("：:")
'
# 07 a presidential 談話 (就職三週年) kept as a course data file (plain text, no title in the file: the file name 'speech' is line 1;
#    greeting, paragraphs with run-in 第一，/第二， points inside them; no headings, gold empty)
python3 $T/extract_lines.py src/ywchiu_ctbcpy_data_speech.txt 1 200 docs/d48_07_jianghua_sanzhounian_tanhua.txt "speech" >/dev/null
G d48_07_jianghua_sanzhounian_tanhua.txt "speech" '[]'
# 08 WeChat 评论 '房价，真会永远涨吗' (公众号 太阳照常升起) as the backup tool saved it (HTML page with its header/meta lines);
#    bold stand-alone 一、 sections and 1、 subsections
python3 $T/html_blocks.py src/531014023_wechat_articles_backup_mufeng_2016-08-22_fangjia.html docs/d48_08_pinglun_fangjia_wangye.txt "房价，真会永远涨吗" --drop-first-if-title >/dev/null
G d48_08_pinglun_fangjia_wangye.txt "房价，真会永远涨吗" \
 '[[13,1],[15,2],[18,2],[25,2],[32,1],[37,2],[42,2],[51,2],[54,1],[56,2],[67,2],[81,1],[83,2],[87,2],[90,2],[94,2]]'
# 09 same backup: '芯片战争及其应对（上）' (bold 一、 sections, bold 1、 subsections under 三、 and 四、; the intro's 1、2、3、 points and the
#    numbered 参考资料 list are list items; the plain '参考资料：' label is not marked as a heading and is left out)
python3 $T/html_blocks.py src/531014023_wechat_articles_backup_mufeng_2022-11-20_xinpian_zhanzheng_shang.html docs/d48_09_pinglun_xinpian_zhanzheng_wangye.txt "芯片战争及其应对（上）" --drop-first-if-title >/dev/null
G d48_09_pinglun_xinpian_zhanzheng_wangye.txt "芯片战争及其应对（上）" \
 '[[19,1],[26,1],[37,1],[38,2],[51,2],[64,2],[76,2],[86,1],[90,2],[102,2]]'
# 10 a data-visualisation talk's script (分享/讲座 演讲稿, plain text, one paragraph a line; no title in the file: the file name
#    '演讲稿' is line 1; spoken signposts such as '首先第一步，我们要做的是采集数据' are sentences, not headings: gold empty)
python3 $T/extract_lines.py src/Honlan_starwar-visualization_yanjianggao.txt 1 200 docs/d48_10_jiangzuo_yanjianggao_xingzhan_keshihua.txt "演讲稿" >/dev/null
G d48_10_jiangzuo_yanjianggao_xingzhan_keshihua.txt "演讲稿" '[]'
# 11 a graduation-thesis defence speech script (plain text in GB18030 with CRLF and a few lone CR line ends, decoded to UTF-8 with
#    every CR/CRLF a line break, as an editor shows it; '翻页' stage directions kept; the signposts '首先是课题综述部分' …
#    '下一阶段是模型构建阶段' are spoken sentences, not headings: gold empty)
python3 -c "import sys; t=open(sys.argv[1],'rb').read().decode('gb18030').replace('\r\n','\n').replace('\r','\n'); open(sys.argv[2],'w',encoding='utf-8').write(t)" src/South-Walker_Thesis_yanjianggao.txt /tmp/d48_thesis.txt
python3 $T/extract_lines.py /tmp/d48_thesis.txt 1 400 docs/d48_11_jianghua_biye_dabian_yanjianggao.txt "演讲稿" >/dev/null
G d48_11_jianghua_biye_dabian_yanjianggao.txt "演讲稿" '[]'
# 12 a product-release feature from a developer's 公众号 (phodal), as an article-archive bot saved it in Markdown (front matter,
#    '#' title, metadata blockquote, '##' subheads 引子 1：… / 总结：…)
python3 $T/make_md_doc.py src/w4lk3r_wechat-article-archive_routa_zhuomianban_fabu.md d48_12_xinwen_routa_zhuomianban_fabu dev --levels 1,2,3
python3 $T/check_gold.py
