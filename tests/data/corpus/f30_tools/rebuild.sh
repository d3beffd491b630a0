#!/bin/bash
# Rebuild every document and gold of fresh set 30 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh30
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 Java基础 study note (KK23345/KK-Notes; # title, ## / ### / #### sections; a linked table of contents as a list)
python3 $T/make_md_doc.py src/KK23345_KK-Notes_Java_jichu.md f30_01_biji_java_jichu heldout --levels 2,3,4 --fresh
# 02 java笔记 (jiangnanqi/java_base; no title of its own: file name as title via front matter; # 一、 / ## / ### / ####)
( printf -- '---\ntitle: java笔记\n---\n'; cat src/jiangnanqi_java_base_java_biji.md ) > /tmp/f30_02.md
python3 $T/make_md_doc.py /tmp/f30_02.md f30_02_biji_java_yufa heldout --levels 1,2,3,4 --fresh
# 03 爱回收-style FAQ page (yhk223/graduate WebContent/FAQ.jsp; h2 categories, <dt> questions; some questions are h2 inside a <dt> with a 查看更多/收起 button)
python3 $T/html_blocks.py src/yhk223_graduate_FAQ.jsp docs/f30_03_faq_huishou_wenti.txt "FAQ" --drop-first-if-title >/dev/null
G f30_03_faq_huishou_wenti.txt "FAQ" '[[2, 1, "热门问题"], [3, 2, "在爱回收进行门店和上门交易，需提前注意什么？"], [7, 2, "找不到型号怎么办？"], [9, 2, "如何查看手机型号？"], [17, 2, "如何查看平板电脑型号？"], [23, 2, "如何查看笔记本型号 ?"], [41, 2, "如何查看相机型号 ?"], [45, 2, "如何查看镜头型号 ?"], [48, 2, "一直无法询价、提交订单怎么办？"], [50, 2, "机器寄出后如何保证我的利益？"], [53, 2, "哪些机器爱回收不进行回收？"], [60, 1, "客服联系电话是多少？"], [62, 1, "物流说明"], [63, 2, "多长时间内会安排上门服务？"], [65, 2, "快递回收的快递费由谁承担？"], [68, 2, "寄出手机后，多长时间可以收到款项？"], [70, 2, "用户机器寄出之后有什么保障？"], [72, 2, "提交物流订单后多久有效？"], [74, 2, "质检过程中是否需要拆机？"], [76, 2, "机器贴膜了怎么检测外观？"], [78, 2, "不能使用别的快递吗？"], [80, 1, "什么情况下，爱回收网会申请二次报价？"], [82, 1, "什么情况会拒收快递包裹？"], [84, 1, "退货承诺"], [85, 2, "退货物流费用由谁承担？?"], [87, 2, "退货时间大概多久？"]]'
# 04 RFC 9001 (QUIC-TLS) Chinese translation, chapters 5-6 (AutumnQuicHe/RFC9001_Chinese_Simplified, Hugo section pages
#    concatenated in weight order by hugo_concat.py; rank h1/h2/h3 -> ## / ### / ####; Hugo shortcodes left as text)
python3 $T/hugo_concat.py src/AutumnQuicHe_RFC9001 /tmp/f30_04.md "RFC9001中文：QUIC-TLS" Packet_Protection Key_Update >/dev/null
python3 $T/make_md_doc.py /tmp/f30_04.md f30_04_jishu_rfc9001_quic_tls heldout --levels 2,3,4 --depth number --fresh
# 05/06 考研 408 计算机网络 notes (LeopoldChou/postgraduate-exam-notes; # 一、/五、 chapter title = document title;
#    ## 1.1 / ### 1.1.1 / #### 1) / ##### unnumbered)
python3 $T/make_md_doc.py src/LeopoldChou_postgraduate-exam-notes_1-jisuanji_wangluo.md f30_05_biji_jisuanji_wangluo_tixi heldout --levels 2,3,4,5 --fresh
python3 $T/make_md_doc.py src/LeopoldChou_postgraduate-exam-notes_5-chuanshuceng.md f30_06_biji_jisuanji_wangluo_chuanshuceng heldout --levels 2,3,4,5 --fresh
python3 - <<'PY'
import json, re
for f in ['f30_05_biji_jisuanji_wangluo_tixi', 'f30_06_biji_jisuanji_wangluo_chuanshuceng']:
    p = '/work/fresh30/gold/%s.json' % f
    d = json.load(open(p, encoding='utf-8'))
    for h in d['headings']:
        m = re.match(r'(\d+\))\s*(.*)', h['title'])
        if not h['marker'] and m:
            h['marker'], h['title'] = m.group(1), m.group(2)   # '1) 按范围分类': the converter knows no 'N)' marker
    json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 07 模联 tutorial 文件写作 (MUNPEDIA/munpedia_doc docs/topic_guide_training/4Writing.md; VuePress page, ## / ### / ####)
python3 $T/make_md_doc.py src/MUNPEDIA_munpedia_doc_4Writing.md f30_07_jiaocheng_mulian_wenjian_xiezuo heldout --levels 2,3,4 --fresh
# 08 关于联合国 (same repository, docs/topic_intro_un/AboutUN.md; ## / ### / ####; the #### 联合国会徽 and
#    #### 现任联合国秘书长 headings sit one level deeper than the heading above them: depth set by nesting)
python3 $T/make_md_doc.py src/MUNPEDIA_munpedia_doc_AboutUN.md f30_08_zhishi_guanyu_lianheguo heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
p = '/work/fresh30/gold/f30_08_zhishi_guanyu_lianheguo.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'] == '联合国会徽':
        h['depth'] = 2          # #### directly under ## (no ### between): one level below its parent
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 09 韶关市计算机学会 章程 第一章 总则 page (schumali/SCF WebContent/zongze.jsp; Bootstrap template chrome and placeholder
#    thumbnails kept as scraped; articles 第一条–第五条 written '第N条：…' are the headings, each titled by its label)
python3 $T/html_blocks.py src/schumali_SCF_zongze.jsp docs/f30_09_zhangcheng_shaoguan_jisuanji_xuehui.txt "关于学会" --drop-first-if-title >/dev/null
G f30_09_zhangcheng_shaoguan_jisuanji_xuehui.txt "关于学会" '[[30,1],[31,1],[32,1],[33,1],[34,1]]'
# 10 2022年终总结 (malinkang/posts 2022/index.md; Hugo front matter title; ## sections; the bold stand-alone
#    lines **Keep年度报告** / **微信读书年度报告** label the report galleries under 跑步 / 读书: depth 2)
python3 $T/make_md_doc.py src/malinkang_posts_2022_index.md f30_10_zongjie_2022_nianzhong heldout --levels 2 --fresh
python3 - <<'PY'
import json
p = '/work/fresh30/gold/f30_10_zongjie_2022_nianzhong.json'
d = json.load(open(p, encoding='utf-8'))
L = open('/work/fresh30/docs/f30_10_zongjie_2022_nianzhong.txt', encoding='utf-8').read().split('\n')
for i, l in enumerate(L):
    if l.strip() in ('Keep年度报告', '微信读书年度报告'):   # **bold** stand-alone lines in the source
        d['headings'].append({'depth': 2, 'marker': '', 'title': l.strip(), 'line': i + 1})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 11 2022 年度总结 (debuginn/blog content/post/summary/debuginn-2022.md at 50902ea8, a Hugo post removed from the
#    newest snapshot; ## sections, ### under 年度事件)
python3 $T/make_md_doc.py src/debuginn_blog_debuginn-2022.md f30_11_zongjie_2022_niandu_debuginn heldout --levels 2,3 --fresh
# 12 新华社电 中共中央 国务院印发《海南自由贸易港建设总体方案》 (opening part only, as the app's example holds it): the article
#    HTML is the `content` value of a JSON example in a Java doc comment (kyrieLiu/cloud-secretary-android
#    StudyDetailModel.java), taken out by javadoc_content.py; line 1 = its `inotitle`; the article's own title line
#    (with 《》) is the title shown again. Gold: 一、 depth 1, （一）–（四） depth 2 (two run-in, cut at 。)
python3 $T/javadoc_content.py src/kyrieLiu_cloud-secretary-android_StudyDetailModel.java content /tmp/f30_12.html >/dev/null
python3 $T/html_blocks.py /tmp/f30_12.html docs/f30_12_fangan_hainan_ziyou_maoyigang.txt "中共中央 国务院印发海南自由贸易港建设总体方案" --drop-first-if-title >/dev/null
G f30_12_fangan_hainan_ziyou_maoyigang.txt "中共中央 国务院印发海南自由贸易港建设总体方案" '[[6,1],[7,2],[8,2],[14,2],[18,2]]'
python3 $T/check_gold.py
