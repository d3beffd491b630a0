#!/bin/bash
# Rebuild every document and gold of fresh set 55 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh55
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 浙大工程师学院 硕士开题报告 (plain .txt, CRLF; cover, contents page, 一、 / 2.1 / 2.1.1, run-in 2.1.1 and 6.1 titles cut at the colon)
python3 $T/txt_doc.py src/Rookiehc_NIC-Flow-EMA_kaiti_baogao.txt f55_01_kaiti_baogao_chaofenbianlv.txt "基于噪声反演的一致性图像超分辨率研究"
G f55_01_kaiti_baogao_chaofenbianlv.txt "基于噪声反演的一致性图像超分辨率研究" \
 '[[59,1],[65,1],[72,1],[73,2],[74,3,"扩散模型的超分应用"],[75,3,"整流流与单步生成"],[76,2],[77,3,"扩散反演技术"],[78,3,"归纳矩匹配与一致性模型"],[80,1],[82,2],[84,2],[86,2],[89,1],[90,2],[95,2],[101,1],[102,2],[105,2],[110,2],[115,1],[116,2,"理论与算法成果"],[117,2,"学术发表"],[138,1]]'
# 02 本科毕业设计 开题报告 (plain .txt; 1. / （1） sections; unnumbered 'XX设计：' label lines under （1） as depth 3; （1）–（7） of 3. are list items)
python3 $T/txt_doc.py src/zxy20030810_tourism-recommendation_kaiti_baogao.txt f55_02_kaiti_baogao_lvyou_tuijian.txt "基于深度学习的旅游目的地智能推荐系统 开题报告"
G f55_02_kaiti_baogao_lvyou_tuijian.txt "基于深度学习的旅游目的地智能推荐系统 开题报告" \
 '[[2,1],[3,2],[5,2],[7,1],[8,2],[14,2],[20,1],[30,1],[31,2],[33,3],[35,3],[38,3],[41,2]]'
# 03 课程汇报讲稿 (Markdown, read-out script on the A1 graph-database paper; ## parts, ### points, all unnumbered)
python3 $T/make_md_doc.py src/HEU-CS_new-database-Yeecoder_jianggao.md f55_03_jianggao_a1_tushujuku heldout --levels 2,3 --fresh >/dev/null
# 04 研究生 论文方向汇报讲稿 (Markdown: ## 一、 parts, ### 1. / 方向一： sections, bold stand-alone lines as depth 3)
python3 $T/make_md_doc.py src/lvpin284_future_paper_direction_jianggao.md f55_04_jianggao_lunwen_fangxiang_huibao heldout --levels 2,3 --fresh >/dev/null
python3 $T/gold_by_text.py f55_04_jianggao_lunwen_fangxiang_huibao.txt "未来论文方向汇报讲稿" '[["一、开场白（约1分钟）",1],["二、多语言TTS（约10分钟）",1],["1. 跨语言合成：中→Top10语种（重点）",2],["核心问题是什么？",3],["目前的最优解法（DSE-TTS方案）",3],["2. 音色克隆：零样本+韵律解耦（重点）",2],["核心问题是什么？",3],["Vevo 框架（OpenReview 2024）",3],["DisCo-Speech 框架（arXiv 2512.13251）",3],["DMOSpeech 2 与音色克隆的关联（AAAI 2026，重点精读）",3],["3. 可控合成（了解，略讲）",2],["三、多语多模ASR（约8分钟）",1],["1. 多模辅助消歧去噪（重点）",2],["核心问题是什么？",3],["VALLR（视觉ASR语言模型用于唇语识别）",3],["AGSP-DSA（多模态动态语义对齐）",3],["中文ASR的特殊优化",3],["2. CineSRD：视频辅助说话人日志（CVPR 2026，精读）",2],["第一步：视觉锚点聚类",3],["第二步：说话人转换检测",3],["第三步：幕后说话人补充",3],["3. 端到端语音翻译（了解，略讲）",2],["四、未来论文方向建议（约5分钟，重点）",1],["方向一：GRPO强化学习 × 跨语言时长对齐",2],["方向二：拼音辅助 × 中文跨语言音色克隆",2],["方向三：音素中间表示 × 中文视觉辅助ASR（唇语识别）",2],["五、总结（约1分钟）",1],["附：关键论文速查",1]]' >/dev/null
# 05 游戏平台 用户服务协议 (ASP.NET page, no <title>: the h2 is the page title; bold 一、 parts, titled 'N、XX' paragraphs depth 2, untitled numbered paragraphs not headings)
python3 $T/html_blocks.py src/ravenwritingdesk_gongpa_Treaty.aspx docs/f55_05_xieyi_youxi_pingtai_yonghu_fuwu.txt "用户服务协议" --drop-first-if-title >/dev/null
G f55_05_xieyi_youxi_pingtai_yonghu_fuwu.txt "用户服务协议" '[[2,1],[4,2],[6,1],[7,2],[9,2],[11,2],[13,2],[15,2],[17,1],[24,1],[28,1],[29,2],[31,2],[33,2]]'
# 06 拉勾 前端工程师 年度总结 (Markdown: ## parts, ### 1. items and ### labels; '2019 Q1 …' is a year, not a marker)
python3 $T/make_md_doc.py src/patchBig_taro_note_nianzhong_zongjie.md f55_06_nianzhong_zongjie_zhaopin_xiaochengxu heldout --levels 2,3 --fresh >/dev/null
python3 $T/gold_by_text.py f55_06_nianzhong_zongjie_zhaopin_xiaochengxu.txt "年度总结" '[["本职内常规工作",1],["1. 全民升职季-小金人活动",2],["2. 拉勾招聘企业模板小程序开发",2],["3. B 端小程序中工作流程的完善",2],["4. 拉勾猎头小程序的开发",2],["5. PC 端登录页为小程序引流",2],["本职内优化工作",1],["1. C 端小程序代码的优化",2],["2. 小程序的基本开发技能以及微信背后编译小程序代码能力的分享",2],["3. PC 端发布职位的优化",2],["2018年综述",1],["WELL",2],["LESS WELL",2],["2019 Q1 的期待与要求",1],["自己",2],["团队",2],["公司",2]]' >/dev/null
# 07 Work Review in 2019 (Markdown: ## month sections; bold question list items and the plain '本阶段工作总结：' label lines are not headings)
python3 $T/make_md_doc.py src/gengarneko_Notes_nianzhong_zongjie.md f55_07_nianzhong_zongjie_guojizhan_wuxian heldout --levels 2 --fresh >/dev/null
# 08 博客系统 隐私政策 (JSP page; header/footer are server-side includes, not rendered, so line 1 is the breadcrumb's page name; the h2 repeats it; '1. 适用范围' / '2. 信息使用' paragraphs are the sections)
python3 $T/html_blocks.py src/e-liuzhang_Blog-publishing-system_privacy.jsp docs/f55_08_yinsi_zhengce_boke_wangzhan.txt "隐私政策" >/dev/null
G f55_08_yinsi_zhengce_boke_wangzhan.txt "隐私政策" '[[6,1],[11,1]]'
# 09 项目汇报演讲稿 (Markdown: ## 一、 parts, ### 第X层 / 1. sections; the two bold stand-alone labels under 第三层 are depth 3)
python3 $T/make_md_doc.py src/jusong1005_big_data_case_study_yanjianggao.md f55_09_yanjianggao_dashuju_huaxiang_xiangmu heldout --levels 2,3 --fresh >/dev/null
G f55_09_yanjianggao_dashuju_huaxiang_xiangmu.txt "大数据用户画像与推荐分类实战 — 项目汇报演讲稿" '[[7,1],[15,1],[19,2],[35,2],[69,2],[73,3],[83,3],[106,2],[120,2],[141,2],[162,2],[181,2],[187,2],[193,1],[203,1],[205,2],[211,2],[217,2],[223,2],[229,2],[237,1],[247,1]]'
# 10 心雨花屋 会员注册协议 (JSP page with its own <title>; the page is short: the only section heading is the bold '一、 用户注册：' line after a <br>; '注册协议' / '服务协议' repeat the title; '1.'/'2.' are numbered paragraphs)
python3 $T/html_blocks.py src/xiaohaiya_test_flowershop_xieyi.jsp docs/f55_10_xieyi_huadian_huiyuan_zhuce.txt "会员注册协议页 - 心雨花屋- Powered by XiaoHai" --drop-first-if-title >/dev/null
G f55_10_xieyi_huadian_huiyuan_zhuce.txt "会员注册协议页 - 心雨花屋- Powered by XiaoHai" '[[6,1]]'
# 11 本科毕业设计 开题报告表 (plain .txt exported from a Word form: cells tab-separated; the form's section labels '课题研究的…：' depth 1, 一、 depth 2, titled 1.–5. step lines and the 1.–4. problem items (each followed by its own paragraph) depth 3; the 1.–3. method paragraphs, the teacher's-opinion fields and signatures are not headings)
python3 $T/txt_doc.py src/3240810434_and_kaiti_baogao.txt f55_11_kaiti_baogao_xiaoqu_bianmin_app.txt "基于Android的小区便民服务APP的设计与实现 开题报告"
G f55_11_kaiti_baogao_xiaoqu_bianmin_app.txt "基于Android的小区便民服务APP的设计与实现 开题报告" \
 '[[6,1],[7,2],[11,2],[15,1],[16,2],[22,2],[23,3,"信息透明化"],[25,3,"提升居民的互动"],[27,3,"物业效率保证"],[29,3,"确保服务商家的认证规范性"],[32,1],[33,2],[37,2],[38,3],[41,3],[45,3],[49,3],[53,3],[56,1]]'
# 12 课程项目答辩演讲稿 (Markdown: ## 第 N 页 · X（时长） per slide, marker '第 N 页' set by hand; ## Q&A 预案 with bold stand-alone questions 'Q: …？' as depth 2, titles keep 'Q: ')
python3 $T/make_md_doc.py src/tugumineko_dip-course-project_yanjianggao.md f55_12_yanjianggao_lao_zhaopian_xiufu heldout --levels 2 --fresh >/dev/null
python3 $T/gold_by_text.py f55_12_yanjianggao_lao_zhaopian_xiufu.txt "家庭老照片修复与纪念化生成 — 演讲稿" '[["第 1 页 · 封面（25 秒）", 1, "封面（25 秒）", "第 1 页"], ["第 2 页 · 项目需求（40 秒）", 1, "项目需求（40 秒）", "第 2 页"], ["第 3 页 · 修复需求（45 秒）", 1, "修复需求（45 秒）", "第 3 页"], ["第 4 页 · 系统结构（40 秒）", 1, "系统结构（40 秒）", "第 4 页"], ["第 5 页 · 温和修复（45 秒）", 1, "温和修复（45 秒）", "第 5 页"], ["第 6 页 · 泛黄褪色修复（45 秒）", 1, "泛黄褪色修复（45 秒）", "第 6 页"], ["第 7 页 · 黑白旧照增强（35 秒）", 1, "黑白旧照增强（35 秒）", "第 7 页"], ["第 8 页 · 颗粒修复与人像清晰化（50 秒）", 1, "颗粒修复与人像清晰化（50 秒）", "第 8 页"], ["第 9 页 · 折痕划痕辅助修复（45 秒）", 1, "折痕划痕辅助修复（45 秒）", "第 9 页"], ["第 10 页 · 纪念模板（45 秒）", 1, "纪念模板（45 秒）", "第 10 页"], ["第 11 页 · VGG 自定义艺术风格迁移（50 秒）", 1, "VGG 自定义艺术风格迁移（50 秒）", "第 11 页"], ["第 12 页 · 系统演示视频（80 秒）", 1, "系统演示视频（80 秒）", "第 12 页"], ["第 13 页 · 量化评估（50 秒）", 1, "量化评估（50 秒）", "第 13 页"], ["第 14 页 · 真实案例（35 秒）", 1, "真实案例（35 秒）", "第 14 页"], ["第 15 页 · 总结（35 秒）", 1, "总结（35 秒）", "第 15 页"], ["Q&A 预案", 1], ["Q: 为什么系统按“照片问题”设计，而不是按算法名称设计？", 2], ["Q: 修复结果为什么不追求越清晰越好？", 2], ["Q: 纪念版生成为什么主要用传统图像处理模板？", 2], ["Q: VGG 风格迁移在系统中的作用是什么？", 2], ["Q: 为什么有些定制修复的 PSNR 不一定最高？", 2], ["Q: 折痕划痕能完全自动修好吗？", 2]]' >/dev/null
python3 $T/check_gold.py
