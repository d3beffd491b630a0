#!/bin/bash
# Rebuild every document and gold of dev set 58 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev58
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 演讲稿 (talk script, Markdown): '## 第 N 页｜…' page sections + 附录/演讲小贴士; the '## 如何驾驭AI这匹烈马' subtitle under the title is skipped
python3 $T/make_md_doc.py src/hale8609-cyber_harness-ppt_yanjianggao.md d58_01_yanjianggao_harness_ai_biancheng dev --levels 2 --skip '^如何驾驭AI这匹烈马$'
python3 - <<'PY'
import json, re
p = 'gold/d58_01_yanjianggao_harness_ai_biancheng.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(第 \d+ 页)｜(.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 02 course lecture script 讲稿 (C programming course, day 2), Markdown; '## ' sections; code fences kept as text
python3 $T/make_md_doc.py src/Pryest_img_jianggao.md d58_02_kecheng_jianggao_c_yuyan_hello_world dev --levels 2
# 03 video talk script 讲稿.txt (plain text with Markdown bold lines); bold time-segment lines are the sections
python3 $T/txt_doc.py src/gintmr_FinGraph_jianggao.txt docs/d58_03_jianggao_fingraph_jinrong_tupu.txt "FinGraph：一个面向美股宏观分析的个人金融情报图谱"
G d58_03_jianggao_fingraph_jinrong_tupu.txt "FinGraph：一个面向美股宏观分析的个人金融情报图谱" \
 '[[5,1,"00:00 - 00:30 开场"],[16,1,"00:30 - 01:10 顶部与整体结构"],[23,1,"01:10 - 01:55 左侧栏：摘要与宏观脉络"],[34,1,"01:55 - 02:50 中间栏：主工作区"],[47,1,"02:50 - 03:35 右侧栏：资讯、风险与事件"],[56,1,"03:35 - 04:10 数据源与底部信息源总览"],[65,1,"04:10 - 04:40 其他页面说明"],[76,1,"04:40 - 05:10 总结与使用方式"]]'
# 04 roundtable transcript (conference talk write-up) on a saved JSP page: rendered (JSP tags removed) then one block a line; no section headings
python3 $T/jsp_render.py src/HeatherKerwin_pgj_yongyou03.jsp src/HeatherKerwin_pgj_yongyou03_rendered.html
python3 $T/html_blocks.py src/HeatherKerwin_pgj_yongyou03_rendered.html docs/d58_04_yuanzhuo_duihua_yongyou_shengtai_dahui.txt "票据管家--2018用友生态伙伴大会圆桌对话" --drop-first-if-title >/dev/null
G d58_04_yuanzhuo_duihua_yongyou_shengtai_dahui.txt "票据管家--2018用友生态伙伴大会圆桌对话" '[]'
# 05 mock-lecture script 讲课稿 on an Obsidian 'webpage-html-export' page (navigation tree kept as scraped); no section headings
python3 $T/html_blocks.py src/Coconut-y_github_io_dengcha_shulie_jiangkegao.html docs/d58_05_jiangkegao_dengcha_shulie_qian_n_xiang_he.txt "等差数列的前n项和" --drop-first-if-title >/dev/null
G d58_05_jiangkegao_dengcha_shulie_qian_n_xiang_he.txt "等差数列的前n项和" '[]'
# 06 演讲稿 (course-report talk), Markdown whose '# ' headings are its sections (no title of its own: the file name is the title)
python3 $T/make_md_doc.py src/akaganeite_obsidian-notes_yanjianggao.md d58_06_yanjianggao_yidong_zhineng_xitong_xinxi_shouji dev --levels 1 --keep-first-heading --title 演讲稿
# 07 讲座 transcript 逐字稿.txt (parenting lecture on children's temperament types; ASR-style, no section headings); the file name is the title
python3 $T/txt_doc.py src/lujia7484_jing-han-assessment_zhuzigao.txt docs/d58_07_jiangzuo_zhuzigao_haizi_qizhi_leixing.txt "逐字稿"
G d58_07_jiangzuo_zhuzigao_haizi_qizhi_leixing.txt "逐字稿" '[]'
# 08 video lecture script 讲课稿 on an Obsidian 'webpage-html-export' page; one h2 '第二大题' (the 'Table Of Contents' copy at the end is not a heading)
python3 $T/html_blocks.py src/Coconut-y_github_io_jishu_budengshi_jiangkegao.html docs/d58_08_jiangkegao_jishu_budengshi.txt "级数不等式讲课稿" --drop-first-if-title >/dev/null
G d58_08_jiangkegao_jishu_budengshi.txt "级数不等式讲课稿" '[[725,1]]'
# 09 欢迎辞 (a forum's welcome address) on a compiled ThinkPHP template page; the h2 salutation '尊敬的领导、同仁：' is not a heading
python3 $T/html_blocks.py src/percylu_welcome_huanyingci.php docs/d58_09_huanyingci_yuegangao_yixue_zhuangbei_luntan.txt "欢迎辞" --drop-first-if-title >/dev/null
G d58_09_huanyingci_yuegangao_yixue_zhuangbei_luntan.txt "欢迎辞" '[]'
# 10 tech-share talk transcript 逐字稿.md (slides as '#'/'##'/'###' headings, the spoken text in code fences); depth by nesting
python3 $T/make_md_doc.py src/hz-guakun_rxjs-share-notes_zhuzigao.md d58_10_fenxiang_zhuzigao_rxjs dev --levels 1,2,3 --title 逐字稿
python3 $T/md_nest_fix.py gold/d58_10_fenxiang_zhuzigao_rxjs.json src/hz-guakun_rxjs-share-notes_zhuzigao.md 1,2,3
# 11 meeting (调研座谈) ASR transcript 文字稿.txt, timestamped speaker lines; no headings; the file name is the title
python3 $T/txt_doc.py src/Ljhhhhhh_asr-demo_wenzigao.txt docs/d58_11_zuotan_wenzigao_asr.txt "文字稿"
G d58_11_zuotan_wenzigao_asr.txt "文字稿" '[]'
python3 $T/check_gold.py
