#!/bin/bash
# Rebuild every document and gold of dev set 53 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev53
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 ITU-T X.680 (ASN.1) Chinese translation, "Definitions 定义" section as the Sphinx-built HTML page (chrome kept);
#    the h2 sections are the headings (titles without the Sphinx permalink sign ¶)
T1="Definitions 定义 — ITU标准文档X.680 0.1.0 documentation"
python3 $T/html_blocks.py src/reyoung_asn1_docsrc_definitions.html docs/d53_01_biaozhun_asn1_dingyi.txt "$T1" --drop-first-if-title >/dev/null
G d53_01_biaozhun_asn1_dingyi.txt "$T1" '[[9,1,"Information object specification 信息对象说明"],[16,1,"Constraint specification 约束说明"],[20,1,"Parameterization of ASN.1 specification ASN.1的的参数说明"],[24,1,"Structure for identification of organizations 组织标识结构"],[29,1,"Universal Multiple-Octet Coded Character Set (UCS) 通用多字节字符集"],[40,1,"附加的定义"]]'
# 02 印章管理系统 online help (操作手册), chapter "6.基础信息" as an ASP.NET page (saved HTML; the <title> is the
#    page's own, copied from another help page; chrome and contents row kept); chapter = depth 1, "Step N：" = depth 2
python3 $T/html_blocks.py src/Tony9866_anxinsu_Help_BaseHelp.aspx docs/d53_02_caozuo_shouce_anxinsu_jichu_xinxi.txt "关于系统-信息登记" --drop-first-if-title >/dev/null
G d53_02_caozuo_shouce_anxinsu_jichu_xinxi.txt "关于系统-信息登记" '[[4, 1], [5, 2, "企业分类管理", "Step 1"], [7, 2, "备案单位维护", "Step 2"], [9, 2, "登记点管理", "Step 3"], [11, 2, "通用数据管理", "Step 4"], [13, 2, "印章规格管理", "Step 5"], [15, 2, "用户区域管理", "Step 6"], [17, 2, "信息发布管理", "Step 7"], [19, 2, "用户制章企业管理", "Step 8"], [21, 2, "初始化数据", "Step 9"]]'
# 03 课程作业 需求规格说明书 of a SpringBoot blog system (Markdown; two # parts, ## 1. / ### 1.1 / #### 2.1.1 by level; the file has
#    no single title of its own, so line 1 is its file name)
python3 $T/make_md_doc.py src/Ace-Fan_Blog-Requirements-Specification_xuqiu_guige_shuomingshu.md d53_03_xuqiu_guige_boke_xitong dev --levels 1,2,3,4 --title "需求规格说明书"
# 04 ThssDB 用户手册 (Markdown; ## and ### by level, unnumbered; numbered steps are list items)
python3 $T/make_md_doc.py src/0x0cqq_ThssDB_yonghu_shouce.md d53_04_yonghu_shouce_thssdb dev --levels 2,3
# 05 HARMOLOID 用户手册 ver 1.2 (MarkdownPad HTML export, from the commit before the file was deleted); the h1 repeats the
#    document title and is not a heading; h2 sections depth 1; the FAQ's bold questions (run into their answers in one
#    paragraph) depth 2, title = the question
python3 $T/html_blocks.py src/sdercolin_HARMOLOID_yonghu_shouce.html docs/d53_05_yonghu_shouce_harmoloid.txt "User Guide" --drop-first-if-title >/dev/null
G d53_05_yonghu_shouce_harmoloid.txt "User Guide" '[[3, 1], [7, 1], [12, 1], [19, 1], [23, 1], [24, 2, "Q：为什么我运行不了程序？"], [25, 2, "Q：和声不是需要人来配的吗？这个程序能配出正确的和声吗？"], [26, 2, "Q：这个软件可以给人声配和声吗？"], [27, 2, "Q：我对乐理完全没有了解，可以使用这个软件吗？"], [28, 2, "Q：为什么我无法读取文件？"], [29, 2, "Q：我不懂乐理，但是全自动调性分析出来的结果很乱，怎么办？"], [30, 2, "Q：最后制作出的和声非常不和谐，怎么办？"], [31, 2, "Q：程序里面的某个小节和我在其他软件里看到的内容不同，这是为什么？"], [32, 2, "Q：使用了本程序制作的歌曲在投稿信息中需要写什么吗？"]]'
# 06 Quadrilaterals 用户手册 (Typora HTML export; <title> README; the h2 用户手册 repeats the title, the TOC paragraph
#    is not a heading); h3 "1." depth 1, h4 "2.1" depth 2
python3 $T/html_blocks.py src/cg-group_Quadrilaterals_yonghu_shouce.html docs/d53_06_yonghu_shouce_quadrilaterals.txt "README" --drop-first-if-title >/dev/null
G d53_06_yonghu_shouce_quadrilaterals.txt "README" '[[4,1],[7,1],[8,2],[19,2],[28,1]]'
# 07 性能测试 测试计划 (Markdown, course lab; HTML <h1> title; ## 1. / ### 1.1 / #### 1.2.1 / ##### 2.3.1.1 by level), from the
#    last commit that holds the file
python3 $T/make_md_doc.py src/CodingYuanLiu_Software-Test_ceshi_jihua.md d53_07_ceshi_jihua_xingneng_ceshi dev --levels 2,3,4,5 --title "Lab4: 性能测试 测试计划"
# 08 性能测试 测试报告 (same repository and commit; ## 1. / ### 1.1 / #### 1.1.1; the [toc] marker kept as text)
python3 $T/make_md_doc.py src/CodingYuanLiu_Software-Test_ceshi_baogao.md d53_08_ceshi_baogao_xingneng_ceshi dev --levels 2,3,4 --title "Lab4: 性能测试 测试报告"
# 09 Python 编码规范 (Markdown with no title of its own: line 1 is the file name; unnumbered ## / ### / #### / #####
#    headings whose levels skip, depth by nesting: tools/nest_depth.py)
python3 $T/make_md_doc.py src/ShawnYi5_CodingRules_bianma_guifan.md d53_09_bianma_guifan_python dev --levels 2,3,4,5 --title "编码规范"
python3 $T/nest_depth.py src/ShawnYi5_CodingRules_bianma_guifan.md gold/d53_09_bianma_guifan_python.json
# 10 quant project 安装指南 (plain .txt, no title line: line 1 is the file name); the steps 1、…6、 title their sections
#    (depth 1); the 2.1-2.3 sentences under step 2 are list items
python3 $T/txt_doc.py src/wongkey_qtp_anzhuang_zhinan.txt docs/d53_10_anzhuang_zhinan_qtp.txt "安装指南" >/dev/null
G d53_10_anzhuang_zhinan_qtp.txt "安装指南" '[[2,1,"安装python 3.10 (最新pybroker目前不支持3.12及以上版本)"],[6,1],[11,1],[15,1],[18,1],[22,1]]'
# 11 Z-Blog 2.X 安装说明 (plain .txt, UTF-8 with BOM and CRLF; first line is the title); the numbered 1.…6. lines are
#    installation steps (instructions, a list), not section headings: gold is empty
python3 $T/txt_doc.py src/zblogcn_zblogasp_anzhuang_zhinan.txt docs/d53_11_anzhuang_shuoming_zblog.txt "Z-Blog 2.X安装说明" >/dev/null
G d53_11_anzhuang_shuoming_zblog.txt "Z-Blog 2.X安装说明" '[]'
# 12 高校社团管理系统 详细设计说明书 (Markdown; first # line is the title, the second # line 详细设计说明书 is a subtitle and
#    not in the outline; ## 1. / ### 1.1 / #### 4.2.1 and unnumbered ## 目录, ## 附录, #### 成功响应 by level)
python3 $T/make_md_doc.py src/Chen-yico_WHUT-clubManagerSystem_xiangxi_sheji.md d53_12_xiangxi_sheji_shetuan_guanli dev --levels 2,3,4
python3 - <<'PY'
import json
p = 'gold/d53_12_xiangxi_sheji_shetuan_guanli.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'].startswith('附录A：'):
        h['marker'], h['title'] = '附录A', h['title'][4:]   # appendix letter as its marker
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 13 ITU-T X.680 Chinese translation, "Normative references 规范的引用" as the plain-text reST source Sphinx copied to
#    _build/html/_sources (a .txt; underline lines kept as the file has them); the two underlined subsections are depth 1
python3 $T/txt_doc.py src/reyoung_asn1_sources_normative_ref.txt docs/d53_13_biaozhun_asn1_guifanxing_yinyong.txt "Normative references 规范的引用" >/dev/null
G d53_13_biaozhun_asn1_guifanxing_yinyong.txt "Normative references 规范的引用" '[[6,1],[17,1]]'
python3 $T/check_gold.py
