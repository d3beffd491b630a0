<?php
$menu = $this->getPageMenu();
$this->pageTitle = '加入我们_名医主刀';
?>
<style>
    #site-header{border-bottom:1px solid #ddd;}
    .page-content .heading-u{margin-bottom:0;}
    .page-content .panel{border-top:none;border-radius:0;}
    .page-content .panel-body{padding-top:30px;font-size: 16px;}    

</style>
<div class="container">
    <div class="mb20">
        <div id="sidemenu" class="col-sm-2">
            <?php $this->renderPartial('pages/_menu'); ?>
        </div>
        <div class="col-sm-10 page-content">
            <div class="row">
                <div class="panel panel-default">

                    <div class="panel-body passage">
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;"><strong><span style="font-size: 14px;">PHP工程师（高级）</span></strong></span>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei; font-size: 14px;"></span>
                        </p>
                        <table class="table border-bottom">
                            <tbody>
                                <tr>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作地点</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">上海</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作性质</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">全职</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">月薪</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">15000-20000</span>
                                    </td>
                                </tr>
                                <tr>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作经验</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">2年</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">学历</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">本科</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">招聘人数</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">1</span>
                                    </td>
                                </tr>
                            </tbody>
                        </table>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">岗位职责:</span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">负责项目后台编码、设计</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">参与数据库设计，并根据开发规范独立完成编码和测试</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px;">按照项目进度、功能需求完成工作</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">能够对于项目需求提出合理性建议</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">编写技术文档</span>
                                </p>
                            </li>
                        </ol>
                        <p>
                            <br/>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">技能需求:</span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">2年及以上PHP网站项目开发经验</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">精通PHP语言进行面向对象编程，具备系统分析、数据分析和独立设计能力</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">精通MVC架构，至少熟悉一种常用的PHP开发框架（yii框架最佳）</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">熟悉mySql、Apache、PHP配置，以及常见扩展</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">有一定的数据库优化经验</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">善于学习，抗压能力强</span>
                                </p>
                            </li>
                        </ol>
                        <p>
                            <br/>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;"><strong><span style="font-family: 宋体; font-size: 14px;">PHP<span style="font-family: 宋体;">工程师（初级</span><span style="font-family: Times New Roman;">)</span></span></strong></span>
                        </p>
                        <table class="table border-bottom">
                            <tbody>
                                <tr class="firstRow">
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作地点</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">上海</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作性质</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">全职</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">月薪</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">6000-8000</span>
                                    </td>
                                </tr>
                                <tr>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作经验</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">2年</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">学历</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">本科</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">招聘人数</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">2</span>
                                    </td>
                                </tr>
                            </tbody>
                        </table>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">岗位描述:<br/></span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">负责项目后台编码、设计</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">参与数据库设计，并根据开发规范完成编码和测试</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">按照项目进度、功能需求完成工作</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">能够对于项目需求提出合理性建议</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">编写技术文档</span>
                                </p>
                            </li>
                        </ol>
                        <p>
                            <br/>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">技能需求:</span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">具备独立开发能力,1年及以上PHP项目开发经验</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">使用PHP进行面向对象编程，具备系统分析、数据分析和独立设计能力</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">精通MVC架构</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">熟悉mySql、Apache、PHP配置，以及常见扩展</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">善于学习，抗压能力强</span>
                                </p>
                            </li>
                        </ol>
                        <p>
                            <br/>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);"></span>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei; font-size: 14px;"><br/></span>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;"><strong><span style="font-family: 宋体; font-size: 14px;">安卓开发工程师</span></strong></span>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);"></span>
                        </p>
                        <table class="table border-bottom">
                            <tbody>
                                <tr class="firstRow">
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作地点</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">上海</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作性质</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">全职</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">月薪</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">15000</span>
                                    </td>
                                </tr>
                                <tr>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作经验</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">1年</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">学历</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">本科</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">招聘人数</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">2</span>
                                    </td>
                                </tr>
                            </tbody>
                        </table>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">职位描述:<span style="font-family: 宋体; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);"></span><br/></span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">负责手机端软件产品研发；</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">与产品和运营人员沟通保证产品的质量和开发进度；</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">持续的优化相关的产品的质量、性能、用户体验。</span>
                                </p>
                            </li>
                        </ol>
                        <p>
                            <br/>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">岗位要求:</span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">本科及以上学历，编程技术过硬，具备独立开发能力</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">2年以上Android产品开发经验；</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">熟悉常用数据结构；</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">熟悉Android开发技术，能熟练使用相关开发及测试工具；</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">有上线APP产品者优先；</span>
                                </p>
                            </li>
                            <li>
                                <p style="margin-top:0;margin-right:0;margin-bottom:0;margin-left:0;text-indent:0;padding:0 0 0 0 ;line-height:25px;background:rgb(255,255,255)">
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px;">具有极强的责任心，良好的沟通能力和团队合作精神，愿意融入一个创业团队长期发展。</span>
                                </p>
                            </li>
                        </ol>
                        <p style="margin-top:0;margin-right:0;margin-bottom:0;margin-left:0;text-indent:0;padding:0 0 0 0 ;line-height:25px;background:rgb(255,255,255)">
                            <br/>
                        </p>
                        <p style="margin-top:0;margin-right:0;margin-bottom:0;margin-left:0;text-indent:0;padding:0 0 0 0 ;line-height:25px;background:rgb(255,255,255)">
                            <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px;"><br/></span>
                        </p>
                        <p style="margin-top:0;margin-right:0;margin-bottom:0;margin-left:0;text-indent:0;padding:0 0 0 0 ;line-height:25px;background:rgb(255,255,255)">
                            <span style="font-family: 微软雅黑, Microsoft YaHei;"><strong><span style="font-family: 宋体; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px;">客服专员</span></strong></span>
                        </p>
                        <p style="margin-top:0;margin-right:0;margin-bottom:0;margin-left:0;text-indent:0;padding:0 0 0 0 ;line-height:25px;background:rgb(255,255,255)">
                            <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px;"></span>
                        </p>
                        <table class="table border-bottom">
                            <tbody>
                                <tr class="firstRow">
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作地点</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">上海</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作性质</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">全职</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">月薪</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">4500</span>
                                    </td>
                                </tr>
                                <tr>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作经验</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">不限</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">学历</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">大专</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">招聘人数</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">2</span>
                                    </td>
                                </tr>
                            </tbody>
                        </table>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">职位描述:</span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">接听客户电话</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">根据客户问题提供相应的专业解答</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">维护客户关系，及时更新客户资料</span>
                                </p>
                            </li>
                        </ol>
                        <p>
                            <br/>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">岗位要求:</span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px;">医学及相关专业毕业者优先</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">普通话标准，声音柔美</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">善于与人沟通，性格开朗，反应快</span>
                                </p>
                            </li>
                        </ol>
                        <p style="margin-top:0;margin-right:0;margin-bottom:0;margin-left:0;text-indent:0;padding:0 0 0 0 ;line-height:25px;background:rgb(255,255,255)">
                            <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px;"></span>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);"></span>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);"></span>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);"></span>
                        </p>
                        <p>
                            <br>
                        </p>
                        <h4>联系人: 谢小姐，电话: 18616205157，邮箱: hr@mingyizhudao.com</h4>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
