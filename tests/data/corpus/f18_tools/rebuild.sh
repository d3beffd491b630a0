#!/bin/bash
# Rebuild every document and gold of fresh set 18 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh18
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 study note 《GitHub和git学习笔记》 (Markdown ## 一、 / ### 3.1; TOC list and bold numbered steps are not headings)
python3 $T/make_md_doc.py src/lihj502_homework_GitHub_he_git_xuexi_biji.md f18_01_xuexi_biji_github_git heldout --levels 2,3 --fresh
# 02 JTS 240—2020 水运工程基桩试验检测技术规范, chapter 3 as its Read-the-Docs HTML page (Sphinx chrome and sidebar kept;
#    the sidebar contents list and the repeated chapter title '3 基本规定' are not headings; clauses 3.1.1… are numbered paragraphs)
python3 $T/html_blocks.py src/longyu8101_JTS240-2020_docs_3.html docs/f18_02_biaozhun_shuiyun_jizhuang_jiance.txt "3 基本规定 — 水运工程基桩试验检测技术规范 JTS 240 — 2020" --drop-first-if-title >/dev/null
G f18_02_biaozhun_shuiyun_jizhuang_jiance.txt "3 基本规定 — 水运工程基桩试验检测技术规范 JTS 240 — 2020" '[[45,1],[67,1],[92,1],[113,1],[134,1],[144,1]]'
# 03 study note 《第一章 建筑工程设计技术 1.1 建筑物的构成与设计要求》 (Jekyll post; front-matter title has '<br>', given with --title;
#    ## 1.1.1 / ### 1. headings; '1. 按用途及规模分类' are list items; the post's <style> CSS text stays in the text as converted)
python3 $T/make_md_doc.py src/CC3763_cc3763.github.io_yijian-shiwu-1.1-blog.md f18_03_xuexi_biji_yijian_jianzhu_shiwu heldout --levels 2,3 --fresh --title "第一章 建筑工程设计技术 1.1 建筑物的构成与设计要求"
# 04 桥梁工程（第2版） 第六章 第一节 连续体系梁桥的特点, a Read-the-Docs HTML page of the textbook (sidebar, breadcrumb and footer kept;
#    the repeated section title is not a heading; standalone '1. 材料特点'… paragraphs title the sub-sections; '[A2-6.x]' are paragraph labels)
python3 $T/html_blocks.py src/longyu8101_qlgc_build_html_10_10.1.html docs/f18_04_jiaocai_qiaoliang_lianxu_liangqiao.txt "第一节 连续体系梁桥的特点 — 桥梁工程 第2版" --drop-first-if-title >/dev/null
G f18_04_jiaocai_qiaoliang_lianxu_liangqiao.txt "第一节 连续体系梁桥的特点 — 桥梁工程 第2版" '[[58,1],[60,1],[66,1]]'
# 05 臺灣《植物醫師法》草案各章要點 (Hugo blog post summarising the 立法院經濟委員會-approved bill; ### 第一章 總則 … 第六章 附則, bullets are list items)
python3 $T/make_md_doc.py src/SaraTai_SaraTai.github.io_blog_zhiwu_yishi_fa_yaodian.md f18_05_taiwan_zhiwu_yishi_fa_caoan_yaodian heldout --levels 3 --fresh
# 06 仲弘春兰书苑 news page (static PHP page of a 陈毅 memorial site reposting a 人民日报 report, 2012-09-11; <title> is the site name,
#    PHP include lines drop out as tags; breadcrumb/sidebar kept; the article's <h1> is the only heading, the report has no sections)
python3 $T/html_blocks.py src/benxiaohai1212_zhclsy_latest_latest20120924.php docs/f18_06_xinwen_wangye_wenjiabao_waijiao_xueyuan.txt "仲弘春兰书苑" --drop-first-if-title >/dev/null
G f18_06_xinwen_wangye_wenjiabao_waijiao_xueyuan.txt "仲弘春兰书苑" '[[6,1]]'
python3 $T/check_gold.py
