#!/bin/bash
# Rebuild every document and gold of dev set 23 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev23
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# strip a trailing colon from Markdown-derived gold titles (gold convention: no trailing colon)
nocolon() { python3 - "$1" <<'PY'
import json, sys
p = sys.argv[1]; d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('：:')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# 01 FIRHQ 员工手册: 薪酬 福利 奖励 (GitBook Markdown, ## / ###)
python3 $T/make_md_doc.py src/FIRHQ_RaR_ren-shi-zhi-du_xin-chou.md d23_01_yuangong_shouce_xinchou_fuli dev --levels 2,3
nocolon gold/d23_01_yuangong_shouce_xinchou_fuli.json
# 02 学院简介 page of an adult-education agency's JSP site (江西中医药大学; includes head/bottom not rendered)
python3 - <<'PY'
s = open('src/MorsonGris_jcgl_school_s11.jsp', encoding='utf-8').read()
open('src/MorsonGris_jcgl_school_s11_body.html', 'w', encoding='utf-8').write(s[s.index('<body>'):])
PY
python3 $T/html_blocks.py src/MorsonGris_jcgl_school_s11_body.html docs/d23_02_xuexiao_jianjie_jiangxi_zhongyiyao.txt "聚成教育-学院简介" >/dev/null
G d23_02_xuexiao_jianjie_jiangxi_zhongyiyao.txt "聚成教育-学院简介" '[[4,1],[7,2],[8,2]]'
# 03 臺灣 “高中生程式解題系統” 站務管理辦法 (ZeroJudge JSP page; header/footer includes not rendered; 章/條/節 and 一、 sections)
python3 - <<'PY'
for src, out in [('src/jiangsir_ZeroJudge_UserLaw.jsp', 'src/jiangsir_ZeroJudge_UserLaw_body.html'),
                 ('src/vul3u4aup6_service_PSR.php', 'src/vul3u4aup6_service_PSR_body.html'),
                 ('src/MuYunyun_ZHITWeb_xhgk.jsp', 'src/MuYunyun_ZHITWeb_xhgk_body.html')]:
    s = open(src, encoding='utf-8').read()
    open(out, 'w', encoding='utf-8').write(s[s.index('<body'):])
PY
python3 $T/html_blocks.py src/jiangsir_ZeroJudge_UserLaw_body.html docs/d23_03_taiwan_zhanwu_guanli_banfa_zerojudge.txt "“高中生程式解題系統” 站務管理辦法" --drop-first-if-title >/dev/null
G d23_03_taiwan_zhanwu_guanli_banfa_zerojudge.txt "“高中生程式解題系統” 站務管理辦法" \
 '[[4,1],[5,2,"第一條","第一條"],[7,2,"第二條","第二條"],[10,2,"第三條","第三條"],[12,1],[13,2,"管理組織與職責","第一節"],[29,2,"討論區之管理","第二節"],[34,3],[39,3],[41,3],[43,2,"題庫管理","第三節"],[47,2,"站務會議","第四節"]]'
# 04 靜宜大學 專業服務學習課程暨制度實施辦法 (PHP page of the university's service-learning centre; header/footer includes not rendered, sidebar kept)
python3 $T/html_blocks.py src/vul3u4aup6_service_PSR_body.html docs/d23_04_taiwan_shishi_banfa_jingyi_fuwu_xuexi.txt "靜宜大學服務學習發展中心" >/dev/null
G d23_04_taiwan_shishi_banfa_jingyi_fuwu_xuexi.txt "靜宜大學服務學習發展中心" \
 '[[5,1,"第一條","第一條"],[6,1,"第二條","第二條"],[7,1,"第三條","第三條"],[8,1,"第四條","第四條"],[9,1,"第五條","第五條"],[10,1,"第六條","第六條"],[11,1,"第七條","第七條"],[12,1,"第八條","第八條"],[17,1,"第九條","第九條"]]'
# 05 镇海区信息技术协会 协会概况 page (JSP, three tab panels: 关于我们 / 协会章程 / 组织机构; nav and footer kept)
python3 $T/html_blocks.py src/MuYunyun_ZHITWeb_xhgk_body.html docs/d23_05_zhangcheng_zhenhai_xinxi_jishu_xiehui.txt "协会概况" >/dev/null
(cd $T && python3 - <<'PY' >/dev/null
import re, gold
txt = 'd23_05_zhangcheng_zhenhai_xinxi_jishu_xiehui.txt'
L = open('/work/dev23/docs/' + txt, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip(' \u3000')
    if s in ('关于我们', '协会章程', '组织机构') and i > 11:      # the three tab panels' h2 (the sidebar's tab list above is nav)
        spec.append([i, 1])
    elif re.match(r'第[一二三四五六七八九十]+章', s):
        spec.append([i, 2])
    elif re.match(r'第[一二三四五六七八九十]+条', s):
        spec.append([i, 3])
assert sum(1 for s in spec if s[1] == 3) == 52 and sum(1 for s in spec if s[1] == 2) == 8, spec
gold.write(txt, '协会概况', spec, split='dev')
PY
)
# 06 华南师范大学网络教育学院 2008年秋季招生简章 (JSP page of a training-platform project; the page's own title line repeats the document title)
python3 $T/html_blocks.py src/xiaofengtt_zeppin_recruit_test1.jsp docs/d23_06_zhaosheng_jianzhang_huanan_shida_wangjiao.txt "招生简章" --drop-first-if-title >/dev/null
G d23_06_zhaosheng_jianzhang_huanan_shida_wangjiao.txt "招生简章" \
 '[[3,1],[6,2],[10,2],[12,2],[15,2],[18,2],[21,2],[26,1],[27,1],[28,2],[30,2],[32,2],[34,2,"考试时间"],[35,2,"考试地点"],[36,2,"专业设置"],[69,2,"考试科目"],[111,1],[112,1],[117,1],[124,1]]'
# 07 FIRHQ 员工手册: 考勤制度 (GitBook Markdown, ## / ###, code-fence lines dropped by the converter, code kept)
python3 $T/make_md_doc.py src/FIRHQ_RaR_ren-shi-zhi-du_qing-jia.md d23_07_yuangong_shouce_kaoqin_zhidu dev --levels 2,3
# 08 靜宜大學服務學習發展中心學生助理管理要點 (same site as 04; 第一條–第十五條, article labels with or without a title word)
python3 - <<'PY'
s = open('src/vul3u4aup6_service_FCR.php', encoding='utf-8').read()
open('src/vul3u4aup6_service_FCR_body.html', 'w', encoding='utf-8').write(s[s.index('<body'):])
PY
python3 $T/html_blocks.py src/vul3u4aup6_service_FCR_body.html docs/d23_08_taiwan_yaodian_jingyi_xuesheng_zhuli.txt "靜宜大學服務學習發展中心" >/dev/null
(cd $T && python3 - <<'PY' >/dev/null
import re, gold
txt = 'd23_08_taiwan_yaodian_jingyi_xuesheng_zhuli.txt'
L = open('/work/dev23/docs/' + txt, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    m = re.match(r'(第[一二三四五六七八九十]+條)', l.strip(' \u3000'))
    if m:
        spec.append([i, 1, m.group(1), m.group(1)])
assert len(spec) == 15, spec
gold.write(txt, '靜宜大學服務學習發展中心', spec, split='dev')
PY
)
# 09 CloudWeGo 社区会议纪要 5.19 (Markdown without a title line: title from the docs site's front matter, '### 议程 N：' items, '#### 相关资讯：')
python3 $T/make_md_doc.py src/cloudwego_community_meeting_2022_5.19.md d23_09_huiyi_jiyao_cloudwego_shequ dev --levels 3,4 --title "CloudWeGo 社区会议 5.19"
python3 - <<'PY'
import json, re
p = 'gold/d23_09_huiyi_jiyao_cloudwego_shequ.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(议程\s*\d+\s*：)(.*)', h['title'])
    if m:                                   # a labelled marker, as '门槛一：' (f17_02) and '方法一：' (h14_02)
        h['marker'], h['title'] = m.group(1), m.group(2)
    h['title'] = h['title'].rstrip('：:')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 10 飞桨社区开源发展工作组 2024-Q1 会议纪要 (Markdown: '## 会议简记' over a numbered list whose items title the topics discussed)
python3 $T/make_md_doc.py src/PaddlePaddle_community_pposdwg_2024-Q1.md d23_10_huiyi_jiyao_feijiang_gongzuozu dev --levels 2
python3 - <<'PY'
import json, re
p = 'gold/d23_10_huiyi_jiyao_feijiang_gongzuozu.json'
d = json.load(open(p, encoding='utf-8'))
L = open('docs/d23_10_huiyi_jiyao_feijiang_gongzuozu.txt', encoding='utf-8').read().split('\n')
for i, l in enumerate(L, 1):
    m = re.match(r'(\d+\.) (.*)', l)        # the topic items 1.–7. at the margin (their '- ' sub-items are indented)
    if m:
        d['headings'].append({'depth': 2, 'marker': m.group(1), 'title': m.group(2), 'line': i})
d['headings'].sort(key=lambda h: h['line'])
assert len(d['headings']) == 8
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 11 个人年终工作总结 《我的2021年终总结》 (Hexo blog draft, front-matter title, ## / ###, 1、 list items)
python3 $T/make_md_doc.py src/rain9155_blog_2021_nianzhong_zongjie.md d23_11_gongzuo_zongjie_2021_nianzhong dev --levels 2,3
# 12 FIRHQ 员工手册: 开发规范 › 4.3 开发流程 (GitBook Markdown, ## sections over numbered and bulleted rules, images dropped)
python3 $T/make_md_doc.py src/FIRHQ_RaR_kai-fa-gui-fan_kai-fa-liu-cheng.md d23_12_guanli_zhidu_kaifa_liucheng dev --levels 2
python3 $T/check_gold.py
