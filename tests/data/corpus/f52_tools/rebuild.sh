#!/bin/bash
# Rebuild every document and gold of fresh set 52 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh52
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 开题报告 (流体模拟) Markdown: ## title, ### 一、…十、; the numbered 1./2./3. subsections of 七 at depth 2 (1. is a run-in label, cut at the colon)
python3 $T/make_md_doc.py src/PiCaHor_Graduation-Thesis_kaiti_baogao.md f52_01_kaiti_baogao_liuti_moni heldout --levels 3 --fresh >/dev/null
G f52_01_kaiti_baogao_liuti_moni.txt "开题报告" '[[3,1],[7,1],[11,1],[15,1],[31,1],[35,1],[39,1],[41,2,"已具备的研究条件"],[43,2],[51,2],[59,1],[63,1],[75,1]]'
# 02 lecture notes 人工智能导论 L1 搜索(A) (Markdown, no title line: the file name is the title; # and ## levels, unnumbered)
python3 $T/make_md_doc.py src/lsmd23_notes_rengong_zhineng_L1_sousuo.md f52_02_jiangyi_rengong_zhineng_sousuo heldout --levels 1,2 --title "L1 搜索(A)" --fresh >/dev/null
# 03 苏州外国语学校纪检部 评分细则, PHP page whose body is the 细则 (one source line per </br>); html_blocks_br.py (</br> read as a line break)
python3 $T/html_blocks_br.py src/HankelBao_DIDSYS_home-rules.php docs/f52_03_xize_sufei_jijianbu_pingfen.txt "苏外纪检部" --drop-first-if-title >/dev/null
G f52_03_xize_sufei_jijianbu_pingfen.txt "苏外纪检部" '[[4,1],[17,1],[26,1],[27,2],[34,2],[40,2],[46,1],[54,1]]'
# 04 开题报告 (ReL4 异步系统调用), Markdown at commit 385feb52 (deleted later); no title line: the file name is line 1 and the opening `# 题目` stays a heading (make_md_doc_kf.py); every `#` line at depth 1
python3 $T/make_md_doc_kf.py src/BIT-CWH_UndergraduateGraduationProject-2024_kaiti_baogao.md f52_04_kaiti_baogao_rel4_yibu_xitong_diaoyong heldout --levels 1 --title "开题报告" --fresh >/dev/null
# 05 佛山市政府 news page (顺德容桂 规范汉字书写大赛), saved copy of the page, chrome kept; no section headings: gold is empty ('关于专家组：' is a run-in label in a paragraph)
python3 $T/html_blocks.py src/mhxqwer_fjffoshan.gov.cn_index.html docs/f52_05_xinwen_wangye_foshan_hanzi_shuxie.txt "佛山市人民政府门户网站" --drop-first-if-title >/dev/null
G f52_05_xinwen_wangye_foshan_hanzi_shuxie.txt "佛山市人民政府门户网站" '[]'
# 06 济南市政府 news page (城市更新和乡村振兴现场推进会), saved copy, chrome kept; the article title under the navigation repeats line 1 and is not a heading; no section headings: gold is empty
python3 $T/html_blocks.py src/mhxqwer_ycrjinan.gov.cn_index.html docs/f52_06_xinwen_wangye_jinan_chengshi_gengxin.txt "全市城市更新和乡村振兴现场推进会到高新区历下区考察 重点关注 济南政府网_济南市人民政府门户网站" --drop-first-if-title >/dev/null
G f52_06_xinwen_wangye_jinan_chengshi_gengxin.txt "全市城市更新和乡村振兴现场推进会到高新区历下区考察 重点关注 济南政府网_济南市人民政府门户网站" '[]'
# 07 摄影社团 活动总结 (plan of activities), Markdown with mixed levels (## 一、, # 二、, ### 1.); gold by the numbering: 一、 depth 1, 1. depth 2; the empty last heading '### 2.' (no title) left out
python3 $T/make_md_doc.py src/cohen112_rainbow-box_huodong_zongjie.md f52_07_huodong_zongjie_sheying_shetuan heldout --levels 1,2,3 --fresh >/dev/null
G f52_07_huodong_zongjie_sheying_shetuan.txt "活动总结" '[[3,1],[5,2],[9,2],[13,2],[17,1],[19,2],[29,2],[33,2],[35,1],[37,2]]'
# 08 腾讯云黑客松 活动总结 (contest brief), Markdown at commit 26645e10 (file changed later): ## 一、…八、 depth 1, ### unnumbered depth 2; list items and tables are not headings
python3 $T/make_md_doc.py src/pxlm570_the-switch_huodong_zongjie.md f52_08_huodong_zongjie_heikesong_youxi heldout --levels 2,3 --fresh >/dev/null
# 09 course-project technical report 总结报告 (斗地主, ZJU OOP), Markdown #/##/### (no title line: file name is line 1, make_md_doc_kf.py); code listings are body text; trailing colons dropped from two titles
python3 $T/make_md_doc_kf.py src/jerrykeung666_20-21-zju-OOP-Project_zongjie_baogao.md f52_09_jishu_baogao_doudizhu_kecheng_sheji heldout --levels 1,2,3 --title "总结报告" --fresh >/dev/null
python3 - <<'PY'
import json
p = 'gold/f52_09_jishu_baogao_doudizhu_kecheng_sheji.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('：:')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 10 lecture notes 人工智能导论 L4 学习(A) (Markdown # and ##, unnumbered; the file opens with a `#` section, so the file name is line 1: make_md_doc_kf.py)
python3 $T/make_md_doc_kf.py src/lsmd23_notes_rengong_zhineng_L4_xuexi.md f52_10_jiangyi_rengong_zhineng_xuexi heldout --levels 1,2 --title "L4 学习(A)" --fresh >/dev/null
# 11 speech 《齐心开创共建“一带一路”美好未来》 (2019 forum keynote) as a GBK .txt from a news scrape (CRLF, photo captions inline); txt_doc.py, title from the speech's own caption;
#    headings: the five run-in points 第一，…第五， (title cut at the first 。), depth 1; '同事们、朋友们！' and the —— paragraphs are not headings
python3 $T/txt_doc.py src/chou123chou_test_yanjianggao.txt docs/f52_11_yanjiang_yidai_yilu_gaofeng_luntan.txt "齐心开创共建“一带一路”美好未来" gbk >/dev/null
G f52_11_yanjiang_yidai_yilu_gaofeng_luntan.txt "齐心开创共建“一带一路”美好未来" '[[52,1,"更广领域扩大外资市场准入","第一，"],[54,1,"更大力度加强知识产权保护国际合作","第二，"],[56,1,"更大规模增加商品和服务进口","第三，"],[58,1,"更加有效实施国际宏观经济政策协调","第四，"],[60,1,"更加重视对外开放政策贯彻落实","第五，"]]'
# 12 讲稿 会计系统专业版 项目演讲稿 (UTF-8 .txt, ==== banners, 【…】 part lines); txt_doc.py, title = the source's banner title (line 3 repeats it, not a heading);
#    headings: the 【…】 part lines (brackets dropped; the line opens with 【, so marker '' and 第X部分 stays in the title) and the banner line 附录：演讲辅助建议 at depth 1, the 1./2./3. titled points of 第四部分 and the 【…】 lines of the appendix at depth 2;
#    label lines such as '基础功能：' / '单元测试：' are left out (list labels)
python3 $T/txt_doc.py src/YHR-hub_accounting-system_yanjianggao.txt docs/f52_12_jianggao_kuaiji_xitong_xiangmu.txt "会计系统专业版 — 项目演讲稿" >/dev/null
G f52_12_jianggao_kuaiji_xitong_xiangmu.txt "会计系统专业版 — 项目演讲稿" '[[7,1,"开场 — 30秒",""],[24,1,"第一部分：做什么 — 功能全景 — 1 分钟",""],[57,1,"第二部分：怎么做 — 架构设计 — 2 分钟",""],[106,1,"第三部分：做得怎么样 — 质量与测试 — 1.5 分钟",""],[138,1,"第四部分：技术亮点 — 1 分钟",""],[143,2],[149,2],[155,2],[161,1,"第五部分：收获与总结 — 30秒",""],[186,1,"附录：演讲辅助建议",""],[189,2,"PPT 建议",""],[197,2,"节奏控制",""],[206,2,"如果被追问",""]]'
python3 $T/check_gold.py
