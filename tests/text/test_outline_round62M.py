"""Round 62M: official-document metadata on decrees, joint notices, cited numbers and Hong Kong chapters."""

from __future__ import annotations

import pytest

from reader.text.official import extract

DECREE = ("中华人民共和国国务院令\n第777号\n《某某管理条例》已经2024年3月1日国务院第26次常务会议通过，现予公布，"
          "自2024年5月1日起施行。\n总理　李强\n2024年3月10日\n某某管理条例\n第一章　总　　则\n"
          + "".join(f"第{n}条　某某事项依照本条例执行。\n" for n in "一二三四五六七八九十") + "本条例自2024年5月1日起施行。\n")
RUN_ON = ("中华人民共和国国务院令第693号\n现公布《某某实施条例》，自2018年1月1日起施行。总理　　李克强 　　 　　2017年12月25日\n"
          "某某实施条例\n第一章　总　　则\n" + "第一条　为了实施某某法，制定本条例。\n" * 20)
MINISTRY = ("中华人民共和国交通运输部令\n2023年第5号\n《某某运输管理规定》已于2023年3月2日经第5次部务会议通过，现予公布。\n"
            "部长　李小鹏\n2023年3月10日\n某某运输管理规定\n" + "第一条　为了规范某某，制定本规定。\n" * 20)
PRESIDENT = ("中华人民共和国主席令\n（九届第37号）\n《某某法》已由全国人民代表大会常务委员会于2000年10月31日通过，现予公布。\n"
             "中华人民共和国主席　江泽民\n2000年10月31日\n某某法\n" + "第一条　为了某某，制定本法。\n" * 20)
CITY = ("某某市政务数据管理办法\n某某市人民政府令\n（第16号）\n《办法》已经常务会议审议通过，现予公布。\n市长 某某某\n2020年5月15日\n"
        + "第一条　为了规范政务数据管理，制定本办法。\n" * 20)
UNSIGNED = ("中华人民共和国国务院令\n第777号\n《某某条例》已经2024年3月1日国务院常务会议通过，现予公布，自2024年5月1日起施行。\n"
            "某某条例\n" + "第一条　本条例自2024年5月1日起施行。\n" * 20)
JOINT = ("财政部　税务总局　海关总署公告2019年第39号\n关于深化增值税改革有关政策的公告\n现将有关事项公告如下：\n"
         "一、税率调整为13%。\n特此公告。\n财政部\n税务总局\n海关总署\n2019年3月20日\n")
JOINT_NOTED = ("关于做好毕业生就业工作的通知\n人社部发〔2024〕12号\n各省、自治区、直辖市人力资源社会保障厅：\n现就有关工作通知如下。\n"
               "人力资源社会保障部\n教育部\n财政部\n2024年2月5日\n（此件主动公开）\n")
HEADED = "关于成立领导小组的通知\n各单位：\n现通知如下。\n三、工作领导小组\n某某市人民政府办公室\n2019年6月1日\n"
CITED = ("关于做好2020年防汛工作的通知\n各区人民政府：\n要求认真落实通知精神京政发〔2019〕3号\n现将有关事项通知如下。\n"
         "北京市人民政府办公厅\n2020年5月6日\n")
CITED_SHORT = "关于转发某某通知的通知\n各县区：\n根据国办发〔2019〕3号\n请认真贯彻执行。\n某某市人民政府办公室\n2019年6月1日\n"
OWN_LINE = "北京市人民政府关于某某的通知\n京政发〔2019〕3号\n各区人民政府：\n现通知如下。\n北京市人民政府\n2019年3月5日\n"
SERIAL_IN_SENTENCE = "中华人民共和国某某法\n第一章　总则\n第一条　本法所称某某，依照第3号令执行。\n"
CAP = "第 999 章 某某條例\n詳題\n本條例旨在就某某事宜訂定條文。\n1. 簡稱\n本條例可引稱為《某某條例》。\n"
CAP_BELOW = "第282章\n《僱員補償條例》\n本條例旨在就僱員因工受傷的補償訂定條文。\n"
LAW_CHAPTER = "某某管理办法\n第1章 总则\n第一条　为了规范某某，制定本办法。\n第3章 罚则\n第九条　违反本办法的，依法处理。\n"
LETTER = "国务院办公厅关于同意建立某某联席会议制度的函国办函〔2021〕12号\n交通运输部：\n同意。\n国务院办公厅\n2021年1月26日\n"
REPLY = "关于某某问题的复函环办法规函〔2020〕121号\n某某局：\n经研究，函复如下。\n生态环境部办公厅\n2020年3月20日\n"
TW_LETTER = ("檔　　號：\n行政院　函\n受文者：內政部\n發文日期：中華民國113年5月6日\n發文字號：院臺建字第1130012345號\n"
             "主旨：所報某某計畫一案，准予備查，請查照。\n說明：\n一、復貴部113年4月1日函。\n正本：內政部\n院長　某某某\n")
GAZETTE = "第 1234 號公告\n《僱傭條例》\n(第 57 章)\n本人現公布某某事宜。\n勞工處處長 陳小明\n2024年3月1日\n"
GAZETTE_CITED = "關於某某的公告\n依照第1234號公告執行。\n某某局\n2024年3月1日\n"
RULING = ("北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初12345号\n原告某某。\n被告某某公司。\n"
          "本院参照（2020）京03民终5678号判决。\n审判员　某某\n二〇二三年十月十日\n书记员　某某\n")


@pytest.mark.parametrize("text,title,field,expected", [
    (DECREE, "中华人民共和国国务院令", "written", "2024-03-10"),  # the signer's date, the regulation after it
    (RUN_ON, "中华人民共和国国务院令第693号", "written", "2017-12-25"),  # run on after the decree's sentence
    (MINISTRY, "", "number", "交通运输部令2023年第5号"),
    (MINISTRY, "", "authority", "交通运输部"),
    (MINISTRY, "", "written", "2023-03-10"),
    (PRESIDENT, "", "number", "主席令（九届第37号）"),
    (PRESIDENT, "", "authority", "中华人民共和国主席"),
    (PRESIDENT, "", "written", "2000-10-31"),
    (CITY, "某某市政务数据管理办法", "number", "某某市人民政府令第16号"),
    (CITY, "某某市政务数据管理办法", "written", "2020-05-15"),
    (JOINT, "关于深化增值税改革有关政策的公告", "authority", "财政部 税务总局 海关总署"),
    (JOINT_NOTED, "关于做好毕业生就业工作的通知", "authority", "人力资源社会保障部 教育部 财政部"),
    (CITED, "关于做好2020年防汛工作的通知", "number", ""),
    (CITED_SHORT, "关于转发某某通知的通知", "number", ""),
    (CAP, "", "number", "第999章"),
    (CAP, "", "kind", "条例"),
    (CAP_BELOW, "", "number", "第282章"),
    (LETTER, "国务院办公厅关于同意建立某某联席会议制度的函", "number", "国办函〔2021〕12号"),  # run on after '…的函'
    (REPLY, "关于某某问题的复函", "number", "环办法规函〔2020〕121号"),  # 办法 inside the prefix is not the title's
    (TW_LETTER, "", "kind", "函"),  # the letterhead's kind when no title says it
    (GAZETTE, "第 1234 號公告", "number", "第1234號公告"),
])
def test_fields_missed_before(text, title, field, expected):
    assert getattr(extract(text, title), field) == expected


@pytest.mark.parametrize("text,title,field,expected", [
    (DECREE, "中华人民共和国国务院令", "number", "国令第777号"),
    (DECREE, "中华人民共和国国务院令", "authority", "国务院"),
    (UNSIGNED, "中华人民共和国国务院令", "written", ""),  # the adoption date in the sentence is not the decree's
    (HEADED, "关于成立领导小组的通知", "authority", "某某市人民政府办公室"),  # a heading over the signer is no organ
    (CITED, "关于做好2020年防汛工作的通知", "authority", "北京市人民政府办公厅"),
    (OWN_LINE, "北京市人民政府关于某某的通知", "number", "京政发〔2019〕3号"),  # the number line itself
    (SERIAL_IN_SENTENCE, "中华人民共和国某某法", "number", ""),
    (LAW_CHAPTER, "某某管理办法", "number", ""),  # a Mainland law's chapter is no Cap. number
    (RULING, "北京市朝阳区人民法院民事判决书", "number", "（2023）京0105民初12345号"),  # not the case it cites
    (RULING, "北京市朝阳区人民法院民事判决书", "written", "2023-10-10"),
    (GAZETTE_CITED, "關於某某的公告", "number", ""),  # a notice's number cited in a sentence
    (TW_LETTER, "", "number", "院臺建字第1130012345號"),
])
def test_fields_left_alone(text, title, field, expected):
    assert getattr(extract(text, title), field) == expected
