#!/bin/bash
# Rebuild every document and gold of fresh set 16 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh16
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 eID 数字身份 white-paper study book (GitBook page 2.1, sidebar chrome kept; h2 repeats the page title)
python3 $T/html_blocks.py src/suiandtang_eidbook_chapter2_21.html docs/f16_01_biji_eid_shuzi_shenfen.txt "2.1eID数字身份相关主体 |" --drop-first-if-title >/dev/null
G f16_01_biji_eid_shuzi_shenfen.txt "2.1eID数字身份相关主体 |" '[[60,1],[62,1],[64,1],[66,1],[68,1],[70,1],[72,1],[74,1],[76,1]]'
# 02 广州市政府 portal news page (广州日报 story; chrome kept; bold stand-alone 小标题)
python3 $T/html_blocks.py src/mhxqwer_jchgz.gov.cn_index.html docs/f16_02_xinwen_wangye_guangzhou_meizhuang.txt "广州美妆产业依靠自主创新持续发力 - 广州市人民政府门户网站" --drop-first-if-title >/dev/null
G f16_02_xinwen_wangye_guangzhou_meizhuang.txt "广州美妆产业依靠自主创新持续发力 - 广州市人民政府门户网站" '[[65,1],[70,1],[77,1],[84,1],[85,2]]'
# 03 浙江省文化和旅游厅 公示 (saved zj.gov.cn page; five 一、 sections of name tables, one cell a line)
python3 $T/html_blocks.py src/mhxqwer_wmlct.zj.gov.cn_index.html docs/f16_03_gongshi_zhejiang_wenlv_zhicheng.txt "浙江省文化和旅游厅关于2020年度文物博物、图书资料、群众文化、艺术、艺术系列美术专业中、高级专业技术职务任职资格评审结果的公示" --drop-first-if-title >/dev/null
G f16_03_gongshi_zhejiang_wenlv_zhicheng.txt "浙江省文化和旅游厅关于2020年度文物博物、图书资料、群众文化、艺术、艺术系列美术专业中、高级专业技术职务任职资格评审结果的公示" '[[17,1],[190,1],[283,1],[492,1],[1069,1]]'
# 04 Taiwan 金融監督管理委員會 裁處書 (five decisions of one case from a crawl of fsc.gov.tw; JSON field description_html)
python3 $T/json_field.py src/kiang_www.fsc.gov.tw_cases_202104230001.json description_html src/kiang_www.fsc.gov.tw_cases_202104230001_description.html >/dev/null
T04=$(python3 -c "import json;print(json.load(open('src/kiang_www.fsc.gov.tw_cases_202104230001.json',encoding='utf-8'))['title'])")
python3 $T/html_blocks.py src/kiang_www.fsc.gov.tw_cases_202104230001_description.html docs/f16_04_taiwan_jinguanhui_caichushu.txt "$T04" >/dev/null
G f16_04_taiwan_jinguanhui_caichushu.txt "$T04" '[[2,1],[13,2],[33,2],[37,2],[43,1],[52,2],[67,1],[76,2],[90,1],[99,2],[109,1],[118,2]]'
# 05 中央网信办 site page: 人民日报 theory article 《从信息社会迈向智能社会》 (chrome kept; two bold navy 小标题)
python3 $T/html_blocks.py src/mhxqwer_gjbcac.gov.cn_index.html docs/f16_05_wangye_wangxinban_zhineng_shehui.txt "从信息社会迈向智能社会_中央网络安全和信息化委员会办公室" --drop-first-if-title >/dev/null
G f16_05_wangye_wangxinban_zhineng_shehui.txt "从信息社会迈向智能社会_中央网络安全和信息化委员会办公室" '[[20,1],[29,1]]'
# 06 law-exam study notes on legal history, chapter 4 (a markmap tree in a JS file; h2/h3/h4 nodes are the headings)
S06=$(python3 $T/markmap_js.py src/TemperSweet_legal-history_chapter9.js docs/f16_06_biji_fazhishi_genjudi.txt)
G f16_06_biji_fazhishi_genjudi.txt "第四章 中国共产党领导的革命根据地时期的法制" "$S06"
# 07 Taiwan 金融監督管理委員會 裁處書, a second case (three decisions; 事實及理由 with titled 一、 相關法令規定： / 二、 處分事實：)
python3 $T/json_field.py src/kiang_www.fsc.gov.tw_cases_201712280001.json description_html src/kiang_www.fsc.gov.tw_cases_201712280001_description.html >/dev/null
T07=$(python3 -c "import json;print(json.load(open('src/kiang_www.fsc.gov.tw_cases_201712280001.json',encoding='utf-8'))['title'])")
python3 $T/html_blocks.py src/kiang_www.fsc.gov.tw_cases_201712280001_description.html docs/f16_07_taiwan_jinguanhui_caichushu_caibao.txt "$T07" >/dev/null
G f16_07_taiwan_jinguanhui_caichushu_caibao.txt "$T07" '[[2,1],[10,2],[11,3],[14,3],[18,2],[22,2],[31,1],[39,2],[40,3],[43,3],[47,2],[51,2],[60,1],[68,2],[69,3],[72,3],[76,2],[80,2]]'
# 08 龙泉市 publicity Q&A 《创建省示范文明城市》 (Markdown: ### questions; the first question is a bold list item, added by hand)
python3 $T/make_md_doc.py src/tidusu_map_dist_markdown_test.md f16_08_wenda_longquan_wenming_chengshi heldout --levels 2,3 --fresh
python3 - <<'PY'
import json
p = 'gold/f16_08_wenda_longquan_wenming_chengshi.json'
d = json.load(open(p, encoding='utf-8'))
d['headings'].insert(0, {'depth': 1, 'marker': '', 'title': '什么是省示范文明城市？', 'line': 3})
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 09 人民法院案例库-style reference case (civil, 矿业权压覆), a PDF extract kept as the source has it (hard-wrapped lines, page numbers, broken title)
T09=$(python3 $T/plain_txt.py src/alantany_fayuanpanli_minshi_kuangye_yafu.txt docs/f16_09_sifa_anli_kuangye_yafu.txt)
G f16_09_sifa_anli_kuangye_yafu.txt "$(echo "$T09" | sed 's/^[[:space:]]*//;s/[[:space:]]*$//')" '[[5,1],[7,1],[125,1],[255,1],[262,1]]'
python3 $T/check_gold.py
