#!/bin/bash
# Rebuild every document and gold of fresh set 22 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh22
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 调研报告 《国内外BIM应用和政策支持研究》 (平安城科政策内参 2019年1-2月合刊, article HTML in a JS API mock of an H5 app)
python3 $T/jyy_content.py src/jiazhangyao_jyy_monthly_201902_2_28.js src/jiazhangyao_jyy_monthly_201902_2_28.content.html
python3 $T/html_blocks.py src/jiazhangyao_jyy_monthly_201902_2_28.content.html docs/f22_01_diaoyan_baogao_bim_yingyong_zhengce.txt "国内外BIM应用和政策支持研究" --drop-first-if-title >/dev/null
G f22_01_diaoyan_baogao_bim_yingyong_zhengce.txt "国内外BIM应用和政策支持研究" \
 '[[2,1],[3,2],[12,2],[23,2],[30,2],[36,1],[37,2],[38,3],[45,3],[56,3],[70,2],[72,3],[90,3]]'
# 02 政策解读 page: 《雄安新区工程建设项目招标投标管理办法（试行）》 摘要 (excerpted articles) + 解读 (numbered points)
python3 $T/jyy_content.py src/jiazhangyao_jyy_monthly_201902_2_25.js src/jiazhangyao_jyy_monthly_201902_2_25.content.html
python3 $T/html_blocks.py src/jiazhangyao_jyy_monthly_201902_2_25.content.html docs/f22_02_guanli_banfa_xiongan_zhaobiao_toubiao.txt "关于印发《雄安新区工程建设项目招标投标管理办法（试行）》的通知" --drop-first-if-title >/dev/null
G f22_02_guanli_banfa_xiongan_zhaobiao_toubiao.txt "关于印发《雄安新区工程建设项目招标投标管理办法（试行）》的通知" \
 '[[2,1],[3,2],[4,2],[5,2],[6,2],[7,2],[8,2],[9,2],[12,2],[13,2],[14,2],[15,1]]'
# 03 技术规范 excerpts: 继电保护 设计审查要点 (yuri1900 docsify notes, docs/standards/设计审查/README.md); the page title 设计审查 (its folder) is prepended as line 1
python3 $T/make_md_doc.py src/yuri1900_standards_shejishencha_README.md f22_03_jishu_guifan_jidian_baohu_sheji_shencha heldout --levels 3 --fresh >/dev/null
python3 -c "p='docs/f22_03_jishu_guifan_jidian_baohu_sheji_shencha.txt'; t=open(p,encoding='utf-8').read(); open(p,'w',encoding='utf-8').write('设计审查\n'+t)"
G f22_03_jishu_guifan_jidian_baohu_sheji_shencha.txt "设计审查" \
 '[[2, 1, "《陕电调〔2019〕13号 国网陕西省电力公司关于印发陕西电网110千伏及以下继电保护设计审查要点的通知》", "1"], [4, 2, "线路保护", "2.2"], [12, 2, "母线保护", "2.3"], [20, 2, "110千伏变压器保护", "2.5"], [38, 2, "66千伏及一下电容器保护", "2.6"], [44, 2, "故障录波器", "2.8"], [58, 2, "保护相关设备", "3"], [60, 3, "保护用CT", "3.1"], [68, 3, "保护用通道", "3.2"], [74, 3, "保护用直流电源", "3.3"], [86, 3, "保护及故障信息管理系统", "3.4"], [92, 3, "二次回路", "3.5"], [108, 2, "智能变电站继电保护配置", "4"], [120, 1, "《陕电调〔2020〕24号 国网陕西省电力公司关于印发陕西电网新（扩）建工程二次专业设计审查要点的通知》", "2"], [122, 2, "保护配置及相关要求", "2"], [124, 3, "线路保护", "2.2"], [134, 3, "母线保护", "2.3"], [140, 3, "主变保护", "2.4"], [148, 3, "高压并联电抗器保护", "2.5"], [152, 3, "断路器及短引线保护", "2.6"], [164, 1, "《陕电调〔2021〕13号 陕西电网新（扩）建工程二次专业设计审查要点（修订版）的通知》", "3"], [166, 1, "《DLT 5506-2015 电力系统继电保护设计技术规范》", "4"], [168, 2, "对直流电源的接入要求", "18.3"], [176, 2, "智能变电站继电保护的特殊要求", "19"], [178, 3, "一般规定", "19.1"]]'
# 04 school 管理制度 page 《学校后勤安全有关制度》 of 上海市复兴高级中学 (saved JSP page, GBK, converted to UTF-8 in src/; chrome kept)
python3 $T/html_blocks.py src/DoingDog_fx_web_page_fuxing_anquan.jsp docs/f22_04_xuexiao_guanli_zhidu_houqin_anquan.txt "上海市复兴高级中学网站 Portal Website of Shanghai Fuxing Senior High School" --drop-first-if-title >/dev/null
G f22_04_xuexiao_guanli_zhidu_houqin_anquan.txt "上海市复兴高级中学网站 Portal Website of Shanghai Fuxing Senior High School" '[[61,1],[62,2],[72,2],[80,2]]'
# 05 管理办法 《安全监督管理办法》 (中国铁路总公司 rule on a railway crew-assistant site; JSP page rendered by gted_render.py: its own title/content pairs, 第七章 block repeated as on the page)
python3 $T/gted_render.py src/danielcrown_gted_regulations_recontent1.jsp src/danielcrown_gted_regulations_recontent1.rendered.html
python3 $T/html_blocks.py src/danielcrown_gted_regulations_recontent1.rendered.html docs/f22_05_guanli_banfa_tielu_anquan_jiandu.txt "安全监督管理办法" >/dev/null
G f22_05_guanli_banfa_tielu_anquan_jiandu.txt "安全监督管理办法" '[[2, 1], [3, 2], [4, 2], [5, 2], [6, 1], [7, 2], [8, 2], [9, 2], [10, 2], [11, 2], [12, 2], [13, 2], [14, 1], [15, 2], [16, 2], [17, 2], [18, 2], [19, 2], [20, 2], [21, 2], [22, 2], [23, 2], [24, 2], [25, 2], [26, 1], [27, 2], [28, 2], [29, 2], [30, 2], [31, 2], [32, 1], [33, 2], [34, 2], [35, 2], [36, 1], [37, 2], [38, 2], [39, 2], [40, 2], [41, 1], [42, 2], [51, 1], [52, 2], [61, 2], [68, 2], [69, 1], [70, 2], [78, 1], [79, 2], [80, 2]]'
# 06 技术规范-style service standard 《动车组列车服务质量规范》 (same site, same renderer): 第X章 + titled clauses only (numbered requirement sentences are not headings)
python3 $T/gted_render.py src/danielcrown_gted_regulations_recontent3.jsp src/danielcrown_gted_regulations_recontent3.rendered.html
python3 $T/html_blocks.py src/danielcrown_gted_regulations_recontent3.rendered.html docs/f22_06_guifan_dongchezu_fuwu_zhiliang.txt "动车组列车服务质量规范" >/dev/null
G f22_06_guifan_dongchezu_fuwu_zhiliang.txt "动车组列车服务质量规范" '[[2, 1], [4, 1], [7, 1], [28, 1], [36, 1], [39, 2], [42, 2], [46, 2], [50, 2], [55, 2], [68, 1], [69, 2], [83, 2], [90, 2], [92, 2], [103, 1], [123, 2], [128, 2], [142, 2], [149, 1], [159, 1], [160, 2], [172, 1], [176, 1], [182, 1]]'
# 07 村规民约 《倍磊村规村约》 (village app React component; its rendered markup taken by jsx_markup.py): 48 numbered rules as list items, no section headings -> empty gold
python3 $T/jsx_markup.py src/Piu-Lin_beileifuture_QLConvention.jsx src/Piu-Lin_beileifuture_QLConvention.html
python3 $T/html_blocks.py src/Piu-Lin_beileifuture_QLConvention.html docs/f22_07_cungui_minyue_beilei.txt "倍磊村规村约" --drop-first-if-title >/dev/null
G f22_07_cungui_minyue_beilei.txt "倍磊村规村约" '[]'
# 08 school 招生简章 of 复兴进修学校 (2007) on the same school site (GBK page converted to UTF-8 in src/; chrome kept); numbering restarts at 一、 after 三、 (second series kept at depth 2); run-in 一、招生对象：… titles cut at the colon
python3 $T/html_blocks.py src/DoingDog_fx_web_page_jx.jsp docs/f22_08_zhaosheng_jianzhang_fuxing_jinxiu.txt "上海市复兴高级中学网站 Portal Website of Shanghai Fuxing Senior High School" --drop-first-if-title >/dev/null
G f22_08_zhaosheng_jianzhang_fuxing_jinxiu.txt "上海市复兴高级中学网站 Portal Website of Shanghai Fuxing Senior High School" '[[70, 1], [71, 2], [76, 2], [77, 3], [88, 3], [90, 3], [91, 3], [94, 2], [95, 3], [98, 3], [100, 3], [102, 2, "招生对象"], [103, 2, "课裎设置"], [104, 2], [107, 2]]'
python3 $T/check_gold.py
