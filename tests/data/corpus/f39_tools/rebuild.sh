#!/bin/bash
# Rebuild every document and gold of fresh set 39 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh39
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# HTML page -> text: line 1 = the page's own <title> as a browser shows it; html_blocks' duplicate title block dropped
H() { t=$(python3 $T/page_title.py src/$1); python3 $T/html_blocks.py src/$1 docs/$2 "$t" --drop-first-if-title >/dev/null; G $2 "$t" "$3"; }
# 01 新华网 news page (职业技能竞赛 report; picture captions, no section headings: gold is empty)
H mhxqwer_djxinhuanet.com_index.html f39_01_xinwen_wangye_xinhuawang_xingxiang_shejishi.txt '[]'
# 02 光明网 page of a 光明日报 news item (no section headings; 值班总编推荐/追思/光明导读/光明图片 are sidebar chrome: gold is empty)
H mhxqwer_ljynews.gmw.cn_index.html f39_02_xinwen_wangye_guangming_chuanyu_guoxue.txt '[]'
# 03 中国文明网 北京朝阳 page of a 朝阳报 news item (no section headings; 相关报道/热点新闻 chrome: gold is empty)
H mhxqwer_ljcbj.wenming.cn_index.html f39_03_xinwen_wangye_wenming_jichu_jiaoyu_luntan.txt '[]'
python3 $T/check_gold.py
