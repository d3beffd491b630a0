#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 81
set -e
cd "$(dirname "$0")/.."
# f81_01: 中文文案排版指北 (sparanoid/chinese-copywriting-guidelines, simplified-Chinese README), a technical writing
# style guide. Gold from its Markdown levels: ## sections (空格, 标点符号, …, Forks) depth 1, ### rules depth 2; the
# "正确：/错误：" example labels and block quotes are not headings.
python3 tools/make_md_doc.py src/sparanoid_chinese-copywriting-guidelines_README.zh-Hans.md f81_01_jishu_guifan_wenan_paiban heldout --fresh
# f81_02: Java程序员简历模板 (geekcompany/ResumeSample java.md), a résumé template from a recruiting company (JobDeer).
# The page uses # both for its title (line 1) and for its sections (联系方式, 个人信息, 工作经历, …), so levels 1,2,3:
# # sections depth 1, ## companies / sub-parts depth 2, ### projects depth 3. The opening "## 先讲讲怎样才是一份好的技术简历"
# is a preface directly under the title (no # section above it), so it is set to depth 1. Bullet items are not headings.
python3 tools/make_md_doc.py src/geekcompany_ResumeSample_java.md f81_02_jianli_moban_java heldout --fresh --levels 1,2,3
python3 tools/set_depth.py gold/f81_02_jianli_moban_java.json 7=1
# f81_03: 精读《BI 搭建 - 筛选条件》 (ascoders/weekly 前端精读周刊 no. 166), a technical blog article with no title line of
# its own: the file name is put before it as title. Gold from its Markdown levels: ## depth 1, ### depth 2.
tools/md_with_title.sh "src/ascoders_weekly_166.精读《BI 搭建 - 筛选条件》.md" "精读《BI 搭建 - 筛选条件》" f81_03_jishu_wenzhang_bi_shaixuan
# f81_04: Python安全指南 (Tencent/secguide), a company's secure-coding guideline. The page opens with a linked table of
# contents and has no title line: the file name is put before it as title. Levels 1-4: # 通用类/后台类 depth 1,
# ## I./II. depth 2, ### 1.1 depth 3, #### 1.1.1 【必须】/【建议】 rules depth 4 (each rule is a titled, numbered section
# listed in the page's own contents). The contents list items and the "# 错误示例"-style comments inside code blocks are
# not headings. Roman numerals moved into the marker by roman_marker.py.
tools/md_with_title.sh src/Tencent_secguide_Python安全指南.md "Python安全指南" f81_04_qiye_guifan_python_anquan --levels 1,2,3,4
python3 tools/roman_marker.py gold/f81_04_qiye_guifan_python_anquan.json
# f81_05: 《使用 promise 替代回调函数》 (alsotang/node-lessons lesson 17), a teacher's Node.js course lesson. Gold from
# its Markdown levels: all sections are ## (depth 1); the numbered 知识点 list items and code blocks are not headings.
python3 tools/make_md_doc.py src/alsotang_node-lessons_lesson17_README.md f81_05_jiaocheng_node_promise heldout --fresh
# f81_06: 科学上网 (haoel/haoel.github.io README, by 左耳朵耗子/陈皓), a personal how-to guide on network proxies. Its title
# is an HTML <h1> (dropped by the converter), so the title is given. Gold from ## / ### / #### levels, which carry
# decimal numbers 0.–11., 2.1, 4.1.1 (depth 1/2/3); the linked contents list at the top and "#" comment lines inside
# shell/YAML code blocks are not headings.
tools/md_with_title.sh src/haoel_haoel.github.io_README.md "科学上网" f81_06_jishu_zhinan_kexue_shangwang --levels 2,3,4
# f81_07: 10. 返璞归真 (xiaolai/everyone-can-use-english, 《人人都能用英语》 self-training chapter 10 by 李笑来), an essay
# chapter on learning. Front matter (outline [2,3]) dropped; the # chapter heading is the title. Gold from its levels:
# ## 1.–4. depth 1, ### 2.1–2.5 depth 2.
python3 tools/make_md_doc.py src/xiaolai_everyone-can-use-english_10-going-back.md f81_07_suibi_xuexi_fanpu_guizhen heldout --fresh
# f81_08: 1-1 前端的发展 · 深入浅出 Webpack (gwuhaolin/dive-into-webpack, a saved gitbook HTML page of the book by 吴浩麟),
# converted whole with html_blocks.py (sidebar contents and page furniture kept, as a reader gets it); title = the page's
# <title>. Gold (tools/f81_08_gold.py) from the page's h-tags: h2 (模块化, 新框架, 新语言) depth 1, h3 depth 2. The h1
# repeating the page title (line 76), the header-bar copy (line 75) and the sidebar chapter list are not headings.
python3 tools/html_blocks.py "src/gwuhaolin_dive-into-webpack_1-1前端的发展.html" docs/f81_08_wangye_shu_qianduan_fazhan.txt "1-1 前端的发展 · 深入浅出 Webpack"
python3 tools/f81_08_gold.py
# f81_09: APIJSON 通用文档 (Tencent/APIJSON Document-Chinese.md), a company open-source project's API documentation.
# Title given (its "# APIJSON 通用文档"); the "## 中文 | English" language switch above it is skipped (not a heading).
# Gold from ## (1. 2. 3., depth 1) and ### (2.1 …, depth 2); the four #### example titles under "1.示例" (获取用户 …)
# have no ### between, so they are the second level there (depth 2, set_depth). JSON examples are not headings.
python3 tools/make_md_doc.py src/Tencent_APIJSON_Document-Chinese.md f81_09_jishu_wendang_apijson heldout --fresh --levels 2,3,4 --title "APIJSON 通用文档" --skip '^中文 \|'
python3 tools/set_depth.py gold/f81_09_jishu_wendang_apijson.json 23=2 53=2 94=2 130=2
# f81_10: 如何洗碗 (Anduin2017/HowToCook tips/如何洗碗.md), an everyday household guide from a community cooking handbook.
# Gold from its Markdown levels: ## sections depth 1, ### (the numbered steps 1.–7., the utensil types, the problem
# groups) depth 2. Bullet lists and bold run-in labels are not headings.
python3 tools/make_md_doc.py src/Anduin2017_HowToCook_如何洗碗.md f81_10_shenghuo_zhinan_ruhe_xiwan heldout --fresh
