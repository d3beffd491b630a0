"""The gold corpus (tests/data/corpus): real documents whose outlines a reader wrote down; the dev part must match."""

from __future__ import annotations

import json

import pytest

from reader.text.document import load_document
from support import DATA

CORPUS = DATA / "corpus"
GOLD = sorted((CORPUS / "gold").glob("*.json"))
DEV = [p for p in GOLD if json.loads(p.read_text(encoding="utf-8"))["split"] == "dev"]
# Dev documents the model does not get right yet (reasons in bench/outline_eval.py's worst list); strict, so a fix shows.
KNOWN_GAPS = {
    "d36_12_baipishu_thread_dianchi_shebei": "the title model takes the cover's subject line ('电池供电设备') and its '修订历史' (over a table) as titles",
    "d70_06_xinwen_weiguang_yuxing_weisheng": "the title model takes a picture's caption ('闽侯县博物馆') as a title",
    "f10_06_rss_toutiao_ribao_gangwen": "the title model takes a news box's period tabs ('今天本週本月') as a title",
    "h12_02_readme_image2d_jiaru": "the title model takes the closing licence line ('开源协议', a section of one line) as a title the gold does not have",
    "cdt01_caipan_wenshu_jiangzuo": "Q1：/Q2： after the last speaker's （三） nest under it (the gold has them top level)",
    "pdf_cdt01_caipan_wenshu_jiangzuo_w12": "Q1：/Q2： nest under the last （三） as in cdt01, and '相关参考资料' over "
                                            "its wrapped references is not found",
    "news_weekly_330": "the （1）人工智能 / （2）机器学习 parts of a feature are taken as headings; the gold leaves them out",
    "fin01_jindi_rongquan": "the four ### subsections after '各方获益' come out at depth 1: with the '#' gone the text "
                            "shows only the first one's nesting",
    "tut02_python_zifuchuan": "### and #### titles read alike once the '#' are stripped: every subsection at depth 1",
    "f4_05_rule_shangshi_gongsi_zhili_zhunze": "the source skips from 第三节 to 第五节; its 第四节 line is found as well",
    "paper02_zookeeper_fanyi": "'Rendezvous' under a translator's short note in brackets is not found, and "
                               "'Acknowledgements' (### in the source) comes out at the top level",
    "f7_05_job_hejia_zhaomuling": "all its parts are found, but its ##/#### levels leave no trace: the page's "
                                  "subtitle over the first question should hold the parts (all at depth 1 here)",
    "h12_01_article_go_fanxing": "every title is found, but a lead-in over a bullet list ('这里讨论了三个泛型的限"
                                 "制：'), one question of a numbered list ('4. 它支持结构体吗？') and a line cut before "
                                 "code ('所以可以把') are taken as headings, and the ### levels leave no trace once "
                                 "the '#' are gone",
    "h11_02_notes_redis_shuju_jiegou": "the labels '1、String' … '9、Stream' inside section '3.' (paragraphs in the "
                                        "source, each over a bullet list) are taken as its sub-sections",
    "h11_03_notes_go_epoll": "three levels of unnumbered titles (##, ###, ####) read alike once the '#' are gone; "
                             "titles right under a title or over a '+' list after a heading are not found",
    "h13_02_notes_docker_rumen": "its Chinese ## titles over indented command lines are missed and the command lines "
                                 "('  docker ps 查看容器列表') are taken as headings",
    "h13_03_notes_redis_chijiuhua": "'流程图' over its image captions ('RDB流程', 'AOF流程') is not found, and the "
                                    "##/### levels leave no trace",
    "h13_04_notes_java_concurrenthashmap": "its first title, a title right under another ('变量') and the four "
                                           "empty sections at the end are missed; question lines and indented "
                                           "comments between its code are taken as headings",
    "h13_05_notes_k8s_rumen": "numbered steps in the body ('1. 一句话理解…', '\\t1.\\t要部署…') are taken as sections, "
                              "and four Markdown levels leave no trace once the '#' are gone",
    "h11_05_notes_spark_rdd": "'RDD（Resilient Distributed Datasets）' and 'DataFrame' (Latin titles over bullet "
                              "lists, no code) are not found, and with them the ## / ### levels",
    "f8_06_rss_garss_2024_1230": "a feed page's title line and its parts '已收集RSS列表' and the digest's date line are "
                                 "missed; a mail template's marker ('邮件内容区开始>') is taken",
    "f8_07_notes_java_completablefuture": "stripped-Markdown notes: every title is found and the two stacked parts show "
                                          "two levels, but the #### titles under '创建 CompletableFuture' leave no "
                                          "trace once the '#' are gone",
    "h14_02_rss_andybowu_dingyueyuan": "a README's ### titles over bullet lists ('科技', 'AI 人工智能') and after "
                                       "a numbered list ('订阅特定网络小说') are missed, the others sit at the top "
                                       "level; '方法一：' is read as a marker (the gold keeps it in the title)",
    "f6_11_job_shei_zai_zhaoren": "a GitHub issue thread of postings: each comment's '招聘N' heading and its "
                                  "bracketed labels ('【简历投递】') are missed or one level off, while the jobs of a "
                                  "quoted list ('酷狗音乐iOS开发工程师' over '岗位要求') are taken as parts",
    "f9_06_job_mingyi_zhudao": "a few of its 55 labels ('【岗位职责】', '工作内容和职责', '职位描述', '岗位要求') "
                               "are not found where the labels around them open with a bracket",
    "f9_07_rss_meiri_shibao_20190626": "a daily digest's date line ('2019.06.26', its only title) and its "
                                       "'示例-…' item titles over their code are not found",
    "f9_09_rule_zhengjianhui_falv_yijianshu": "every heading is found, but the office system's label '一、格式：' "
                                              "(the top level in the gold) does not hold 第一部分 and its clauses",
    "f9_10_notes_suoyou_keda_lujing": "a problem's labels ('【题目描述】') are taken as parts, '本题代码' and "
                                      "'其他语言版本' over its versions are missed, and the ## / ### levels leave no "
                                      "trace",
    "h16_01_notes_nginx_rumen": "two titles over code ('location 指令说明', 'ip_hash') are missed",
    "h16_02_notes_vue_jichu": "unnumbered ##/###/#### titles over HTML and JS code: a third are missed (titles "
                              "over lines that end without a stop, '第二步' … after '1.开始阶段'), a few '#####' and "
                              "questions are taken, and the levels leave no trace once the '#' are gone",
    "h16_03_notes_python_jichu": "its bold labels '①定义' … under each 1.1 are taken as headings and its one ## "
                                 "title 'python启蒙' is missed",
    "h16_04_notes_java_bingfa": "its two unnumbered labels above 1.1 ('learn-multi-thread：', '《Java并发编程的艺术》…') "
                                "are missed, so every depth is off by two; '2.0' after 1.9 is not read as a number; "
                                "the loose list '1. 构造方法' … under 1.6.1 reads as sub-sections",
    "h16_05_notes_go_channel": "Latin titles over Go code ('coding', 'select case', 'tips') are missed",
    "f10_10_paper_kebianxing_detr": "its appendix's 'A.7 NOTATIONS' after A.4 (the source skips A.5 and A.6) is not "
                                    "taken as the next section",
    "h16_07_paper_faster_rcnn": "bold labels set as paragraphs of their own ('平移不变的锚框') read as sub-headings "
                                "(the source sets them bold, not as headings: the text cannot tell)",
    "h15_02_job_cgs_zhaopin": "'公司福利' over its eight one-word benefit tiles is not found (a name over a run of "
                              "short lines reads like a list's first item)",
    "h15_03_rss_webdigest_20230213": "the source 'Dribbble' (its stories' lines unlike the others') is missed, and a "
                                     "repository's 'Stars:'/'Forks:' lines and one story's lead-in taken",
    # held out until h16 saw its outline on 2026-12-01 (moved to dev)
    "f7_02_paper_bigtable": "the one-character title '行' is missed, and '个性化查询' (unnumbered after '8.2', a "
                            "section of 8 in the source) nests under 8.2: the text cannot tell",
    "h17_01_notes_java_spring": "the note's repeated step labels ('添加依赖' under '快速开始' and under '使用Spring实现Aop') "
                                "make it read as a page of two records, which drops its unnumbered titles; bold step "
                                "labels and XML lines are taken",
    "h17_02_notes_python_bingfa": "'thread/threading多线程', 'threading' and 'manager' over tables of methods are "
                                  "missed, so the #### examples under 'thread' stay at its level; after the one pair "
                                  "'multiprocessing' / '线程池', 'gevent' (a ## part standing alone) nests under it",
    "h17_03_notes_python_zhuangshiqi": "'函数-装饰器' under '核心概念' (over a bullet), 'functools' (named only "
                                       "further down), '缓存' and the last part 'Note' are missed; a bullet question "
                                       "and two lines of indented code are taken",
    "h17_04_notes_go_select": "'selectgo' over '描述case的结构体' over Go code, and titles over long nested numbered "
                              "lists ('select的流程', '知识点') are missed",
    # held out until h17's identity check printed their changed depths on 2026-12-01 (moved to dev)
    "f6_03_notes_xianliu_java": "'springcloudgateway' and 'sentinel' (Latin titles over code) are missed, and the "
                                "unnumbered '###' titles under its sections come out one level off",
    "f7_10_notes_flink_chuangkou": "'窗口分类' over '键控窗口' / '非键控窗口' and Latin function titles over code are "
                                   "missed, so the window types sit one level off",
    # this round's dev material (d14, collected for the official genres) and the opened half of fresh set 14
    "d14_04_kaoshi_dagang_shanghai_python": "the one item '1.建议学时数：48-64学时，…' under '六、说明' reads as its "
                                            "sub-section",
    "f14_01_jiangzuo_peishen_iscoe": "the ### / #### levels of a lecture's notes leave no trace once the '#' are gone, "
                                     "its first part '選任程序' right under the title and a question with a comma "
                                     "are missed",
    "f14_05_dajizhewen_wurenji_tiaoli": "a page whose <title> is the site's name: the interview's own title split over "
                                        "two lines ('…负责人' / '就《条例》答记者问') shows its first half as a heading, "
                                        "and '相关链接：' over the links is missed",
    "f14_06_zhaobiao_changsha_raocheng_yanghu": "a Word tender notice with its annexes' tables: the clauses '2.1 建设"
                                                "地点：…' read as sub-sections, '1. 招标条件' and '10.' (no 9.) are "
                                                "missed and table cells ('施工企业资质等级要求') are taken",
    "f14_08_biaozhun_gbt32960_tongxin": "two empty clauses one after the other ('B.3.1.1 数据类型', 'B.3.1.2 传输规则', "
                                        "no text in this excerpt) read as a list",
    "d16_01_xinwen_lianbo_20260623": "the programme's own line '《新闻联播》 20260623 19:00' over the first story's "
                                     "headline is not taken as a heading",
    "d16_02_taoyuan_shizhang_shizheng_baogao_1040417": "a PDF extract of a 93-page report: schedule tables' '2、 10月：…' "
                                                       "rows continue the open 1、 and push the real 2、 out of sequence; "
                                                       "items the report's contents leave out ('A.第一部分') are taken",
    "d16_07_xinxi_gongkai_nianbao_shuyang_2025": "an annual report converted with uneven heading levels: its '一是…' / "
                                                 "'三是…' lines marked as headings are missed",
    "f16_01_biji_eid_shuzi_shenfen": "'2.1.4eID…' (no point after the number, a Latin word run on) is missed",
    "f16_06_biji_fazhishi_genjudi": "study notes from a mind map: a chapter '第四章' with 第X节, 一、 and （一） levels "
                                    "and short numbered notes; levels and notes are mixed up",
    "f16_08_wenda_longquan_wenming_chengshi": "a rhyme's title over its short verse lines ('公筷公勺利大家（顺口溜）') is "
                                              "missed",
    # dev set 17 (Taiwan meeting records, a 章程 on a society's page, ministry notices) and fresh set 17's opened six
    "d17_01_zhangcheng_taiwan_yuwen_xuehui": "the page's own section titles ('最新消息', footer '聯絡我們', '相關連結', "
                                             "'關於我們', h-tags in the source) are lost with the mark-up",
    "d17_07_huiyi_jilu_tainan_dugeng_2021_di2ci": "label-value facts under （一） read as sub-sections (as in d17_05), and "
                                                  "'陸、臨時動議：' / '報告案件' / '第一案' (a case whose name runs over five "
                                                  "lines and a comma) are missed",
    "f17_02_xinwen_wangye_dashuju_chuangye": "two bold lead-ins ending in '：' over a list and a question, and the "
                                             "sidebar's '联系我们', are missed",
    "f17_07_xianggang_zhengfu_shenfenzheng_xingbie": "an archive's Markdown section titles over link lists ('相關新聞', "
                                                     "'摘要与附加信息') are missed and its metadata label is taken",
    "f17_08_jianghua_zhishifenzi_zuotanhui": "its one heading '【核心提示】' is too few for an outline of unnumbered lines",
    # held out until a grep for '相关新闻' lines printed its gold on 2026-12-01 (moved to dev)
    "f16_02_xinwen_wangye_guangzhou_meizhuang": "a page's '相关新闻' over a QR-code line and links, the site's own "
                                                "'魅力广州' and a photo caption are taken; a subhead is missed",
    # dev set 18 and the three opened documents of fresh set 18 (2026-12-01, eighth session)
    "d18_01_tongji_gongbao_qiandongnan_2016": "a statistics bulletin's price table set one cell a line: the row "
                                              "'1.食品烟酒' between figures (no unit column) reads as a sub-section",
    "d18_02_xuexi_biji_mayuan_wuzhixing": "course notes whose ## / ### levels are gone: the '1.' '2.' points under "
                                          "each 1.1.1 are taken and some decimal sections ('2.1.2', '2.3') missed "
                                          "where short lines surround them",
    "d18_04_jinzhan_huibao_ruyisdk_69": "a progress report's ## / ### / #### titles read alike once the '#' are gone "
                                        "(all at depth 1), and Latin titles ('GCC', 'LLVM', 'V8') are missed",
    "d18_05_gonggao_zhaopin_plct_shixi": "job titles that open with a code and Latin words ('BJ88 RISC-V SAIL开发实习生"
                                         "【名额：10】') are missed, their labels ('岗位要求') taken instead",
    "d18_07_baogao_kaiyuan_dashiji_2023": "the first part '概述' (right under the title) and two decimal sections "
                                          "('1.4', '6.2') among bulleted entry lists are missed",
    "d18_09_ketang_biji_git": "a class note's numbered steps ('1. 修改提交', '6.多人协作') are taken as sub-sections",
    "d18_10_baogao_kaiyuan_shangyehua_2023": "bold lead lines inside the 2.x.x sections ('供给侧效益') are taken as "
                                             "sub-headings; the gold leaves them",
    "f18_03_xuexi_biji_yijian_jianzhu_shiwu": "its first line '第一章 … 1.1 …' (the note's title) heads everything, "
                                              "the '### 1.' titles under 1.1.1 are missed and the list items '1.' "
                                              "'（1）' under them taken",
    "f18_04_jiaocai_qiaoliang_lianxu_liangqiao": "a textbook page under its sidebar's contents: the page's chapter and "
                                                 "its 第一节, set three times, stand over the gold's '1. 材料特点'",

    # dev set 19 and the three opened documents of fresh set 19 (2026-12-01, eighth session)
    "d19_02_lunwen_sanwei_shangcheng_daogou": "a thesis: '摘要' and '目录' (letter-spaced or over English) are missed, "
                                              "numbered points under 1.1.1 sections are taken, and the appendices' "
                                              "'附录A：…' titles are missed",
    "d19_04_caiding_shenzhen_qiangjie_dubo": "a stage label and a numbered heading on one line ('原审认定：一、有关抢劫罪"
                                             "的犯罪事实：') and the evidence kinds under it come out one level off",
    "d19_05_jizhewen_telangpu_aiji": "a press conference's '记者：…？' questions with a comma or more than one sentence "
                                     "are missed, and the found ones sit beside the topic sections, not under them",
    "f19_05_jishu_gongwen_geshi_paiban_guifan": "a note's '###' subsection titles ('标题与正文', 'CSS百分比计算') over "
                                                "tables and lists are missed once the '#' are gone",

    # dev set 20 and the six opened documents of fresh set 20 (2026-12-01, eighth session)
    "d20_04_zhangcheng_jinghaimeng_xianzhang": "a charter's titled points inside its articles ('1. 加入条件' over text, "
                                               "'1）' under them) are read as the articles' items",
    "d20_05_guizhang_shetuan_lvyuan_huanbao_xiehui": "a society's rules page: the page's panel titles are missed, "
                                                     "and the gold holds every chapter under the rules' own title",
    "d20_07_fangtan_hrbeu_duihua_duanwenyang": "photo captions between an interview's answers are taken as parts and "
                                               "hold the questions after them",
    "f20_02_baipishu_xiandai_biancheng_yuyan": "a white paper's # / ## / #### levels read alike once the '#' are gone, "
                                               "and its Latin titles ('Rust', 'Go') over text are missed",
    "f20_03_zhangcheng_edgegallery_shequ": "a charter's ## / ### titles read alike once the '#' are gone",
    "f20_06_taiwan_xiuxian_weiyuanhui_daishenyi": "a blog's # / ## titles read alike once the '#' are gone",
    "f20_07_caifang_jizhewen_chengdu_xiaoqu_fangkong": "the attachment labels '附一' '附二' '附三' (over images the "
                                                       "conversion dropped) are missed",
    "f20_10_jianghua_nankai_bainian_xiaoqing": "a speech's one bold line ('爱国奋斗百年辉煌，公能日新再踏征程') is too "
                                               "few for an outline of unnumbered lines",

    # dev set 21 and the six opened documents of fresh set 21 (2026-12-01, eighth session)
    "d21_01_hetong_gonghuo_hezuo": "a contract's numbered terms under a clause ('1、…' to '3、…') are taken, and an "
                                   "untitled clause ('五、…') the gold leaves out",
    "d21_03_zhi_anji_xianshi_shulue": "a county history's unnumbered period titles ('东汉至隋', '唐至宋') under its "
                                      "part title are not found",
    "d21_07_banfa_taiwan_furen_jiaoshi_yujie": "an untitled first provision '一、' is taken",
    "d21_08_huiyi_jilu_taiwan_shequ_guanweihui_2": "an agenda item's '說明' field is taken, and a subsection over a "
                                                   "table ('工法比較') is missed",
    "d21_09_shenbao_zhinan_keji_xiangmu": "the second '2．' (the source numbers 1．2．3．2．) is dropped as out of sequence",
    "f21_04_zongjie_geren_niandu_2020": "a year-end summary's four Markdown levels read alike once the '#' are gone",
    "f21_07_zongjie_kaiyuanshe_jichusheshizu_2023": "an OKR summary's 'O1\\-…' / 'KR1\\-…' titles (escaped Markdown) "
                                                    "are missed or one level off",
    "f21_09_xianggang_xiaoxue_shengming_jiaoyu": "a school page's section titles (bold table cells in the source) are "
                                                 "missed",

    # dev set 22 and the four opened documents of fresh set 22 (2026-12-01, ninth session)
    "d22_03_zhidu_yuangong_qingjia_xuzhi": "a short label line ('法定节假日') under a section is missed",
    "d22_07_zhize_kuanrou_xundaochu": "a page's section titles over lists of short lines ('训导处主要业务') are missed",
    "d22_09_yuan_qizhong_jixie_yingji": "'4、内服药品：…' continuing a titled list and the ①② points of a first-aid "
                                        "step are taken",
    # dev set 25 and the eight opened documents of fresh set 25: news and technical documents (ninth session)
    "d25_06_baipishu_trillionaire_shangye_changjing": "'场景1:涨跌预测模块' is read as the label '场景1:' and a title; "
                                                      "the gold takes the whole line",
    "d25_09_zhuanfang_liqi_lilu": "an interview's bold questions ('软件呢？') are missed where they are short",
    "d27_01_xuexi_biji_jvm_laji_huishou": "a note's sub-title 'System.gc()方法' (Latin, a call) is missed",
    "d27_02_shiyong_shouce_minecraft_kaifu": "a manual's numbered steps ('1. 去 启动 页面…') under '2.3.1.' are taken",
    "d27_03_huiyi_jiyao_kaiyuanshe_lishihui_2020": "minutes' three Markdown levels of unnumbered titles read alike, "
                                                   "and the meeting's name over them is taken",
    "d27_04_zhaopin_bingshu_jiaru_women": "a page's slogan is taken and its '投递简历' is missed",
    "d27_05_shetuan_tongzhi_wangxie_shouke": "records of bare labels over values ('时间' / '2025年11月29日') without "
                                             "running text: nothing is found",
    "d27_07_huiyi_jianbao_kaiyuanshe_lishihui_2023_09": "topics ending in an exported user token ('…👤ou_a4b8…') "
                                                        "and '主要议题' over them are missed",
    "d27_10_guizhang_zhidu_lihui_zhidu": "a mind map's whole rules under 'Why' / 'When' are headings in the gold",
    "d27_11_guizhang_zhidu_zhoulihui_liucheng": "a mind map's numbered sentences ('1.会议主持:…') are headings in the "
                                                "gold",
    "d27_12_huiyi_jiyao_kaiyuanshe_lishihui_2020_05": "minutes' four Markdown levels read alike, several titles missed",
    "f27_08_xieyi_longlian_yonghu_shiyong": "'1、个人信息的搜集' under '八、' are taken; the source sets only 一、… "
                                            "as headings",
    "f27_10_dongling_ying_beijing_keji": "a camp brochure's schedule lines ('第二天 上午', '下午') are taken and "
                                         "'【开营日期及人数要求】' is missed",
    "d28_06_neibu_zixun_jining_yancao_anquan": "the first of five releases on one page loses its headline to the page "
                                               "title above it",
    "d28_12_zhici_biye_beida_raoyi": "a reposted speech's own title and the blog's '视频：' under it are missed",
    "d30_01_kecheng_biji_gudai_hanyu": "'課程大綱' over the weeks and a table's title are missed; quiz answers under "
                                       "a lesson are taken as its sub-titles",
    "d30_02_biji_html_css_suben_qiuyuan": "a note's three Markdown levels of unnumbered titles read alike: several "
                                          "sub-titles missed, the rest one level too high",
    "d30_03_biji_css_fengsheng_shuiqi": "Markdown levels lost: property names ('flex-wrap') under 'flex布局：…' sit "
                                        "at the top level, and '一个小实例：' is missed",
    "d30_05_kecheng_biji_python_day01": "a course day's unnumbered parts ('环境准备', '变量') and their sub-titles "
                                        "read alike; the parts are missed",
    "d30_06_xuexi_biji_git": "three Markdown levels flattened; the nested contents list that shows them is read "
                             "as a list, not as the outline",
    "d30_07_dushu_biji_reading_notes": "bare years ('2022') over a year's books are no titles, and the books' lines "
                                       "read as questions and labels",
    "d30_09_zhinan_huaxue_xueyuan_xuexi": "a title right over its first sub-title ('实验课与实验报告' over "
                                          "'课程设置') is missed, and the sub-titles stay at the top level",
    "d31_01_nianzhong_zongjie_2024_assembly": "a year's summary: parts titled 'X | Y' over plain sub-titles, all "
                                              "read at one level; a date line and captions are taken",
    "d31_02_nianzhong_zongjie_2025_assembly": "parts titled 'X | Y' over plain sub-titles, all read at one level",
    "d31_03_jishi_yanxue_xiaoshi": "bold day heads over '●…●' sub-heads: the sub-heads stand at the top, and a "
                                   "page's image debris and captions are taken",
    "d31_06_tegao_venture_sprint_2019": "a closing slogan (a long line of clauses) is missed",
    "d31_07_gongzuo_zongjie_kaiyuanzhidao_2024": "a work summary's three Markdown levels of unnumbered titles read "
                                                 "alike; several missed",
    "d31_08_niandu_baogao_kaiyuanzhidao_2022": "an annual report's three Markdown levels of unnumbered titles read "
                                               "alike; several missed",
    "d31_09_pinglun_dachang_AI_zhanlue_csdn": "the advertisement's own title '2018 AI开发者大会' at the end is missed",
    "d31_10_shiping_zhangjia_dashu": "'Part1汲取能力' numbers no family, and a WeChat page's chrome and numbered "
                                     "opening sentences are taken",
    "d31_11_jiangzuo_chendanqing_shijian": "a bold number alone over its title ('1.' / '韩炳哲里的本雅明'): the outline "
                                           "names the number's line, the gold the title's",
    "d31_12_duitan_meiguo_daxuan_kanlixiang": "a speaker's name and a film's title standing alone are taken",
    "d30_12_kecheng_biji_caiwu_fenxi": "a course's weeks (unnumbered titles over 2.1 …) are missed, its FAQ's "
                                       "title is missed, and a mind map's '#' lines are kept as text",
    "f28_01_biji_jinhua_jisuan_yichuan_suanfa": "a course note's unnumbered titles over code-free paragraphs and "
                                                "formulas ('基本概念', '适应度') are missed",
    "f28_03_biji_ruankao_xinxi_anquan": "an exam note's three Markdown levels read as one, a line of code is taken",
    "f28_08_wenda_xinsheng_cainixiangwen": "an FAQ's '❔ 学校位于哪个城市' questions under unnumbered parts are missed",
    "f28_09_zhinan_xuesheng_yibao": "a service guide's unnumbered titles at three levels are mostly missed",
    "f28_10_gonggao_ospp_xiangmu_tian": "a call for projects: '注意事项', '上游项目' missed, a project's task list "
                                        "taken",
    "f28_11_biji_lunlixue_houguozhuyi": "the notes' first line '第四章-后果主义' is taken as a chapter over them, so "
                                        "every part is a level too deep",
    "f25_02_readme_projitive": "a language switch line is taken and a title with a number ('60 秒上手') is missed",
    "f25_03_api_zhinan_cloudtower_python_sdk": "an SDK guide's four Markdown levels read alike once the '#' are gone",
    "f25_04_yonghu_shouce_xinghe_peizhi": "a manual's stacked titles ('添加时间亮度表' / '编辑时间亮度表') are one "
                                          "level off or missed",
    "f25_06_ribao_dagongren_2026_08_22": "a digest's ranked items ('排名 1:/mattpocock/skills') read as labels "
                                         "'排名 1:'; the gold takes each whole line, and its sections are missed",
    "f25_11_xinwen_wangye_huzhi_sanzhou_die": "a saved news page's chrome (dated link lists, '网易首页>财经频道>…') "
                                              "is taken as headlines",
    # dev set 24 and the four opened documents of fresh set 24: government documents (2026-12-01, ninth session)
    "d24_04_han_guobanhan_tielu_yanxian_lianxi_huiyi": "a list's title under 附件 ('…部际联席会议成员名单') is missed",
    "d24_05_guihua_shiyiwu_huanjing_baohu": "where the source lost 三、 and 四、, '五、' and '六、' (and 2.–6. without "
                                            "their 1.) are dropped as out of sequence",
    "d24_09_xize_shicheng_hezhangzhi_kaohe": "a 细则 laid out as a table: its 一、 parts are taken; the gold leaves a "
                                             "table's rows out",
    # dev set 23 and the eight opened documents of fresh set 23 (2026-12-01, ninth session)
    "d23_01_yuangong_shouce_xinchou_fuli": "a handbook's unnumbered parts ('霸王餐（试行）', '保险') between its lists "
                                           "are missed",
    "d23_02_xuexiao_jianjie_jiangxi_zhongyiyao": "a page's two h4 lines (a slogan, an image label) are missed and the "
                                                 "school's name is taken",
    "d23_05_zhangcheng_zhenhai_xinxi_jishu_xiehui": "a tabbed page's tab names run together ('咨询委员会我要入会') "
                                                    "and are taken, its '关于我们' missed",
    "d23_06_zhaosheng_jianzhang_huanan_shida_wangjiao": "bold labels '1、 报名时间：' over their values read as a "
                                                        "form's fields, and '二、招生流程（点击查看具体流程）' is missed",
    "d23_07_yuangong_shouce_kaoqin_zhidu": "a handbook's Markdown levels read alike once the '#' are gone",
    "d23_09_huiyi_jiyao_cloudwego_shequ": "the numbered points under each agenda item ('1. 介绍新的开源项目…。', "
                                          "'2. 完成进度：7/14') are taken",
    "d23_12_guanli_zhidu_kaifa_liucheng": "a title in Latin letters alone ('CodeReview') over a list is missed",
    "f23_05_wenda_zhaosheng_wuhan_keji": "a Q&A panel's section names ('咨询区', '学院风采') over its questions are "
                                         "missed",
    "f23_07_zongjie_devops_liushuixian_dasai": "a question heading over the whole summary is missed, and two "
                                               "'1）' points are taken",
    "f23_10_niandu_gongzuo_zongjie_vcu": "the gold counts '## 目录' and a pictograph heading ('📊 年度成果概览')",
    "f23_11_huiyi_jiyao_vcu_xiangmu_lihui": "titles with a pictograph ('🎯重点关注事项') and a speaker in brackets "
                                            "are missed",
    "f22_06_guifan_dongchezu_fuwu_zhiliang": "a service standard's clauses that are sentences ('3.1防火防爆…。') are taken "
                                             "as its articles; the gold counts titled clauses only",
    "d32_01_suibi_dubo_weishenme_yuelaiyuenan": "compiled answers under titles that are a question over a short answer "
                                                "or a sentence ('还有一个，就是导师和学生应该是什么关系？'); one plain title "
                                                "alone makes no outline",
    "d32_02_yanjiang_niuyue_daxue_biye_dianli": "a blog's three parts over an English speech with its Chinese lines: "
                                                "in plain text nothing sets the part titles apart",
    "d32_05_xinwen_tianhe_yiwu_jiaoyu_zhaosheng_xize": "two-line subheads, a part's name then its tagline ('初中招生' / "
                                                       "'对口直升为主，电脑派位为补充'): a tagline with a comma reads as "
                                                       "body, and the first name over a date line is missed",
    "d32_07_shalong_fenxiang_zhouqi_nba_zhilu": "a preview of the sections after '本文的主要内容有：', with a note between "
                                                "its entries, is taken as the sections, which recur below",
    "d32_08_lunwen_jiaotong_keshihua_zhihui_chengshi": "a paper's unnumbered subsections ('统计', '查询') and figure "
                                                       "captions ('图 1 …') read alike in plain text",
    "d32_09_shouji_yantaoban_vag_baogao": "### and #### titles read alike once the '#' are stripped",
    "d32_10_fenxiang_youxiu_ruanjian_kaifa_gongchengshi": "an HTML page's <h2> parts over lists of short lines: in "
                                                          "plain text the titles read like the items",
    "d32_12_pinglun_tieda_de_zhongchan": "every heading is found at its depth, but the gold writes the counted phrase "
                                         "into the title ('第一个话题：虚名与实利', marker ''), where the outline shows "
                                         "it as the marker",
    "d32_11_pinglun_dangxia_jingji_shige_zhongda_wenti": "the counted parts are found, but three points '第一个好处，…' "
                                                         "under 第七个问题 read as its parts (the page indents them as "
                                                         "body; paragraphs keep no indent)",
    "d33_04_shuijia_shuoming_junlian": "a page's article title and a table's label under the page title "
                                       "('…水价说明' / '…价格表') are taken as parts above （一）–（四）",
    "d33_09_zhize_xiaozhuang_tushuguan": "the gold takes the bold '馆长：宋钢 （教授）' (in the HTML) as the second part "
                                         "where the text shows '二、部门设置'",
    "d34_03_zhidu_canguan_yuyue_tust": "a run-in （一）… sentence over its '1.校内人员' / '2.校外人员' groups reads as "
                                       "a numbered paragraph; the gold takes it and the groups as sections",
    "d34_05_guize_caipiao_jingcai_lanqiu": "the parts '二、 投注方式：' (its 一、 is the page's <h2>, not in the text) are "
    "out of sequence, and a page's menu labels hold the outline",
    "d34_11_xieyi_yonghu_fenghuang_weicai": "an agreement's clauses '1.在“凤凰微彩”平台上…：' are taken as parts, and "
                                            "'5. 免责条款' among them is missed",
    "d36_01_baipishu_geo_pingfen_suanfa": "a '## 目錄' heading and '### Fig 3-1：…' figure headings count in the gold; "
                                          "the Markdown levels they had are gone",
    "d36_02_baipishu_geo_xianzhi_weilai": "'目錄', figure headings and unnumbered '###' titles under numbered sections "
                                          "(their levels gone) are not found",
    "d36_05_baipishu_geo_huanjue_xiufu": "'目錄', figure headings and unnumbered '###' titles (levels gone) under its "
                                         "numbered sections are not found",
    "d36_06_baipishu_fisco_bcos_jinlianmeng": "'目录' (unnumbered, its '##' gone) is not found, and a "
                                              "'第一，…' point is taken as a heading",
    "d36_10_niandu_baogao_kaiyuan_dongcha_2018": "bold stand-alone subheads under '3.2 …' (Markdown bold gone) are not "
                                                 "found, and the two top titles are unnumbered",
    "d36_11_jishu_guifan_ckb_lian_tongbu": "an RFC's unnumbered titles ('同步状态', '配置') are missed while its numbered "
                                           "steps ('1.  连接块头 …') are taken",
    "d38_03_freebsd_jidu_baogao_2024q1": "a status report's three levels of unnumbered titles (their '#' and bold "
                                         "gone) come out at one depth, most of its team names missed",
    "d38_04_kaiyuan_niandu_baogao_shangyehua_fangtan": "an interview's long questions (their '###' gone) over its "
                                                       "answers: the longest ones are taken for body text",
    "d38_05_lunwen_freebsd_chuliqi_qushi": "a paper's sub-titles ('mutex', '锁定粒度') under its sections come out at "
                                           "the sections' depth",
    "d39_02_yonghu_xieyi_qiankundao": "an agreement's clause sentences '1.1 管理平台的所有权…。' are taken as sections, and "
                                      "the appended '隐私政策' with its parts is missed",
    "d39_05_fuwu_xieyi_vela": "one unnumbered '您的责任' among numbered clauses (its h-tag gone) is missed",
    "d39_06_yinsi_zhengce_gdei_zhushou": "a privacy policy's clause sentences ('1.1 个人信息是指…') are taken as "
                                         "sections while its titled '4.1 我们保护您个人信息的技术与措施' are missed",
    "d39_09_yonghu_fuwu_xieyi_huanxingshi": "clause sentences '4.1 用户不得利用本平台从事以下活动：' are taken as sections",
    "d39_12_shouhou_fuwu_shuoming_vela": "a shop page's unnumbered h2/h3 titles (their tags gone) and '步骤一：…' steps "
                                         "are not found",
    "d38_07_kaiyuan_shengtai_baogao_2015": "the alliances' long titles with their '（简称：…）' under '1. 产业协会' are "
                                           "missed",
    "d38_08_kaiyuan_niandu_baogao_2020": "'1\\.' escaped markers, '特邀点评专家' over '一、问卷篇' and five levels "
                                         "(一、 > 1、 > 3.1 > 【专家点评】 > ######): nesting off by one",
    "d38_09_xinwen_weifuwu_xianzhuang_2020": "a news report's unnumbered titles (their '###' gone) at two levels come "
                                             "out at one, and a title ending in '！' is missed",
    "d38_10_xinwen_centos8_tidai_xuanze": "a list of distributions, each a title with a parenthesis ('Rocky Linux（正在"
                                          "开发中）') under two parts, is not found at all",
    "d38_11_baogao_github_2019_shuzi_nianbao": "an appendix's titles ('附录：数据集及方法', '数据集') and a bold "
                                               "interviewee's name are missed; its （1） items come out a level high",
    "d37_02_shiyong_shuoming_gongwen_guanli": "one unnumbered step title ('填写公文属性') under a numbered question of a "
                                              "Word-exported manual is not found",
    "d37_03_zhaosheng_jianzhang_yishu_yanjiuyuan_boshi": "sections written '一、培养目标： ．' with their text after the colon "
                                                         "read as run-in list items",
    "d37_09_lingdao_jieshao_heilongjiang_danganguan": "leaders' names over their posts are not read as headings; a "
                                                      "post line is taken instead",
    "d37_11_xinwen_wangye_shengshi_sanwenyu_tuanbiao": "long question-style 小标题 with commas are read as body, and a "
                                                       "menu row of channel names is taken",
    "d40_04_shuzhi_baogao_kehu_fuwubu": "a 述职报告's titled 1、 run-ins beside untitled ones, and a second 一、 list "
                                        "(next year's plan) under no heading",
    "d40_05_lunwen_python_renlian_shibie": "a thesis's '关键词：' labels and '1）非接触性：' items are taken as headings, its "
                                           "code-named sections ('3.1.1 object_detector.h') missed",
    "d40_06_shuoshi_lunwen_gaosu_kaiguanfa_shache": "'目    录' and '图表清单' as parts, and a figure list's entries, "
                                                    "differ from the gold",
    "d40_08_lunwen_unity_youxi_hezi": "a thesis's design steps numbered 1.–4. inside 2.1.1 and its code appendix's "
                                      "restarted numbers are taken as sections",
    "d40_10_shiyan_baogao_guangxian_zhuizong": "a lab report's parts are labels ending in '：' ('实现环境：'), read as "
                                               "list introductions",
    "d40_11_baipishu_iris_wangluo": "a white paper's bold stand-alone titles at three levels (their mark-up gone) come out "
                                    "at one",
    "d40_12_diaoyan_baogao_sel4_rust_weineihe": "unnumbered titles at five levels (their '#' gone) come out at one or "
                                                "not at all",
    "d41_01_tongxun_jinjiang_jingyan": "an onomatopoeia line ('“嗖——”') opening a paragraph is taken as a heading",
    "d41_04_yanjiang_fenbushi_shujuku": "a talk's unnumbered titles at two levels (their '#' gone) come out at one, and "
                                        "Latin ones ('Cross datacenter HA') are missed",
    "d41_05_tongxun_apisix_committer": "an English sub-head ('Sir, this way') is missed and a short quoted line taken",
    "d41_07_yanjiang_coscup_zhandouli": "a talk script's English section names ('Data mining', 'Issues') are missed and "
                                        "its greeting and questions taken",
    "d41_08_niandu_dubbo_2022": "'1 Dubbo 开源 12 周年': bare numbered titles with no 1.1 sections are dropped (their "
                                "precision on dev is 7 in 40)",
    "d41_09_tongxun_chengyu_shuangcheng": "a 人民日报 two-line sub-head's second line (the deck) is taken as a heading "
                                          "too, and a title with a comma is missed",
    "d41_11_zhoubao_apisix_shequ": "a weekly report's unnumbered titles at two levels (their '#' gone) come out at one",
    "d42_02_huiyi_ustclug_sfd_gongzuo": "'二。LUG 本学期工作的讨论', a part numbered with a full stop for '、', is missed",
    "d42_03_zongjie_ustclug_banshan_zhizuo": "unnumbered parts (their '###' gone) are missed and the '需要做的事：…' "
                                             "lines under them taken",
    "d42_04_jiangyi_missing_semester_wenda": "a Q&A's list of questions ('- 你会优先学习的工具有那些？') is taken as "
                                             "headings over the questions' own sections",
    "d42_05_jiangyi_linux101_chushi": "titles keep their '{#anchor}' lists in the text (the gold drops them) and the "
                                      "handout's two levels (their '#' gone) come out at one",
    "d42_06_lunwen_spanner_yiwen": "'附录A Paxos leader租约管理' is found with no marker (the gold's marker is '附录A')",
    "d42_07_diaoyan_daxuesheng_lianai_bianjie": "'小礼一则：以礼观之' and the appendix's title are missed, and three "
                                                "'问题一：…。' run-ins taken",
    "d42_08_guizhang_gitlab_goutong_shouce": "a handbook's unnumbered titles (their '#' gone) are missed and its "
                                             "lone '1.' list items taken",
    "d42_09_lunwen_xoring_elephants_yiwen": "'附录A 通过熵的距离和局部性' is found with no marker, one level up",
    "d42_11_tongzhi_shlug_yuedu_fenxianghui": "a meetup notice's labels ending in ':' ('本月聚会内容:') are missed "
                                              "and its link and address lines taken",
    "d42_12_lunwen_mvcc_pingce_yiwen": "'5.1 元组级垃圾回收' reads as 5.1 yuan and is found with no marker",
    "d43_01_diaoyan_baogao_iot_suanli_liyong":
        "the numbered steps '1.Spark内核会在…' under a subsection are taken as its sub-sections (the gold keeps them as a list)",
    "d43_02_diaoyan_baogao_disgrafs_tu_wenjian_xitong":
        "'小组成员' over a line of names is missed and GFS's '（1）组件失效…' points are taken as its sub-sections",
    "d43_04_diaoyan_baogao_dontpanic_fenbushi_wenjian":
        "unnumbered sub-sections whose '#' is gone ('容器化技术的代表：Docker', '诞生背景') are missed",
    "d43_06_kexingxing_baogao_shengtudao_youxi":
        "the project's name '圣徒岛' under '一.项目题目' is missed and '(1).美术' nests one level deep",
    "d43_08_shuzhi_baogao_kefu_zhuanzheng": "'【自我介绍】' alone over '一、' and the last '{责任感}' are missed",
    "d43_12_kaiti_baogao_linux_fuwuqi_peizhi":
        "'毕业设计选题：…' and '5、主要参考文献' (its list numbered alike) are missed",
    "d44_03_huiyi_jiyao_team10_di6ci":
        "English section names ('Information', 'Agenda') are missed and the agenda's numbered items are taken as sections",
    "d44_04_xuexi_biji_docker_jingxiang": "a note's titles under a '###' whose '#' are gone ('commit操作') and its "
    "first title are missed, and a step's lead-in reads as a title",
    "d44_06_suibi_biye_kuaile_ma":
        "an essay's sentence-like section titles ('毕业快乐。吗？', an English quotation) are missed",
    "d44_07_suibi_yasi_beikao_jingyan": "unnumbered sub-titles under 一、二、 ('软件/工具', '单词方面') are missed",
    "d44_09_huiyi_jiyao_team10_di36ci":
        "English section names ('Information', 'Agenda') are missed and the agenda's numbered items are taken as sections",
    "d44_10_xuexi_biji_core_java_ch5_jicheng":
        "tab-indented lines and '4-比较…' steps of a code walk-through are taken as headings",
    "d44_11_zhaopin_bangdao_keji_qianduan":
        "'关于你，…' over list items that all restart at '1.' and '关于联系方式' over a short line are missed",
    "d44_12_pinglun_weixin_shengji_sikao":
        "bold lines kept with one '*' ('*问题 3. …*') and 'label：value' lines ('升级前：6.1') are missed",
    "d45_07_tongzhi_hainan_nongji_butie_fangan":
        "the attached catalogue of machine classes ('1.耕整地机械' / '2.1 种子播前处理…') is partly taken as sections",
    "d46_02_yinsi_zhengce_hackathonweekly": "with the '#' gone, '1. 保存期限：…' items read as sections and a titled "
                                            "'1. 改变您授权同意的范围…' as an item",
    "d46_03_guifan_quic_bubianliang_yiwen": "a translated draft's unnumbered bilingual titles ('简介（Introduction）') "
                                            "are missed and its sentences taken",
    "d46_04_biji_chengxu_yuyan_shuju_chouxiang": "bold titles with a colon ('基于字典的实现：C3 线性化') are missed "
                                                 "and '(1) 基于记录的实现…：' items taken",
    "d46_05_faq_esp_wifi": "an FAQ's questions without '？' ('wifi 性能指标') are missed where the '#' is gone",
    "d46_06_faq_acopos_d1": "an FAQ's '- 3 电机表里的…？' list items are taken and its '1 A02.038…' parts missed",
    "d46_10_yiwen_scheme_shuju_leixing": "'2.2.1，Strings' (the author's repeated number, a comma after it) is missed",
    "d46_11_biji_chengxu_yuyan_bingfa_biancheng": "bold example titles ('四阶段算法（屏障版本，线程并行）') are "
                                                  "missed and its '屏障 1: …' points taken",
    "d46_12_faq_esp_waishe": "an FAQ's unpunctuated questions ('SD 卡', 'UART1 打印信息') are missed where the '#' is gone",
    "d47_02_kecheng_sheji_baogao_mips_cpu": "a GitBook's chapters joined in one text: each page's bare titles "
    "('主要技术指标', '设计任务') are missed and its '具体设计任务如下:' items read as sections",
    "d47_03_shiyan_baogao_suiji_wucha_wangye": "the page footer's '1. 21 时间测量…' (its contents again) nests under the "
    "last question, and the inline '1.电子节拍器 2.秒表' reads as a section",
    "d47_07_ruanjian_sheji_wendang_orderease": "with the '#' gone, a design document's sentence-long '#####' titles "
    "and its bare tool names ('Vue', 'iView') are missed",
    "d47_08_gongzuo_zongjie_react_webpack": "a developer's note nests by indentation: the flush '1.'–'5.' are its parts "
    "and the indented '1.' items its lists, but indentation is not read and '1.nodejs v8' reads as code",
    "d47_09_xuqiu_guige_shuomingshu_xishan_tiyu_gongyuan": "a Word export that lost its heading numbers: the depths "
    "are the Word file's, and a glossary's 'ESB:企业服务总线(…)' lines read as headings",
    "d47_11_xiangmu_zongjie_baogao_wangye": "a page kept as text: stacked bare titles ('硬件框图', '软件流程图') are "
    "missed and a feature list's lines read as headings",
    "d48_03_shendu_baodao_ganchai_liehuo": "its parts numbered '1' … '8' alone on their lines are found, but the "
    "closing '相关争论' after the last is missed",
    "d48_04_pinglun_beida_wangyi": "a commentary with the articles its collector appended: some appended articles' "
    "bare subheads are missed and the rest lose their level under the article's title",
    "d48_05_zhuanfang_rijing_shangye_zhoukan": "a transcript marks each speaker's turn ('唐鳳：', '訪問者：') as a "
    "heading; the last part, where '唐鳳：' alone speaks, keeps its turn as a label",
    "d48_06_duitan_gongmin_langchao": "a talk's transcript marks each speaker's turn as a heading; in the text the "
    "bare names are labels of the turns",
    "d48_08_pinglun_fangjia_wangye": "a commentary's '（1）自住需求是…' points inside its '1、' sections read as headings",
    "d48_09_pinglun_xinpian_zhanzheng_wangye": "an introduction's '1、…3、' points open the arabic level first, so the "
    "text's '1、日本的追赶' stands beside '三、', not under it",
    "d48_12_xinwen_routa_zhuomianban_fabu": "every subhead is found, but '引子 1：…' is split into marker and title "
    "where the gold keeps the whole line",
    "d49_02_lunwen_shumo_yanmu_toufang": "a modelling paper's later subsections ('5.2.2 模型求解：基于改进PSO的寻优引擎') "
    "and the numbered steps under them are missed",
    "d49_04_lunwen_biye_fangjiuhou_jiashi": "a Word thesis kept as text: its '目  录' is a part in the gold, and the outline "
    "takes no contents list's name for one",
    "d49_05_jiangyi_kaoyan_suanfa": "a lecture's syllabus under '考纲：' ('一、线性表', '（一）…') reads as its sections, and "
    "'考纲' itself is missed",
    "d49_09_shuzhang_bitebi_gaishu_wangye": "a GitBook page kept as text: its chapter's bare titles ('什麼是比特幣') are "
    "missed and the chapter's own name again reads as a heading",
    "d49_10_shuzhang_yitaifang_shenme_wangye": "a GitBook page kept as text: the book's sidebar ('前言', '第1章 …', "
    "'第2章 …') reads as the outline and the chapter's bare titles are missed",
    "d49_11_lunwen_biye_shetuan_huodong": "a thesis's spaced titles ('摘□□要', '1□绪论') are missed and its contents "
    "lines read as the chapters",
    "d49_12_jiangyi_ai_bangni_mai": "a workshop handout's titles lose their level where the '#' is gone, and a "
    "'請先想好以下資訊…：' line reads as one",
    "d50_03_baipishu_hashgard_linjie": "a chapter titled with a colon ('第一章  区块链：是社会实验，…') reads as a "
    "sentence, and the points '1. 传统中心化金融体系中，…' under 1.2 as its sections",
    "d50_04_baipishu_alis": "a white paper's sections '1.' to '18.' with lists '1.' '2.' inside them: after the first "
    "list the count of sections is lost, and the lists' items are taken for sections",
    "d50_06_shuomingshu_iv18_shizhong": "a device manual's unnumbered titles at two levels ('使用说明' over '电源', "
    "'按钮'): most are missed and none nests",
    "d50_07_diaoyan_baogao_xinxi_jiansuo": "a research report's unnumbered sub-titles ('调研内容', '选定方案') over "
    "bullet lists and tables under its 2.1 sections are missed: the paper rule wants prose under them",
    "d50_08_diaoyan_baogao_velero": "a wiki report numbered again at the end ('三、四、五、' after 六、) and '3.2、安装velero' "
    "lose their place",
    "d51_02_zhuanfang_duihua_hexiaopeng": "an answer's short opening line ('2022年让我印象深刻的一次是试驾P5') reads "
    "as a sub-heading of the interview",
    "d51_05_jianghua_weilai_libin_neibu": "colon headlines with longer leads ('五年战略规划变为两年经营计划：…') "
    "are missed, and a figure's line reads as one",
    "d51_08_meiti_baodao_tieliu_dongjin": "a page of reprinted articles: the outlets' names ('人民日报') over each "
    "article's title and its bold 小标题, three levels the plain text does not show",
    "d52_02_huiyi_jilu_qinghua_caizhengweiyuanhui": "a record's '議程' over its 壹、 to 參、 is missed, and so "
    "are the budget's unnumbered parts ('正副會長預算部分') under 三、",
    "d52_04_zhangcheng_zixun_guanli_xuehui": "a charter page's footer ('中華民國資訊管理學會') reads as a heading",
    "d52_05_ruhui_banfa_zixun_guanli_xuehui": "a membership page's points '(1). 入會費：…' and the articles it quotes "
    "('第八條 …') read as headings",
    "d52_06_jingsai_banfa_ncpu2018": "a contest page's one-word titles ('主辦單位', '比賽日期') over one-line values "
    "are missed",
    "d52_07_xinwen_pingguo_ribao_yunxiao_feiche": "a news page's section link ('頭條要聞 〉') and headline read as "
    "headings, and its 小標題 over lists ('不宜玩雲霄飛車者') are missed",
    "d52_08_xinwen_pingguo_ribao_naoma_nan": "a feature's 小標題 that name an organisation ('新活力自立生活協會') or "
    "open an expert's box ('【專家意見】自己發聲') are missed",
    "d52_09_jihuashu_ldct_feiai_shaijian": "a plan's sections 3.1 to 3.1.2.1, indented by depth, stand a level too "
    "deep",
    "d52_10_huiyi_jilu_zhuanti_xiaozu": "a record titled by a genre word ('會議記錄') over its first meeting's date: "
    "the title reads as a heading over the dates, and the '會議內容：' labels and points as headings too",
    "d52_11_xuanshou_xuzhi_ncpu2018": "two of a rules page's titles ('評判伺服器訊息', '計分方式與排名') are missed",
    "d52_12_shengminggao_jinan_xueshenghui": "a statement's one title ('2019.04.04 聲明稿內容'): a single unnumbered "
    "line is never an outline",
    "d53_02_caozuo_shouce_anxinsu_jichu_xinxi": "a help page's chapter '6.基础信息' alone is missed, so its "
    "'Step 1：…' lines stand at the top",
    "d53_03_xuqiu_guige_boke_xitong": "a requirements document's API lists ('1. 首页接口' over '- 根据时间获取…') read as "
    "sections, and its unnumbered team sections are missed",
    "d53_04_yonghu_shouce_thssdb": "a manual's unnumbered titles ('开发环境', '如何编译及运行') are missed and its "
    "steps '1. 在 文件-设置-插件 中…' read as headings",
    "d53_07_ceshi_jihua_xingneng_ceshi": "a test plan's labels ('模拟场景', '性能指标') under each case read as "
    "headings",
    "d53_09_bianma_guifan_python": "a coding rule set's unnumbered titles at three levels lose their levels, and a "
    "rule stated as a sentence is missed",
    "d53_12_xiangxi_sheji_shetuan_guanli": "a design document's chapters titled with a colon ('4. 子系统1：用户与社团"
    "管理子系统') are missed, and its '目录' is a part in the gold",
    "d54_02_zicha_baogao_pinyin_moonbit": "the unnumbered '自查结果对比（三轮）' over a table holds the 一、 sections that "
    "follow it; the gold has them side by side",
    "d54_05_yanjianggao_goalscope": "a .txt file written in Markdown: its labels ending in a colon ('**问题背景：**') "
    "stay plain text, and the source's second '【二、…】' is out of sequence",
    "d54_06_gongzuo_zongjie_shixi_qunar": "an intern's notes with one-word titles ('Tomcat相关', 'git相关') over lists: "
    "unnumbered titles over lists are not found",
    "d54_07_nianzhong_zongjie_gaoce_2024": "a blog page's English one-word titles ('Agent', 'Coding') are missed and its "
    "byline ('by 高策 — on record …') is taken for a title",
    "d54_08_nianzhong_zongjie_itimothy_2024": "a blog page's reading-time line and a photo caption are taken for titles, "
    "and one-word titles ('阅读') are missed",
    "d54_09_shuzhi_xinren_ruzhi": "a report's unnumbered titles at two levels are missed, and its list items "
    "('1. 融创平台 -> …') taken instead",
    "d54_10_nianzhong_zongjie_qianduan_2016": "a hard-wrapped summary's short lines are taken for titles and its labels "
    "over indented blocks ('总得方面:') are missed",
    "d54_12_nianzhong_zongjie_leo_2021": "a blog page's keyword label at its end ('关键词') is taken for a title",
    "d55_01_duihua_chen_danqing_kunan": "the page's comments after the interview ('专栏作家', '冯金铭') are taken "
    "for titles",
    "d55_03_gongzhonghao_claude_code_jiemi": "a WeChat article saved as text: its subheads at three levels are read "
    "at one, and its lead-in lines ('通过抓包与逆向打开黑盒') are taken for titles",
    "d55_04_gongzhonghao_autopku_kecheng_tongzhi": "colon headlines ('前言：一个被DDL支配的学期') over Markdown lists "
    "are missed, and '第四步' after a numbered list is dropped",
    "d55_06_shendu_baodao_tianqi_liye": "a saved article's page title ('「白色石油」的宿命轮回 | 智氪') is taken for a "
    "title, and a headline with a comma is missed",
    "d55_11_zhuanfang_chen_yanni_luoshanji": "a second interviewer who asks in one turn of three is not read as "
    "asking, and the page's comments are taken for titles",
    "d56_01_tongzhi_baotou_shuzi_zhengfu_kaoping": "an annex's ninety indicators numbered '1．' straight through, each "
    "a paragraph of sentences, are taken for sections, as are the （一）–（四） paragraphs under 三、考评方式",
    "d56_02_guanli_banfa_aba_zhengwu_shuju": "the 办法 a notice issues is a level over its chapters, and each chapter's "
    "first article, joined to it in the export, is cut out as its own heading; the gold has neither",
    "d57_01_jiaocheng_rust_suoyouquan": "a documentation page saved as text keeps each title's anchor ('# 什么是所有权'): a "
    ".txt is not read as Markdown, so its titles are missed",
    "d57_02_jiaocheng_r_yuyan_rumen": "the footnotes' '引用' is read at the top level; the gold follows the page's "
    "mark-up under 1.3",
    "d57_03_xuexi_biji_git": "a second part '一、新建代码库' after the notes' unnumbered titles is nested under the last of "
    "them",
    "d57_05_xuexi_biji_jisuanji_wangluo": "a notes page's sidebar joined into one line is taken for a title, and its "
    "'Ch 1' titles at three levels are missed",
    "d57_06_jishu_fenxiang_bishe_jingyan": "the source numbers its parts 1, 2, 4, 4: the second '4.' is dropped as "
    "out of sequence",
    "d57_07_xuexi_biji_python3": "a notes file's unnumbered topic lines ('分支语句') over indented examples are missed, "
    "and its indented '例:' lines taken",
    "d57_10_api_wendang_gshop_jiekou": "'目录：' over the list of calls and a label with its value on its line "
    "('参数类型：query') under each interface are missed",
    "d57_11_jishu_fenxiang_anquan_bianma": "'1、SQL注入' and its '1）演示' parts under Markdown titles are read as lists",
    "d57_12_jishu_fenxiang_apt_xrouter": "an English title ('Library说明') is missed and a bulleted question is taken "
    "for a title",
    "d58_01_yanjianggao_harness_ai_biancheng": "'附录：时间分配速查' and '演讲小贴士' after the numbered slides are missed",
    "d58_02_kecheng_jianggao_c_yuyan_hello_world": "a lecture's titles over code ('Hello World程序') are missed and the "
    "code's own lines ('函数体') are taken for titles",
    "d58_05_jiangkegao_dengcha_shulie_qian_n_xiang_he": "a site's file tree ('经济学', 'C++', '1.1 什么是经济学') over a "
    "lecture with no parts is read as its outline",
    "d58_08_jiangkegao_jishu_budengshi": "a site's file tree ('经济学', 'C++', '1.1 什么是经济学') over a lecture is read "
    "as its outline",
    "d58_10_fenxiang_zhuzigao_rxjs": "a talk's English titles in lower case ('reactive programming') are missed and its "
    "lists ('1. what is reactiveX') are taken for sections",
    "d59_03_xinwengao_dolphinscheduler_biye_zhounian": "a release's colon labels over its lists ('项目活动：', "
    "'社区健康状态：') are missed",
    "d59_05_xinwengao_asf_22zhounian": "a press release's one closing section ('关于Apache软件基金会（ASF）') is too few to "
    "make an outline",
    "d59_07_tongxun_zhongxinwang_dabuxieyan": "a subhead opening with a title in 《》 ('《我们结婚吧》主创捧场') is missed",
    "d59_08_shendu_baodao_meiguo_zhuitao": "a feature's colon subheads and its part titles ending in '——' are missed",
    "d59_09_xiaoyuan_xinwen_shuhuazhan": "a school page's sidebar box titles ('校园动态', '网站统计') are missed",
    "d60_01_biye_lunwen_dawoerzu_yinyue": "a thesis's cover lines ('毕业论文', '论文题目\t…') are taken for titles and "
    "its letter-spaced '郑 重 声 明' and '目  录' are missed",
    "d60_03_kecheng_sheji_baogao_bert_jinrong_xinwen": "a page's table headers ('格式 示例', '参数 值 说明') are taken for "
    "titles",
    "d60_04_shiyan_baogao_ruxianai_svm_bp": "a page's banner line ('🏥 乳腺癌良恶性诊断分类') is taken for a title",
    "d60_05_shiyan_baogao_asciidoc_biaoji_yuyan": "a report's closing parts ('编译运行', '任务分工') after its "
    "references are missed",
    "d60_09_kecheng_lunwen_gandou_fenlei": "'目录' over a paper's contents is missed and its run-in steps ('步骤一：标签纠错。"
    "…') are taken for sections",
    "d60_10_kecheng_sheji_zongjie_danmu_huancun": "'目  录' and a colon label over numbered requirements ('设计与实现要求：') "
    "are missed",
    "d60_12_kecheng_baogao_dianying_shichang_fenxi": "a prompt's rules ('1. 明确角色定位：…') are taken for sections and "
    "the conclusions' points nest one level too deep",
    "d61_04_shiyanshi_github_chengyuan_shouze": "a rules page's two levels of titles ('成員' over '適用身份範圍') are "
    "read at one level",
    "d61_05_shiyanshi_hexiao_xuzhi": "'經費金額限制' and '報價單格式' over their own sub-titles are missed",
    "d61_06_xiehui_zhangcheng_caiada": "'章程效力' after the charter's last chapter nests inside it, and one member class "
    "('个人會員') is missed",
    "d61_08_shiyanshi_faq_lulab": "a FAQ's group titles ('科研方式') over its questions are missed",
    "d61_09_zuqiu_lianmeng_jingsai_guicheng": "sections restarting at '一、' in later parts ('一、决定名次办法：') are "
    "missed",
    "d61_10_taibei_jianyanshe_jiangshi_renzheng_banfa": "a page's labels in a table ('時間', '地點', '費用') and its "
    "rules' 一、 items are missed",
    "d61_11_zhinengche_jingsai_banyun_renwu_shuoming": "'01 搬运任务', its '（1） 路面凸起' items and the closing link "
    "labels ('■ 相关文献链接:') are missed",
    "d61_12_xuesheng_shouce_xuexi_zhidu_sustech": "a Markdown handbook's titles saved as text ('GPA表', '十三级计分制"
    "（计入GPA）') are missed",
    "d62_01_huiyi_jiyao_fanju_tuijian_xiangmuzu": "minutes that open each meeting with '[编号] 1' and its opinions "
    "('意见一.') are missed and the items of a feature list are taken for its parts",
    "d62_02_huiyi_jilu_dev_adventure": "a short minute's '会议主要内容及任务：' over its '1：…' tasks is missed",
    "d62_05_caifang_xuezhang_tuandui_kaifa": "an interview's questions set as bullets ('- 你们是怎么…？') are missed",
    "d62_06_fangtan_ai_guangcai_wenyang": "an interview's questions 5 and 6 written '问:5.…' are missed after '4.'",
    "d62_10_jiaocha_xiaozu_huiyi_jiyao_19-05-13": "a page's repeated title and its table row ('地点 | 材料中心601会议室') "
    "are read wrongly",
    "d62_11_fangtan_jilu_xiaoyuan_wangzhan_xuqiu": "interview notes under each person's name ('陈洋（创意分院）：') and "
    "their '问题一：…？' questions are missed",
    "d63_04_huiyi_jiyao_openeuler_tc_20230607": "agenda items '议题一：…' each over an '介绍：…' line do not read as a "
    "family, and the speakers' turns ('熊博：') read as titles",
    "d63_06_yanjiang_mayi_weifuwu_shijian": "a talk's '本次分享主要分为三部分：' and its closing 'PPT 下载和相关地址' are "
    "missed",
    "d63_07_zhuanfang_sofaark_committer": "an interview whose last part swaps its 'Q:' and 'A:' labels, and whose "
    "questions sit one level under unnumbered part titles",
    "d63_08_huiyi_jilu_openeuler_release_2021": "a record's agenda items under '议题：' and the 'Q:' questions of a "
    "session are missed",
    "d63_09_baogao_kaifang_zhengfu_falv_zhengce": "sections numbered '1-1.' under the chapter number in the page's title "
    "('1. 法律及政策') and the 關鍵結論 box's conclusions are missed",
    "d63_10_baogao_gongmin_keji_xiezuo": "sections numbered '4-1.' under the chapter number in the page's title, and "
    "the key conclusions at the wrong level",
    "d63_11_jiangzuo_wangluo_ziyou_gongzuofang": "a workshop's agenda and its link list read as numbered titles, and "
    "its question titles lose their level",
    "d64_01_suibi_biancheng_qushi": "an essay's English titles ('hello, world', 'Talk is cheap. Show me the code.', "
    "'BUG') between its Chinese parts are missed",
    "d64_02_suibi_gongzuo_wunian": "a summary's unnumbered titles lose their three levels ('收获' > '业务理解' > "
    "'了解业务')",
    "d64_03_tegao_jiuhuo_duizhang": "two reprinted features in one file: their titles are read as sub-heads, so every "
    "sub-head sits one level too high",
    "d64_04_pinglun_xinwen_lifa": "reprinted commentaries in one file: their titles lose their level, and a list of "
    "standards numbered '0 法制与自由' … '6 保留互联网记忆' is missed",
    "d64_10_suibi_ruanruo_wutuobang": "an essay's tool names ('Ghost', '微信读书 X Readwise') lose their level",
    "d65_02_zhidu_arkuix_shequ_zhili": "a charter's role titles ('PMC', 'PMC主席') and its '…的流程及要求：' labels are "
    "missed",
    "d65_03_zhangcheng_openharmony_heguisig": "a charter's English role titles ('SIG contributer') and their steps are "
    "missed",
    "d65_04_guiding_openharmony_hegui_wenti_guanli": "a rule's sub-titles lose their level and a label over a board "
    "reads as a title",
    "d65_05_zhidu_opengemini_zuzhi_jiagou": "the rules' own title over its 一、 sections is missed, so every section "
    "sits one level too high",
    "d65_06_fangan_tidb_zhuochong_jingsai": "a contest's steps '第一步：测试 feature' under its parts are missed",
    "d65_07_zhuanfang_daxue_jiaoshi_xuanfu": "a feature's quoted sub-heads and its '■《…》摘录' box are missed and its "
    "printed headline reads as a part",
    "d65_08_lunwen_jisuan_shehui_kexue_sida_zhizhu": "a book section's '任务一：…' parts with long titles and their "
    "sub-titles are missed",
    "d65_09_lunwen_jisuan_shehui_kexue_wenti_siwei": "a book section's unnumbered sub-titles lose their level",
    "d66_02_guiding_yundongyuan_shouce": "a handbook's numbered '1. 运动会开始时间：…' fields read as titles and its "
    "'3. 打卡签到时间：' label over its times is missed",
    "d66_05_tongzhi_qixiang_dashuju_dasai": "a contest page's unnumbered parts ('大赛背景', '大赛日程') and their "
    "sub-titles are missed",
    "d66_09_guiding_nanjing_shandi_malasong_baoming": "a race's registration fields ('1、比赛日期：…') read as "
    "titles",
    "d67_01_huiyi_duckstudy_xiangmu_huiyi": "a record's dated and counted meetings stand at the top now, but the "
    "second meeting's topics ('需求分析') miss their '讨论内容' level and the '会议内容：' labels are missed",
    "d67_02_huiyi_code_debug_huiyi_jiyao": "meetings opened by compact dates ('20240723-工作安排') are partly missed and "
    "each '会议内容：' label reads as a part",
    "d67_03_huiyi_yunchou_xuexi_xiaozu": "meetings dated with their place ('2024年6月21日，管理学院919') are partly missed "
    "and the labels '未解决的问题：' over one line are text",
    "d67_04_yanjiang_jianluzhi_zhuzigao": "a talk's spoken points ('第一，可以选择录制源。') read as parts",
    "d67_05_yanjiang_slsec_zhaoxin_xuanjiang": "its slides numbered '00 · …' to '17 · …' are found, but the opening "
    "slide's '讲稿', its bracketed cues ('【放片前，先起个头】') and the closing '现场提示' are missed",
    "d67_06_zhuanfang_siqiansiwan_wuxi_qiyejia": "the subtitle '访谈记录' under the title reads as a part",
    "d67_08_yanjiang_jsdc_chonggou_gushi": "one bare slide number ('22') of the run '3 - …', '4' … '37' is joined to "
    "the line below it across a blank line and missed",
    "d67_09_zhuanfang_siqiansiwan_xuzhou_qiyejia": "the subtitle '访谈记录' under the title reads as a part",
    "d68_01_suibi_2024_lvxing_riji": "a travel diary's '##' places right under their '#' provinces are partly missed "
    "and the two levels come out as one",
    "d68_02_zongjie_3yue_huigu": "a monthly review's one-character title '食' and stacked sub-titles are missed, and "
    "its three levels come out as two",
    "d68_03_suibi_yunnan_youji_shang": "a travel diary's days ('09.25出发') are missed, so its places sit a level too "
    "high",
    "d68_04_zongjie_guanyu_wode_2018": "the first of a year-end summary's plans ('项目') is not put under its part",
    "d68_05_suibi_hainan_youji": "a diary's days written two ways ('Day 1 潜水', 'D2 冲浪') are partly missed and "
    "picture captions read as titles",
    "d68_06_dushu_yibenshu_kandong_zhongguo_shui": "a book's section titles right after a table's caption are "
    "missed, and a table's caption and a link line read as titles",
    "d68_09_suibi_qiongyou": "a travel note's quoted motto and a picture caption read as titles and a sub-title is "
    "missed",
    "d68_10_suibi_renlei_xingwei_guancha": "two short sentences of a story without their full stops read as titles",
    "d68_11_suibi_yaan_chengdu_shijian": "a practice diary's six Markdown levels come out as one, and some days "
    "('第七天') are missed",
    "d17_04_huiyi_jilu_tainan_dugeng_2023": "a record's '1. 估價報告：' items, two of four with a long label "
    "('2. 公營住宅配置之區位、房型比例及規劃設計內容：'), read as a list: half the items titled is a list's share",
    "d69_02_tongzhi_guanlixue_nianhui_jiaotong": "a conference page's route labels ending in '：' ('合肥火车站（距离…）：') "
    "and its sidebar title are missed",
    "d69_03_tongzhi_r_huiyi_xinlixue_zhuanchang": "the keynote's line 'Keynote （5月24日）' and its speaker line are missed, "
    "so the keynote's '个人简介' / '报告摘要' stand at the top level",
    "d69_05_tongzhi_beiyesi_luntan_richeng": "a forum's '报告题目：…' lines are missed and a speaker's name reads as a "
    "title",
    "d69_11_tongzhi_dashuju_gongyi_daxue": "an event page's '###活动介绍###' titles, their '#' kept in the text, are "
    "missed",
    "d69_12_tongzhi_cos_shalong_yugao": "a salon notice's labels ending in '：' ('沙龙时间：') over their values are "
    "missed but for two",
    "d70_01_fangan_rencai_peiyang_kuangjia": "a training plan's parts '一、专业名称：' … nest under an editor's placeholder "
    "line and the plan's name, both read as titles, and the blank template's '（一）培养目标' list under '六、…：' is "
    "read as the items of a list after a colon",
    "d70_02_suibi_wanshua_xiguan_huodong": "an essay's event titles ('1407@北京 …') are missed and "
    "a line ending in '——' reads as a title",
    "d70_07_zongjie_2024_xinyousuore": "a year review's one-character titles ('食', '住', '行') are missed and picture "
    "captions read as titles",
    "d71_01_huiyi_pces_scrum_di11zhou": "a Scrum record's labels ('第九周任务', '燃尽图：') stand over pictures and "
    "lists, with no paragraph to frame them, and are missed",
    "d71_02_zongjie_pces_xiangmu": "a summary's label '测试用例：' over its list is missed",
    "d71_03_huiyi_wangluziyou_xiaoju": "a collection of meeting notes: dated titles with a question or a comma in "
    "them ('2022.6.16 丞相，起風了？…') or a prefix ('（會前討論）2022.3.12 …') are missed, as are their labels, and "
    "short lines of the notes read as titles",
    "d71_04_jiangzuo_yanxuetong_gushi": "a talk's stories ('上山下乡', '高考') sit under a bare '故事' that is missed, so "
    "they lose their level, and its numbered answers read as sections",
    "d71_05_jihua_phylab_gongxian_fenpei": "a plan's titles under its one part lose their level and a term over a "
    "formula ('按时完成指数') reads as a title",
    "d71_06_diaoyan_zhongbao_jingpin": "research notes' stacked short titles over lists ('竞品分析' > '拼任务' > "
    "'功能框架' > '交互体验方面') are missed",
    "d71_07_zongjie_geren_baogao": "a personal report's titles over tables and lists ('PSP 2.1统计', '主要工作清单') "
    "are missed",
    "d71_08_xinwen_fducslg_shengteng_bisai": "a news story's last sub-head ('参赛精彩瞬间'), over pictures only, is missed",
    "d71_09_tongzhi_hznu_chengxu_jingsai": "a contest page's labels over lists and tables ('主办方', '赛程安排', "
    "'详细评分机制：') are missed",
    "d72_01_zongjie_2021_nianzhong": "a year summary's parts numbered in hex ('0X00 …') are found as unnumbered titles, "
    "the last one is missed and a tip line ('【打赏…】') reads as a title",
    "d72_04_jihua_dushuhui_kaifang_zhuti": "a plan's role titles over lists ('主持人工作' > '日常任务') are missed",
    "d72_09_jiyao_ruanjian_gongcheng_shiyan": "a term's minutes titled by date ('20190304会议纪要') and their parts "
    "over tables ('到会情况') are missed",
    "d72_10_jilu_xiaozu_huiyi": "an onboarding record's link labels ('Get Started:快速熟悉') read as titles",
    "d72_11_jianggao_kecheng_zhanshi": "a script's last page title, with a note in brackets, and '演示时刻表' are missed",
    "d73_01_fangan_xuesheng_xinxi_xitong": "a plan whose Word numbering was lost: its bare stage titles ('需求调研确认阶段') "
    "under the numbered parts are missed",
    "d73_03_jiyao_kecheng_ziliao_xitong": "the first meeting's label '遇到问题：', worded unlike the '遇到的问题：' the "
    "later meetings share, is missed",
    "d73_04_jiyao_dili_keyan_zuhui": "a research group's minutes titled by years and dates ('2021', '2020/4/26') are "
    "missed and lines of the notes read as titles",
    "d73_07_jianghua_xinda_xuanjiang": "a talk's '第一条经验，…' read as an article labelled '第一条', and the terms "
    "under it ('（大一）') lose their level",
    "d73_08_jianghua_shuzi_meiti_jiangao": "a lecture script's short topic titles ('帧', 'RGB', '视觉暂留') are missed "
    "and a computation's label reads as a title",
    "d73_09_xinwen_haida_jisuanji_xi": "three of the collected news items headed by a dot ('·惠普公司与…'), each over "
    "a picture's caption, are missed",
    "d73_10_zongjie_qingxi_muxiao": "a filled-in form's notes and its scored items ('媒体报道（12.0分+3.0分）') are "
    "missed",
    "d73_11_diaoyan_suzhou_fangyan": "a survey report's sections numbered with a space ('2 调查问卷…') among ones "
    "without ('1调研背景') are missed or lose their level",
    "d74_04_shishifangan_lunwen_pingshen": "a PDF plan's titles, indented as its wrapped text is ('功能细分' > "
    "'结构层功能'), are missed",
    "d74_05_cehuashu_jiaxiao_baoming": "a PDF plan's stages marked '⚫ 第一阶段（…）' are missed and a circled point "
    "reads as a title",
    "d74_07_niandu_zongjie_qianduan": "a year summary's month labels ('8月：' … '12月：') over their work are missed",
    "d74_08_niandu_zongjie_dashuju": "a summary's titles under another title, all at one level in the source, lose "
    "their level",
    "d74_09_sheji_baogao_jiehuanshu_xitong": "a design report's labelled modules ('(1)整体设计思路：') and its diagram "
    "titles ('用例图', '类图') are missed",
    "d75_04_jiyao_lixiang_huiyi": "a kickoff meeting's titles over lists and pictures ('项目选择' > '主要技术栈') are "
    "missed",
    "d75_05_jilu_xiaochengxu_zhouhui": "weekly meetings headed by their date fields ('时间: 2024年1月18日') are missed",
    "d75_06_jilu_mirror_xiangmu": "a course team's meeting records ('第二次会议记录') and their parts ('讨论记录', "
    "'会议详情') over lists are missed",
    "d75_07_zongjie_int_xiaozu": "an engineer's summary: task titles over lists and code are missed or lose their level",
    "d76_02_jihua_qiandao_guanli_xitong": "a plan's parts whose Word numbering was lost ('项目实施进度计划') and its '主要风险：' "
    "labels are missed; '八、' nests under them",
    "d76_04_zongjie_shiyongqi_qianduan": "a summary's first part is a bullet label ('- 试用期间的工作成绩和不足：') before '二 …' "
    "'三 …': it is missed",
    "d76_05_tongzhi_turang_luntan_zhengwen": "a call for papers' labels ('论坛主题：', '论坛组织专家委员会：') are missed and its "
    "list items read as titles",
    "d76_06_jiangzhuo_dabian_xml_jiami_jiansuo": "a defence script's parts numbered '一、' then '四、', '五、' (二、三、 "
    "unnumbered) are out of sequence, and the titles under 五、 lose their level",
    "d76_07_zongjie_tongban_ketang_xiangmu": "a project summary's field-like Word headings ('项目名称', '开发周期' over one "
    "line each) are missed",
    "d76_08_huiyijiyao_jiji_xinlixue_dierci": "minutes' '基础信息' and '会议主要议题' over tables and lists are missed; '5.总结' "
    "stands above topics 1-4",
    "d76_09_huiyijiyao_zijing_fangke_diyici": "minutes' colon labels are found flat: the proposed topics under "
    "'更换主题：' keep depth 1, and '会议事项：' over its list is taken",
    "d76_10_jiangzhuo_zhuanzheng_dabian": "a talk script's stage notes ('读ppt（1.5min）') read as titles and a stub "
    "heading is missed",
    "d77_01_shejibaogao_shequ_churu_guanli": "a course design report: a repeated '功能描述' label is taken as a heading",
    "d77_02_jiaocheng_wireshark_shiyan": "a lab write-up's step titles ending in '：' or '；' over screenshots are "
    "missed",
    "d77_03_kaitibaogao_waimai_pingtai": "a proposal form's labels ('研究方法：', '设计方案：') and its first part, whose Word "
    "number was lost, are missed",
    "d77_04_jishuwendang_xuqiu_guige": "a spec's subtitle ('iCountry平台') under its title holds every part one level "
    "down and '0. 目录' is missed",
    "d77_05_dushubiji_wuhezhizhong": "reading notes' bold lines ('误解之一：…') under decimal-less parts are missed and "
    "the parts lose their levels",
    "d77_06_shejibaogao_canting_huju": "a design report's chapters whose Word numbers were lost ('、电路图及有关设计文件') are "
    "missed and its levels shift",
    "d77_07_jiangyi_gaoshu_jihe_jixian": "lecture notes' unnumbered titles ('集合与映射', '集合', '集合的概念') are missed among "
    "formulas",
    "d77_08_xinde_xuexi_fangfa": "an essay's English titles ('Thinking Modes', 'Chunking') over Chinese text are "
    "missed",
    "d77_09_dushubiji_diyici_dang_zhuguan": "reading notes' one title with a comma and a bracket is missed and a "
    "line of arrows reads as a title",
    "d77_10_zhidu_kaoqin_guanli": "two rules in one file: the second document's title and its parts get the wrong "
    "levels",
    "d77_11_zhidu_youkelian_kaoqin": "company rules whose Word numbering was lost: '假期管理' and the leave types under "
    "it are missed",
    "d78_01_zongjie_xunlianying_tanghongyu": "a training camp summary's unnumbered titles ('第二阶段学习内容', '系统框图') are "
    "missed or lose their level",
    "d78_02_zongjie_xialingying_chenzhiyang": "a camp report's three levels of unnumbered titles ('宏', '进程状态监控') come "
    "out flat",
    "d78_03_gongzuobaogao_plct_kaiyuanjinzhan": "a progress report's English project titles under its Chinese parts "
    "lose their level",
    "d78_05_guihua_plct_riscv_2020": "a roadmap's project titles ('OpenJDK', 'ROS') stand beside their part instead "
    "of under it",
    "d78_06_tongzhi_hellogcc_hangzhou_juhui": "a meetup notice's short titles ('时间和地点', '如果您想要分享') over lists are "
    "missed",
    "d78_07_tegao_riscv_barcelona_workshop": "a workshop report's talk without a speaker named on its line "
    "('Mateo: BSC processor initiative') is missed",
    "d78_08_huiyijilu_shixi_xiangmu": "meeting records headed by bare dates ('7.11') and their nested points are "
    "missed",
    "d78_09_tongzhi_riscv_fenghui_canhui_zhinan": "an attendee guide's titles ('线上观看', '还能报名么？') over lists are missed",
    "d78_11_jianbao_riscv_shuangzhou_20170928": "a newsletter's items (sentences under '技术讨论') and its section titles "
    "are missed",
    "d79_02_shouce_shell_yonghu": "a shell manual's command names ('bg', 'cd') under '基本命令' are missed and its levels "
    "shift",
    "d79_03_shouce_xiaodingdang_app": "a user manual whose Word numbering was lost: '引言', '用途' are missed and the "
    "numbered sections lose their level",
    "d79_05_sheji_dianti_diaodu": "a design report's '1分析' and its unnumbered '问题重述' are missed and the levels shift",
    "d79_06_dushu_zhongshen_chengzhang": "reading notes' quoted lead-ins ('在书中对固定型思维的定义就是') read as titles and the "
    "aspects lose their level",
    "d79_08_jiaocheng_obsidian_zotero": "a tutorial's unnumbered titles over steps and screenshots ('个人知识管理库的构建') are "
    "missed",
    "d79_09_suibi_xuexi_xue_shenme": "an essay's subtitles under its parts come out at the parts' level",
    "d79_10_shouce_sports_yundong": "a user manual's lettered items ('a.数据精确度') and '1.2项目背景' are missed",
    "d79_11_suibi_jiaomu_yishizhuxing": "an essay's short titles ('YPD', 'SD 选择培养基') are missed",
    "d80_01_jiyao_riscv_shuangzhouhui": "a biweekly sync's agenda label ('暂时确定的议程（持续添加）：') is missed and its "
    "follow-up actions lose their level",
    "d80_02_yuebao_tarsier_caozuoxitong": "a monthly report's project titles ('Infra') and contributors' names under "
    "them are missed",
    "d80_04_tigang_nsfc_yiqi_yanzhi": "an application outline's '1．研制内容与方案…' items, run-on sentences line after line, "
    "are read as a list",
    "d80_05_huifu_taibei_shizhengfu": "two answers' short titles ('中小型藝文空間') and two questions' line splits are missed",
    "d80_06_caifang_waisongyuan": "an interview record's follow-up question ('Q. 200 單很難跑嗎？') is taken as a heading",
    "d80_09_caifang_pdis_tangfeng": "a feature's subtitle and picture captions read as titles",
    "d80_11_zongjie_dengshan_shenqing": "a project report's question titles ('所以我們怎麼整合？') and exclaimed subtitles are "
    "missed",
    "d81_02_shetuan_moztw_canyu": "a community page's '參與我們' over its nine work areas is missed, so the areas lose "
    "their level",
    "d81_03_shouce_rime_fangan": "a manual's short titles ('開始之前', '描述檔') over code are missed",
    "d81_06_suibi_gaodeng_jiaoyu": "an essay's parts numbered in hex ('0x01', '0x02') are found with no marker",
    "d81_07_guifan_xiangmu_mulu": "a directory standard's titles ('资源分类', '规范说明约定') are missed and its levels shift",
    "d81_08_pinglun_fufei_kecheng": "a book chapter's stacked titles ('做课步骤', '平台销售', '渠道和分成') are missed; its "
    "'第一个事实：…' lines are taken",
    "d81_10_sheji_xuqiu_guige": "a specification's labels ('用户场景：', '用户的需求') are missed",
    "d82_02_jiaocheng_dove_kuangjia": "a guide's questions switch from '13.' to '14 ' and a second '3.' repeats a "
    "number: those chapters are missed",
    "d82_03_kaiti_youxingqi_dianfa": "a proposal's chapter titles numbered by Word ('研究背景和意义') stand unnumbered and "
    "are missed",
    "d82_04_shouce_ccdebugger_fangzhenqi": "a PDF manual's unnumbered section titles ('主要特点', 'SoC 连接方式') are missed",
    "d82_05_zhangcheng_jiazubaike_chuangye": "an agreement's list restarting at '1.' inside item 11 is read as its "
    "top level; '12.' and '13.' are missed",
    "d82_07_suibi_zhiye_guihua": "an essay's question title ('S阶段要具备什么素质？') is missed and a list of subjects is "
    "taken",
    "d82_08_shenbao_shendu_xuexi_cunchu": "a report's run-in items ('（1）大数据流信号存储优化方面：主要是…') and numbered steps are "
    "taken",
    "d82_09_xieyi_lingu_caishui_hezuo": "two articles numbered only by Word ('甲方的义务责任') are missed among the 第X条 "
    "ones",
    "d82_10_jihuashu_lingu_caishui_rongzi": "a plan's part titles ('产品运营篇') and its labelled lines ('B线——…：') are "
    "missed",
    "d83_01_dushubiji_yingxiangli": "reading notes' question and one-word titles ('喜好', '权威') over their sub-titles "
    "are missed",
    "d83_02_shiyongshouce_jizhanpeizhi": "a manual's English object names ('MRBTS', 'EQM') as sub-titles are missed",
    "d83_03_jishuwendang_pingmushipei": "a guideline's '2.1、' titles and its '第二章…。' chapter ending in a full stop "
    "are missed",
    "d83_05_suibi_zhonggao": "an essay's '目录' line, a heading of the gold, is not taken",
    "d83_06_jiangyi_nashijunheng": "lecture notes' '1. 案例分析' is taken as a plain title, its '1.' left in the "
    "title (set aside as a tight list's item, then taken back unnumbered)",
    "d83_07_shenqing_zhuanli_yixuewenda": "a patent's PDF lines cut mid-sentence ('以适当地响应用') are taken as titles",
    "d83_09_guifan_codereview": "a rule's '3.1 一次评审少于…。' sentence titles are missed",
    "d83_10_shejibaogao_zimiaozhunzhuangzhi": "a report's lone '附' is missed and a table's cells ('基本要求（1）') are "
    "taken",
    "d84_01_zhidu_gitlab_caozuo_guifan": "a rule's Markdown section titles ('工单', 'Issue的耗时') and its labels with a "
    "colon are missed",
    "d84_02_zhidu_xiangmu_guanli_guifan": "a rule's unnumbered titles ('项目命名规则') are missed; its '目录' and a rule "
    "sentence are taken",
    "d84_03_jiaocheng_pos_gongshi_shiyan_zhidaoshu": "a lab guide's parts ('实验过程') over labels ('实验流程：') are "
    "missed, so its ① steps lose a level",
    "d84_04_sheji_zhineng_bldc_kongzhi_xitong": "a PDF report's figure captions ('加速器的原理图'), their '图' number lost, "
    "are taken as titles",
    "d84_05_zhidu_xiangmu_kaifa_liucheng": "a process's stage titles with their roles ('需求阶段  (职责 销售人员)') are missed",
    "d84_06_jiaocheng_frp_neiwang_chuantou": "a tutorial's second '6.4' and its last unnumbered title are missed",
    "d84_08_jiangyi_shuzi_tuxiang_fenxi_fuxi_tigang": "revision notes' numbered questions ('1. 可分离和正交图像变换定义') are "
    "missed and bullet lines taken",
    "d84_09_kaiti_manxingbing_fengxian_yuce": "a proposal's '第一阶段：…' plan stages and its last '七、指导教师意见：' field are "
    "missed",
    "d84_10_suibi_chujing_shenzao": "an essay's short titles ('转学', '美国', '日本') are missed",
    "d85_01_caozuoshouce_meic2wrf": "a PDF manual's unnumbered titles ('工具简介', '运行环境') are missed",
    "d85_02_jiaoxuesheji_hongxingzhaoyao": "a teaching design's titles ('关于长征') and its tasks numbered by Word are "
    "missed",
    "d85_03_xuean_xianggang": "a worksheet's bracketed parts ('【学习目标】') and its '学习任务一、…：' tasks are missed",
    "d85_06_dushubiji_wenjian": "the unnumbered sub-titles inside a book's '一．设计理念' ('沉侵式设计理念') and a "
    "'黄金法则四 …' line are missed",
    "d85_08_shejibaogao_shuimianlaji": "a PDF report's table header row and figure captions are taken as titles",
    "d85_09_jiangyi_xitongyouhua": "lecture notes' formula lines and an algorithm's numbered steps are taken as "
    "titles",
    "d85_10_kexingxingbaogao_songcan": "a report's only typed number ('9. 结论') among titles numbered by Word is "
    "missed",
    # two of the five of fresh set 86b drawn to dev (session 73, helper B)
    "f86b_02_sheji_xuqiu_gostorage": "a specification's unnumbered page titles after its 3.1.3 ('注册界面', '首页') are "
    "missed, and the three found are put under 3.1.3 instead of beside it",
    "f86b_10_guize_robomaster_bisai": "a rulebook's numbered rules and labels inside a 2.1 section ('1.充分再设计：…', "
    "'2.底盘') are taken as its subsections",
    # the five of fresh set 87 drawn to dev (session 74)
    "f87_09_jihuashu_xianyu_pingtai": "a plan's numbered lines with bulleted items under unnumbered part titles ('1. "
    "用户系统') are taken as sections (its Markdown makes them list items)",
    # the five of fresh set 88 drawn to dev (session 75)
    "f88_01_zhaobiao_wenjian_xiangmu": "a tender's unnumbered sub-titles under its 第N章 chapters ('项目基本情况', '招标范围') "
    "are missed or set beside the chapters, and a project's name line ('XX项目') is taken as a title",
    "f88_08_xieyi_hezuo_caoan": "an agreement's colon labels over checkbox lists ('boss 负责：', '小咪达成100万目标后：') are "
    "missed, and a '目标：' line under a stage is taken as a title",
    "f88_15_shuomingshu_zhixuetong": "a manual's unnumbered sub-titles ('运行环境', 'Windows用户', '配置方法') are missed, its "
    "FAQ questions ('Q:启动后浏览器访问不了？') are taken as titles, and '方法一：…' is set a level off",
    # four of the five of fresh set 89 drawn to dev (session 76, helper C)
    "f89_04_jiyao_gamejam_saiqian": "plain meeting notes' colon label over a numbered list ('确认事项：') and the date line "
    "that opens the second meeting ('4.1') are missed: no headings are found",
    "f89_06_shouce_yiye_langrensha": "a manual's first emoji role label under '村民阵营' ('👱 村民 (Villager)') is missed "
    "and the next ones ('🔮 预言家 (Seer)') are set a level up, beside '村民阵营'",
    "f89_07_shouce_dangyuan_paiban": "a manual's numbered steps and unnumbered labels inside its ruled parts ('1. 注册/登录', "
    "'信息卡片区（顶部）', '每周例行操作' right under '📊 常见操作流程') are missed",
    # moved to dev in session 73 (part of its gold was seen)
    "f85_05_kepuwenzhang_xiangduilun": "an essay's ### subsections, their '#' gone, sit beside their ## sections, a "
    "quoted epigraph line ('_雨中行走…') is taken as a title, and the closing 'Ref:' is missed",
}


def test_the_corpus_has_thirty_documents_each_with_its_source():
    provenance = (CORPUS / "PROVENANCE.md").read_text(encoding="utf-8")
    assert len(GOLD) >= 30
    for path in GOLD:
        assert f"docs/{json.loads(path.read_text(encoding='utf-8'))['file']} |" in provenance


@pytest.mark.parametrize("gold_path", [
    pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_GAPS[p.stem], strict=True)) if p.stem in KNOWN_GAPS else p
    for p in DEV], ids=[p.stem for p in DEV])
def test_dev_outline_matches_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = load_document(CORPUS / "docs" / gold["file"])
    got = [(h.depth, "".join(h.marker.split()), h.line) for h in doc.headings]
    assert got == [(g["depth"], "".join(g["marker"].split()), g["line"]) for g in gold["headings"]]
