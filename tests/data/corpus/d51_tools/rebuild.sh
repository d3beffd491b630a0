#!/bin/bash
# Rebuild every document and gold of dev set 51 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev51
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# lines NAME REGEX : JSON list of the line numbers (1-based) of docs/NAME.txt whose text matches REGEX at the start
lines() { python3 -c "import re,sys,json; L=open('docs/'+sys.argv[1]+'.txt',encoding='utf-8').read().split('\n'); print(json.dumps([i+1 for i,l in enumerate(L) if re.match(sys.argv[2], l)]))" "$1" "$2"; }
# depth1 JSONLIST : [[line,1],...]
depth1() { python3 -c "import sys,json; print(json.dumps([[n,1] for n in json.loads(sys.argv[1])]))" "$1"; }

# 01 腾讯新闻 深度报道 (新冠救治实录, Markdown from the archive's html2text: '# title' twice, bold stand-alone 小标题 without numbers)
python3 $T/make_md_doc.py src/nuz007_qqnews_2023-01-11_jiuzhi_shilu.md d51_01_shendu_baodao_jiuzhi_shilu dev --levels 9
G d51_01_shendu_baodao_jiuzhi_shilu.txt "抢救室无处下脚，病房一床难求，新冠感染高峰下的救治实录" '[[19,1],[39,1],[55,1]]'
# 02 《中国企业家》 对话何小鹏 (interview; the seven plain stand-alone 小标题 lines without numbers ('我们还有非常多的牌' …
#    '不想成为雷军，他太累了') are depth 1; each bold question '《中国企业家》：…' under them is a heading at depth 2, cut at the
#    first 。 as a run-in; a question running over two bold paragraphs is headed by its first; bold lead-ins '本次对话的内容要点包括：' /
#    '以下为对话整理…：' and bold emphasised sentences inside answers are not headings; '2022年让我印象深刻的一次是试驾P5' is a
#    hard-wrapped sentence start, not a heading)
python3 $T/make_md_doc.py src/nuz007_qqnews_2023-01-12_duihua_hexiaopeng.md d51_02_zhuanfang_duihua_hexiaopeng dev --levels 9
G d51_02_zhuanfang_duihua_hexiaopeng.txt "对话何小鹏：要么足够精彩，要么轰轰烈烈死掉" "$(python3 -c "import sys,json; s=[38,71,100,162,219,271,315]; q=json.loads(sys.argv[1]); print(json.dumps(sorted([[n,1] for n in s]+[[n,2] for n in q])))" "$(lines d51_02_zhuanfang_duihua_hexiaopeng '《中国企业家》：')")"
# 03 王毅 外交部新年招待会致辞 (speech; Markdown; the bold stand-alone 主题句 of each unnumbered part are headings:
#    five '我们坚持…' parts of the review, four '中国愿同各国…' parts of the outlook, all depth 1)
python3 $T/make_md_doc.py src/qqhsx_qqnews_2024-02-01_wangyi_xinnian_zhici.md d51_03_jianghua_waijiaobu_xinnian_zhici dev --levels 9
G d51_03_jianghua_waijiaobu_xinnian_zhici.txt "王毅在外交部新年招待会上发表致辞 提出四大愿景" '[[17,1],[20,1],[23,1],[26,1],[29,1],[36,1],[39,1],[42,1],[45,1]]'
# 04 经济观察网 专访姚洋 (interview; each bold question '经济观察网：…' is a heading at depth 1, cut at the first 。;
#    the byline '经济观察网 记者 宋笛' and the bold answer labels '姚洋：' are not headings)
python3 $T/make_md_doc.py src/qqhsx_qqnews_2024-02-28_zhuanfang_yaoyang.md d51_04_zhuanfang_yaoyang_difang_zhengfu dev --levels 9
G d51_04_zhuanfang_yaoyang_difang_zhengfu.txt "专访姚洋：不能让地方政府“失能”" "$(depth1 "$(lines d51_04_zhuanfang_yaoyang_difang_zhengfu '经济观察网：')")"
# 05 蔚来李斌内部讲话实录 (a company head's internal speech as reported, Markdown; the nine bold stand-alone 小标题
#    ('关于组织：…' etc., unnumbered) are headings at depth 1, kept whole: the colon inside is part of the title)
python3 $T/make_md_doc.py src/qqhsx_qqnew_2023-11-22_libin_neibu_jianghua.md d51_05_jianghua_weilai_libin_neibu dev --levels 9
G d51_05_jianghua_weilai_libin_neibu.txt "蔚来李斌内部讲话实录：长期主义不是不做好短期执行的借口" '[[17,1],[36,1],[49,1],[61,1],[72,1],[89,1],[109,1],[119,1],[135,1]]'
# 06 上游新闻 人物通讯 于欢 (Markdown; three bold stand-alone 小标题 '为人子：…' / '为人夫：…' / '为人父：…', depth 1)
python3 $T/make_md_doc.py src/qqhsx_qqnew_2023-02-04_yuhuan_tongxun.md d51_06_renwu_tongxun_yuhuan dev --levels 9
G d51_06_renwu_tongxun_yuhuan.txt "对话“刺死辱母者案”当事人于欢：七年，从儿子、丈夫到父亲" '[[11,1],[49,1],[93,1]]'
# 07 话剧《铁流东进》 三位主演创作谈 (a student fan site's saved page 专访.html; page title '无标题文档' is line 1, the nav bar
#    (site banner h1 '铁流东进' and five menu items) kept as scraped and not headings; the three <h2 class="Title"> statement
#    titles are the headings, depth 1)
python3 $T/html_blocks.py src/followingJ_tieliudongjin_zhuanfang.html docs/d51_07_chuangzuotan_tieliu_dongjin_zhuyan.txt "无标题文档" --drop-first-if-title >/dev/null
G d51_07_chuangzuotan_tieliu_dongjin_zhuyan.txt "无标题文档" '[[8,1],[19,1],[31,1]]'
# 08 the same site's 媒体报道.html: two press articles (人民日报 byline piece, 光明日报 通讯 with three bold 小标题);
#    h2 outlet names depth 1, h3 article titles depth 2 (the 光明日报 h3's '——…创演观察' subtitle line after its <br> is part of
#    the title block, not a heading; the h4 byline '查文浩' is not a heading), bold stand-alone <p><strong> 小标题 depth 3
python3 $T/html_blocks.py src/followingJ_tieliudongjin_meiti_baodao.html docs/d51_08_meiti_baodao_tieliu_dongjin.txt "无标题文档" --drop-first-if-title >/dev/null
G d51_08_meiti_baodao_tieliu_dongjin.txt "无标题文档" '[[8,1],[9,2],[26,1],[27,2],[32,3],[53,3],[72,3]]'
# 09 喜人奇妙夜 fan site: 人物专访 page (HTML; page title line 1, top bar and side menu kept as scraped; the article's own h1
#    '牛爷爷使用指南：关于外星从的一切' repeats the document title and is not a heading; the five h2 section titles
#    (two persons, the duo, two sketches; each opens with an emoji as written) are the headings, depth 1)
python3 $T/html_blocks.py src/mtp1127_renwu_zhuanfang.html docs/d51_09_renwu_zhuanfang_xiren_qimiaoye.txt "喜人奇妙夜 - 人物专访" --drop-first-if-title >/dev/null
G d51_09_renwu_zhuanfang_xiren_qimiaoye.txt "喜人奇妙夜 - 人物专访" '[[20,1],[25,1],[30,1],[35,1],[41,1]]'

# check every gold against its text
python3 $T/check_gold.py
