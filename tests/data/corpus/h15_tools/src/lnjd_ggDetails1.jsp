<%@ page import="gka.resource.Constant" %>
<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<html>
<head>
    <meta charset="utf-8"/>
    <meta name="viewport"
          content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>css/reset.css"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>css/login.css"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>css/message.css"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>css/seclect.css"/>
    <link rel="stylesheet" type="text/css" href="<%=Constant.server_name%>font-awesome-4.7.0/css/font-awesome.css"/>
    <link rel="stylesheet" type="text/css" href="table.css"/>
    <script src="<%=Constant.server_name%>js-lib/jquery/jquery-3.3.1.min.js" type="text/javascript"
            charset="utf-8"></script>
    <script src="<%=Constant.server_name%>js-lib/swiper/swiper-3.4.2.min.js" type="text/javascript"
            charset="utf-8"></script>
    <script src="<%=Constant.server_name%>js-lib/base.js" type="text/javascript" charset="utf-8"></script>
    <title></title>
</head>
<body>
<jsp:include page="/common/auth.jsp"></jsp:include>
<div class="messageMore">
    <div class="titledddiv">
        <img class="fh-icon" src="<%=Constant.server_name%>img/fh-icon.png"
             onclick="javascript:window.location.replace(document.referrer)"/>

        <p class="titleName">详细信息</p>
    </div>
    <div class="first">
        <p class="titleT">辽宁机电职业技术学院新生运动服采购成交公告</p>

    </div>
    <div class="contT">
        <p style="text-indent: 2em;">
            受辽宁机电职业技术学院委托，辽宁金昌建设工程咨询有限公司对辽宁机电职业技术学院新生运动服采购项目（项目编号：LNJC20190703002）进行了竞争性磋商，现将成交结果公告如下：

        <p>1、采购项目名称：辽宁机电职业技术学院新生运动服采购</p>

        <p>2、采购项目编号： LNJC20190703002</p>

        <p>
            3、辽宁机电职业技术学院新生运动服采购竞争性磋商会议于2019年7月16日在丹东市振兴区五经街86号东方金艺美术教育5楼会议室结束，采购人依据《中华人民共和国政府采购法》等相关法律法规及本次采购磋商小组向采购人提交的评标报告确定成交供应商，现将成交结果公示，如有疑义，请在质疑期内以真实姓名和单位向监管部门反映。</p>

        <p>4、成交结果：</p>
        <table>
            <tbody>
            <tr style="mso-yfti-irow: 0; mso-yfti-firstrow: yes">
                <td style="WIDTH: 83.35pt; BACKGROUND: #e5e5ff; PADDING-BOTTOM: 0cm; PADDING-TOP: 0cm; PADDING-LEFT: 0cm; PADDING-RIGHT: 0cm"
                    width="111">
                    <p class="MsoNormal"
                       style="TEXT-ALIGN: center; LINE-HEIGHT: 21pt; mso-line-height-rule: exactly; mso-pagination: widow-orphan"
                       align="center"><span
                            style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-family: 宋体; mso-font-kerning: 0pt; mso-bidi-language: AR">包号</span><span
                            lang="EN-US" style="FONT-SIZE: 12pt"><o:p></o:p></span></p></td>
                <td style="WIDTH: 229.25pt; BACKGROUND: #e5e5ff; PADDING-BOTTOM: 0cm; PADDING-TOP: 0cm; PADDING-LEFT: 0cm; PADDING-RIGHT: 0cm"
                    width="306">
                    <p class="MsoNormal"
                       style="TEXT-ALIGN: center; LINE-HEIGHT: 21pt; mso-line-height-rule: exactly; mso-pagination: widow-orphan"
                       align="center"><span
                            style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-family: 宋体; mso-font-kerning: 0pt; mso-bidi-language: AR">成交供应商名称</span><span
                            lang="EN-US" style="FONT-SIZE: 12pt"><o:p></o:p></span></p></td>
                <td style="WIDTH: 104.2pt; BACKGROUND: #e5e5ff; PADDING-BOTTOM: 0cm; PADDING-TOP: 0cm; PADDING-LEFT: 0cm; PADDING-RIGHT: 0cm"
                    width="139">
                    <p class="MsoNormal"
                       style="TEXT-ALIGN: center; LINE-HEIGHT: 21pt; mso-line-height-rule: exactly; mso-pagination: widow-orphan"
                       align="center"><span
                            style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-family: 宋体; mso-font-kerning: 0pt; mso-bidi-language: AR">成交金额<span
                            lang="EN-US">(</span>元<span lang="EN-US">)</span></span><span lang="EN-US"
                                                                                          style="FONT-SIZE: 12pt"><o:p></o:p></span>
                    </p></td>
            </tr>
            <tr style="mso-yfti-irow: 1; mso-yfti-lastrow: yes">
                <td style="WIDTH: 83.35pt; PADDING-BOTTOM: 0cm; PADDING-TOP: 0cm; PADDING-LEFT: 0cm; PADDING-RIGHT: 0cm"
                    width="111">
                    <p class="MsoNormal"
                       style="TEXT-ALIGN: center; LINE-HEIGHT: 21pt; mso-line-height-rule: exactly; mso-pagination: widow-orphan"
                       align="center"><span lang="EN-US"
                                            style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-family: 宋体; mso-font-kerning: 0pt; mso-bidi-language: AR">001</span><span
                            lang="EN-US" style="FONT-SIZE: 12pt"><o:p></o:p></span></p></td>
                <td style="WIDTH: 229.25pt; PADDING-BOTTOM: 0cm; PADDING-TOP: 0cm; PADDING-LEFT: 0cm; PADDING-RIGHT: 0cm"
                    width="306">
                    <p class="MsoNormal"
                       style="TEXT-ALIGN: center; LINE-HEIGHT: 21pt; mso-line-height-rule: exactly; mso-pagination: widow-orphan"
                       align="center"><span
                            style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-ascii-font-family: Calibri; mso-hansi-font-family: Calibri">丹东市滨江服装厂</span><span
                            lang="EN-US" style="FONT-SIZE: 12pt"><o:p></o:p></span></p></td>
                <td style="WIDTH: 104.2pt; PADDING-BOTTOM: 0cm; PADDING-TOP: 0cm; PADDING-LEFT: 0cm; PADDING-RIGHT: 0cm"
                    width="139">
                    <p class="MsoNormal"
                       style="TEXT-ALIGN: center; LINE-HEIGHT: 21pt; mso-line-height-rule: exactly; mso-pagination: widow-orphan"
                       align="center"><span lang="EN-US" style="FONT-SIZE: 12pt">269100.00<o:p></o:p></span></p></td>
            </tr>
            </tbody>
        </table>

        <p>5、竞争性磋商小组成员名单：</p>

        <p style="text-indent: 2em;">姜云翠; 陈菁;刘岱熹;</p>

        <p>6、保证金退还时间：未成交供应商应在成交通知书发出之日起5个工作日内，到采购代理机构办理退还保证金事宜。</p>

        <p>本公告至发布之日起将向中标供应商发布中标通知书。</p>

        <p>采购单位：辽宁机电职业技术学院</p>

        <p> 地 址：辽宁省丹东市振兴区洋河大街30号</p>

        <p> 项目联系人：刘老师</p>

        <p>采购代理机构：辽宁金昌建设工程咨询有限公司</p>

        <p>地 址：丹东市振兴区五经街86号东方金艺美术教育5楼</p>

        <p> 项目联系人：黄欢</p>

        <p> 联系电话：0415-2590966</p>
    </div>
    <div class="footT">
        <p>辽宁机电职业技术学院</p>

        <p>2019-07-17</p>
    </div>
</div>
</body>
</html>