#!/bin/bash
# Rebuild every document and gold of fresh set 57 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh57
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# fix NAME PYTHON-EXPR-ON-h : edit gold headings in place (h = one heading dict; return False to drop it)
fix() { python3 - "$1" "$2" <<'PY'
import json, sys
p = 'gold/' + sys.argv[1] + '.json'
d = json.load(open(p, encoding='utf-8'))
f = eval('lambda h: ' + sys.argv[2])
d['headings'] = [h for h in d['headings'] if f(h) is not False]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# 01 NEE 碳通量预测 项目结题报告 (Markdown: ## 1. / ### （1） / #### 1.)
python3 $T/make_md_doc.py src/Yuuuuu7_Nee_Prediction_jieti_baogao.md f57_01_jieti_baogao_nee_yuce heldout --levels 2,3,4 --fresh
# 02 毫米波雷达 毕业设计中期进展报告 (## 1. / ### 2.1 / #### 3.3.1); the '## 毕业设计（论文）中期进展报告' subtitle under the # title is part of the title block, not a section
python3 $T/make_md_doc.py src/PINKCONCRETE_zhongqi_baogao.md f57_02_zhongqi_baogao_haomibo_leida heldout --levels 2,3,4 --fresh
fix f57_02_zhongqi_baogao_haomibo_leida "h['line'] != 3"
# 03 CYFO INC 钓鱼攻击分析报告 (a small HTML page: <title>, h1 = title again, h2 1.–6.)
python3 $T/html_blocks.py src/junnnesu_cyfo_baogao.html docs/f57_03_fenxi_baogao_diaoyu_gongji.txt "CYFO INC 针对性钓鱼攻击分析报告" --drop-first-if-title >/dev/null
G f57_03_fenxi_baogao_diaoyu_gongji.txt "CYFO INC 针对性钓鱼攻击分析报告" '[[3,1],[5,1],[10,1],[12,1],[14,1],[19,1]]'
# 04 MySQL 讲义 (no title of its own: line 1 is the file name 讲义; ## 一、 / #### 1、, under 三、 the items are ###### 1、 at the same rank as ####)
python3 $T/make_md_doc.py src/yywwone_mySql_jiangyi.md f57_04_jiangyi_mysql_rumen heldout --levels 2,4,6 --fresh --title "讲义"
fix f57_04_jiangyi_mysql_rumen "h.update(depth=min(h['depth'], 2)) or (h['title'].startswith(('四', '五')) and h.update(marker=h['title'][0], title=h['title'][1:])) or (h['title'].startswith('第一登陆') and h.update(marker='第一', title=h['title'][2:])) or (h['title'].startswith('第二步') and h.update(marker='第二步', title=h['title'][4:])) or True"
# 05 前端开发者 工作总结 (## 一，预约模块 / ## iOS Release crash / ## Android RecyclerView 结合 Timer, the last one empty)
python3 $T/make_md_doc.py src/Sandfone_notes_gongzuo_zongjie.md f57_05_gongzuo_zongjie_yuyue_mokuai heldout --levels 2 --fresh
fix f57_05_gongzuo_zongjie_yuyue_mokuai "h['title'].startswith('一，') and h.update(marker='一，', title=h['title'][2:]) or True"
# 06 细胞培养实验室设计规范 (saved article HTML, <title>Title</title>; bold 【…】 part heads, bold （一） items; 1./2. items are list items)
python3 $T/html_blocks.py src/beneon_guifan.html docs/f57_06_guifan_xibao_peiyang_shiyanshi.txt "Title" --drop-first-if-title >/dev/null
G f57_06_guifan_xibao_peiyang_shiyanshi.txt "Title" '[[2,1],[12,1],[13,2],[15,2],[18,2],[20,2],[24,2],[25,2],[26,2],[27,2],[32,2],[33,2],[34,2],[35,1],[36,2],[39,2],[44,2],[48,2],[50,2],[54,2],[57,2],[59,1,"【细胞培养实验室设施系统】"]]'
# 07 人工智能暑期学校 讲座笔记 (Typora Markdown, no title: line 1 = 讲座; ### 1、 / #### 1.1、; an image-only #### line gives no heading)
python3 $T/make_md_doc.py src/XuJ1E_HomeWork_jiangzuo.md f57_07_jiangzuo_biji_rengong_zhineng heldout --levels 3,4 --fresh --title "讲座"
fix f57_07_jiangzuo_biji_rengong_zhineng "h['title'].startswith('、') and h.update(marker=h['marker'] + '、', title=h['title'][1:]) or True"
# 08 《计算机体系结构基础》第1章 引言 (bookdown page: sidebar contents kept as chrome; h1 = title again; h2 1.1 / h3 1.1.1; two bold 1./2. paragraph heads under 1.3.1)
python3 $T/html_blocks.py src/foxsen_archbase_yinyan.html docs/f57_08_jiaocai_jisuanji_tixi_jiegou_yinyan.txt "第 1 章 引言 | 计算机体系结构基础" --drop-first-if-title >/dev/null
G f57_08_jiaocai_jisuanji_tixi_jiegou_yinyan.txt "第 1 章 引言 | 计算机体系结构基础" '[[228,1],[230,2],[245,2],[250,2],[320,1],[322,2],[475,2],[480,2],[491,1],[498,2],[499,3],[508,3],[520,2],[525,2],[542,1],[544,2],[657,2],[661,2],[667,2],[674,1],[676,1]]'
# 09 大数据开发 试用期工作总结 (plain text in a .md file, no # marks, no title: line 1 = the file name 工作总结; 一、 parts, titled 1. 2. 3. and (1) (2) sub-sections; the 1. 2. 3. difficulty lists are list items)
python3 $T/make_md_doc.py src/IronWingS_Think_gongzuo_zongjie.md f57_09_gongzuo_zongjie_shiyongqi_dashuju heldout --fresh --title "工作总结"
G f57_09_gongzuo_zongjie_shiyongqi_dashuju.txt "工作总结" '[[5,1],[9,2],[13,2],[17,2],[21,3],[25,3],[31,1],[49,1],[60,1]]'
# 10 io_uring 调研报告 (## / ###, unnumbered; [TOC] kept as text, table cells' <br> become line breaks)
python3 $T/make_md_doc.py src/chen622_uring_diaoyan_baogao.md f57_10_diaoyan_baogao_io_uring heldout --levels 2,3 --fresh
# 11 数字产品部 Q4 工作总结发言 (a short speech; no title: line 1 = the file name 发言; 首先，/其次， are run-in points inside paragraphs, not headings: gold is empty)
python3 $T/make_md_doc.py src/xiaoxiayan_obsidian_fayan.md f57_11_fayan_shuju_pingtai_q4 heldout --fresh --title "发言"
# 12 建模竞赛团队 团队合作规范 (## / ###, unnumbered)
python3 $T/make_md_doc.py src/XeriChen_MCM_tuandui_guifan.md f57_12_guifan_tuandui_hezuo heldout --levels 2,3 --fresh
python3 $T/check_gold.py
