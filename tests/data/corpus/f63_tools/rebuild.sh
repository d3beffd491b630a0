#!/bin/bash
# Rebuild every document and gold of fresh set 63 from src/ (run from anywhere). Converters only; no reader code.
set -e
# Needs pdftotext (Debian poppler-utils; 22.12 used) for document 07.
cd /work/fresh63
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 教材 section 《开源软件通识：知识体系指南》1.2 知识体系与框架 (X-lab2017/oss101-bok; front-matter title, #### headings unnumbered)
python3 $T/make_md_doc.py src/X-lab2017_oss101-bok_chapter_1_2.md f63_01_wenzhang_zhishi_tixi heldout --levels 4 --fresh >/dev/null
# 02 成都市开放数据创新应用大赛建议方案 (JSP page, <p> blocks; line 2 is the unrendered <website:title> template, line 3 the title
#    shown again; 一、 depth 1, run-in （一） titles depth 2)
python3 $T/html_blocks.py src/Natz-ft_tomcat_dasai_fangan.jsp docs/f63_02_fangan_chengdu_kaifang_shuju_dasai.txt "成都市开放数据创新应用大赛建议方案" --drop-first-if-title >/dev/null
G f63_02_fangan_chengdu_kaifang_shuju_dasai.txt "成都市开放数据创新应用大赛建议方案" \
 '[[4,1],[6,1],[8,1],[12,1],[13,2],[14,2],[15,2],[16,1],[17,2],[18,2],[19,2],[20,1]]'
# 03 2025年 MoonBit 全球编程创新挑战赛章程 (MDX; import lines kept as the converter leaves them; ## 一、 depth 1, ### depth 2;
#    raw-HTML <h2>九、竞赛组织</h2> and its <h3>s added by hand; bold '1. 游戏开发挑战赛道'/'2. …' under 初赛 depth 3)
python3 $T/make_md_doc.py src/moonbitlang_website_2025-mgpic_zhangcheng.mdx f63_03_zhangcheng_moonbit_tiaozhansai heldout --levels 2,3 --fresh --title "2025年 MoonBit 全球编程创新挑战赛章程" >/dev/null
G f63_03_zhangcheng_moonbit_tiaozhansai.txt "2025年 MoonBit 全球编程创新挑战赛章程" \
 '[[9,1],[17,1],[25,1],[27,2],[29,1],[34,2],[46,2],[53,2],[59,1],[61,2],[63,3],[65,3],[68,2],[76,1],[78,1],[85,1],[92,1],[93,2],[97,2],[99,2],[101,2],[109,2],[111,2],[126,1]]'
# 04 same site, 游戏赛道 rules page (MDX; # 一、 depth 1, ## depth 2, ### 1、 depth 3; bold a./b./c. items inside the
#    提交内容 list are not headings)
python3 $T/make_md_doc.py src/moonbitlang_website_2025-mgpic-game.mdx f63_04_xize_moonbit_youxi_saidao heldout --levels 1,2,3 --fresh --title "2025 MoonBit 全球编程创新挑战赛 游戏赛道" >/dev/null
G f63_04_xize_moonbit_youxi_saidao.txt "2025 MoonBit 全球编程创新挑战赛 游戏赛道" \
 '[[21,1],[25,1],[29,1],[39,1],[53,1],[57,1],[62,1],[64,2],[70,2],[78,1],[104,1],[108,2],[123,2],[125,3],[129,3],[156,2],[166,1],[172,1],[180,2],[188,1],[190,2],[212,2]]'
# 05 灵工艺 2020 年度报告 (GitBook Markdown; ## depth 1, ### depth 2, #### depth 3; the #### song line stands directly under a ##,
#    so it is set to depth 2; '今年。'/'一些话。' titles lose the 。)
python3 $T/make_md_doc.py src/NullCraftOrg_docs_report_2020.md f63_05_niandu_lingongyi_2020 heldout --levels 2,3,4 --fresh >/dev/null
G f63_05_niandu_lingongyi_2020.txt "😷 2020" \
 '[[3,1],[5,2],[7,2],[11,1],[13,2],[15,3],[19,3],[23,2],[31,2],[49,1],[51,2],[55,2],[59,2],[66,1],[68,2],[74,2],[78,2],[82,1],[84,2],[103,2],[143,1]]'
# 06 2014年度中央机关及其直属机构考试录用公务员公告 (excerpt as a training site's JSP page 考试说明; site header/nav kept as
#    chrome, its <h1> site name 一扇窗讲堂 is not a document heading; bold 一、/二、 depth 1, （一）–（三） under 二、 depth 2,
#    run-in 1、2、3、 steps titled before the first 。 depth 3; the （一）–（八） conditions under 一、 are list sentences, not headings)
python3 $T/html_blocks.py src/ricky-git_officetest_gongwuyuan_gonggao.jsp docs/f63_06_tongzhi_gongwuyuan_kaolu_gonggao.txt "考试说明" --drop-first-if-title >/dev/null
G f63_06_tongzhi_gongwuyuan_kaolu_gonggao.txt "考试说明" '[[11,1],[24,1],[25,2],[42,2],[45,3],[46,3],[47,3],[48,2]]'
# 07 淮安市人民政府2024年政府信息公开工作年度报告 (PDF in the repository; tools/pdf_layout.py = pdftotext -layout, form feeds
#    to line breaks, trailing spaces off, title line stripped: needs poppler-utils). Title set to line 1 '淮安市人民政府' (the
#    title runs over two lines). 一、–六、 depth 1, run-in （一）–（五） under 一、 depth 2; the table rows 一、本年新收…/
#    （一）予以公开…/四、结转下年度… and the table captions '第二十条 第（一）项' are not headings
python3 $T/pdf_layout.py src/zxj6827111-blip_govnianbao_szfgs2024.pdf docs/f63_07_niandu_huaian_zhengxin_gongkai_2024.txt >/dev/null
G f63_07_niandu_huaian_zhengxin_gongkai_2024.txt "淮安市人民政府" '[[11,1],[17,2],[29,2],[38,2],[47,2],[59,2],[67,1],[114,1],[206,1],[229,1],[244,1]]'
# 08 百瑞景六期物业服务中心2025年第一季度服务报告, as transcribed by an owner (Markdown; ## 一、–五、 depth 1; the bold
#    '变更历史' label over the change-log table is a styled title line, depth 1; the linked contents list is not headings;
#    the numbered work items are list sentences)
python3 $T/make_md_doc.py src/my-view-points_community-governance_liuqi_2025q1_baogao.md f63_08_baogao_wuye_liuqi_2025_yijidu heldout --levels 2 --fresh >/dev/null
G f63_08_baogao_wuye_liuqi_2025_yijidu.txt "业主观察: 百瑞景六期物业服务中心2025年第一季度服务报告" '[[3,1],[16,1],[28,1],[39,1],[49,1],[60,1]]'
# 09 same repository: 百瑞景五期物业服务中心2025年5月工作计划公示 (Markdown ## 1.–12. items as headings, depth 1; bold
#    '变更历史' depth 1; contents list and the bold salutation paragraph are not headings)
python3 $T/make_md_doc.py src/my-view-points_community-governance_wuqi_2025_5yue_jihua.md f63_09_tongzhi_wuye_wuqi_2025_5yue_jihua heldout --levels 2 --fresh >/dev/null
G f63_09_tongzhi_wuye_wuqi_2025_5yue_jihua.txt "业主观察：百瑞景五期物业服务中心 2025 年 5 月工作计划公示" \
 '[[3,1],[26,1],[30,1],[34,1],[38,1],[42,1],[46,1],[50,1],[54,1],[58,1],[62,1],[66,1],[70,1]]'
# 10 程序员个人年度总结《2022 总结比以往来得更晚一些》(hexo Markdown post, front matter opened by '----'; ## depth 1, ###
#    depth 2 under 后记; '程序员不容错过的资料分享：' loses its ：)
python3 $T/make_md_doc.py src/tl3shi_hexo.tanglei.name_summary-of-year-2022.md f63_10_zongjie_chengxuyuan_2022 heldout --levels 2,3 --fresh >/dev/null
G f63_10_zongjie_chengxuyuan_2022.txt "2022 总结比以往来得更晚一些" '[[7,1],[19,1],[37,1],[53,1],[74,1],[83,1],[87,2],[106,2],[114,2],[122,2],[130,2]]'
# 11 开源之夏《学生指南》(summer-ospp/help docs/student.md, 中国科学院软件研究所组委会; ## 一.–五. depth 1 (markers '一.' …
#    set by hand, make_md_doc leaves them in the title), ### （一）–（四） depth 2, #### 1.–7. depth 3, bold stand-alone labels
#    (注册报名, 挑选项目 …) depth 4, the bold questions 1.–3. under （四）注意事项 depth 3 and （1）–（4） under 五. depth 2;
#    bold '注：…' sentences are not headings)
python3 $T/make_md_doc.py src/summer-ospp_help_docs_student.md f63_11_guiding_kaiyuanzhixia_xuesheng_zhinan heldout --levels 2,3,4 --fresh >/dev/null
G f63_11_guiding_kaiyuanzhixia_xuesheng_zhinan.txt "学生指南" \
 '[[8,1,"这是什么活动","一."],[14,1,"中选学生可以获得什么","二."],[22,1,"面向哪些学生","三."],[29,1,"参与流程","四."],[31,2],[33,2],[50,2],[54,3],[56,4],[63,4],[69,4],[75,3],[77,4],[84,4],[90,3],[94,3],[98,3],[106,4],[120,3],[122,4],[138,4],[144,3],[148,2],[150,3],[154,3],[162,3],[166,1,"学生奖金说明","五."],[168,2],[172,2],[176,2],[192,2]]'
# 12 中国工会章程 (2013 修改本) as Word-saved HTML inside a JSP page of an office system (jianbingfang/xhf); html_blocks.py
#    (the h1 title repeats line 1 and is dropped). Bold '总 则' depth 1, 第X章 (written without a space, e.g. '第一章会员')
#    depth 1, every 第X条 (a line of its own) depth 2 with title = label; (一)… items inside articles are not headings
python3 $T/html_blocks.py src/jianbingfang_xhf_ghzc.jsp docs/f63_12_zhangcheng_zhongguo_gonghui.txt "中国工会章程" --drop-first-if-title >/dev/null
G f63_12_zhangcheng_zhongguo_gonghui.txt "中国工会章程" \
 '[[2,1],[16,1],[17,2,"第一条","第一条"],[19,2,"第二条","第二条"],[21,2,"第三条","第三条"],[29,2,"第四条","第四条"],[37,2,"第五条","第五条"],[39,2,"第六条","第六条"],[42,2,"第七条","第七条"],[44,2,"第八条","第八条"],[47,1],[48,2,"第九条","第九条"],[56,2,"第十条","第十条"],[58,2,"第十一条","第十一条"],[62,2,"第十二条","第十二条"],[67,2,"第十三条","第十三条"],[71,2,"第十四条","第十四条"],[73,2,"第十五条","第十五条"],[75,2,"第十六条","第十六条"],[77,1],[78,2,"第十七条","第十七条"],[80,2,"第十八条","第十八条"],[86,2,"第十九条","第十九条"],[90,2,"第二十条","第二十条"],[94,2,"第二十一条","第二十一条"],[98,1],[99,2,"第二十二条","第二十二条"],[107,2,"第二十三条","第二十三条"],[110,2,"第二十四条","第二十四条"],[112,1],[113,2,"第二十五条","第二十五条"],[117,2,"第二十六条","第二十六条"],[127,2,"第二十七条","第二十七条"],[129,2,"第二十八条","第二十八条"],[140,2,"第二十九条","第二十九条"],[142,2,"第三十条","第三十条"],[146,1],[147,2,"第三十一条","第三十一条"],[149,2,"第三十二条","第三十二条"],[157,2,"第三十三条","第三十三条"],[160,2,"第三十四条","第三十四条"],[162,2,"第三十五条","第三十五条"],[166,1],[167,2,"第三十六条","第三十六条"],[174,2,"第三十七条","第三十七条"],[177,2,"第三十八条","第三十八条"],[179,2,"第三十九条","第三十九条"],[181,2,"第四十条","第四十条"],[184,1],[185,2,"第四十一条","第四十一条"],[187,2,"第四十二条","第四十二条"],[189,1],[190,2,"第四十三条","第四十三条"]]'
