#!/bin/bash
# Rebuild every document and gold of fresh set 25 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh25
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
M() { (cd $T && python3 make_md_doc.py "../src/$1" "${@:2}" >/dev/null); }
# 01 SPXDesign 排版方案 white paper (Markdown ## I. … XIII.; roman markers split off by hand)
M SPXFellow_whitepaper_whitepaper.md f25_01_baipishu_spxdesign_paiban heldout --levels 2 --fresh
python3 $T/fixgold.py gold/f25_01_baipishu_spxdesign_paiban.json roman
# 02 Projitive README (Chinese; ## / ###; '60 秒上手', '5 分钟演示' are titles, not numbered)
M yinxulai_projitive_README_CN.md f25_02_readme_projitive heldout --levels 2,3 --fresh
python3 $T/fixgold.py gold/f25_02_readme_projitive.json unmark
# 03 CloudTower Python SDK guide (company API docs site, Docusaurus MDX; ## … #####; '#### 虚拟机开机:' colon dropped)
M smartxworks_cloudtower-api-doc_sdks_python.md f25_03_api_zhinan_cloudtower_python_sdk heldout --levels 2,3,4,5 --fresh
python3 $T/fixgold.py gold/f25_03_api_zhinan_cloudtower_python_sdk.json colon
# 04/05 星河 (Sansi StarRiver) lighting-management web user manual, two chapters (GitBook Markdown; ## / ### / ####)
M Sansi_StarRiver-Web-User-Manual_zh_part2_config.md f25_04_yonghu_shouce_xinghe_peizhi heldout --levels 2,3,4 --fresh
python3 $T/fixgold.py gold/f25_04_yonghu_shouce_xinghe_peizhi.json colon
M Sansi_StarRiver-Web-User-Manual_zh_part1_device.md f25_05_yonghu_shouce_xinghe_shebei heldout --levels 2,3,4 --fresh
python3 $T/fixgold.py gold/f25_05_yonghu_shouce_xinghe_shebei.json colon
# 06 打工人日报 2026-08-22 (a blog's auto-built daily digest: GitHub trending, v2ex, 热点新闻 items from RSS/Telegram; ## / ### / #### with levels skipped, depth = nesting)
M jobcher_new-blog_daily_github_trending_2026-08-22.md f25_06_ribao_dagongren_2026_08_22 heldout --levels 2,3,4 --fresh
python3 $T/nestdepth.py src/jobcher_new-blog_daily_github_trending_2026-08-22.md gold/f25_06_ribao_dagongren_2026_08_22.json 2,3,4
python3 $T/fixgold.py gold/f25_06_ribao_dagongren_2026_08_22.json colon
# 07 新闻收集 (a personal blog's quarterly news-topic log, Hexo post; ## quarter headings over + lists)
M Waopes_Important-Issues.md f25_07_xinwen_shouji_jidu heldout --levels 2 --fresh
python3 $T/fixgold.py gold/f25_07_xinwen_shouji_jidu.json colon
# 08/09 网易财经 (money.163.com) news pages of July 2015 saved by an extractor project (GBK; decoded to /tmp, then html_blocks.py; chrome kept)
mkdir -p /tmp/f25
for n in 57 51 56 41; do python3 -c "import sys; open(sys.argv[2],'w',encoding='utf-8').write(open(sys.argv[1],'rb').read().decode('gbk'))" src/chrislinan_cx-extractor-python_RawHtml_$n.html /tmp/f25/$n.html; done
python3 $T/html_blocks.py /tmp/f25/57.html docs/f25_08_xinwen_wangye_jijin_jingli_baodie.txt "基金经理应对暴跌：老人淡定捡漏 80后夜不能寐_网易财经" --drop-first-if-title >/dev/null
G f25_08_xinwen_wangye_jijin_jingli_baodie.txt "基金经理应对暴跌：老人淡定捡漏 80后夜不能寐_网易财经" '[[71,1],[75,1],[84,1],[89,1]]'
python3 $T/html_blocks.py /tmp/f25/51.html docs/f25_09_xinwen_wangye_zhengjianhui_wu_dazhao.txt "证监会又出五大招 能否有“疗效” 周一见_网易财经" --drop-first-if-title >/dev/null
G f25_09_xinwen_wangye_zhengjianhui_wu_dazhao.txt "证监会又出五大招 能否有“疗效” 周一见_网易财经" '[[71,1],[72,2],[80,1],[81,2],[84,1],[85,2],[96,1],[97,2],[100,1],[101,2],[105,1],[106,2]]'
python3 $T/html_blocks.py /tmp/f25/56.html docs/f25_10_xinwen_wangye_sanzhou_zhengfa.txt "三周两市蒸发21万亿 股民：深市“蒸”没了_网易财经" --drop-first-if-title >/dev/null
G f25_10_xinwen_wangye_sanzhou_zhengfa.txt "三周两市蒸发21万亿 股民：深市“蒸”没了_网易财经" '[[71,1],[79,1],[85,1],[87,1],[90,2],[95,2],[99,2],[103,1]]'
python3 $T/html_blocks.py /tmp/f25/41.html docs/f25_11_xinwen_wangye_huzhi_sanzhou_die.txt "沪指三周跌30%失守3700 1025只个股股价腰斩_网易财经" --drop-first-if-title >/dev/null
G f25_11_xinwen_wangye_huzhi_sanzhou_die.txt "沪指三周跌30%失守3700 1025只个股股价腰斩_网易财经" '[[71,1],[77,1],[81,1],[82,2],[84,3],[88,3],[92,1],[93,2],[101,1],[102,2]]'
# 12 Projitive design note for the `.projitive` marker file (## 1、… 4、 numbered with 、 after an Arabic digit)
M yinxulai_projitive_designs_PROJITIVE_CN.md f25_12_sheji_shuoming_projitive heldout --levels 2 --fresh
python3 $T/fixgold.py gold/f25_12_sheji_shuoming_projitive.json colon
python3 $T/check_gold.py
