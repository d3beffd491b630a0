#!/bin/bash
# Rebuild every document and gold of fresh set 15 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh15
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 教育部办公厅 通知 as a saved copy of the moe.gov.cn detail page (chrome kept)
python3 $T/html_blocks.py src/mhxqwer_wjmoe.gov.cn_index.html docs/f15_01_tongzhi_jiaoyubu_lijing_wenhua.txt "教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知 - 中华人民共和国教育部政府门户网站" --drop-first-if-title >/dev/null
G f15_01_tongzhi_jiaoyubu_lijing_wenhua.txt "教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知 - 中华人民共和国教育部政府门户网站" \
 '[[46,1],[48,1],[53,1],[55,1],[56,2],[57,2],[58,2],[59,2],[60,1],[61,2],[63,2],[65,2],[67,2],[69,1],[70,2],[71,2],[72,2],[73,1]]'
# 02 GB 12348 厂界噪声 standard (clauses 1-3) on a standards-library JSP page
python3 $T/html_blocks.py src/Pengbowen_BMS_frontAllPage.jsp docs/f15_02_biaozhun_changjie_zaosheng.txt "标准查看页面" --drop-first-if-title >/dev/null
G f15_02_biaozhun_changjie_zaosheng.txt "标准查看页面" '[[5,1],[8,1],[16,1],[18,2],[20,2],[22,2],[28,2],[30,2]]'
# 03 臺灣 公寓大廈管理條例 (community site page, Markdown: ## 第 X 章, ### 第 N 條; markers written with spaces)
python3 $T/make_md_doc.py src/coconutcity30050_community27_pages_law.md f15_03_taiwan_gongyu_dasha_guanli_tiaoli heldout --levels 2,3 --fresh
python3 - <<'PY'
import json, re
p = 'gold/f15_03_taiwan_gongyu_dasha_guanli_tiaoli.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(第 [一二三四五六七八九十]+ 章) (.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
    else:
        assert re.fullmatch(r'第 \d+(-\d+)? 條', h['title']), h
        h['marker'] = h['title']          # an article's title is its label
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 04 Thrift paper, Chinese translation (Markdown ## 1. / ### 1.1 / #### 3.2.1; appendix "A." marker fixed by hand)
python3 $T/make_md_doc.py src/lemon19900815_thrift-paper-cn_thrift_yiwen.md f15_04_lunwen_thrift_yiwen heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
p = 'gold/f15_04_lunwen_thrift_yiwen.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'].startswith('A. '):
        h['marker'], h['title'] = 'A.', h['title'][3:]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 05 2025年吉林省政府工作报告 (DOCX inside the repository's ZIP of 31 provincial reports; one Word paragraph a line)
python3 $T/docx_paras.py src/alexzhu0_Jina_Embeddings_v4_RAG_31shengqushi_zhengfu_gongzuo_baogao.zip 吉林 docs/f15_05_zhengfu_gongzuo_baogao_jilin_2025.txt >/dev/null
G f15_05_zhengfu_gongzuo_baogao_jilin_2025.txt "2025年吉林省政府工作报告" '[[7,1],[24,1],[29,2],[32,2],[37,2],[42,2],[46,2],[50,2],[54,2],[58,2],[62,1]]'
# 06 2025年四川省政府工作报告 (same ZIP; unnumbered standalone part headings, （一） run-in headings, a 名词解释 glossary of numbered list items)
python3 $T/docx_paras.py src/alexzhu0_Jina_Embeddings_v4_RAG_31shengqushi_zhengfu_gongzuo_baogao.zip 四川 docs/f15_06_zhengfu_gongzuo_baogao_sichuan_2025.txt >/dev/null
G f15_06_zhengfu_gongzuo_baogao_sichuan_2025.txt "2025年四川省政府工作报告" '[[7,1],[15,2],[16,2],[18,2],[21,2],[23,2],[24,2],[31,1],[37,2],[40,2],[45,2],[50,2],[54,2],[58,2],[62,2],[66,2],[73,2],[79,1],[81,2],[82,2],[83,2],[84,2],[86,1]]'
# 07 防城港市政府 news page (saved copy of the page, PC and mobile layouts both in the HTML; no section headings: gold is empty)
python3 $T/html_blocks.py src/mhxqwer_lfyfcgs.gov.cn_index.html docs/f15_07_xinwen_wangye_fangchenggang_hedian.txt "广西防城港白龙核电项目一期工程建设动员大会举行 - 重大项目 - 防城港市人民政府 -" --drop-first-if-title >/dev/null
G f15_07_xinwen_wangye_fangchenggang_hedian.txt "广西防城港白龙核电项目一期工程建设动员大会举行 - 重大项目 - 防城港市人民政府 -" '[]'
python3 $T/check_gold.py
