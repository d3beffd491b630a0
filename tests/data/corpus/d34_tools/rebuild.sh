#!/bin/bash
# Rebuild every document and gold of dev set 34 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev34
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# LAW file title chapter_depth article_depth [section_depth]: 第X章/第X节/第X条 in sequence at a line start (law_spec.py)
LAW() { local f=$1 t=$2; shift 2; G $f "$t" "$(python3 $T/law_spec.py docs/$f "$@")"; }
# 01 双色球游戏规则 (中国福利彩票发行管理中心) on a lottery site's help page (ASPX, chrome kept): 第X章 > 第X条
python3 $T/html_blocks.py src/kylin589_Shove_Help_play1.aspx docs/d34_01_guize_caipiao_shuangseqiu.txt "双色球玩法规则" --drop-first-if-title >/dev/null
LAW d34_01_guize_caipiao_shuangseqiu.txt "双色球玩法规则" 1 2
# 02 十一运夺金游戏规则 (体育彩票管理中心) on the same site's help page: 第X章 > 第X条
python3 $T/html_blocks.py src/kylin589_Shove_Help_play17.aspx docs/d34_02_guize_caipiao_shiyiyunduojin.txt "十一运夺金玩法规则" --drop-first-if-title >/dev/null
LAW d34_02_guize_caipiao_shiyiyunduojin.txt "十一运夺金玩法规则" 1 2
# 03 天津科技大学人工智能学院 预约参观制度 (一、>（一）>1. ; (1) items and untitled （三）-（五） rules are not headings), HTML built by string concatenation in a JS module
python3 $T/js_string_html.py src/yhzwealth_TUST_order_platform_uniform.js /tmp/d34_03.html
python3 $T/html_blocks.py /tmp/d34_03.html docs/d34_03_zhidu_canguan_yuyue_tust.txt "人工智能教育科普基地及人工智能与大数据体验馆预约参观制度" --drop-first-if-title >/dev/null
G d34_03_zhidu_canguan_yuyue_tust.txt "人工智能教育科普基地及人工智能与大数据体验馆预约参观制度" '[[3,1],[5,1],[6,2],[7,3],[10,3],[13,2],[17,1]]'
# 04 江西时时彩游戏规则 on a lottery site's rules page (JSP; the page's <title> comes from an include, so line 1 is the rules' own title): 第X章 > 第X条
python3 $T/html_blocks.py src/yeeh1616_jclottery_playerintro_jxssc.jsp docs/d34_04_guize_caipiao_jiangxi_shishicai.txt "江西时时彩游戏规则" --drop-first-if-title >/dev/null
LAW d34_04_guize_caipiao_jiangxi_shishicai.txt "江西时时彩游戏规则" 1 2
# 05 竞彩篮球游戏玩法规则 on the same site (all parts are <h2>: 一、-四、 game types, then 二、-四、 numbering restarting, then an unnumbered h2; 第X条： restart in each part)
python3 $T/html_blocks.py src/yeeh1616_jclottery_playerintro_jclq.jsp docs/d34_05_guize_caipiao_jingcai_lanqiu.txt "竞彩篮球游戏玩法规则" --drop-first-if-title >/dev/null
G d34_05_guize_caipiao_jingcai_lanqiu.txt "竞彩篮球游戏玩法规则" '[[9,1],[13,1],[26,1],[40,1],[50,1],[51,2],[52,2],[80,2],[81,1],[82,2],[83,2],[84,2],[85,2],[86,2],[90,2],[91,1],[108,1]]'
# 06 快3游戏规则 (福彩, 江苏) on a lottery site's help page (FreeMarker template; the header include renders seoTitle as the page title, so line 1 is that seoTitle): 第X章 > 第X条 (full-width spaces)
python3 $T/html_blocks.py src/azenusgogo_S-lottery-neo_help_introduction_k3js-rule.ftl docs/d34_06_guize_caipiao_kuai3.txt "老快3玩法规则-帮助中心-搜狗彩票" >/dev/null
LAW d34_06_guize_caipiao_kuai3.txt "老快3玩法规则-帮助中心-搜狗彩票" 1 2
# 07 七乐彩游戏规则 on the same site: 第X章 > 第X条
python3 $T/html_blocks.py src/azenusgogo_S-lottery-neo_help_introduction_qlc-rule.ftl docs/d34_07_guize_caipiao_qilecai.txt "七乐彩玩法规则-帮助中心-搜狗彩票" >/dev/null
LAW d34_07_guize_caipiao_qilecai.txt "七乐彩玩法规则-帮助中心-搜狗彩票" 1 2
# 08 台州文化云 page (志愿服务-理论探索) whose body is a 文化部 notice on 国家级非遗代表性项目 (一、>（一）); （二） is run into the end of the previous paragraph in the source (no <br> before it), so it is not at a line start and not in the gold
python3 $T/html_blocks.py src/nantiandeai_taizhou_agdzyfw_linuninfo.jsp docs/d34_08_tongzhi_feiyi_baohu_taizhou_wenhuayun.txt "台州文化云-志愿服务-理论探索-关于规范志愿服务记录证明工作的指导意见" --drop-first-if-title >/dev/null
G d34_08_tongzhi_feiyi_baohu_taizhou_wenhuayun.txt "台州文化云-志愿服务-理论探索-关于规范志愿服务记录证明工作的指导意见" '[[17,1],[19,2],[22,2],[24,2],[26,2]]'
# 09 广东省数字文化馆服务条款 (the same site's terms page): 一、-十三、 section headings; 1、 numbered clauses and (a) items are not headings
python3 $T/html_blocks.py src/nantiandeai_taizhou_user_readme.html docs/d34_09_tiaokuan_fuwu_shuzi_wenhuaguan.txt "广东省数字文化馆服务条款" --drop-first-if-title >/dev/null
G d34_09_tiaokuan_fuwu_shuzi_wenhuaguan.txt "广东省数字文化馆服务条款" "$(python3 -c "
import re,json
L=open('docs/d34_09_tiaokuan_fuwu_shuzi_wenhuaguan.txt',encoding='utf-8').read().split('\n')
print(json.dumps([[i+1,1] for i,l in enumerate(L) if re.match(r'^[一二三四五六七八九十]+、',l)]))")"
# 10 地图慧开放平台商用公告 (JSP page; line 2 is the notice's own title under the site title): bold "1.服务内容:" / "2.使用规则" headings, 1.1-2.9 numbered clauses without titles are not headings
python3 $T/html_blocks.py src/un-knower_geoforce_notice.jsp docs/d34_10_gonggao_ditu_kaifang_pingtai.txt "地图慧开发平台" --drop-first-if-title >/dev/null
G d34_10_gonggao_ditu_kaifang_pingtai.txt "地图慧开发平台" '[[4,1],[10,1]]'
# 11 凤凰微彩投注站营业厅用户协议 (the lottery site's help page; page <title> comes from an include, so line 1 is the agreement's own title): 一、 parts; titled "1.注册者资格", "2.账户", "5. 免责条款" are sub-headings, untitled 1./（1） clauses are not
python3 $T/html_blocks.py src/yeeh1616_jclottery_help_xy.jsp docs/d34_11_xieyi_yonghu_fenghuang_weicai.txt "凤凰微彩投注站营业厅用户协议" --drop-first-if-title >/dev/null
G d34_11_xieyi_yonghu_fenghuang_weicai.txt "凤凰微彩投注站营业厅用户协议" '[[4,1],[9,1],[14,1],[15,2],[17,2],[26,1],[31,1],[41,1],[54,2],[67,1],[82,1],[84,1]]'
# 12 166彩票网服务协议 (PHP view without a <title>; line 1 is the agreement's own title): 一、-十二、 part headings; the <ol> clauses (numbers not in the text) and run-in "账户管理权：" items are not headings
python3 $T/html_blocks.py src/cnceo_166cai_main_serviceAgreement.php5 docs/d34_12_xieyi_fuwu_166caipiao.txt "166彩票网服务协议" --drop-first-if-title >/dev/null
G d34_12_xieyi_fuwu_166caipiao.txt "166彩票网服务协议" "$(python3 -c "
import re,json
L=open('docs/d34_12_xieyi_fuwu_166caipiao.txt',encoding='utf-8').read().split('\n')
print(json.dumps([[i+1,1] for i,l in enumerate(L) if re.match(r'^[一二三四五六七八九十]+、',l)]))")"
python3 $T/check_gold.py
