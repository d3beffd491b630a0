<?
include_once("inc/auth.inc.php");
include_once("inc/header.inc.php");
?>

<style type="text/css">
<!--a            { text-decoration: none; font-size: 9pt; color: black; font-family: 宋体 }
.text        { font-size: 9pt; font-family: 宋体 }
.text1       { color: #0000A0; font-size: 11pt; font-family: 宋体 }
.text2       { color: #008080; font-size: 9pt; font-family: 宋体 }
.text3       { color: #0F8A91; font-size: 11pt; font-family: 宋体 }
.l100        { line-height: 14pt; font-size: 9pt }
td           { font-family: 宋体; font-size: 9pt; line-height: 13pt }
input        { font-size: 9pt; font-family: 宋体 }
p            { font-size: 9pt; font-family: 宋体 }
-->
</STYLE>

<BODY class="bodycolor">
<BR>
<table width="500" class="TableBlock" align="center">
  <tr> 
    <td height="27" class="TableHeader"> 
      <div align="center">年度报告(4)</font></div>
    </td>
  </tr>
  <tr> 
    <td height="54" valign="top" class="TableData">
      <p>附件二：</p>
      <p align=center >公司股份变动情况表</p>
      <p align=right >数量单位：股</p>
      <table border=1 cellspacing=0 cellpadding=0 width=646>
        <tr> 
          <td width=171 valign=top >&nbsp; </td>
          <td width=104 valign=top > 
            <p align=center >本次变动前</p>
          </td>
          <td width=272 colspan=6 valign=top > 
            <p align=center >本次变动增减（+，-）</p>
          </td>
          <td width=99 valign=top > 
            <p align=center >本次变动后</p>
          </td>
        </tr>
        <tr> 
          <td width=171 valign=top >&nbsp; </td>
          <td width=104 valign=top >&nbsp; </td>
          <td width=42 valign=top > 
            <p align=center >配</p>
            <p align=center >股</p>
          </td>
          <td width=39 valign=top > 
            <p align=center >送</p>
            <p align=center >股</p>
          </td>
          <td width=71 valign=top > 
            <p align=center >公积金</p>
            <p align=center >转股</p>
          </td>
          <td width=39 valign=top > 
            <p align=center >增发</p>
          </td>
          <td width=39 valign=top > 
            <p align=center >其他</p>
          </td>
          <td width=42 valign=top > 
            <p align=center >小</p>
            <p align=center >计</p>
          </td>
          <td width=99 valign=top >&nbsp; </td>
        </tr>
        <tr> 
          <td width=171 valign=top > 
            <p >一、未上市流通股份</p>
            <p >1．发起人股份</p>
            <p >其中：</p>
            <p >国家持有股份</p>
            <p >境内法人持有股份</p>
            <p >境外法人持有股份</p>
            <p >其他</p>
            <p >2．募集法人股份</p>
            <p >3．内部职工股</p>
            <p >4．优先股或其他</p>
            <p >其中：转配股</p>
            <p >未上市流通股份合计</p>
            <p >二、已上市流通股份</p>
            <p >1．人民币普通股</p>
            <p >2．境内上市的外资股</p>
            <p >3．境外上市的外资股</p>
            <p >4．其他</p>
            <p >已上市流通股份合计</p>
          </td>
          <td width=104 valign=top >&nbsp; </td>
          <td width=272 colspan=6 valign=top >&nbsp; </td>
          <td width=99 valign=top >&nbsp; </td>
        </tr>
        <tr> 
          <td width=171 valign=top > 
            <p >三、股份总数</p>
          </td>
          <td width=104 valign=top >&nbsp; </td>
          <td width=272 colspan=6 valign=top >&nbsp; </td>
          <td width=99 valign=top >&nbsp; </td>
        </tr>
        <tr height=0> 
          <td width=171 ></td>
          <td width=104 ></td>
          <td width=42 ></td>
          <td width=39 ></td>
          <td width=71 ></td>
          <td width=39 ></td>
          <td width=39 ></td>
          <td width=42 ></td>
          <td width=99 ></td>
        </tr>
      </table>
      <p >注：公司如有基金配售股份、柜台交易公司内部职工股份、战略投资者配售股份、一般法人配售股份，应分别披露其股份数额。</p>
      <p>　　<BR>
        　　<BR>
        　　　　 </p>
    </td>
  </tr>
</table>
<?Button_Back_Law();?></body>
</html>
