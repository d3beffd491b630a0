<%@ page contentType="text/html; charset=utf-8" language="java" %>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>广发证券</title>
<link href="/css/global.css" rel="stylesheet" type="text/css" />
<link href="/css/investorEdu/investorEdu.css" rel="stylesheet" type="text/css" />
<link href="/css/infoCenter/infoCenter.css" rel="stylesheet" type="text/css" />
</head>

<body class="body_bg">
<jsp:include page="${contextPath}/share/top.jsp?nav=tzzyd&nav1=school" />
<div class="main">
  <div class="dqwz">当前位置：<a href="${contextPath }/index.jsp?nav=index">首页</a> &gt;<a href="${contextPath }/investorEdu/investorSchool.html"> 投资者园地</a> &gt;  投资者行为指引</div>
</div>
<div class="wrap_2left">
  <!--左侧sied开始-->
  <div class="w210 fleft ptb9">  
  <div class="iptvside_top"></div>
  <div class="iptvside_mid">
	  <jsp:include page="investorRisk_lmenu.jsp" />
<table width="95%" style="border-collapse:collapse" border="1" bgcolor="#ffffff" bordercolor="#cfcfcf" class="lh21 mt5" align="center">
  <tr>
    <td width="94%" class="info_th01" style=" border-bottom:0">教育专栏检索</td>
  </tr>
  <tr>
    <td style="padding:5px"><table width="100%" class="font_43">
      <tr>
        <td>时间：</td>
        <td><input type="text" name="textfield" id="textfield" class="input108" /></td>
      </tr>
      <tr>
        <td>到：</td>
        <td><input type="text" name="textfield2" id="textfield2" class="input108" /></td>
      </tr>
      <tr>
        <td>栏目：</td>
        <td><label>
          <select name="select" id="select">
            <option>--所有栏目--</option>
          </select>
        </label></td>
      </tr>
      <tr>
        <td>关键字：</td>
        <td><input type="text" name="textfield8" id="textfield8" class="input108"/></td>
      </tr>
      <tr>
        <td height="28" colspan="2" align="center"><input type="submit" class="but_01" name="button3" id="button3" value="查询" /></td>
      </tr>
    </table></td>
  </tr>
</table>
  </div>
  <div class="iptvside_bot"></div>
  </div>
  <!--左侧sied结束-->
   
  <!--右侧sied开始-->
  <div class="w706 fright">
  <div class="left_tit2">投资者行为指引</div> 
    <div class="blank10"></div>
    <p align="center" class="font14 bold mtb16">投资者行为指引</p>
    <div class="lh21 p10">
      <p>　　第一条 为引导投资者树立正确的投资观念，理性参与证券交易，依法维护自身权益，根据《证券法》及证券交易所（以下简称“交易所”）相关业务规则及《上海证券交易所个人投资者行为指引》，制定本指引。<br />
  　　第二条 交易所为投资者提供教育、引导和服务，依法监管其证券交易行为，保护其合法权益。 <br />
        　　第三条 投资者应当不断增强理性投资意识，提高对证券投资风险的防范控制能力，合法参与证券交易，并通过合法途径维护自身权益。 <br />
        　　第四条 投资者应当充分理解并遵守证券市场“买者自负”原则。 <br />
        投资者参与证券交易，应当根据相关市场信息理性判断、自主决策，并自行承担交易后果。 <br />
        　　第五条 投资者参与证券交易前，应当掌握证券市场基本知识、相关法律法规和交易所相关业务规则，充分了解证券交易风险，掌握必要的风险防范和化解技巧。 <br />
        　　第六条 投资者参与证券交易，应当保证其资金来源合法。 <br />
        　　第七条 投资者与具有交易所会员资格的证券公司签署证券交易委托代理协议时，应当了解受托证券公司资质情况、仔细阅读协议条款，并根据要求签署相关风险揭示文件。 <br />
        　　第八条 投资者参与证券交易前，应当结合自身的家庭情况、收入状况、投资目的及知识结构等因素，合理评估自身的产品认知能力与风险承受能力，理性选择合适的投资方式、投资品种、投资时机。 <br />
        　　第九条 投资者应当真实、准确、完整地向受托证券公司提供有关其知识结构、资信状况、交易习惯、证券投资经验等方面的个人信息，配合受托证券公司对其风险承受能力作出客观评估，以便受托证券公司对其进行分类管理。 <br />
        　　第十条 投资者应当积极参加交易所或受托证券公司组织的投资者培训，详细了解并掌握有关证券产品的特点、风险、交易规则等信息。 <br />
        　　第十一条 投资者参与高风险证券产品交易或业务前，应当充分认识其特殊风险和交易规则，书面签署相关风险揭示文件。 <br />
        　　第十二条 投资者参与交易所设立合格投资者制度的产品或业务前，应当根据交易所要求，通过相关测试或认证，取得相应的合格个人投资者资格。 <br />
        　　第十三条 投资者参与特定证券产品交易前，应当认真阅读其上市公告书、上市公司财务会计报表等公开资料，全面了解该证券产品相关信息。 <br />
        　　第十四条 投资者应当通过中国证监会指定的证券信息披露媒体或者其他相关权威媒体，获取证券市场相关信息。 <br />
        　　第十五条 投资者可以通过交易所网站或公众咨询服务热线，获取交易所提供的证券交易知识、信息、技术等方面的服务。 <br />
        　　第十六条 投资者应当提高自我保护意识，防范信息欺诈，不偏信盲从通过非正常渠道传播的各类传闻。 <br />
        　　第十七条 投资者不得从事内幕交易、操纵市场等法律法规及交易所业务规则禁止的证券交易行为。 <br />
        　　第十八条 投资者发生异常交易行为，被交易所限制交易或列为监管关注账户的，交易所将要求其受托证券公司予以重点监控，并将视情况采取限制交易措施，包括：禁止买入指定或全部交易品种，但允许卖出；禁止卖出指定或全部交易品种，但允许买入；禁止买入和卖出指定或全部交易品种；以及交易所认为应采取的其他限制交易措施。 <br />
        　　第十九条 投资者应当积极配合交易所证券交易监管工作，接受交易所根据有关法律法规和交易所业务规则进行的调查，真实、准确、完整地提供相关资料。 <br />
        　　第二十条 投资者遇有其他市场参与人在证券交易中实施不当行为，侵害其合法权益的，可以通过司法诉讼等合法途径寻求法律救济。 <br />
        　　第二十一条 投资者维护自身权益时应当遵守法律法规的相关规定，不得侵害国家、社会、集体利益和他人合法权益，不得扰乱社会公共秩序和交易所等有关单位的工作秩序。 <br />
        　　第二十二条 投资者实施不正当行为，扰乱社会公共秩序或有关单位工作秩序的，交易所可通报其受托证券公司对其证券交易账户予以特别关注，并可依据相关规则，采取取消其特定证券产品或业务合格个人投资者资格等处理措施。 <br />
      投资者证券交易及相关行为涉嫌违法的，交易所可提请有关机关依法追究其行政、刑事责任。 </p>
</div><br />
    <div class=" blank10"></div>
    <div class="risytit">特别提示</div>
    <p class="p15 lh21"> 　　本公司敬告投资者，应当根据自身的经济实力和心理承受能力认真制定证券投资策略，尤其是当您决定购买ST、ST类股票时，尤其应该清醒地认识到该类股票比其他股票蕴涵更大的风险。由此可见，证券市场是一个风险无时不在的市场。您在进行证券交易时存在赢利的可能，也存在亏损的风险。<br />
    　　本风险揭示书并不能揭示从事证券交易的全部风险及证券市场的全部情形。您务必对此有清醒的认识，认真考虑是否进行证券交易。市场有风险，入市需谨慎！</p>
  </div>
  <!--右侧sied结束--> 
  <div class="clearfloat"></div><!--清除浮动--> 
</div>
<jsp:include page="/commons/bottom.jsp" />
</body>
</html>