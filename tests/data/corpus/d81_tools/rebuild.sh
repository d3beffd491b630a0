#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 81
set -e
cd "$(dirname "$0")/.."

# d81_01: 【剪辑师笔记】剪辑大佬的剪辑流程 — a video editor's study notes on the editing workflow (Hugo blog post, Markdown).
# Gold from ## (the eight steps plus 前言/结语/感谢, depth 1) and ### (粗剪/精剪 sub-steps, depth 2). '第一步：' is the author's
# step wording inside the title, kept as title (no marker). Images (div/img) are dropped by the converter; nothing else skipped.
python3 tools/make_md_doc.py src/EddyCliff_EddyCliff.github.io_Video_Editor_Notes_The_editing_process_of_the_editing_masters.md d81_01_jiaocheng_jianji_liucheng dev --levels 2,3

# d81_02: 參與我們 — the "get involved" page of MozTW (Mozilla Taiwan community, a volunteer association), HTML page, Traditional
# Chinese. Text via html_blocks.py (site menu, tab labels and footer kept as extracted). Gold from the page's own h-tags:
# the content heading h2 參與我們 depth 1; the nine h2 work areas inside its #interest tab and the tab heading h1 填寫資料給我們
# depth 2 (they sit inside the 參與我們 block, under its intro text); the side column h3 如何報名？/ MozTW Lab 社群小聚 /
# MozTW General 郵件群組 depth 1 and its h4 最近話題 depth 2. Not headings: site-title h1 and menu, tab labels (依興趣檢視…,
# links), button labels (詳細資訊 》…), h-tags inside HTML comments (not shown, not in the text).
python3 tools/html_blocks.py src/moztw_www.moztw.org_contribute_index.html docs/d81_02_shetuan_moztw_canyu.txt "參與我們 - MozTW, Mozilla Taiwan Community" --drop-first-if-title
python3 -c "import sys; sys.path.insert(0,'tools'); import gold; gold.write('d81_02_shetuan_moztw_canyu.txt','參與我們 - MozTW, Mozilla Taiwan Community',[[11,1],[19,2],[23,2],[26,2],[29,2],[32,2],[35,2],[38,2],[41,2],[44,2],[48,2],[50,1],[52,1],[55,1],[59,2]])"

# d81_03: Schema.yaml 詳解 / Dict.yaml 詳解 — a Rime input-method schema author's manual on writing schema and dictionary files
# (Traditional Chinese; an HTML body kept in a .md file, so converted with html_blocks.py; <pre> code collapses to one line a
# block). The file holds two parts each under its own h1, so line 1 is the file name and the two h1 are depth 1; h2 sections
# depth 2; h3 items numbered 一、… depth 3 (marker as written). Not headings: the empty h2 under each h1, and the recurring
# h4 '示例' labels that only introduce the example code of a section.
python3 tools/html_blocks.py src/LEOYoon-Tsaw_Rime_collections_Rime_description.md docs/d81_03_shouce_rime_fangan.txt "Rime_description"
python3 -c "import sys; sys.path.insert(0,'tools'); import gold; gold.write('d81_03_shouce_rime_fangan.txt','Rime_description',[[2,1],[3,2],[5,2],[14,2],[31,2],[34,3],[48,3],[58,3],[75,3],[89,2],[95,3],[110,3],[124,3],[164,3],[174,3],[191,3],[200,3],[209,3],[234,2],[239,1],[240,2],[242,2],[247,2],[263,2]])"

# d81_04: 互助式举报说明细项 — the 996.ICU project's scheme for mutual reporting of illegal overtime (proposal / working rules),
# Markdown. Gold from ## (six sections, depth 1, unnumbered); the # line is the title. The '-' items under 实施办法 etc. are
# steps and points, not headings; the link lines under 各地举报电话或方式 are a list of links.
python3 tools/make_md_doc.py src/996icu_996.ICU_mutual_help.md d81_04_fangan_huzhu_jubao dev --levels 1,2

# d81_05: 页面置换机制 — a section of the Tsinghua ucore OS lab guide (实验指导书, lab 3: virtual memory, page swapping),
# Markdown. The file's single '###' line is its title (line 1); gold from its '####' subsections 1.–5. (depth 1, marker
# as written). The numbered list 1.–6. under 5. describes the steps of swap_check: sentences, not headings.
python3 tools/make_md_doc.py src/chyyuu_ucore_os_docs_lab3_5_2_page_swapping_principles.md d81_05_jiangyi_yemian_zhihuan dev --levels 3,4

# d81_06: 高等教育 — a chapter of 《去蔬菜化》(de-vegetable), a writer's essay collection on education (伪教育 part), Markdown.
# Gold from ## (0x01–0x03, depth 1; the hex-style numbering is the author's marker, split off) and ### (1.–3., depth 2).
# The bold sentence under 0x02 1. is an emphasised statement in the text, not a heading; bullet points are not headings.
python3 tools/make_md_doc.py src/harvey-1au_de-vegetable_3-higher-education.md d81_06_suibi_gaodeng_jiaoyu dev --levels 1,2,3
python3 tools/split_marker.py gold/d81_06_suibi_gaodeng_jiaoyu.json '0x\d\d'

# d81_07: 项目目录结构规范 — the Baidu 商业运营体系前端技术组 (ecomfe) team's standard for project directory layout
# (a company working rule / 规范), Markdown. Gold from ## (depth 1), ### (depth 2), #### (depth 3), all unnumbered;
# the # line is the title. The #### names of single directories (src, dep, js, css…) are the rule's own sub-sections,
# each with its own requirements, so they are kept. Numbered lists (conventions, rules) are sentences, not headings.
python3 tools/make_md_doc.py src/ecomfe_spec_directory.md d81_07_guifan_xiangmu_mulu dev --levels 1,2,3,4

# d81_08: 适合程序员创造的资产·付费课程 — a chapter of Easy (方糖)'s essay book 《程序员如何优雅地挣零花钱》: commentary and
# first-hand advice on selling paid online courses, Markdown. Gold from ## (depth 1), ### (depth 2), #### (depth 3), unnumbered;
# 'part 1/2/3' are the author's own part titles under 实操分享 and are kept whole as titles. The star-rating bullets at the
# top and the bold run-in sentences ('**选题直接决定了受众数量**。…') are text, not headings.
python3 tools/make_md_doc.py src/easychen_howto-make-more-money_ch13.md d81_08_pinglun_fufei_kecheng dev --levels 1,2,3,4

# d81_09: 激光双棱镜干涉 — the 预习 (preparation) handout of a university physics-lab experiment (laser Fresnel biprism
# interference; experiment 1081 of the BUAA physics-lab site), XeTeX PDF kept in a course-project repository. Text via
# pdf_layout.py (page numbers, wrapped formulas kept as extracted). The PDF has no title line, so line 1 is the experiment's
# name as the repository's report page labels it (激光双棱镜干涉); the rest is the extract unchanged. Gold from the handout's
# numbering: 一、…五、 depth 1; 1./2./3. under 二/三/五 depth 2; the step titles 1)…7) and 1)…3) under 五 depth 3 (each a
# step title over its own paragraph; the last 3) is a one-sentence step, kept with its siblings). The 1.–3. under 一、实验重点
# are objectives (sentences), not headings; formulas and the page numbers are not headings.
python3 tools/pdf_layout.py src/buaase_Phylab-Web_1081.pdf /tmp/d81_09.txt
(echo '激光双棱镜干涉'; cat /tmp/d81_09.txt) > docs/d81_09_jiangyi_shuangleng_jing.txt
python3 - <<'PY'
import sys; sys.path.insert(0, 'tools'); import gold
spec = [[2,1],[10,1],[12,2],[72,2],[89,1],[91,2],[101,2],[115,2],[125,1],[130,1],[132,2],[134,3,None,"1)"],[140,3,None,"2)"],
        [151,3,None,"3)"],[157,3,None,"4)"],[163,3,None,"5)"],[169,3,None,"6)"],[175,3,None,"7)"],[180,2],[182,3,None,"1)"],
        [188,3,None,"2)"],[194,3,None,"3)"]]
L = open('docs/d81_09_jiangyi_shuangleng_jing.txt', encoding='utf-8').read().split('\n')
out = [[i[0], i[1], L[i[0]-1].strip()[len(i[3]):].strip().rstrip('。'), i[3]] if len(i) > 3 else i for i in spec]
gold.write('d81_09_jiangyi_shuangleng_jing.txt', '激光双棱镜干涉', out)
PY

# d81_10: 需求规格说明文档 — a student software-engineering team's requirements specification (v1.0) for a physics-lab report
# generator web site (BUAA), Markdown. Gold from ## (1.–4., depth 1), ### (1.1…, depth 2), #### (unnumbered, depth 3).
# '##目录：' has no space after the hashes (not a heading when the Markdown is rendered) and only labels the link list of the
# table of contents -> skipped. '### 大纲说明' sits under 3.1 in the source at ### level, but the document's own table of
# contents lists it under 3.1 beside 产品初稿, so it gets depth 3 (the author's evident nesting). Table rows, bullets not taken.
python3 tools/make_md_doc.py src/buaase_Phylab-Web_Require-Specification.md d81_10_sheji_xuqiu_guige dev --levels 2,3,4 --skip '^目录'
python3 - <<'PY'
import json
g = 'gold/d81_10_sheji_xuqiu_guige.json'; d = json.load(open(g, encoding='utf-8'))
for h in d['headings']:
    if h['title'] == '大纲说明': h['depth'] = 3
json.dump(d, open(g, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY

# d81_11: 贡献者指南 — the contribution rules of BIThesis, the BIT thesis-template project kept by BITNP (北京理工大学网络开拓者
# 协会, a student association), Markdown (an English version exists alongside; this is the Chinese one). Gold from the four ##
# sections (depth 1, unnumbered; 'Guidance' is an English title in the Chinese text and is kept). The bold link line, the
# table, the Note quote and the numbered PR steps 1.–6. are not headings.
python3 tools/make_md_doc.py src/BITNP_BIThesis_contributing-zh.md d81_11_guize_bithesis_gongxian dev --levels 1,2,3
