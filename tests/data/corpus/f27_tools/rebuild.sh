#!/bin/bash
# Rebuild every document and gold of fresh set 27 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh27
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 合作协议 on a JSP page (page title 首页; the agreement appears twice: preview modal and page body; 第X条 headings of both copies)
python3 $T/html_blocks.py src/zhaozhikang157_suanzao-live_thirdWechat_index.jsp docs/f27_01_xieyi_weixin_zengzhi_fuwu_hezuo.txt "首页" --drop-first-if-title >/dev/null
G f27_01_xieyi_weixin_zengzhi_fuwu_hezuo.txt "首页" '[[5,1],[11,1],[20,1],[27,1],[34,1],[39,1],[43,1],[46,1],[58,1],[64,1],[73,1],[80,1],[87,1],[92,1],[96,1],[99,1]]'
# 02 微信公众号服务合作协议 (FreeMarker fragment, no <title>: line 1 = its h2; h4 第X条, h5 1、)
python3 $T/html_blocks.py src/sunder-xie_legend_wechat-agreement.ftl docs/f27_02_xieyi_taoqi_yunxiu_gongzhonghao.txt "淘汽云修门店微信公众号服务合作协议" >/dev/null
G f27_02_xieyi_taoqi_yunxiu_gongzhonghao.txt "淘汽云修门店微信公众号服务合作协议" '[[7,1],[8,2],[11,2],[15,2],[21,1],[22,2],[25,2],[28,2],[30,1],[38,1],[41,1],[44,1],[46,1],[50,1]]'
# 03 校园运动会通知 (JSP page with an empty <title>: line 1 = its h1, the h1 itself dropped; h3 一、 sections; （一） list items not headings)
python3 $T/html_blocks.py src/chainsmoker668_SSM-sport-management_ad.jsp docs/f27_03_tongzhi_xiaoyuan_yundonghui.txt "关于举办重庆城市科技学院校园运动会的通知" --drop-first-if-title >/dev/null
G f27_03_tongzhi_xiaoyuan_yundonghui.txt "关于举办重庆城市科技学院校园运动会的通知" '[[3,1],[5,1],[7,1],[11,1],[13,1]]'
# 04 全国中小学电脑制作活动 notice (ASP.NET content page, no <title>: line 1 = its h2; dt 一、, dd （一）/1./（1）/① title lines; the UTF-8 BOM line removed; footer kept)
python3 $T/html_blocks.py src/PageAberdeen_YoungTeacherCompetition_Notice.aspx docs/f27_04_huodong_tongzhi_diannao_zhizuo.txt "第十八届“中国移动‘和教育’杯”全国中小学电脑制作活动" >/dev/null
sed -i '/^\xEF\xBB\xBF$/d' docs/f27_04_huodong_tongzhi_diannao_zhizuo.txt
G f27_04_huodong_tongzhi_diannao_zhizuo.txt "第十八届“中国移动‘和教育’杯”全国中小学电脑制作活动" '[[3,1],[6,1],[8,1],[10,2],[13,2],[14,3],[15,4],[16,5]]'
# 05 臺灣 繼續僱用高齡者補助計畫 (JSP page; the points are an <ol> without numbers in the text and without titles: gold is empty; the h1 is the article title shown again)
python3 $T/html_blocks.py src/a2377678_advancedAge_require.jsp docs/f27_05_taiwan_jixu_guyong_gaolingzhe_buzhu.txt "中高齡就業相關補助計畫" --drop-first-if-title >/dev/null
G f27_05_taiwan_jixu_guyong_gaolingzhe_buzhu.txt "中高齡就業相關補助計畫" '[]'
# 06 臺師大學生會 組織架構 (Jekyll Markdown page; front-matter title = its opening ## heading, so that line is the title; ##/###/#### = depth 1/2/3)
python3 $T/make_md_doc.py src/ntnusa_ntnusa.github.io_org.md f27_06_taiwan_shida_xueshenghui_zuzhi heldout --levels 2,3,4 --fresh >/dev/null
# 07 臺師大學生自治會 組織章程 (Jekyll Markdown page without heading mark-up; labels written with spaces '第 一 章  總則' / '第 十二 條'; tools/spaced_law_gold.py: 章 depth 1, 條 depth 2, an article's title is its label)
python3 $T/make_md_doc.py src/ntnusa_ntnusa.github.io_law.md f27_07_taiwan_shida_xueshenghui_zhangcheng heldout --levels 2,3 --fresh >/dev/null
python3 $T/spaced_law_gold.py docs/f27_07_taiwan_shida_xueshenghui_zhangcheng.txt "組織章程" >/dev/null
# 08 北京龙链科技用户使用协议 (JSP page, <title> = line 1; a JSP expression inside a tag leaves '"/> "/>' on line 2, kept as scraped; 一、 sections, 1.1、 numbered clauses are not headings)
python3 $T/html_blocks.py src/zhaozhikang157_suanzao-live_userAgreement.jsp docs/f27_08_xieyi_longlian_yonghu_shiyong.txt "北京龙链科技用户使用协议" --drop-first-if-title >/dev/null
G f27_08_xieyi_longlian_yonghu_shiyong.txt "北京龙链科技用户使用协议" '[[4,1],[9,1],[24,1],[31,1],[40,1],[47,1],[58,1],[62,1]]'
# 09 “互联网+明厨亮灶”工程简介 (JSP page of a food-safety app, <title> 视频厨房 = line 1; the h2 is the article title shown again; h3 一、 sections; 一是… items not headings)
python3 $T/html_blocks.py src/zhangligithup_private-project_introduce.jsp docs/f27_09_fangan_hulianwang_mingchu_liangzao.txt "视频厨房" --drop-first-if-title >/dev/null
G f27_09_fangan_hulianwang_mingchu_liangzao.txt "视频厨房" '[[4,1],[6,1],[12,1]]'
# 10 北京科技冬令营 (FreeMarker fragment, no <title>: line 1 = its header text, the same text dropped; h2/h3 title block not headings; h3 【…】 sections; day rows of the timetable not headings)
python3 $T/html_blocks.py src/Explorer1092_vox_wintercamp_bjkj.ftl docs/f27_10_dongling_ying_beijing_keji.txt "北京科技冬令营" --drop-first-if-title >/dev/null
G f27_10_dongling_ying_beijing_keji.txt "北京科技冬令营" '[[6,1],[11,1],[52,1],[99,1],[101,1],[109,1],[111,1],[116,1],[119,1],[122,1]]'
# 11 住院须知 (hospital nursing-document JSP fragment, deleted from the repository later: taken at commit 4bde463; no title in the fragment: line 1 = the app's own menu name for template 2032 (xtpg.jsp: 住院须知); bold 一、 lines are the headings)
python3 $T/html_blocks.py src/nanyu233_atproject_edpc_jhz_2032.jsp docs/f27_11_xuzhi_zhuyuan_huanzhe.txt "住院须知" >/dev/null
G f27_11_xuzhi_zhuyuan_huanzhe.txt "住院须知" '[[3,1],[14,1],[30,1],[34,1],[42,1],[45,1]]'
# 12 淘汽云修用户注册协议 (FreeMarker fragment, no <title>: line 1 = its h1; the step indicator and the h1 shown again kept; h2 特别提示 / 第X条 (no separator) / 附件一、 headings; the h2 party lines 甲方：/乙方： are not section headings)
python3 $T/html_blocks.py src/sunder-xie_legend_home_agreement-tpl.ftl docs/f27_12_xieyi_taoqi_yunxiu_yonghu_zhuce.txt "淘汽云修用户注册协议" --drop-first-if-title >/dev/null
G f27_12_xieyi_taoqi_yunxiu_yonghu_zhuce.txt "淘汽云修用户注册协议" '[[11,1],[15,1],[26,1],[30,1],[60,1],[66,1],[69,1],[82,1],[84,1],[88,1],[93,1],[99,1],[104,1],[110,1,"云修系统服务费用标准","附件一、"]]'
python3 $T/check_gold.py
