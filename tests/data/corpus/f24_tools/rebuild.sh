#!/bin/bash
# Rebuild every document and gold of fresh set 24 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh24
T=tools
G() { python3 $T/gold2.py "$@" >/dev/null; }
# 01-03 柳河县 (吉林省通化市) policy pages of a DIYGW WeChat mini-program: the text1 template string's HTML
for f in 2023chanye chanye lvyou; do python3 $T/js_text1.py src/Vnissun_LiuheSWJ_policy_$f.js src/liuhe_${f}_text1.html; done
python3 $T/html_blocks.py src/liuhe_2023chanye_text1.html docs/f24_01_shishi_yijian_liuhe_zhongdian_chanye_2023.txt "加快重点产业实施意见" >/dev/null
G f24_01_shishi_yijian_liuhe_zhongdian_chanye_2023.txt "加快重点产业实施意见" '[[7,1],[8,2],[10,1],[11,2],[12,3],[15,3],[16,2],[17,3],[18,2],[19,3],[20,3],[21,2],[22,3],[23,3],[24,3],[25,3],[26,2],[27,3],[28,3],[29,3],[30,3],[31,3],[32,3],[33,3],[34,3],[35,2],[36,3],[37,1],[38,2],[39,1],[40,2],[41,2],[42,1],[43,2],[44,2],[45,2],[46,2]]'
python3 $T/html_blocks.py src/liuhe_chanye_text1.html docs/f24_02_shishi_yijian_liuhe_zhongdian_chanye.txt "加快重点产业实施意见" >/dev/null
G f24_02_shishi_yijian_liuhe_zhongdian_chanye.txt "加快重点产业实施意见" '[[2,1],[4,1],[5,2],[11,2],[12,2],[13,2],[14,2],[15,2],[16,2],[17,2],[18,2],[19,2],[20,2],[21,1],[23,1],[25,1]]'
python3 $T/html_blocks.py src/liuhe_lvyou_text1.html docs/f24_03_shishi_yijian_liuhe_lvyou.txt "加快重点产业实施意见" >/dev/null
G f24_03_shishi_yijian_liuhe_lvyou.txt "加快重点产业实施意见" '[[3,1],[4,2],[6,2],[8,1],[9,2],[11,2],[13,2],[15,2],[17,2],[19,1],[20,2],[22,2],[24,2],[26,2],[28,1],[29,2],[31,2],[33,2],[35,2],[37,1],[39,1]]'
# 04 临安市人民政府办公室 通知 (成立信用建设工作领导小组), JSP page of a credit-system portal; no section headings
python3 $T/html_blocks.py src/7373_Enterprise-credit_inter_organ_leader.jsp docs/f24_04_tongzhi_linan_xinyong_lingdao_xiaozu.txt "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知" >/dev/null
G f24_04_tongzhi_linan_xinyong_lingdao_xiaozu.txt "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知" '[]'
# 05 济南市槐荫区张庄路街道 办事指南 (item 1544 of the JSON example in WorkGuideList.java); 一、事项名称：… run-ins cut at the colon
python3 $T/workguide_item.py src/bxfla_AZ-ERQI_WorkGuideList.java 1544 src/workguide_item1544.html >/dev/null
python3 $T/html_blocks.py src/workguide_item1544.html docs/f24_05_banshi_zhinan_jinan_huaiyin_tuixiu_dangan.txt "企业退休人员档案关系接收" >/dev/null
G f24_05_banshi_zhinan_jinan_huaiyin_tuixiu_dangan.txt "企业退休人员档案关系接收" '[[2,1,"事项名称","一、"],[3,1,"事项类别","二、"],[4,1,"实施依据","三、"],[6,1,"实施机关","四、"],[7,1,"共同实施部门","五、"],[8,1,"承办机构","六、"],[9,1,"实施对象","七、"],[10,1,"法定期限","八、"],[11,1,"实施层级","九、"],[12,1,"预约办理","十、"],[13,1,"实施内容","十一、"],[14,1,"受理条件","十二、"],[15,1,"承诺时限","十三、"],[16,1,"办件类型","十四、"],[17,1,"办理形式","十五、"],[18,1,"申请材料","十六、"],[21,1,"办理流程","十七、"],[22,1,"收费标准","十八、"],[23,1,"通办范围","十九、"],[24,1,"办理进程查询","二十一、"],[25,1,"咨询服务","二十二、"]]'
# 06-07 宁海县科技创业服务中心 site pages (JSP, h2 page title shown again, h3 section headings)
python3 $T/html_blocks.py src/qiandonghf_newPark_ninghai_youhuizhengce.jsp docs/f24_06_youhui_zhengce_ninghai_kechuang_zhongxin.txt "优惠政策" --drop-first-if-title >/dev/null
G f24_06_youhui_zhengce_ninghai_kechuang_zhongxin.txt "优惠政策" '[[3,1],[5,1],[7,1],[9,1]]'
python3 $T/html_blocks.py src/qiandonghf_newPark_ninghai_ruzhuxuzhi.jsp docs/f24_07_ruzhu_xuzhi_ninghai_kechuang_zhongxin.txt "入驻须知" --drop-first-if-title >/dev/null
G f24_07_ruzhu_xuzhi_ninghai_kechuang_zhongxin.txt "入驻须知" '[[3,1],[5,1]]'
python3 $T/check_gold.py
