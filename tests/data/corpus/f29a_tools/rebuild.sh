#!/bin/bash
# Rebuild every document and gold of fresh set 29a from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh29a
T=tools
mkdir -p build docs gold
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 学会 会员管理办法 (第X章/第X条), article HTML kept inside a JSP comment of lccon/GraduationProject aboutMaster_27.jsp
python3 $T/jsp_comment.py src/lccon_GraduationProject_aboutMaster_27.jsp build/am27.html >/dev/null
python3 $T/html_blocks.py build/am27.html docs/f29a_01_huiyuan_guanli_shenjing_bianxingbing.txt "会员管理" --drop-first-if-title >/dev/null
G f29a_01_huiyuan_guanli_shenjing_bianxingbing.txt "会员管理" \
 '[[3,1],[4,2],[5,2],[6,2],[7,2],[8,2],[9,1],[10,2],[13,2],[14,2],[21,2],[29,1],[30,2],[31,2],[32,2],[40,2],[45,1],[46,2],[49,2],[50,2],[57,2],[58,1],[59,2],[63,2]]'
# 02 专业委员会章程（草案） (第X章/第X条, 第三章 restarts 第一条 with titled articles), same JSP-comment extraction (aboutMaster_9.jsp)
python3 $T/jsp_comment.py src/lccon_GraduationProject_aboutMaster_9.jsp build/am9.html >/dev/null
python3 $T/html_blocks.py build/am9.html docs/f29a_02_zhangcheng_shenjing_bianxingbing_weiyuanhui.txt "中国微循环学会神经变性病专业委员会章程（草案）" --drop-first-if-title >/dev/null
G f29a_02_zhangcheng_shenjing_bianxingbing_weiyuanhui.txt "中国微循环学会神经变性病专业委员会章程（草案）" \
 '[[2,1],[3,2],[4,2],[5,2],[6,2],[7,2],[8,2],[9,2],[10,2],[11,2],[12,1],[14,1],[15,2],[17,2],[19,2]]'
# 03-06 國立臺北大學學生自治會 法規 (Taiwan student-union regulations: 第X章 / 第X節 / 第N條 on lines of their own), .txt with
# YAML front matter; frontmatter_txt.py puts the full title first; tw_law_gold.py writes the gold from the labels
TW() { python3 $T/frontmatter_txt.py "src/$1" docs/$2.txt >/dev/null; (cd $T && python3 tw_law_gold.py $2.txt "$(head -1 ../docs/$2.txt)" >/dev/null); }
TW zhenhuangtw_ntpusu-regulation_001_學生自治會組織章程.txt f29a_03_taiwan_xuesheng_zizhihui_zuzhi_zhangcheng
TW zhenhuangtw_ntpusu-regulation_002_學生自治資訊公開法.txt f29a_04_taiwan_xuesheng_zizhi_zixun_gongkai_fa
TW jenhuang-tw_ntpusu-law_0063_學生法院組織法.txt f29a_05_taiwan_xuesheng_fayuan_zuzhi_fa
TW jenhuang-tw_ntpusu-law_1359_跨校區事務條例.txt f29a_06_taiwan_kuaxiaoqu_zizhi_shiwu_tiaoli
# 07 dropped from the corpus before scoring (the same text may be kept in LawRefBook/Laws, which the issue keeps
# for independent evaluation): its steps are left out here.
# 09 an app's 用户协议 (Markdown ## 一、… sections), make_md_doc.py levels 2
python3 $T/make_md_doc.py src/CH4019_JdaAssistant_terms_of_user.md f29a_09_yonghu_xieyi_jianda_zhushou heldout --levels 2 --fresh >/dev/null
# 10 清華大學生活輔導組 弱勢就學補助 page (PHP page, Word-exported HTML: h2 = the page's two sections, h3 = 一、…八、 and 附註;
# h4 wraps body paragraphs and the h1/h2 banner at the top is placeholder text, neither taken)
python3 $T/html_blocks.py src/shi359_web_final_disadv.php docs/f29a_10_taiwan_qinghua_ruoshi_jiuxue_buzhu.txt "清華大學生活輔導組" --drop-first-if-title >/dev/null
G f29a_10_taiwan_qinghua_ruoshi_jiuxue_buzhu.txt "清華大學生活輔導組" \
 '[[6,1],[7,2],[9,2],[12,2],[18,2],[20,2],[27,2],[32,2],[33,2],[34,2],[57,1]]'
# 08, 11 two more NTPU student-union regulations (第N條 label lines only, no chapters)
TW zhenhuangtw_ntpusu-regulation_003_學生代表推派辦法.txt f29a_08_taiwan_xuesheng_daibiao_tuipai_banfa
TW jenhuang-tw_ntpusu-law_0286_學生法官自律辦法.txt f29a_11_taiwan_xuesheng_faguan_zilv_banfa
python3 $T/check_gold.py
