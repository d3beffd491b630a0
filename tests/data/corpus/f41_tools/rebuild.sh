#!/bin/bash
# Rebuild every document and gold of fresh set 41 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh41
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 OSH-2024/mustrust 调研报告 (Markdown: # title, ## 一、…八、, ### sub-sections, bold stand-alone labels)
python3 $T/make_md_doc.py src/OSH-2024_mustrust_diaoyan_baogao.md f41_01_diaoyan_baogao_rust_freertos heldout --levels 2,3 --fresh
G f41_01_diaoyan_baogao_rust_freertos.txt "调研报告：用Rust重写FreeRTOS,并支持MMU" \
 '[[3,1],[5,2],[16,2],[29,2],[39,1],[41,2],[55,2],[61,1],[82,1],[92,1],[94,2],[102,2],[109,1],[146,1],[150,2],[154,2],[158,2],[162,2],[167,1]]'
# 02 P1AYERChris/paper 调研报告 (a .md file written as plain text: contents page, then 1． / 1.1． / 2.1.1． lines; （1） run-in titles)
python3 $T/make_md_doc.py src/P1AYERChris_paper_diaoyan_baogao.md f41_02_diaoyan_baogao_shuiquan_damoxing heldout --levels 2 --fresh --title "水圈大模型预测预报技术调研报告"
python3 - <<'PY'
import sys, re; sys.path.insert(0, 'tools'); import gold
f = 'f41_02_diaoyan_baogao_shuiquan_damoxing.txt'
L = open('docs/' + f, encoding='utf-8').read().split('\n')
spec = []
for n, d in [(28,1),(29,2),(35,2),(39,3),(40,3),(41,3),(42,2),(44,3),(45,3),(46,3),(47,3),(52,1),(54,2),(56,3),(59,3),(62,3),(65,2),
             (68,1),(70,2),(75,2),(82,1),(84,2),(89,2),(94,2),(98,1),(100,2),(102,2),(104,2)]:
    s = L[n-1]
    m = re.match(r'(\d+(?:\.\d+)*．)(.*)', s)
    if m: spec.append([n, d, m.group(2), m.group(1)])
    else:
        m = re.match(r'(（\d+）)([^：]+)：', s)
        spec.append([n, d, m.group(2), m.group(1)])
gold.write(f, L[0], spec)
PY
# 03 LeoHakim0702/digital-silk-road-penang 讲稿 (Markdown: ## Slide NN · title; bold 问： questions under 问答应对要点)
python3 $T/make_md_doc.py src/LeoHakim0702_digital-silk-road-penang_jianggao.md f41_03_jianggao_shuzi_sichouzhilu_zaidihua heldout --levels 2 --fresh
G f41_03_jianggao_shuzi_sichouzhilu_zaidihua.txt "数字丝绸之路在地化 · 演讲讲稿" \
 '[[10,1],[21,1],[37,1],[53,1],[71,1],[87,1],[121,1],[141,1],[157,1],[177,1],[201,1],[217,1],[239,1],[260,1],[294,1],[316,1],[335,1],[355,1],[380,1],[398,1],[400,2],[403,2],[406,2],[409,2],[412,2],[415,2],[420,1]]'
# 05 lzyprime/biyesheji 论文 (graduation thesis, Markdown: ## 1. / ### 1.1 / #### 1.3.1; '：' after some #### titles dropped from the gold title)
python3 $T/make_md_doc.py src/lzyprime_biyesheji_lunwen.md f41_05_lunwen_biyesheji_flutter_boke heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
p = 'gold/f41_05_lunwen_biyesheji_flutter_boke.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('：: ')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 06 jiangjinchao/jiangjinchao.github.io 员工手册（2018版） of 福建路达工程建设有限公司 (Markdown, '#' often without a space:
#    ##第X章 / ###一、 (numbered straight through) / ####1.; '###`欢迎辞`' before the first chapter set to depth 1;
#    '第二章、组织架构' split as marker 第二章 + title 组织架构; trailing ：/。 dropped from gold titles; the ###### signature/date lines are not headings)
python3 $T/make_md_doc.py src/jiangjinchao_yuangong_shouce.md f41_06_guiding_yuangong_shouce_luda heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
p = 'gold/f41_06_guiding_yuangong_shouce_luda.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].strip().rstrip('：:。 ').lstrip('、')
    if h['title'] == '欢迎辞':
        h['depth'] = 1
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 07 OSH-2024/mustrust 结题报告 (Markdown: # title, a linked contents list (list items, not headings), ## / ### / #### / ##### unnumbered headings, code fences)
python3 $T/make_md_doc.py src/OSH-2024_mustrust_final_report.md f41_07_jieti_baogao_mustrust_freertos heldout --levels 2,3,4,5 --fresh
# 08 wizicer/IcerSite 计算机协会07-08年度上半学期工作总结及下半学期工作开展计划 (Hugo post: front-matter title, '# 工作总结',
#    setext headings '工作计划 / ====' (level 1) and '...如下： / ----' (level 2; the underline lines stay in the text), tables one row a line)
python3 $T/make_md_doc.py src/wizicer_IcerSite_2007_summary.md f41_08_gongzuo_zongjie_jisuanji_xiehui heldout --levels 1,2 --fresh
G f41_08_gongzuo_zongjie_jisuanji_xiehui.txt "计算机协会07-08年度上半学期工作总结及下半学期工作开展计划" '[[5,1],[29,2],[44,2],[53,1],[58,2],[103,2]]'
# 09 askfanxiaojun/Cubox 京城十万餐饮微利线上挣扎 (经济观察报 feature saved by Cubox as Markdown: setext title, bold 导读 label over
#    壹–伍 summary points, bold stand-alone 小标题; image links whose URL holds '()' leave '?imageUrl=…' residue lines in the text)
python3 $T/make_md_doc.py src/askfanxiaojun_Cubox_jingcheng_canyin.md f41_09_xinwen_tegao_jingcheng_canyin heldout --levels 1 --fresh --title "京城十万餐饮微利线上挣扎"
G f41_09_xinwen_tegao_jingcheng_canyin.txt "京城十万餐饮微利线上挣扎" '[[25,1],[59,1],[83,1],[107,1],[135,1],[157,1]]'
# 10 askfanxiaojun/Cubox 黄奇帆重磅演讲：3大现象，问题非常严重 (speech as reposted by 笔记侠, saved by Cubox: bold 一、–四、 (depth 1),
#    bold 1.–4. under 四、 and bold stand-alone 第一，/第二， under 二、 (depth 2); the editor's '笔记君说：' label kept as a depth-1 heading;
#    the column tag '宏观趋势' and bold run-in sentences inside paragraphs are not headings)
python3 $T/make_md_doc.py src/askfanxiaojun_Cubox_huangqifan_yanjiang.md f41_10_jianghua_huangqifan_zhizaoye heldout --levels 1 --fresh --title "黄奇帆重磅演讲：3大现象，问题非常严重"
G f41_10_jianghua_huangqifan_zhizaoye.txt "黄奇帆重磅演讲：3大现象，问题非常严重" \
 '[[17,1],[27,1],[57,1],[65,2,"大市场能吸引全世界的企业","第一，"],[69,2,"大市场是能够降低制造成本的","第二，"],[77,1],[95,1],[97,2],[125,2],[153,2],[169,2]]'
# 11 P1AYERChris/paper 6月报告 (课题月度工作进展报告 of a 青海省重大专项 sub-project, a Word file run through pandoc: bold 一./二./三./四、,
#    bold '4. 子课题四…' sub-heads, numbered '1.…：' titled points; figure residue of the conversion kept; title taken from the cover block)
python3 $T/make_md_doc.py src/P1AYERChris_paper_6yue_baogao.md f41_11_gongzuo_jinzhan_baogao_qinghai_kesi heldout --levels 1 --fresh --title "课题月度工作进展报告"
G f41_11_gongzuo_jinzhan_baogao_qinghai_kesi.txt "课题月度工作进展报告" \
 '[[19,1,"工作内容及进展（重点内容）","一."],[21,2],[116,1,"成果产出","二."],[120,1,"课题进展中遇到的问题及对策","三."],[122,2],[124,3],[130,3],[136,3],[146,1],[148,2],[150,3],[156,3],[162,3],[168,3]]'
# 12 JerryYuan3/ai-test 员工手册 (a fashion retailer's staff handbook as a PDF text extract, company name redacted as *******; no title in
#    the file, so line 1 is the file name): preamble 一、–七、 (numbered provisions; only 四、原则 and 五、权利和义务 with its two （一）（二）
#    label lines title sections), 第一站–第五站 (depth 1), short stand-alone titles and 1./2. (depth 2), 1.1 (depth 3), 7.3.1 and the
#    奖惩 labels 通报表扬/嘉奖/…/解除劳动合同 (depth 4); (1) items, table rows and numbered sentences (5.1公司指定区域…) are not headings)
python3 $T/make_md_doc.py src/JerryYuan3_ai-test_yuangong_shouce.md f41_12_guiding_yuangong_shouce_kuaishe heldout --levels 1 --fresh --title "员工手册"
G f41_12_guiding_yuangong_shouce_kuaishe.txt "员工手册" \
 '[[6,1],[9,1],[10,2],[14,2],[23,1,"认识*","第一站"],[24,2],[26,2],[31,1,"职业规范","第二站"],[33,2],[40,2],[47,1,"人力资源管理制度","第三站"],
   [49,2],[51,3],[54,3],[59,3],[65,3],[68,2],[70,3],[88,3],[96,3],[104,2],[106,3],[111,3],[114,3],[123,3],[127,3],[131,3],[165,3],[170,3],[173,3],
   [176,3],[179,3],[182,3],[195,3],[198,2],[200,3],[206,3],[209,3],[217,3],[226,3],[229,2],[231,3],[234,3],[237,3],[241,3],[244,2],[246,3],[250,3],
   [261,3],[264,2],[269,3],[271,4],[283,4],[295,4],[306,4],[319,3],[321,4],[335,4],[366,4],[400,4],[415,3],[417,4],[420,4],[423,4],[426,4],
   [429,1,"行政管理制度","第四站"],[431,2],[438,2],[446,2],[453,1,"IT制度","第五站"],[455,2],[458,2]]'
# 04 shufengwu5946/gongzhonghao 讲义 (a training handout on WeChat official accounts, Markdown: # title, ## 一、, ### 1、, #### / ##### / ######
#    unnumbered; file later renamed in the repository, taken at its last commit under this name; '### 4 、…' marker written with its space)
python3 $T/make_md_doc.py src/shufengwu5946_gongzhonghao_jiangyi.md f41_04_jiangyi_weixin_gongzhonghao heldout --levels 2,3,4,5,6 --fresh
python3 - <<'PY'
import json
p = 'gold/f41_04_jiangyi_weixin_gongzhonghao.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] == '4' and h['title'].startswith('、'):
        h['marker'], h['title'] = '4 、', h['title'][1:]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
python3 $T/check_gold.py
