#!/bin/bash
# Rebuild every document and gold of dev set 33 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev33
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 南京工业大学浦江学院 教务处 通知 (ASP page, page title 无标题文档; 一、–六、 one-sentence sections, 七、/八、 titled sections over （一） items)
python3 $T/html_blocks.py src/zsy782335248_Zhang_xinwen3.asp docs/d33_01_tongzhi_pujiang_biye_sheji.txt "无标题文档" --drop-first-if-title >/dev/null
G d33_01_tongzhi_pujiang_biye_sheji.txt "无标题文档" '[[8,1],[9,1],[10,1],[11,1],[12,1],[13,1],[14,1],[17,1]]'
# 02 same site: 中期检查 通知 (一、/二、 over 1. items)
python3 $T/html_blocks.py src/zsy782335248_Zhang_xinwen2.asp docs/d33_02_tongzhi_pujiang_zhongqi_jiancha.txt "无标题文档" --drop-first-if-title >/dev/null
G d33_02_tongzhi_pujiang_zhongqi_jiancha.txt "无标题文档" '[[9,1],[13,1]]'
# 03 中国共产党工作机关条例（试行） on a saved chinacourt.org law-library page (PHP copy, chrome kept): 第X章 depth 1, 第X条 depth 2
python3 $T/html_blocks.py src/MyDAIDAI_law_test.php docs/d33_03_tiaoli_dang_gongzuo_jiguan.txt "中国法院网" --drop-first-if-title >/dev/null
G d33_03_tiaoli_dang_gongzuo_jiguan.txt "中国法院网" "$(python3 $T/law_spec.py docs/d33_03_tiaoli_dang_gongzuo_jiguan.txt 1 2)"
# 04 筠连县自来水有限责任公司 水价说明 (ASPX page of the water company's site; h2 title repeats the document title; （一）–（四） bold section lines)
python3 $T/html_blocks.py src/usergitxm_jlzls_Waterprice.aspx docs/d33_04_shuijia_shuoming_junlian.txt "水价标准" --drop-first-if-title >/dev/null
G d33_04_shuijia_shuoming_junlian.txt "水价标准" '[[6,1],[10,1],[14,1],[16,1]]'
# 05 same site: 公司经营服务的承诺 (一、–三、 over ① items; the third title is truncated in the source)
python3 $T/html_blocks.py src/usergitxm_jlzls_WebPriceStandard.aspx docs/d33_05_chengnuo_junlian_zilaishui.txt "公司经营服务的承诺" --drop-first-if-title >/dev/null
G d33_05_chengnuo_junlian_zilaishui.txt "公司经营服务的承诺" '[[4,1],[10,1],[16,1]]'
# 06 图书馆 文明读者公约 (a university library's Drupal page kept as a JSP in a library-system project; h1 repeats the title; '1. 凭证入馆' … '8. 维护知识产权' short title paragraphs over body paragraphs)
python3 $T/html_blocks.py src/CHENBai-yi_librarySystem_civilized_reader_pact.jsp docs/d33_06_gongyue_wenming_duzhe.txt "文明读者公约" --drop-first-if-title >/dev/null
G d33_06_gongyue_wenming_duzhe.txt "文明读者公约" '[[9,1],[11,1],[13,1],[15,1],[17,1],[21,1],[23,1],[25,1]]'
# 07 same site: 用户入馆管理办法 (two body paragraphs, no sections: gold empty, a negative example)
python3 $T/html_blocks.py src/CHENBai-yi_librarySystem_ruguanguanli.jsp docs/d33_07_banfa_yonghu_ruguan.txt "用户入馆管理办法" --drop-first-if-title >/dev/null
G d33_07_banfa_yonghu_ruguan.txt "用户入馆管理办法" '[]'
# 08 学校图书馆 借阅规章制度 (admin view of a ThinkPHP library system; page title 首页, h4 repeats the title; bold 一./二、/三、 rules over 1、 items; the first marker written '一.')
python3 $T/html_blocks.py src/bllon_Library-System_zhidu.html docs/d33_08_zhidu_tushuguan_jieyue.txt "首页" --drop-first-if-title >/dev/null
G d33_08_zhidu_tushuguan_jieyue.txt "首页" '[[3,1,"借书规则","一."],[11,1],[20,1]]'
# 09 南京晓庄学院图书馆 工作职责与部门设置 (saved library page in a JSP; h1 repeats the title; bold centred 一、/二、 over 1. items and plain department blocks)
python3 $T/html_blocks.py src/Qyl097731_library_nav3.jsp docs/d33_09_zhize_xiaozhuang_tushuguan.txt "工作职责与部门设置" --drop-first-if-title >/dev/null
G d33_09_zhize_xiaozhuang_tushuguan.txt "工作职责与部门设置" '[[4,1],[14,1]]'
# 10 常州市妇幼保健院 挂号须知 (ASP.NET content page of a hospital-site project, no page title: line 1 is the page's navigation name; 一、/二、 centred section lines over 1、 items; the BOM before the page directive gives a line of its own)
python3 $T/html_blocks.py src/huitianbao_project_ASP_website_guahao_xuzhi.aspx docs/d33_10_xuzhi_changzhou_fubao_guahao.txt "挂号须知" --drop-first-if-title >/dev/null
G d33_10_xuzhi_changzhou_fubao_guahao.txt "挂号须知" '[[3,1],[10,1]]'
# 11 same site, 医院文化 page: a new nurse's 岗前培训小结 with three centred 小标题 (column label 青年书苑, h2 = the essay title repeated)
python3 $T/html_blocks.py src/huitianbao_project_ASP_website_yiyuan_wenhua_Default.aspx docs/d33_11_xiaojie_fubao_gangqian_peixun.txt "予人玫瑰，手有余香——岗前培训小结" --drop-first-if-title >/dev/null
G d33_11_xiaojie_fubao_gangqian_peixun.txt "予人玫瑰，手有余香——岗前培训小结" '[[6,1],[9,1],[12,1]]'
# 12 same site as 01: 后期工作 通知 (一、–九、 one-sentence sections, 十、具体时间安排： over 1.–7. items; the 附件1：/附件2： lines list attachments and are not headings)
python3 $T/html_blocks.py src/zsy782335248_Zhang_xinwen1.asp docs/d33_12_tongzhi_pujiang_houqi_gongzuo.txt "无标题文档" --drop-first-if-title >/dev/null
G d33_12_tongzhi_pujiang_houqi_gongzuo.txt "无标题文档" '[[8,1],[9,1],[10,1],[11,1],[12,1],[13,1],[14,1],[15,1],[16,1],[17,1]]'
# 13 same site as 01: teacher profile page 唐莉莉 (a 先进事迹 text in baike layout): an info table, a contents box of h4 links '1、倾尽爱心'…'3、教研教改' (contents lines, not headings), then h4 一、/二、/三、 sections
python3 $T/html_blocks.py src/zsy782335248_Zhang_tanglili.asp docs/d33_13_shiji_jiaoshi_tanglili.txt "唐莉莉" --drop-first-if-title >/dev/null
G d33_13_shiji_jiaoshi_tanglili.txt "唐莉莉" '[[15,1],[19,1],[22,1]]'
python3 $T/check_gold.py
