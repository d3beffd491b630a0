<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ include file="/views/jsp/common/taglibs.jsp" %>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
    <%@ include file="/views/jsp/common/meta.jsp" %>
    <title>工作在着迷 ${jmh_title}</title>
    <link href="${URL_LIB}/static/theme/default/css/core.css?${version}" rel="stylesheet" type="text/css"/>
    <link href="${URL_LIB}/static/theme/default/css/global.css?${version}" rel="stylesheet" type="text/css"/>
    <link href="${URL_LIB}/static/theme/default/css/common.css?${version}" rel="stylesheet" type="text/css"/>
    <link href="${URL_LIB}/static/theme/default/css/style.css?${version}" rel="stylesheet" type="text/css"/>
    <script src="${URL_LIB}/static/js/common/seajs.js"></script>
    <script src="${URL_LIB}/static/js/common/seajs-config.js"></script>
    <script>
        seajs.use("${URL_LIB}/static/js/init/common-init.js")
    </script>
</head>
<body>
<c:import url="/tiles/header?redr=${requestScope.browsersURL}"/>
<div class="about-bg clearfix">
    <!-- 左侧导航 -->
    <div class="about-nav">
        <ul>
            <li><a href="${URL_WWW}/help/aboutus">关于着迷</a><span></span></li>
            <li><a href="${URL_WWW}/about/contactus">商务合作</a><span></span></li>
            <li class="current"><a href="${URL_WWW}/about/job/zhaopin">工作在着迷</a><span></span></li>
            <li><a href="${URL_WWW}/help/law">法律声明</a><span></span></li>
            <li><a href="${URL_WWW}/help/service">服务条款</a><span></span></li>
            <li><a href="${URL_WWW}/about/press">媒体报道</a><span></span></li>
            <li><a href="${URL_WWW}/help/law/parentsprotect">家长监护</a><span></span></li>
        </ul>
    </div>

    <!-- 职位详情 -->
    <div class="job-detail">
        <h2 class="about-title"><span class="about-title-text-5">工作在着迷</span></h2>

        <div class="jobdetail-title"><a href="http://www.joyme.com/about/job/zhaopin">招聘职位</a>&nbsp;&gt;&nbsp;培训经理
        </div>
        <div class="jobdetail-content">
            <div class="job-apply"><a class="submitbtn" href="mailto:jobs@staff.joyme.com"><span>立即申请</span></a></div>
            <div class="u_fans u_fansz">
                <ul class="zp">
                    <h3>培训经理</h3>

                    <p>• 工作地点：北京 </p>
                    <p>• 工作经验：3年或以上 </p>
                    <p>• 工作性质：全职 </p>
                    <p>• 最低学历：本科 </p>

                    <li class="listf clearfix">
                        <b>• 岗位职责：</b>
                        <dl>
                            <dt>1.</dt>
                            <dd>根据公司的总体战略建立培训体系，包括制度建立、资源整合及运作管理。</dd>
                        </dl>
                        <dl>
                            <dt>2.</dt>
                            <dd>
                                根据公司总体服务质量情况和员工培训需求，制订、组织、落实公司年度和月度培训计划；
                            </dd>
                        </dl>
                        <dl>
                            <dt>3.</dt>
                            <dd>
                                根据各部门服务质量情况及员工素质需求，协助部门制订培训计划，并检查计划实施情况，总体培训情况和各部门培训检查情况进行总结，对培训效果做出客观评估，提出培训新方案；
                            </dd>
                        </dl>
                        <dl>
                            <dt>4.</dt>
                            <dd>
                                拓展培训渠道和培训资源，积累培训经验和资料，开发培训课题，编制培训教材，编写培训教案；
                            </dd>
                        </dl>
                        <dl>
                            <dt>5.</dt>
                            <dd>
                                指导、辅助各部门贯彻落实各项培训项目
                            </dd>
                        </dl>
                        <dl>
                            <dt>6.</dt>
                            <dd>
                                确保每一位新选用的员工在正式上岗工作之前都必须经过岗前培训和提高培训，具备岗位所要求的素养和知识；
                            </dd>
                        </dl>
                        <dl>
                            <dt>7.</dt>
                            <dd>
                                制定年度培训预算，根据各季 。
                            </dd>
                        </dl>
                    </li>
                    <li class="listf clearfix">
                        <br><b> • 任职资格：</b><br>
                        <dl>
                            <dt>1.</dt>
                            <dd>
                                本科及以上学历，人力资源管理，企业管理，心理学等相关专业优先。具备良好的英文听说读写能力。
                            </dd>
                            <dt>2.</dt>
                            <dd>
                                3年以上互联网行业培训岗位工作经验，语言表达能力突出，极富感染力，极强学习能力；
                            </dd>
                            <dt>3.</dt>
                            <dd>
                                有较强的组织、策划及演讲能力，对会议的时间、节奏具有掌控能力；
                            </dd>
                            <dt>4.</dt>
                            <dd>
                                性格外向，乐于从事培训工作；
                            </dd>
                            <dt>5.</dt>
                            <dd>
                                了解企业管理咨询发展趋势，长期发展；
                            </dd>
                            <dt>6.</dt>
                            <dd>
                                熟练使用计算机办公软件，尤其是PPT的制作，熟悉PPT的演讲、Photoshop图片处理知识；
                            </dd>
                            <dt>7.</dt>
                            <dd>
                                热爱培训事业，熟悉培训基本工作流程，有较强的服务意识。
                            </dd>
                        </dl>
                    </li>
                    <li class="listf clearfix">
                        <br><b> • 优先条件：</b><br>
                        <dl>
                            <dt>1.</dt>
                            <dd>  有社区型移动产品相关经验；</dd>
                        </dl>
                    </li>
                </ul>
            </div>
            <br><br>

            <div class="sendresume">
                <span><img width="16" height="16" src="http://lib.joyme.com/static/theme/default/img/zlzp.jpg"><a target="_blank" href="http://special.zhaopin.com/sh/2014/zlzp042150/">去智联招聘投简历</a></span>
            <span>
            <img width="11" height="16" src="http://lib.joyme.com/static/theme/default/img/51job.jpg">
            <a target="_blank" href="http://search.51job.com/list/co,c,2581201,000000,10,1.html">去51job投简历</a></span>
            </div>
        </div>
    </div>

</div>
<!--content结束-->
<div class="piccon"></div>
<%@ include file="/views/jsp/tiles/footer.jsp" %>
<script src="${URL_LIB}/static/js/common/pv.js"></script>
</body>
</html>
