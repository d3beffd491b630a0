#!/bin/bash
# Rebuild every document and gold of fresh set 36 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh36
T=tools
mkdir -p tmp   # intermediate renders (JSX/JSP/MDX/bilingual pages) are written here
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 红军长征 special (共产党员网 feature as HTML in a .md file; bold centred 小标题; page title = eventName in mock/data.js)
python3 $T/html_blocks.py src/codejacket_red-inheritance_hongjunchangzheng_1934_1936.md docs/f36_01_xinwen_hongjun_changzheng.txt "红军长征" >/dev/null
G f36_01_xinwen_hongjun_changzheng.txt "红军长征" '[[7,1],[10,1],[14,1],[18,1],[21,1],[24,1],[28,1],[32,1],[36,1],[40,1]]'
# 02 抗美援朝 人民日报 整版特别策划 (HTML in a .md file; 编者的话, the feature headline, five bold article headlines; bold bylines not headings)
python3 $T/html_blocks.py src/codejacket_red-inheritance_kangmeiyuanchao_1950_1953.md docs/f36_02_xinwen_kangmei_yuanchao_zhanqi.txt "抗美援朝战争" >/dev/null
G f36_02_xinwen_kangmei_yuanchao_zhanqi.txt "抗美援朝战争" '[[2,1],[5,1],[11,2],[25,2],[37,2],[50,2],[62,2],[73,2]]'
# 03, 04 media-convergence case studies (academic case reports; Vue pages of <typo-*> components; gold = <typo-heading :level>)
V() { S=$(python3 $T/vue_typo.py src/$1 docs/$2); G $2 "$(head -1 docs/$2)" "$S"; }
V ripple-tju_train_3419faa8-6805-4ff7-978c-efb2b34b9b75.vue f36_03_lunwen_anli_pengpai_xinwen_shinian.txt
V ripple-tju_train_47cba36d-ab55-43de-a205-f454fe1e3324.vue f36_04_lunwen_anli_zhongguo_minhangbao.txt
# 05 林毅夫 2000 lecture at CASS 经济研究所 (section of the book 本体与常无 in reST; lines 3927-4319; footnote ref [10] dropped from the title)
python3 $T/rst_section.py src/Jeangowhy_opendocs_philosoph_Benti_Changwu.rst 3927 4320 docs/f36_05_jiangyan_linyifu_jingjixue_yanjiu_fangfa.txt "经济学研究方法与中国经济学科发展" >/dev/null
G f36_05_jiangyan_linyifu_jingjixue_yanjiu_fangfa.txt "经济学研究方法与中国经济学科发展" '[[7,1],[17,1],[24,1],[31,2],[33,2],[35,2],[37,2],[41,1],[46,1]]'
# 06 佛教刊物《蓮花與你》第148期 opening: ## 社論 / ### editorial title / 一、 / （一） / 結語 (Markdown; src = the file's opening up to "## 佛學覽幽", as read with read_file)
python3 $T/make_md_doc.py src/ChuangJay_Provisional-and-Definitive-Dharma_lotus-with-you_148_output_opening.md f36_06_shelun_sanju_jingjie_taiwan_fojiao heldout --levels 2,3 --fresh >/dev/null
G f36_06_shelun_sanju_jingjie_taiwan_fojiao.txt "第148期" '[[3,1],[5,2],[17,3],[23,3],[25,4],[29,4],[35,4],[57,3],[69,3],[75,3]]'
# 07 同刊第148期 lecture 華嚴經淨行品（六十三）, 戒慧講述 (Markdown section of the same file; 科判 headings 丙二/丁二/戊八/己四/己五, 前言; '經文：' labels not headings)
python3 $T/make_md_doc.py src/ChuangJay_Provisional-and-Definitive-Dharma_lotus-with-you_148_output_jingxingpin.md f36_07_jiangshu_huayanjing_jingxingpin heldout --levels 4 --title "菩薩清淨的行持—華嚴經淨行品（六十三）" --fresh >/dev/null
G f36_07_jiangshu_huayanjing_jingxingpin.txt "菩薩清淨的行持—華嚴經淨行品（六十三）" '[[13,1,"指事顯因答其徵因","丙二、"],[15,2,"別顯","丁二、"],[17,3,"還歸洗浴時願（五願）：從舍出、入水、洗身、盛暑、暑退","戊八、"],[19,4],[23,4,"還歸洗浴時願：盛暑","己四、"],[51,4,"還歸洗浴時願：暑退","己五、"]]'
# 08 非遗 site, 民间文学 feature page (React JSX; three 小标题 for the three epics; page title = index.html <title> 非遗)
python3 $T/jsx_markup.py src/IloveSummerDay_react-static-website_Literature.jsx tmp/lit.html
python3 $T/html_blocks.py tmp/lit.html docs/f36_08_xinwen_feiyi_minjian_wenxue.txt "非遗" >/dev/null
G f36_08_xinwen_feiyi_minjian_wenxue.txt "非遗" '[[3,1],[8,1],[12,1]]'
# 09 牧者之言 (church pastor's message given after the first building-seeking prayer meeting; bilingual Markdown page, the
#    Chinese half after '---zh---' as the site shows it; ### headings, bold stand-alone lines 1./第一，/label lines)
python3 $T/zh_part.py src/seldas_lricbc-web_2026-01-18-pastor-message.md tmp/lr1.md
python3 $T/make_md_doc.py tmp/lr1.md f36_09_jianghua_xiaoshicheng_jiaohui_yixiang heldout --levels 2,3 --fresh >/dev/null
G f36_09_jianghua_xiaoshicheng_jiaohui_yixiang.txt "我们教会的异象" '[[8,1],[12,1],[14,2],[18,2],[33,2],[43,2],[58,1],[64,2,"具体内容"],[70,2,"这份异象有以下几个印证"],[72,3,"主的话语","第一，"],[78,3,"牧者与同工的印证","第二，"],[84,3,"华人牧者的鼓励","第三，"],[90,3,"同工新冠测试结果","第四，"],[94,3,"小石城的需要","第五，"],[98,1]]'
# 10 牧者之言 家庭祭坛 (a Father's Day sermon; same site; 一、/bold 1./bold run-in 首先/其次 cut at the 。/### 结语)
python3 $T/zh_part.py src/seldas_lricbc-web_2026-06-21-pastor-message.md tmp/lr2.md
python3 $T/make_md_doc.py tmp/lr2.md f36_10_jianghua_jiating_jitan heldout --levels 2,3 --fresh >/dev/null
G f36_10_jianghua_jiating_jitan.txt "家庭祭坛" '[[13,1],[15,2],[25,2],[31,2],[37,1],[51,1],[53,2,"要克服阻碍","首先，"],[57,2,"要坚持不懈","其次，"],[59,1]]'
# 11 慧灯之光《佛法融入生活》 (慈诚罗珠堪布 teaching/讲记; Docusaurus MDX page; ## 一、 / ### （一） / #### 1、, gold from the mark-up)
python3 $T/mdx_clean.py src/zuokun2013_hdcx_books_b1_1-07.md tmp/hd1.md
python3 $T/make_md_doc.py tmp/hd1.md f36_11_jiangji_fofa_rongru_shenghuo heldout --levels 2,3,4 --fresh >/dev/null
python3 $T/check_gold.py
