#!/bin/bash
# Rebuild every document and gold of dev set 37 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev37
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 浙江省文化和旅游厅 评审结果公示 (a saved page of the province's portal, kept in mhxqwer/wmlhonghu.gov.cn at an older commit): five 一、 sections, each a name table
T1='浙江省文化和旅游厅关于2020年度文物博物、图书资料、群众文化、艺术、艺术系列美术专业中、高级专业技术职务任职资格评审结果的公示'
python3 $T/html_blocks.py src/mhxqwer_wmlhonghu.gov.cn_index_323a0f8.html docs/d37_01_gongshi_zhejiang_wenlv_zhicheng_pingshen.txt "$T1" --drop-first-if-title >/dev/null
G d37_01_gongshi_zhejiang_wenlv_zhicheng_pingshen.txt "$T1" '[[17,1],[190,1],[283,1],[492,1],[1069,1]]'
# 02 公文管理系统 使用说明 (a Word document saved as a web page, GB2312, kept as a JSP): contents list, then 29 h2 questions 1、…29、 and one bold stand-alone sub-heading
python3 $T/html_blocks.py src/congzihua_nyproj_doc.jsp docs/d37_02_shiyong_shuoming_gongwen_guanli.txt 中国记协 --drop-first-if-title >/dev/null
G d37_02_shiyong_shuoming_gongwen_guanli.txt 中国记协 '[[32,1],[36,1],[41,1],[46,1],[55,1],[67,1],[71,2],[75,1],[79,1],[83,1],[86,1],[95,1],[97,1],[100,1],[102,1],[104,1],[110,1],[114,1],[117,1],[120,1],[123,1],[126,1],[128,1],[130,1],[133,1],[137,1],[142,1],[150,1],[153,1],[155,1]]'
# 03 中国艺术研究院2004年博士生招生简章 on a page of 世艺网 (GB2312 page kept in a text-extraction data set, wrapped in its <text> element): 一、…十、 sections (some run-in: '七、学习年限：三年'), 1、 and (1) list items, and the appended table '附：招生专业及考试科目'
python3 $T/html_blocks.py src/immortal-autumn_CWCED_original_0df12126-cd86-46a7-a00b-4d024a7a0954.html docs/d37_03_zhaosheng_jianzhang_yishu_yanjiuyuan_boshi.txt '世艺网>艺术教育' --drop-first-if-title >/dev/null
G d37_03_zhaosheng_jianzhang_yishu_yanjiuyuan_boshi.txt '世艺网>艺术教育' '[[6,1,"培养目标"],[8,1],[13,1],[15,1],[21,1],[30,1,"考试"],[35,1,"学习年限"],[36,1,"录取"],[37,1],[39,1],[42,1,"附：招生专业及考试科目"]]'
# 04 吉林省人民政府 通告 (吉政明电〔2022〕1号) on the province's information-disclosure page: metadata table twice, the bold title in four centred lines, three numbered clauses without titles: no headings
T4='吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告'
python3 $T/html_blocks.py src/immortal-autumn_CWCED_original_e8847578-12f0-44cb-bdb7-4eec53c18ed1.html docs/d37_04_tonggao_jilin_nenjiang_zhili.txt "$T4" --drop-first-if-title >/dev/null
G d37_04_tonggao_jilin_nenjiang_zhili.txt "$T4" '[]'
# 05 光明日报 story reprinted on 松花江网 (新春走基层): no 小标题; the footer's bold '反侵权公告：' box with 一、二、三、 numbered paragraphs is page chrome: no headings
T5='土豆不“土” 土豆无“土” 松花江网'
python3 $T/html_blocks.py src/immortal-autumn_CWCED_original_3e1af229-5b3e-4cfc-82b2-481f37d7adf7.html docs/d37_05_xinwen_wangye_xiji_tudou.txt "$T5" --drop-first-if-title >/dev/null
G d37_05_xinwen_wangye_xiji_tudou.txt "$T5" '[]'
# 06 四川省政府 portal news page (绵阳 服务企业活动月): PC and mobile layouts both in the HTML; 一是…八是 paragraphs (enumerated, not headings); the h3 '相关附件>>' and '相关链接>>' boxes after the story are page chrome: no headings
T6='绵阳开展“服务企业活动月”系列活动- 四川省人民政府网站'
python3 $T/html_blocks.py src/mhxqwer_zysc.gov.cn_index.html docs/d37_06_xinwen_wangye_mianyang_fuwu_qiye.txt "$T6" --drop-first-if-title >/dev/null
G d37_06_xinwen_wangye_mianyang_fuwu_qiye.txt "$T6" '[]'
# 07 山东文明网 page saved as UTF-16 (byte-order mark), a 中国新闻网 story with photo captions, no 小标题: no headings (the bold two-part title is the story's title)
T7='山东开展学雷锋志愿服务活动 倡树社会文明新风 - 志愿服务 - 山东文明网'
python3 $T/html_blocks.py src/mhxqwer_ycrsd.wenming.cn_index.html docs/d37_07_xinwen_wangye_shandong_xueleifeng.txt "$T7" --drop-first-if-title >/dev/null
G d37_07_xinwen_wangye_shandong_xueleifeng.txt "$T7" '[]'
# 08 广州市白云区政府 news page: h4 toolbar labels in the header, h1 title, h2 deck, h3 '相关信息' box after the story; the story has no 小标题: no headings (chrome h-tags and the deck are not headings)
T8='潘志军主持召开互联网医疗座谈会-广州市白云区人民政府门户网站'
python3 $T/html_blocks.py src/mhxqwer_wyxby.gov.cn_index.html docs/d37_08_xinwen_wangye_baiyun_hulianwang_yiliao.txt "$T8" --drop-first-if-title >/dev/null
G d37_08_xinwen_wangye_baiyun_hulianwang_yiliao.txt "$T8" '[]'
# 09 黑龙江省档案馆 领导介绍 page: four names in heading-styled <div class="h26">, each followed by post and duties
T9='领导介绍_黑龙江省档案馆'
python3 $T/html_blocks.py src/mhxqwer_ldqhljsdag.org.cn_index.html docs/d37_09_lingdao_jieshao_heilongjiang_danganguan.txt "$T9" --drop-first-if-title >/dev/null
G d37_09_lingdao_jieshao_heilongjiang_danganguan.txt "$T9" '[[49,1],[52,1],[55,1],[58,1]]'
# 10 侠客岛 commentary on a 网易新闻 page (GBK, 网易 chrome with h2/h3 channel and recommendation boxes): four bold one-word 小标题 事实/案例/细节/定位
T10='侠客岛：现如今，真是在“国进民退”吗？_网易新闻'
python3 $T/html_blocks.py src/rcy17_newsExtraction_input_8.html docs/d37_10_pinglun_wangye_xiakedao_guojinmintui.txt "$T10" --drop-first-if-title >/dev/null
G d37_10_pinglun_wangye_xiakedao_guojinmintui.txt "$T10" '[[190,1],[196,1],[203,1],[209,1]]'
# 11 新京报 report on a 网易财经 page: four long bold 小标题 (question-and-answer style, with ？ and ：)
T11='生食三文鱼团标出台两月 多部门称还在研究标准_网易财经'
python3 $T/html_blocks.py src/rcy17_newsExtraction_input_15.html docs/d37_11_xinwen_wangye_shengshi_sanwenyu_tuanbiao.txt "$T11" --drop-first-if-title >/dev/null
G d37_11_xinwen_wangye_shengshi_sanwenyu_tuanbiao.txt "$T11" '[[195,1,"团体标准归谁管？农业部渔业渔政局称谁出台谁修订，国家标准委称正在研究"],[207,1],[228,1],[234,1,"对《生食三文鱼》团标的处理就此不了了之？律师：有必要推动建立国家标准"]]'
# 12 education feature on a 网易教育 page: three bold 小标题
T12='抢跑蔓延！幼儿园“退学”频发，大班成“空班”_网易教育'
python3 $T/html_blocks.py src/rcy17_newsExtraction_input_7.html docs/d37_12_xinwen_wangye_youeryuan_tuixue.txt "$T12" --drop-first-if-title >/dev/null
G d37_12_xinwen_wangye_youeryuan_tuixue.txt "$T12" '[[188,1],[194,1],[202,1]]'
#NEXT
python3 $T/check_gold.py
