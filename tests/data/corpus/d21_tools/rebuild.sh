#!/bin/bash
# Rebuild every document and gold of dev set 21 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev21
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 供货合作合同 (company contract, PHP view rendered to PDF; 一、 clauses, titled ones are headings)
python3 $T/html_blocks.py src/WenYan1_ydlweb_views_order_pdf2.php docs/d21_01_hetong_gonghuo_hezuo.txt "供货合作合同" --drop-first-if-title >/dev/null
G d21_01_hetong_gonghuo_hezuo.txt "供货合作合同" \
 '[[11,1,"出口货物明细"],[14,1,"质量要求及技术标准"],[15,1],[17,1],[25,1],[27,1],[29,1,"争议处理"],[30,1,"不可抗力"],[31,1,"知识产权约定"]]'
# 02 / 08 臺灣 社區管理委員會 會議紀錄 (Jekyll posts; ## 壹、…肆、/伍、 depth 1, ### 議題N. / 動議N. depth 2, #### 工法比較 depth 3 (08 only); markers split by hand)
python3 $T/make_md_doc.py src/coconutcity30050_committee27_114-03-11-committee-meetings.md d21_02_huiyi_jilu_taiwan_shequ_guanweihui dev --levels 2,3
python3 $T/make_md_doc.py src/coconutcity30050_committee27_114-06-10-committee-meetings.md d21_08_huiyi_jilu_taiwan_shequ_guanweihui_2 dev --levels 2,3,4
python3 - <<'PY'
import json, re
for p in ('gold/d21_02_huiyi_jilu_taiwan_shequ_guanweihui.json', 'gold/d21_08_huiyi_jilu_taiwan_shequ_guanweihui_2.json'):
    d = json.load(open(p, encoding='utf-8'))
    for h in d['headings']:
        m = re.match(r'([壹貳參肆伍]、|(?:議題|動議)\d+\.)\s*(.*)', h['title'])
        if m:
            h['marker'], t = m.group(1), m.group(2)
        else:
            assert h['title'] == '工法比較', h
            t = h['title']
        h['title'] = t.split('。')[0].rstrip(':：')
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 03 安吉县 历史沿革 / 县史述略 (县志-style text on a course-site ASP.NET page; unnumbered period sub-headings '东汉至隋：')
python3 $T/html_blocks.py src/np1717_My-Web-Course_History.aspx docs/d21_03_zhi_anji_xianshi_shulue.txt "历史沿革" >/dev/null
G d21_03_zhi_anji_xianshi_shulue.txt "历史沿革" '[[4,1],[5,2],[7,2],[10,2],[12,2],[14,2]]'
# 04 臺灣 明道中學校友會章程 (association charter on a PHP page; 第X章 depth 1, 第　N　條 depth 2 written with full-width/ASCII spaces; title = label)
python3 $T/html_blocks.py src/Chenade_MDSHAA_law.php docs/d21_04_zhangcheng_taiwan_mingdao_xiaoyouhui.txt "明道中學校友會" --drop-first-if-title >/dev/null
python3 - <<'PY'
import json, re
name = 'd21_04_zhangcheng_taiwan_mingdao_xiaoyouhui'
L = open(f'docs/{name}.txt', encoding='utf-8').read().split('\n')
hs = []
for i, s in enumerate(L, 1):
    m = re.match(r'(第[一二三四五六七八九十]+章)　(.+)', s)
    if m:
        hs.append({'depth': 1, 'marker': m.group(1), 'title': m.group(2), 'line': i}); continue
    m = re.match(r'(第[ 　]*[一二三四五六七八九十]+[ 　]*條)', s)
    if m:
        hs.append({'depth': 2, 'marker': m.group(1), 'title': m.group(1), 'line': i})
assert len(hs) == 6 + 38, len(hs)
json.dump({'file': name + '.txt', 'split': 'dev', 'fresh': False, 'title': L[0], 'headings': hs},
          open(f'gold/{name}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 05 幼儿教育专业 招生简章 (WordPress page template of a vocational school; PHP blocks removed as the server would; ◆ bold labels = headings, marker '' since ◆ is a bullet)
python3 - <<'PY'
import re
s = open('src/Ysnv1997_job-school-theme_youshixx_page-schoolJj.php', encoding='utf-8').read()
open('src/Ysnv1997_job-school-theme_youshixx_page-schoolJj.nophp.html', 'w', encoding='utf-8').write(re.sub(r'(?s)<\?php.*?\?>', '', s))
PY
python3 $T/html_blocks.py src/Ysnv1997_job-school-theme_youshixx_page-schoolJj.nophp.html docs/d21_05_zhaosheng_jianzhang_youer_jiaoyu.txt "招生简章" >/dev/null
G d21_05_zhaosheng_jianzhang_youer_jiaoyu.txt "招生简章" \
 '[[3,1,"就业前景"],[5,1,"专业方向"],[7,1,"学制"],[8,1,"专业亮点"],[12,1,"人才定制培养目标"],[14,1,"就业单位"],[16,1,"补助政策"]]'
# 06 國立中央大學學生服務學習施行辦法 (PHP page; articles in a <pre> block, hard-wrapped with hanging indent, one source line a line; 第 N 條 depth 1, title = label)
python3 $T/html_blocks.py src/open-ncu-service-learning_pass_rule1.php docs/d21_06_banfa_taiwan_zhongyang_daxue_fuwu_xuexi.txt "國立中央大學服務學習網" --drop-first-if-title >/dev/null
python3 - <<'PY'
import json, re
name = 'd21_06_banfa_taiwan_zhongyang_daxue_fuwu_xuexi'
L = open(f'docs/{name}.txt', encoding='utf-8').read().split('\n')
hs = []
for i, s in enumerate(L, 1):
    m = re.match(r'(第 \S+ 條)', s)  # 第 六 條 is written with U+F9D1, a CJK compatibility 六
    if m:
        hs.append({'depth': 1, 'marker': m.group(1), 'title': m.group(1), 'line': i})
assert len(hs) == 13, len(hs)
json.dump({'file': name + '.txt', 'split': 'dev', 'fresh': False, 'title': L[0], 'headings': hs},
          open(f'gold/{name}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 07 輔仁大學 教室預借使用規則與管理辦法 (PHP page; 一、 points; 二、–六、 carry a label (run-in '權責單位：…' or alone) and are headings, 一、 is an untitled sentence and is not)
python3 $T/html_blocks.py src/ziqin030_classroom_reservation_Web_shouye.php docs/d21_07_banfa_taiwan_furen_jiaoshi_yujie.txt "首頁" --drop-first-if-title >/dev/null
G d21_07_banfa_taiwan_furen_jiaoshi_yujie.txt "首頁" '[[4,1,"權責單位"],[5,1],[8,1,"使用對象"],[9,1],[23,1]]'
# 09 科技项目申报系统 审报指南 (JSP page of a project-application system; nav chrome kept; 1．/2．/3． step titles then a second '2．' as written; 图4-N captions and the h2 welcome line (the page's own title) are not headings)
python3 $T/html_blocks.py src/dev-qipeng_KJSB_WebContent_zhinan.jsp docs/d21_09_shenbao_zhinan_keji_xiangmu.txt "科技项目申报系统" --drop-first-if-title >/dev/null
G d21_09_shenbao_zhinan_keji_xiangmu.txt "科技项目申报系统" '[[8,1],[11,1],[14,1],[20,1]]'
# 10 桂平市下湾镇第一初级中学 关于学校 (JSP page of a school site; breadcrumb, h1 school name and editor/date line kept as scraped; h4 unnumbered section titles 概况/关于学校/发展战略 depth 1)
python3 $T/html_blocks.py src/fengchengxuan_module_xwyz_about.jsp docs/d21_10_xuexiao_gaikuang_xiawan_yizhong.txt "关于学校" --drop-first-if-title >/dev/null
G d21_10_xuexiao_gaikuang_xiawan_yizhong.txt "关于学校" '[[5,1],[7,1],[9,1]]'
python3 $T/check_gold.py
