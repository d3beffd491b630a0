#!/bin/bash
# Rebuild every document and gold of fresh set 20 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh20
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 文安县第一小学 通知 (HTML held in a JS data file of a school-site project; entry id 1 copied to src/)
python3 $T/html_blocks.py src/lethalzh_primary_school_notice_id1.html docs/f20_01_tongzhi_xiaoxue_banzhuren_dasai.txt "文安一小班主任基本功大赛通知" >/dev/null
G f20_01_tongzhi_xiaoxue_banzhuren_dasai.txt "文安一小班主任基本功大赛通知" '[[3,1],[5,1],[6,2],[8,2],[10,2],[12,2],[13,1],[15,1]]'
# 02 programming-language "white paper" (Chinese Markdown: # parts, ## languages, #### 主要特点/流行度, bold stand-alone lines as sub-heads)
python3 $T/make_md_doc.py src/tobeused_baipishu_white_paper.md f20_02_baipishu_xiandai_biancheng_yuyan heldout --levels 1,2,4 --fresh
python3 - <<'PY'
import json, re, sys
sys.path.insert(0, '/work/fresh20/tools')
from make_md_doc import _inline
src = open('/work/fresh20/src/tobeused_baipishu_white_paper.md', encoding='utf-8').read().split('\n')
p = '/work/fresh20/gold/f20_02_baipishu_xiandai_biancheng_yuyan.json'
d = json.load(open(p, encoding='utf-8'))
doc = open('/work/fresh20/docs/' + d['file'], encoding='utf-8').read().split('\n')
# bold stand-alone lines of the source (the whole line bold, or bold with a short unbolded tail: '**创建快速而优雅的**cli')
bold = [_inline(l).strip() for l in src if re.fullmatch(r'\*\*[^*]+\*\*[A-Za-z]*\s*', l.strip())]
hs = d['headings']
pos = 0
for b in bold:
    i = [x.strip() for x in doc].index(b, pos)     # sequential: the n-th bold line is found after the previous one
    hs.append({'depth': 3, 'marker': '', 'title': b, 'line': i + 1})
    pos = i + 1
for h in hs:
    h['title'] = h['title'].rstrip('：:').strip()
hs.sort(key=lambda h: h['line'])
d['headings'] = hs
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 03 EdgeGallery 社区章程 (open-source community charter, Markdown ## parts / ### bodies / #### sub-heads, no numbering)
python3 $T/make_md_doc.py src/EdgeGallery_community_governance.md f20_03_zhangcheng_edgegallery_shequ heldout --levels 2,3,4 --fresh
python3 $T/strip_colon.py gold/f20_03_zhangcheng_edgegallery_shequ.json
# 04 哈尔滨工程大学 党建 article (crawled university-news Markdown post; 一、–四、 stand-alone part headings, no mark-up)
python3 $T/make_md_doc.py src/greeedyboy_mywebs_gking_ecb16bf9.md f20_04_dangjian_dangwei_zhengzhi_hexin heldout --fresh
G f20_04_dangjian_dangwei_zhengzhi_hexin.txt "$(head -1 docs/f20_04_dangjian_dangwei_zhengzhi_hexin.txt)" '[[5,1],[9,1],[13,1],[17,1]]'
# 05 个人信息保护合规建设桔皮书 (study-notes copy of an industry white paper on a document-sharing repo; # parts incl. 前 言, ## sections, ### 1.–4.; first '# 声明' is the title line as the converter takes it)
python3 $T/make_md_doc.py src/siduzixun_anquanbiaozhun_geren_xinxi_baohu_jupishu_65287.md f20_05_jupishu_geren_xinxi_baohu_hegui heldout --levels 1,2,3 --fresh
# 06 臺灣 立法院 第10屆修憲委員會待審議案 (personal Hexo blog post: Hexo front matter without the leading '---' and a <style> block kept as text; # topics, ## proposals)
python3 $T/make_md_doc.py src/walkingice_blog_2021_03-06-constitution.md f20_06_taiwan_xiuxian_weiyuanhui_daishenyi heldout --levels 1,2 --title "第 10 屆修憲委員會待審議案列表" --fresh
# 07 四川农业大学 news-site interview (crawled post): six plain '记者：…？' questions (headings, title = the whole question as in d14_03), answers led by **潘宏**；附一–附三 attachment labels
python3 $T/make_md_doc.py src/greeedyboy_mywebs_sicau_5e51a5ce.md f20_07_caifang_jizhewen_chengdu_xiaoqu_fangkong heldout --fresh
python3 - <<'PY'
import sys, json
sys.path.insert(0, '/work/fresh20/tools')
import gold
name = 'f20_07_caifang_jizhewen_chengdu_xiaoqu_fangkong.txt'
L = open('/work/fresh20/docs/' + name, encoding='utf-8').read().split('\n')
spec = [[n, 1, L[n - 1].strip(), ''] for n in (5, 9, 13, 17, 23, 27)]
for n in (33, 35, 37):
    m, t = L[n - 1].split('：', 1)
    spec.append([n, 1, t, m])
spec.sort()
for n, *_ in spec:
    assert L[n - 1].startswith(('记者：', '附')), (n, L[n - 1])
import io, contextlib
with contextlib.redirect_stdout(io.StringIO()):
    gold.write(name, L[0], spec)
PY
# 08 华中农业大学学生区宣传物管理办法 (共青团 rule on a student web-app page, ThinkPHP view template; 一、–十二、 are numbered paragraphs without titles and the h1 repeats the title: gold is empty)
python3 $T/html_blocks.py src/hilaryhu_compus_Home_View_Index_index.html docs/f20_08_guanli_banfa_huanong_xuanchuanwu.txt "华中农业大学学生区宣传物管理办法" --drop-first-if-title >/dev/null
G f20_08_guanli_banfa_huanong_xuanchuanwu.txt "华中农业大学学生区宣传物管理办法" '[]'
# 09 合格评估教学状态数据分析报告 (教育部高等教育教学评估中心 report template, Word-exported HTML in a JSP of a university audit app; src/..._with_Bottom.jsp = hzpg_table_main.jsp with its <jsp:include page="Bottom.jsp"> replaced by Bottom.jsp minus its page directive, as the page is served)
python3 $T/html_blocks.py src/serenawanggit_learngit_hzpg_table_main_with_Bottom.jsp docs/f20_09_baogao_hege_pinggu_zhuangtai_shuju.txt "合格评估教学状态数据分析报告" >/dev/null
python3 - <<'PY'
import sys, re, io, contextlib
sys.path.insert(0, '/work/fresh20/tools')
import gold
name = 'f20_09_baogao_hege_pinggu_zhuangtai_shuju.txt'
L = open('/work/fresh20/docs/' + name, encoding='utf-8').read().split('\n')
spec = [[L.index('说 明') + 1, 1, '说 明', '']]          # the bold, bookmarked 说明 heading of the front matter (目 录 and its lines are not headings)
start = L.index('1 办学思路与领导作用')
for i in range(start, len(L)):
    m = re.fullmatch(r'([1-7])(\.\d)? (\S.*)', L[i])
    if m:
        spec.append([i + 1, 2 if m.group(2) else 1, m.group(3), m.group(1) + (m.group(2) or '')])
with contextlib.redirect_stdout(io.StringIO()):
    gold.write(name, L[0], spec)
PY
# 10 南开大学 校长 speech at the centenary (crawled news post): one bold stand-alone line (the part heading 爱国奋斗百年辉煌，公能日新再踏征程。) is the only heading; the bold run-in lead sentences (100年前，…/南开大学的100年，…/展望新百年，…) and the bold speaker name are not
python3 $T/make_md_doc.py src/greeedyboy_mywebs_nankai_dca4108a.md f20_10_jianghua_nankai_bainian_xiaoqing heldout --fresh
G f20_10_jianghua_nankai_bainian_xiaoqing.txt "$(head -1 docs/f20_10_jianghua_nankai_bainian_xiaoqing.txt)" '[[43,1]]'
python3 $T/check_gold.py
