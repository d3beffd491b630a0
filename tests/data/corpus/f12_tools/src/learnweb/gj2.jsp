<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>

<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<link rel="stylesheet" href="${basePath}/css/main.css">

<title></title>
</head>
<body>
<div id="box">
<%@include file="/top.jsp" %>
<%@include file="/navigation3.jsp" %>
<div id="main">
<h2 align="center">机关党委科级干部招聘公告（2017年第13号）</h2>
<table cellspacing="0" cellpadding="0" width="100%" border="0">
  <tbody>
    <tr>
      <td height="520" valign="top" align="left"><table width="100%">
        <tbody>
          <tr>
            <td><p><span lang="EN-US" xml:lang="EN-US"></span>根据机关部分职能部门工作需要，机关党委拟就部分科级岗位在校内公开招聘，具体如下：</p>
              <p>岗位：国际交流处国际交流科科长（科级）<span lang="EN-US" xml:lang="EN-US">1</span>名</p>
              <p>一、岗位主要职责</p>
              <p><span lang="EN-US" xml:lang="EN-US">1.</span>协助开拓与海外院校的校际合作联系；</p>
              <p><span lang="EN-US" xml:lang="EN-US">2.</span>负责审核各学院与海外院校合作项目协议，包括框架协议、学生交流协议、联合培养学位项目；</p>
              <p><span lang="EN-US" xml:lang="EN-US">3.</span>担任海外学习项目协调人，与合作院校互相推荐及接收校际交流学生；</p>
              <p><span lang="EN-US" xml:lang="EN-US">4.</span>完成国交处安排的其它工作。</p>
              <p>二、应聘条件和要求</p>
              <p><span lang="EN-US" xml:lang="EN-US">1.</span>符合上理工委<span lang="EN-US" xml:lang="EN-US">[2017]31</span>号文件规定的任职资格和条件；</p>
              <p><span lang="EN-US" xml:lang="EN-US">2.</span>责任心强、工作细致，有良好的组织、沟通和协调能力，有强烈事业心和团队协作精神；</p>
              <p><span lang="EN-US" xml:lang="EN-US">3.</span>具备一定的行政工作经验；</p>
              <p><span lang="EN-US" xml:lang="EN-US">4.</span>具有硕士及以上学位。</p>
              <p>在满足以上基本条件下，如有海外留学背景、法律相关专业者或有外事管理经验者优先。</p>
              <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 有意应聘的同志请于<span lang="EN-US" xml:lang="EN-US">2017</span>年<span lang="EN-US" xml:lang="EN-US">12 </span>月<span lang="EN-US" xml:lang="EN-US">26 </span>日前至机关党委办公室应聘。</p>
              <p>联系人：陈阳；联系电话：<span lang="EN-US" xml:lang="EN-US">55271508</span>；办公室地点：格致堂<span lang="EN-US" xml:lang="EN-US">405</span>室</p>
              <p><span lang="EN-US" xml:lang="EN-US"></span></p>
              <p><span lang="EN-US" xml:lang="EN-US"></span>机关党委</p>
              <p><span lang="EN-US" xml:lang="EN-US">2017</span>年<span lang="EN-US" xml:lang="EN-US">12</span>月<span lang="EN-US" xml:lang="EN-US">18</span>日</p>
              <p><br />
              </p></td>
          </tr>
        </tbody>
      </table></td>
    </tr>
  </tbody>
</table>
<p><br />
</p>
</div>
<%@include file="/bottom.jsp" %>
</div>
</body>
</html>