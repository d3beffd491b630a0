#!/bin/bash
# Rebuild every document and gold of fresh set 61 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh61
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 中国国家地理标志产品技术报告 (Markdown ## 1. / ### 1.1; 附录 unnumbered)
python3 $T/make_md_doc.py src/JinQiangShi_Chinese-Nationnal-Geographic-Products_jishu_baogao.md f61_01_jishu_baogao_dili_biaozhi_chanpin heldout --levels 2,3 --fresh
# 02 水上航道智能路径规划系统 技术报告 (Markdown ## 1. / ### 2.1 / #### 2.2.1; ## 目录 kept as a heading; unnumbered #### under 7.x)
python3 $T/make_md_doc.py src/1870659229_Data_Element_jishu_baogao.md f61_02_jishu_baogao_hangdao_lujing_guihua heldout --levels 2,3,4 --fresh
# 03 9月新规来了 (AI research report, Markdown: metadata lines, # title, ## sections, ### 一、…; bold stand-alone labels under 结论与建议)
python3 $T/make_md_doc.py src/OnlineMo_DeepResearch-Archive_9yue_xingui.md f61_03_zhengce_baogao_9yue_xingui heldout --levels 2,3 --fresh
python3 - <<'PY'
import json
T = '9月新规来了'
p = 'docs/f61_03_zhengce_baogao_9yue_xingui.txt'
lines = open(p, encoding='utf-8').read().split('\n')
assert lines[0] == '' and lines[8] == T
lines[0] = T                      # the page has metadata lines before its '# ' title; line 1 = the document's title
open(p, 'w', encoding='utf-8').write('\n'.join(lines))
g = 'gold/f61_03_zhengce_baogao_9yue_xingui.json'
d = json.load(open(g, encoding='utf-8'))
d['title'] = T
for ln, t in ((66, '建议'), (72, '限制条件与待后续验证的问题')):   # bold stand-alone labels '**建议：**'
    assert lines[ln - 1].rstrip('：') == t, lines[ln - 1]
    d['headings'].append({'depth': 2, 'marker': '', 'title': t, 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(g, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 04 神农·上党寻源记 文化产业发展报告 (saved HTML page, chrome kept; gold from h2-h5 by level; h1 and the hero h2 subtitle are the title, footer h3s 快速导航/联系信息 are chrome)
python3 $T/html_blocks.py src/qiulibinxm_shennong-business-plan_baogao.html docs/f61_04_baogao_shennong_wenhua_chanye.txt "神农·上党寻源记 - 文化产业发展报告" --drop-first-if-title >/dev/null
python3 $T/htag_levels.py src/qiulibinxm_shennong-business-plan_baogao.html docs/f61_04_baogao_shennong_wenhua_chanye.txt "神农·上党寻源记 - 文化产业发展报告" --levels 2,3,4,5 --skip '文化产业发展报告|快速导航|联系信息' >/dev/null
# 05 每日AI资讯聚合网站项目调研报告 (Markdown ## 一、… / ### 2.1, ### 方案一/Phase/决策点; appendix 'A.'-'C.' markers set by hand)
python3 $T/make_md_doc.py src/shiqiangrong-creator_ai-news-site_diaoyan_baogao.md f61_05_diaoyan_baogao_ai_zixun_wangzhan heldout --levels 2,3 --fresh
python3 - <<'PY'
import json, re
p = 'gold/f61_05_diaoyan_baogao_ai_zixun_wangzhan.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'([A-C]\.) (.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 06 王作安局长 …成立60周年纪念会上的讲话 (saved site page, chrome kept; bold run-in 第一，/第二，/第三， points are the headings, cut at the first 。)
T6="王作安局长在中国基督教三自爱国运动委员会成立60周年纪念会上的讲话 - 三自爱国 - 中国基督教网"
python3 $T/html_blocks.py src/blue124qq_chineseprotestantchurch_org_cn_16127860.html docs/f61_06_jianghua_sanzi_60zhounian.txt "$T6" --drop-first-if-title >/dev/null
G f61_06_jianghua_sanzi_60zhounian.txt "$T6" '[[64,1,"要深入推进中国特色神学思想","第一，"],[65,1,"要深入完善中国教会管理体制","第二，"],[66,1,"要深入探索适应社会有效途径","第三，"]]'
# 07 傅先伟长老 …座谈会上的发言 (same site; bold run-in 首先，/第二，/第三， points, cut at the first 。)
T7="傅先伟长老在学习中央统战工作会议座谈会上的发言 - 三自爱国 - 中国基督教网"
python3 $T/html_blocks.py src/blue124qq_chineseprotestantchurch_org_cn_16127564.html docs/f61_07_fayan_tongzhan_gongzuo_zuotanhui.txt "$T7" --drop-first-if-title >/dev/null
python3 - <<'PY2'
import json
T = "傅先伟长老在学习中央统战工作会议座谈会上的发言 - 三自爱国 - 中国基督教网"
f = 'f61_07_fayan_tongzhan_gongzuo_zuotanhui'
lines = open(f'docs/{f}.txt', encoding='utf-8').read().split('\n')
hs = []
for ln, mk in ((60, '首先，'), (61, '第二，'), (64, '第三，')):
    s = lines[ln - 1].strip('\u3000 ')
    assert s.startswith(mk), s[:10]
    rest = s[len(mk):]
    hs.append({'depth': 1, 'marker': mk, 'title': rest[:rest.find('。')], 'line': ln})
d = {'file': f + '.txt', 'split': 'heldout', 'fresh': True, 'title': T, 'headings': hs}
json.dump(d, open(f'gold/{f}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY2
# 08 疫情防控物资调度管理系统 - 项目完成总结 (Markdown ## 一、 / ### 1.1; bold stand-alone labels under 4.2 and 5.2 at depth 3)
python3 $T/make_md_doc.py src/Chayum_epidemic-management-system_xiangmu_zongjie.md f61_08_xiangmu_zongjie_yiqing_wuzi_diaodu heldout --levels 2,3 --fresh
python3 - <<'PY'
import json
f = 'f61_08_xiangmu_zongjie_yiqing_wuzi_diaodu'
lines = open(f'docs/{f}.txt', encoding='utf-8').read().split('\n')
d = json.load(open(f'gold/{f}.json', encoding='utf-8'))
for ln in (101, 104, 107, 124, 129, 135):      # '**物资表 (material)**', '**用户服务**' … bold stand-alone labels
    d['headings'].append({'depth': 3, 'marker': '', 'title': lines[ln - 1].strip(), 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(f'gold/{f}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 09 景德镇城管已为鸡排哥成立工作专班 (AI news research report, same archive as 03: metadata lines, # title, ## / ### 小标题)
python3 $T/make_md_doc.py src/OnlineMo_DeepResearch-Archive_jingdezhen_jipaige.md f61_09_xinwen_baogao_jingdezhen_jipaige heldout --levels 2,3 --fresh
python3 - <<'PY'
import json
T = '景德镇城管已为鸡排哥成立工作专班'
f = 'f61_09_xinwen_baogao_jingdezhen_jipaige'
lines = open(f'docs/{f}.txt', encoding='utf-8').read().split('\n')
assert lines[0] == '' and lines[8] == T
lines[0] = T                      # line 1 = the document's title (the page has metadata lines before its '# ' title)
open(f'docs/{f}.txt', 'w', encoding='utf-8').write('\n'.join(lines))
d = json.load(open(f'gold/{f}.json', encoding='utf-8'))
d['title'] = T
json.dump(d, open(f'gold/{f}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 10 简明技术中文规范（0.2） (Markdown ## 第 1 节 … / ### 1.1 …【必须】; '第 N 节' and '附录 X' markers written with spaces, set by hand)
python3 $T/make_md_doc.py src/mzopedia_simplified-technical-chinese_guifan.md f61_10_guifan_jianming_jishu_zhongwen heldout --levels 2,3 --fresh
python3 - <<'PY'
import json, re
p = 'gold/f61_10_guifan_jianming_jishu_zhongwen.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(第 \d+ 节|附录 [A-D]) (.*)', h['title'])
    if m and not h['marker']:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 11 两汉墨记 卷二·制度《编户之上的帝国》 (static site page, chrome kept; h1 is the article title shown again; h2 小标题 depth 1)
python3 $T/html_blocks.py src/liudiyuan404_hellodiyuan_zhidu.html docs/f61_11_wenzhang_lianghan_zhidu.txt "制度 · 两汉墨记" --drop-first-if-title >/dev/null
python3 $T/htag_levels.py src/liudiyuan404_hellodiyuan_zhidu.html docs/f61_11_wenzhang_lianghan_zhidu.txt "制度 · 两汉墨记" --levels 2 >/dev/null
# 12 第一课 (Java course lesson notes, Markdown ## 1. / ### 1.1 / #### ; no title in the file: line 1 = its name 第一课;
#    '## 2运算符' marker '2'; '#### 3.4 for循环' is numbered as a sibling of 3.3 and put at depth 2 (mark-up slip))
python3 $T/make_md_doc.py src/fengguiyushao_study_diyike.md f61_12_jiangyi_java_diyike heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
T = '第一课'
f = 'f61_12_jiangyi_java_diyike'
lines = open(f'docs/{f}.txt', encoding='utf-8').read().split('\n')
assert lines[0] == ''
lines[0] = T
open(f'docs/{f}.txt', 'w', encoding='utf-8').write('\n'.join(lines))
d = json.load(open(f'gold/{f}.json', encoding='utf-8'))
d['title'] = T
for h in d['headings']:
    if h['title'] == '2运算符':
        h['marker'], h['title'] = '2', '运算符'
    if h['marker'] == '3.4':
        h['depth'] = 2
json.dump(d, open(f'gold/{f}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
python3 $T/check_gold.py
