<%@page contentType="text/html"%>
<%@page pageEncoding="UTF-8"%>
<!doctype html>
<html>
<head>
<meta charset="utf8">
<title>职位详情</title>
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="black">

<link href="assets/css/base.css" rel="stylesheet">
<script src="assets/js/jquery.min.js"></script>
<script src="assets/js/base.js"></script>
</head>

<body>

    <div class="header">
        <a class="btn-left"><i class="ico-back"></i></a>
        <h3 class="title">
            职位详情
        </h3>
        <a class="btn-right" href="javascript:;"></a>
    </div>
    <div class="content">
        <div class="job-container job-detail">
            <ul class="list">
                <li class="item">
                    <h4 class="name">UI设计师</h4>
                    <div class="tags">
                        <span class="color-red">4千-8千</span><span class="color-gray">全职</span>
                    </div>
                    <div class="tags">
                        <span><i class="ico-addr"></i><em>武汉市</em></span><span><i class="ico-time"></i><em>1-3年</em></span><span><i class="ico-edu"></i><em>大专</em></span>
                    </div>
                    <a class="btn-del" href="javascript:;">删除</a>
                </li>
                <li class="item item-divider"></li>
                <li class="item">
                    <h4 class="name">武汉美约极客有限公司</h4>
                    <div class="tags">
                        <span>私营企业10-50人</span><span class="color-gray">2017-8-20更新</span>
                    </div>
                    <div class="tags">
                        <span>武汉市红钢城街道工人文化宫三楼</span>
                    </div>
                </li>
                <li class="item item-divider"></li>
            </ul>
            <div class="desc">
                <h4 class="title">职位描述</h4>
                <div class="body">
                    岗位职责：<br /><br />
                    1、网站内容建设的布局和结构等方面的整体规划和文字编辑工作；<br />
                    2、负责网站日常美术设计和宣传资料的制作；<br />
                    3、完成信息内容的策划和日常更新与维护；<br />
                    4、编写网站宣传资料及相关产品资料；<br />
                    5、配合策划推广活动，并参与执行；<br />
                    6、有电子商务网站编辑经验或开过淘宝店铺经验者优先；<br />
                    7、较强的创意、策划能力，良好的文字表达能力，思维敏捷；<br />
                    8、熟练使用Photoshop、Flash、fireworks等常用设计制作软件；<br />
                    9、工作认真，有责任心，踏实肯干，富有团队精神；<br />
                    10、具备良好的美术基础，良好的创意构思能力。<br />
                </div>
            </div>
            

        </div>
        <div class="fot-btn">
            <a href="javascript:;" class="button">投递简历</a>
        </div>
    </div>

<script type="text/javascript">


</script>
</body>
</html>
