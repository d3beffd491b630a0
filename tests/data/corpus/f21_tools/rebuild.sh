#!/bin/bash
# Rebuild every document and gold of fresh set 21 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh21
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 香港 聖公會基愛小學 學生支援 page (PHP/HTML school site; (一)–(四) strong headings, bold <dt> programme names under (一); motto line '非以役人，乃役於人' not a heading)
python3 $T/html_blocks.py src/hardy419_2015-7-27_GrowUp_Support.php docs/f21_01_xianggang_xiaoxue_xuesheng_zhichi.txt "聖公會基愛小學 S.K.H. Kei Oi Primary School" --drop-first-if-title >/dev/null
G f21_01_xianggang_xiaoxue_xuesheng_zhichi.txt "聖公會基愛小學 S.K.H. Kei Oi Primary School" \
 '[[7,1],[8,2],[10,2],[12,2],[14,2],[16,2],[18,2],[20,1],[23,1],[26,1]]'
# 02 openEuler委员会会议运作制度 (association's rules page, Markdown: ## 第X条 <title>, ### 1、; source transcribed from the stored copy,
#    the repository snapshot being too large to fetch; the page's trailing <style> CSS lines stay in the text as converted)
python3 $T/make_md_doc.py src/openeuler-mirror_openEuler-portal_meeting-system_index.md f21_02_zhidu_openeuler_weiyuanhui_huiyi heldout --levels 2,3 --fresh --title "openEuler委员会会议运作制度"
python3 - <<'PY'
import json, re
p = 'gold/f21_02_zhidu_openeuler_weiyuanhui_huiyi.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if re.fullmatch(r'第[一二三四五六七八九十]+条', h['marker']):
        h['title'] = h['marker']          # an article's title is its label
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 03 渭南师范学院 关于寒假期间自习室正常开放的通知 (a student project's JSP copy of the university notice; file deleted at the repository's
#    HEAD, taken from commit 46e897ad; 一、二、三、 headings run into their <p> (source line break = space), titles set to the heading words;
#    the <h2> notice title (line 2) is the document title, not a heading)
python3 $T/html_blocks.py src/zhehenyuhang_digital-study-room_NotificationInformation3.jsp docs/f21_03_tongzhi_daxue_hanjia_zixishi.txt "自习室管理系统" --drop-first-if-title >/dev/null
G f21_03_tongzhi_daxue_hanjia_zixishi.txt "自习室管理系统" '[[5,1,"时间安排"],[6,1,"强化自习教室管理"],[7,1,"相关部门职责"]]'
# 04 personal 年终总结 2020 (developer's blog post in a knowledge-list repository, Markdown # 一、 / ## 1、 / ### 3.1 / #### 1、;
#    the '#' title line is the document title; '3、2020…' and '4、2020…' markers split by hand (a digit follows 、))
python3 $T/make_md_doc.py src/saucxs_full_stack_knowledge_list_2020-year-summary.md f21_04_zongjie_geren_niandu_2020 heldout --levels 1,2,3,4 --fresh
python3 - <<'PY'
import json, re
p = 'gold/f21_04_zongjie_geren_niandu_2020.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(\d、)(2020.*)', h['title'])
    if not h['marker'] and m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 05 OpenHarmony PMC 例会 2024-04-11 会议纪要 (association's minutes, Markdown: plain first line = title, ## sections,
#    bold stand-alone '**议题N：…**' lines = the agenda items' headings (depth 2 under ## 会议纪要, marker '' as the label
#    '议题N：' is not a section number); '汇报人：' '结论：' '遗留问题：' label lines and the 1、 list items are not headings)
python3 $T/make_md_doc.py src/openharmony_community_meeting-notes_2024_04_11.md f21_05_huiyi_jiyao_openharmony_pmc_20240411 heldout --levels 2,3 --fresh --title "PMC 例会 2024-04-11"
python3 - <<'PY'
import json, re
p = 'gold/f21_05_huiyi_jiyao_openharmony_pmc_20240411.json'
d = json.load(open(p, encoding='utf-8'))
src = open('src/openharmony_community_meeting-notes_2024_04_11.md', encoding='utf-8').read().split('\n')
bold = [re.fullmatch(r'\*\*(.+?)\*\*\s*', l).group(1).strip() for l in src if re.fullmatch(r'\*\*(议题\d+：.+?)\*\*\s*', l)]
L = open('docs/' + d['file'], encoding='utf-8').read().split('\n')
hs = d['headings']
for t in bold:
    ln = [i + 1 for i, l in enumerate(L) if l.strip() == t]
    assert len(ln) == 1, t
    hs.append({'depth': 2, 'marker': '', 'title': t, 'line': ln[0]})
hs.sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 06 OpenHarmony SIG 管理制度与操作指南 (association's rules page, Markdown ## 一、 / ### 1. / #### 1.1; the '# …' line inside
#    the fenced shell block stays as code text; bold list items ('- **创建 (Creation)**') are list items, not headings)
python3 $T/make_md_doc.py src/openharmony_community_sig_README.md f21_06_zhidu_openharmony_sig_guanli heldout --levels 2,3,4 --fresh
# 07 开源社 基础设施组 2023 年度总结 (association working group's annual review, Markdown ## … ###### six levels; O1/KR1/Q1 labels are
#    not section numbers (marker ''); two headings starting with a year ('2023 年 8 月…', '2022 年…') are unnumbered (year, not marker);
#    Markdown escapes such as '\-' and '\+' stay in the text as converted)
python3 $T/make_md_doc.py "src/Open-Source-Bazaar_oss-project-committee-weekly_jichusheshizu_2023_niandu_zongjie.md" f21_07_zongjie_kaiyuanshe_jichusheshizu_2023 heldout --levels 2,3,4,5,6 --fresh
python3 - <<'PY'
import json
p = 'gold/f21_07_zongjie_kaiyuanshe_jichusheshizu_2023.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] in ('2022', '2023'):
        h['title'] = h['marker'] + ' ' + h['title']
        h['marker'] = ''
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 08 高校毕业生就业见习协议书 (company HR app's contract template: the first template string of a JS module, file deleted at the
#    repository's HEAD, taken from commit c638b21a; only template 1's HTML is converted, the JS wrapper and template 2 (在职证明) left out;
#    第一条–第十二条 are the headings, each titled by its label; 1.–5. items are list items)
python3 - <<'PY'
import re
t = open('src/mingtaoLee_Mrlee_contract-template_template.js', encoding='utf-8').read()
m = re.search(r"\n\s*1: `(.*?)`,\n\s*2: `", t, re.S)
open('/tmp/f21_08_template1.html', 'w', encoding='utf-8').write(m.group(1))
PY
python3 $T/html_blocks.py /tmp/f21_08_template1.html docs/f21_08_xieyi_jiuye_jianxi.txt "xxx市高校毕业生就业见习协议书" --drop-first-if-title >/dev/null
G f21_08_xieyi_jiuye_jianxi.txt "xxx市高校毕业生就业见习协议书" '[[7,1],[9,1],[11,1],[12,1],[13,1],[14,1],[15,1],[20,1],[26,1],[27,1],[28,1],[29,1]]'
# 09 香港 聖公會基愛小學 生命教育 page (same school site as 01; every section bar <strong class="table_title"> is a heading, all at one
#    level as the mark-up gives no nesting, the slogan bar and '活動內容包括：' included as marked up; the repeated '內容簡介' cell
#    labels of the picture-book table and the table cells (年級, 人與自己 …) are not headings)
python3 $T/html_blocks.py src/hardy419_2015-7-27_About_Develop_LifeEdu.php docs/f21_09_xianggang_xiaoxue_shengming_jiaoyu.txt "聖公會基愛小學 S.K.H. Kei Oi Primary School" --drop-first-if-title >/dev/null
G f21_09_xianggang_xiaoxue_shengming_jiaoyu.txt "聖公會基愛小學 S.K.H. Kei Oi Primary School" \
 '[[6,1],[7,1],[13,1],[15,1],[18,1],[19,1],[26,1],[27,1],[62,1],[69,1],[71,1],[78,1]]'
# 10 臺灣 中華民國天文學會 學會章程 (association website, Hugo Markdown: front-matter title '學會章程' = line 1 and the '## 學會章程'
#    line equal to it dropped by the converter; ### 第X章 (depth 1) and ### 附註; the bold stand-alone '**第X條**' lines are the
#    articles (depth 2, titled by their label, 第一條–第三十六條); '---' rules stay as text; the 附註 list of amendments is a list)
python3 $T/make_md_doc.py src/ASROC-Taiwan_website_constitution.zh-Hant.md f21_10_zhangcheng_taiwan_tianwen_xuehui heldout --levels 3 --fresh
python3 - <<'PY'
import json, re
p = 'gold/f21_10_zhangcheng_taiwan_tianwen_xuehui.json'
d = json.load(open(p, encoding='utf-8'))
src = open('src/ASROC-Taiwan_website_constitution.zh-Hant.md', encoding='utf-8').read()
bold = re.findall(r'^\*\*(第[一二三四五六七八九十]+條)\*\*\s*$', src, re.M)
L = open('docs/' + d['file'], encoding='utf-8').read().split('\n')
arts = [(i + 1, l.strip()) for i, l in enumerate(L) if re.fullmatch(r'第[一二三四五六七八九十]+條', l.strip())]
assert [a for _, a in arts] == bold and len(bold) == 36, (len(bold), len(arts))
for ln, a in arts:
    d['headings'].append({'depth': 2, 'marker': a, 'title': a, 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
python3 $T/check_gold.py
