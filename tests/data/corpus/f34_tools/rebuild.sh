#!/bin/bash
# Rebuild every document and gold of fresh set 34 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh34
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 臺灣 司改會《律師陪同偵訊手冊》第二章第二節 委任人 (Markdown: ## 二、 section title, #### （一） parts, "N. ##### " list-item h5 sub-titles)
python3 $T/make_md_doc.py src/JRF-tw_manual_for_attorneys_2-2.md f34_01_lushi_shouce_weiren heldout --levels 2,4 --fresh >/dev/null
G f34_01_lushi_shouce_weiren.txt "二、委任人" '[[3,1],[29,1],[31,2,"依刑事訴訟法第 27 條第 2 項規定得獨立委任之人","1."],[43,2,"刑事訴訟法第 27 條第 2 項以外之人","2."],[47,2,"少年之家長、法定代理人或身心障礙者之監護人、代理人或輔佐人","3."],[51,1]]'
# 02 same manual, 第一章第二節 律師的職責
python3 $T/make_md_doc.py src/JRF-tw_manual_for_attorneys_1-2.md f34_02_lushi_shouce_zhize heldout --levels 2,4 --fresh >/dev/null
G f34_02_lushi_shouce_zhize.txt "二、律師的職責" '[[13,1],[19,1],[34,2,"律師應提供犯罪嫌疑人的協助，如","2."]]'
# 03 天成医疗网 服务条款 (法律声明 page of a company site; saved HTML, chrome kept; 1. / 5.1 section titles on their own lines)
python3 $T/html_blocks.py src/mympp_webtct_about_agreement.html docs/f34_03_falv_shengming_tiancheng.txt "法律声明" --drop-first-if-title >/dev/null
G f34_03_falv_shengming_tiancheng.txt "法律声明" '[[55,1],[57,1],[59,1],[61,1],[63,1],[65,2],[69,2],[73,2],[88,2],[92,1],[94,1],[96,1],[97,2],[102,2],[104,2],[106,2],[108,1],[109,2],[111,2],[113,2],[115,2],[117,1],[119,1],[124,1],[130,1],[136,1],[138,1],[140,1],[142,1],[144,1],[146,1],[148,1],[150,1],[152,1],[154,1]]'
# 04 发展改革委办公厅 税务总局办公厅 关于加强个人所得税纳税信用建设的通知 (GovDoc-CN sample 397: cleaned text, one paragraph a line;
#    line 1 = the 正文标题, then the text as stored, CRLF -> LF; 一、 parts and （一） standalone run-in titles)
python3 -c "import sys;t=open(sys.argv[1],encoding='utf-8',newline='').read().replace('\r\n','\n');open(sys.argv[2],'w',encoding='utf-8').write(sys.argv[3]+'\n'+t)" src/RuilinXu_GovDoc-CN_397.txt docs/f34_04_tongzhi_geshui_nashui_xinyong.txt "关于加强个人所得税纳税信用建设的通知"
G f34_04_tongzhi_geshui_nashui_xinyong.txt "关于加强个人所得税纳税信用建设的通知" '[[8,1],[14,1],[15,2],[18,2],[20,2],[23,1],[24,2],[28,2],[30,1],[31,2],[35,2],[39,1],[40,2],[43,2]]'
# 05 天成医疗网 招聘精英 page (same company site; 16px bold purple 【公司简介】/一、…事业部 = depth 1, 14px bold 【职位N】title = depth 2;
#    plain 岗位职责：/任职要求： labels and 1、 duty lists are not headings; run-in department titles cut at the colon, 招聘人数 not bold so left out)
python3 $T/html_blocks.py src/mympp_webtct_about_jobs.html docs/f34_05_zhaopin_tiancheng.txt "招聘精英" --drop-first-if-title >/dev/null
G f34_05_zhaopin_tiancheng.txt "招聘精英" \
 '[[54,1,"公司简介",""],[56,1,"医学工程事业部（天医工程公司）","一、"],[57,2,"区域销售经理","【职位一】"],[69,2,"运营经理","【职位二】"],[82,2,"市场专员","【职位三】"],[95,1,"技术服务事业部（天骄技术服务公司）","二、"],[96,2,"技术经理","【职位四】"],[106,2,"销售经理","【职位五】"],[115,1,"产品服务事业部","三、"],[116,2,"网站开发工程师","【职位六】"],[126,2,"市场经理","【职位七】"],[137,1,"微信运营事业部","四、"],[138,2,"销售经理","【职位八】"],[147,1,"电子商务事业部","五、"],[148,2,"销售经理","【职位九】"],[163,1,"金融服务事业部","六、"],[164,2,"销售经理","【职位十】"],[173,1,"进出口服务部","七、"],[174,2,"外贸助理","【职位十一】"],[184,1,"实验室运营部","八、"],[185,2,"运维工程师","【职位十二】"],[198,2,"销售专员","【职位十三】"],[212,1,"人力资源服务部","九、"],[213,2,"实习生","【职位十四】"],[224,1,"应聘联系",""],[229,1,"友情提示",""]]'
# 06 same manual, 第五章第四節 如何決定提供何種法律意見 (#### （一）… parts; "N. ##### " list-item h5 sub-titles at depth 2)
python3 $T/make_md_doc.py src/JRF-tw_manual_for_attorneys_5-4.md f34_06_lushi_shouce_54 heldout --levels 2,4 --fresh >/dev/null
G f34_06_lushi_shouce_54.txt "四、如何決定提供何種法律意見" '[[3,1],[12,1],[44,1],[48,2,"與證據相關者","1."],[56,2,"與警方態度相關者","2."],[61,2,"與犯罪嫌疑人相關者","3."],[69,1],[71,2,"不在場證明","1."],[75,2,"舉證","2."],[79,2,"緩起訴","3."],[83,2,"犯罪嫌疑人的心智狀態","4."],[87,2,"警方的態度","5."],[91,1]]'
# 07 安徽省教育厅 news page (saved copy, chrome kept): 肥西县 心理健康教育主题演讲比赛 report; five paragraphs, no section headings: gold is empty
python3 $T/html_blocks.py src/mhxqwer_zgy2jyt.ah.gov.cn_index.html docs/f34_07_xinwen_feixi_yanjiang.txt "拨动心弦  守护心灵健康 肥西县举办心理健康教育主题演讲比赛_安徽省教育厅" --drop-first-if-title >/dev/null
G f34_07_xinwen_feixi_yanjiang.txt "拨动心弦  守护心灵健康 肥西县举办心理健康教育主题演讲比赛_安徽省教育厅" '[]'
python3 $T/check_gold.py
