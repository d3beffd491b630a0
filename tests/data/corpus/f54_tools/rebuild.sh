#!/bin/bash
# Rebuild every document and gold of fresh set 54 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh54
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
TMP=$(mktemp -d)
# 01 工作总结 (company work summary, MinerU PDF->Markdown pipeline), Markdown ## / ### / #### (1、…4、)
python3 $T/make_md_doc.py src/BrainBomberC_mineru_gongzuo_zongjie.md f54_01_gongzuo_zongjie_mineru_pdf heldout --levels 2,3,4 --fresh >/dev/null
# 02 研究报告 (flood-inundation surrogate study), Markdown ## 1 / ### 2.1 / ### 图 N
python3 $T/make_md_doc.py src/Coucou2016_zonal-LSG_yanjiu_baogao.md f54_02_yanjiu_baogao_hongshui_fenqu heldout --levels 2,3 --fresh >/dev/null
# 03 研究报告 (course project on OJ scoring), Markdown ## 1 / ### 2.1 / #### 2.1.1; title from the centred <div> line
python3 $T/make_md_doc.py src/SMSEczy666_BigJob_yanjiu_baogao.md f54_03_yanjiu_baogao_oj_pingfen heldout --levels 2,3,4,5 --fresh --title 研究报告 >/dev/null
# 04 讲稿 (a talk on practising LeetCode): 首先， / 第二， / 第三， part lines and 1./2./3. titled points
python3 $T/make_md_doc.py src/chencl1986_algorithm021_jianggao.md f54_04_jianggao_shuati_fenxiang heldout --levels 6 --fresh --title 讲稿 >/dev/null
G f54_04_jianggao_shuati_fenxiang.txt 讲稿 '[[7,1,"为何要刷题","首先，"],[21,1,"如何养成刷题习惯","第二，"],[23,2],[29,2],[37,2],[45,1,"如何有效刷题","第三，"],[47,2],[53,2],[61,2]]'
# 05 讲稿 (slide-by-slide talk script): ## Slide N：title; the file has no title of its own, so a front matter title 讲稿 is supplied on a temporary copy
(printf -- '---\ntitle: 讲稿\n---\n'; cat src/XanderZhou2022_quant_jianggao.md) > $TMP/x.md
python3 $T/make_md_doc.py $TMP/x.md f54_05_jianggao_yinzi_lundong heldout --levels 2 --fresh >/dev/null
python3 - <<'PY'
import json, re
p = 'gold/f54_05_jianggao_yinzi_lundong.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.fullmatch(r'(Slide \d+：)(.*)', h['title'])
    assert m, h
    h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 06 报告 (text sentiment classification), a Typora HTML export (page title 报告.md); h2/h3/h4 plus the numbered step lines 1、2、3、
python3 $T/html_blocks.py src/Ticsmyc_Text-sentiment-classification_baogao.html docs/f54_06_baogao_wenben_qinggan_fenlei.txt "报告.md" --drop-first-if-title >/dev/null
G f54_06_baogao_wenben_qinggan_fenlei.txt 报告.md '[[5,1],[10,1],[27,1],[28,2],[29,3],[45,3],[48,2],[51,3],[76,3],[80,2],[83,3],[84,4],[85,4],[98,4],[106,3],[142,3],[163,2],[166,3],[167,4],[168,4],[176,3],[185,3],[194,2],[207,1]]'
# 07 《Web应用基础》课程结业报告, a saved GitHub Pages page (site nav and footer kept); h2 一、…六、 (the h2 title repeat and the h6 footer labels are not headings)
python3 $T/html_blocks.py src/yujia613_rosie_baogao.html docs/f54_07_jieye_baogao_web_kecheng.txt "《Web应用基础》课程结业报告" --drop-first-if-title >/dev/null
G f54_07_jieye_baogao_web_kecheng.txt "《Web应用基础》课程结业报告" '[[7,1],[9,1],[11,1],[13,1],[15,1],[17,1]]'
# 08 another student's 课程结业报告, a MarkdownPad HTML export (page title MarkdownPad Document); h2 一./二./三./总结： and the p lines 1./2./3. under 三.
python3 $T/html_blocks.py src/yhh-web_zongjie_zongjie.html docs/f54_08_jieye_baogao_web_zongjie.txt "MarkdownPad Document" --drop-first-if-title >/dev/null
G f54_08_jieye_baogao_web_zongjie.txt "MarkdownPad Document" '[[4,1,"网页内容(What to do)","一."],[6,1,"开发过程","二."],[8,1,"问题","三."],[9,2],[23,2],[31,2],[33,1]]'
# 09 讲稿 (a student talk on quantum communication): # / ## sections; the file has no title, so 讲稿 is supplied by a front matter on a temporary copy
(printf -- '---\ntitle: 讲稿\n---\n'; cat src/MOr1s2_Markdown_jianggao.md) > $TMP/m.md
python3 $T/make_md_doc.py $TMP/m.md f54_09_jianggao_liangzi_tongxin heldout --levels 1,2 --fresh >/dev/null
# 10 发言 (a student-union president's recruitment speech), plain indented text with hard line wraps kept; 第一、/第二，/第三，/第四， part lines; title 发言 supplied by a front matter on a temporary copy
(printf -- '---\ntitle: 发言\n---\n'; cat src/HollowM2933370771_CYKgit_fayan.md) > $TMP/f.md
python3 $T/make_md_doc.py $TMP/f.md f54_10_fayan_xueshenghui_zhaoxin heldout --levels 6 --fresh >/dev/null
G f54_10_fayan_xueshenghui_zhaoxin.txt 发言 '[[5,1,"技能与能力","第一、"],[11,1,"学生会能给予你一些进步的动力","第二，"],[15,1,"学生会能为你提供认识朋友的机会","第三，"],[19,1,"没有人的工作是无谓无用的","第四，"]]'
# 11 启旋游戏工作室公约 (a student game studio's charter): ## 第X章 / ### 第X条; an article's title is its label
python3 $T/make_md_doc.py src/LuYifei2011_spinward_gongyue.md f54_11_gongyue_qixuan_youxi_gongzuoshi heldout --levels 2,3 --fresh >/dev/null
# 12 启旋游戏工作室成员信息登记与管理办法 (same studio): flat ## 第X条; an article's title is its label
python3 $T/make_md_doc.py src/LuYifei2011_spinward_chengyuan_xinxi_banfa.md f54_12_banfa_chengyuan_xinxi_dengji heldout --levels 2 --fresh >/dev/null
python3 - <<'PY'
import json
for p, chapters in (('gold/f54_11_gongyue_qixuan_youxi_gongzuoshi.json', True), ('gold/f54_12_banfa_chengyuan_xinxi_dengji.json', False)):
    d = json.load(open(p, encoding='utf-8'))
    for h in d['headings']:
        if h['marker'].endswith('条'):
            h['title'] = h['marker']          # an article's title is its label
        else:
            assert chapters and h['marker'].endswith('章'), h
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
rm -rf $TMP
python3 $T/check_gold.py
