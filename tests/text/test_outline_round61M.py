"""Round 61M: official metadata of 公告 serials, Hong Kong ordinances, Taiwan numbers, court rulings and notices
whose closing block is run on or sits before the text they issue; and the shapes those rules leave alone."""

from __future__ import annotations

import pytest

from reader.text.official import extract

TAX = ("国家税务总局关于增值税小规模纳税人减免增值税等政策有关征管事项的公告\n国家税务总局公告2023年第1号\n"
       "按照《财政部 税务总局关于明确增值税小规模纳税人减免增值税等政策的公告》规定，现将有关征管事项公告如下：\n"
       "一、增值税小规模纳税人发生增值税应税销售行为，合计月销售额未超过10万元的，免征增值税。\n特此公告。\n"
       "国家税务总局\n2023年1月9日\n")
JOINT = "财政部 税务总局关于个人所得税的公告\n财政部 税务总局公告2023年第12号\n现将有关政策公告如下：\n特此公告。\n"
ORDINANCE = ("《2023年區議會(修訂)條例》\n2023年第15號條例\n［2023年7月10日］\n本條例旨在修訂《區議會條例》。\n"
             "由立法會制定。\n1.\t簡稱\n本條例可引稱為《2023年區議會(修訂)條例》。\n")
ORDINANCE_PAREN = "《2023年印花稅(修訂)條例》\n(2023年第12號條例)\n[2023年6月16日]\n由立法會制定。\n1.\t簡稱\n"
TAIWAN = "教育部　函\n臺教高(二)字第1120012345號\n主旨：檢送112學年度大學招生名額一案，請查照。\n說明：依據本部辦理。\n"
RULING = ("福建省漳州市中级人民法院\n刑事裁定书\n（2015）漳刑终字第42号\n原公诉机关福建省漳浦县人民检察院。\n"
          "上诉人（原审被告人）马某，男，1977年6月23日出生。\n本院认为，上诉人以非法占有为目的，其行为已构成抢劫罪。\n"
          "驳回上诉，维持原判。\n本裁定为终审裁定。\n审判长朱某\n代理审判员罗某\n二〇一五年三月三十日\n书记员曾某\n"
          "附相关法律条文：\n《中华人民共和国刑法》\n" + "第二百六十三条以暴力、胁迫或者其他方法抢劫公私财物的，处三年以上十年以下有期徒刑。\n" * 16)
GLUED_NUMBER = ("国务院办公厅关于优化学术环境的指导意见\n国办发〔2015〕94号各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
                "良好的学术环境是培养优秀科技人才的重要基础。\n国务院办公厅\n2015年12月29日\n（此件公开发布）\n")
NOTED_DATE = ("国务院办公厅关于同意建立铁路沿线安全环境治理部际联席会议制度的函\n交通运输部：\n你部关于建立联席会议制度的请示收悉。"
              "经国务院同意，现函复如下：国务院同意建立铁路沿线安全环境治理部际联席会议制度。\n国务院办公厅\n"
              "2021年1月26日（此件公开发布）\n")
ISSUING = ("包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知\n包府办发〔2022〕43号\n"
           "各旗、县、区人民政府，稀土高新区管委会，市直有关部门：\n现将《包头市2022年数字政府建设考评办法》印发给你们，"
           "请结合实际，认真贯彻落实。\n2022年4月14日\n包头市2022年数字政府建设考评办法\n一、考评对象\n"
           + "各旗县区人民政府、稀土高新区管委会按照考评细则逐项打分，每项得分由考评组根据佐证材料认定并汇总报送。\n" * 20)
SIGNED_ORDINANCE = ("2023年第15號條例\n《2023年區議會(修訂)條例》\n行政長官\n李家超\n2023年7月7日\n"
                    "本條例旨在修訂《區議會條例》。\n[2023年7月10日]\n由立法會制定。\n1.\t簡稱\n")
SPACED_RULING = ("张某与北京某科技有限公司劳动争议一审民事判决书\n北京市朝阳区人民法院\n民 事 判 决 书\n（2023）京0105民初12345号\n"
                 "原告：张某。\n被告：北京某科技有限公司。\n驳回原告的诉讼请求。\n审判员　赵某\n二〇二三年六月十六日\n书记员　钱某\n")
GLUED_SOURCE = "培训会\n统计局举办培训会。\n来源：广州市南沙区统计局发布日期：2024-06-05 【浏览字号 :大 中 小】 浏览次数：-\n"
TITLED_NUMBER = ("国务院办公厅关于部分地方优化营商环境典型做法的通报\n国务院办公厅关于部分地方优化营商环境典型做法的通报国办函〔2018〕46号\n"
                 "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现将有关情况通报如下。\n")
RECORDED = ("国家能源局综合司关于做好电力安全工作的通知\n国能综通安全〔2021〕108号\n各派出机构：\n请认真落实各项要求，确保电力系统安全稳定运行。\n"
            "国家能源局综合司\n2021年12月6日\n（此件发至收文单位本部）\n"
            "抄送：应急管理部办公厅，国家消防救援局办公室，各电力企业安全监督管理部门，中国电力企业联合会。\n"
            "国家能源局综合司　　　　　　　　　2021年12月7日印发\n")
BUREAU = "国家能源局综合司关于做好今冬明春电力行业火灾防控工作的通知\n国能综通安全〔2021〕108号\n各派出机构：\n请认真落实。\n"


@pytest.mark.parametrize("text,fields", [
    (TAX, {"number": "国家税务总局公告2023年第1号", "authority": "国家税务总局", "written": "2023-01-09"}),
    (JOINT, {"number": "财政部税务总局公告2023年第12号", "authority": "财政部 税务总局"}),
    (ORDINANCE, {"number": "2023年第15號條例", "published": "2023-07-10", "authority": "立法會"}),
    (ORDINANCE_PAREN, {"number": "2023年第12號條例", "published": "2023-06-16"}),
    (TAIWAN, {"number": "臺教高(二)字第1120012345號", "authority": "教育部"}),
    (RULING, {"authority": "福建省漳州市中级人民法院", "number": "（2015）漳刑终字第42号", "written": "2015-03-30"}),
    (GLUED_NUMBER, {"number": "国办发〔2015〕94号", "written": "2015-12-29"}),
    (NOTED_DATE, {"written": "2021-01-26", "authority": "国务院办公厅"}),
    (ISSUING, {"written": "2022-04-14", "number": "包府办发〔2022〕43号"}),
    (BUREAU, {"authority": "国家能源局综合司"}),
    (SIGNED_ORDINANCE, {"number": "2023年第15號條例", "written": "2023-07-07", "published": "2023-07-10"}),
    (SPACED_RULING, {"authority": "北京市朝阳区人民法院", "number": "（2023）京0105民初12345号", "written": "2023-06-16"}),
    (GLUED_SOURCE, {"source": "广州市南沙区统计局"}),
    (TITLED_NUMBER, {"number": "国办函〔2018〕46号"}),
    (RECORDED, {"written": "2021-12-06", "authority": "国家能源局综合司"}),
], ids=["tax-notice-serial", "joint-notice-serial", "hk-ordinance", "hk-ordinance-parenthesised", "tw-number-grade",
        "ruling-court-and-date-before-statutes", "number-run-into-salutation", "date-with-publication-note",
        "issuing-notice-signed-before-its-text", "department-of-a-bureau",
        "hk-ordinance-signed-then-gazetted", "ruling-with-spaced-paper", "source-with-a-label-run-on",
        "number-run-on-after-its-title", "signature-over-its-record-of-issue"])
def test_official_fields_of_these_shapes(text, fields):
    official = extract(text, text.split("\n", 1)[0]).as_dict()
    assert {k: official[k] for k in fields} == fields


@pytest.mark.parametrize("text,field", [
    ("关于个人所得税的通知\n根据国家税务总局公告2023年第1号的规定，现通知如下：\n一、请认真执行。\n", "number"),  # quoted
    ("某区召开会议\n会议传达了第3号文件的精神，要求各部门认真落实第3号令。\n", "number"),  # '第3号' in a sentence
    ("本院依照（2022）京01民终345号判决认定的事实作出裁判。\n驳回上诉，维持原判。\n", "number"),  # a cited case
    ("香港新聞\n［2023年6月16日］\n立法會今日通過條例草案。\n", "published"),  # a bracketed date, no ordinance
    ("关于开展2024年家庭医生日活动的通知\n各区卫生健康委：\n2024年5月19日是第十四个世界家庭医生日。\n"
     "2024年5月10日\n请各区按时报送材料，并做好宣传工作，确保活动取得实效，相关情况及时报送市卫生健康委。\n", "written"),
    ("关于开展检查的通知\n各单位：\n根据《关于加强管理的通知》国发〔2019〕3号文件精神，现通知如下。\n", "number"),
    ("某市召开会议\n会议要求各部门认真落实。\n抄送：市委办公室。\n2023年3月1日印发\n", "written"),  # a print date
    ("北京市高级人民法院\n关于立案工作的公告\n本院自即日起调整立案时间。\n", "authority"),  # a court, no ruling
    ("某某通知\n各单位：\n请按时报送。\n附件：报名表\n二〇二三年六月十六日会议纪要另行印发，请各单位认真学习。\n", "written"),
])
def test_shapes_left_alone(text, field):
    assert getattr(extract(text, text.split("\n", 1)[0]), field) == ""


def test_the_new_shapes_cost_linear_time_on_hostile_lines():
    from support import cpu_seconds

    def text(n):
        return ("关于" + "的通知" * n + "国发〔2019〕3号\n" + " " * n + "（此件" + "公" * n + "）\n" + "附" * n + "\n"
                + "2023年第1號條例\n" + "［" * n + "\n" + "法院" * n + "\n" + "民事" * n + "\n") * 3

    small, large = cpu_seconds(extract, text(2000), "关于印发" * 10), cpu_seconds(extract, text(16000), "关于印发" * 10)
    assert large < small * 8 * 3 + 0.05
