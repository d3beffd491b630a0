
<?php require ("pc/head.php");?>
    <div class="y-work-box1">
        <img src="<?php echo $webmsg["assetsurl"];?>/img/work/banner2.png">
    </div>
    <div class="y-work-box2">
        <div class="y-box2-body1  clearfix">
            <div class="y-body1-left fromRight">
                <div class="tu">
                    <img src="<?php echo $webmsg["assetsurl"];?>/img/work/h1.png" alt="">
                </div>
                <div class="zi">
                    <h4>和聪明的人一起共事</h4>
                    <p>崇尚创新、快速的互联网文化正在寻找富有创意和想法的你</p>
                </div>
            </div>
            <div class="y-body1-right fromLeft">
                <img src="<?php echo $webmsg["assetsurl"];?>/img/work/h2.png" alt="">
            </div>
        </div>
        <div class="y-box2-body2  clearfix">
            <div class="y-body2-left fromRight">
                <img src="<?php echo $webmsg["assetsurl"];?>/img/work/h3.png" alt="">
            </div>
            <div class="y-body2-right fromLeft">
                <div class="tu">
                    <img src="<?php echo $webmsg["assetsurl"];?>/img/work/h4.png" alt="">
                </div>
                <div class="zi">
                    <h4>做激动人心的产品</h4>
                    <p>让未来的你喜欢现在的自己加入我们，在行动中收获梦想</p>
                </div>
            </div>
        </div>
    </div>
    <div class="y-work-box3">
        <div class="y-box3-title">
            <div class="title">
                <img class="y-left" src="<?php echo $webmsg["assetsurl"];?>/img/guan/titleleft.png"> 人才招聘
                <img class="y-right" src="<?php echo $webmsg["assetsurl"];?>/img/guan/titleright.png">
            </div>
        </div>
        <div class="y-box3-body">
            <ul class="clearfix">
                <li class="fromBottom" style="animation-delay: 0.3s;">
                    <div class="y-box3-tu">
                        <img src="<?php echo $webmsg["assetsurl"];?>/img/work/r1.png" alt="">
                    </div>
                    <div class="y-box3-zhi">
                        <h4>UI设计师</h4>
                        <ul class="clearfix">
                            <li>
                                薪资: 3000-5000
                            </li>
                            <li>
                                工作地点:武汉
                            </li>
                            <li>
                                学历要求:不限
                            </li>
                            <li>
                                经验要求:不限
                            </li>
                        </ul>
                    </div>
                    <div class="y-box3-contenr">
                        <h4>工作内容:</h4>
                        <p>1.配合产品经理完成套户要求的app图片或网页美工图。</p>
                        <p>2.配公司完成公司推广页面与相关图片</p>
                    </div>
                </li>
                <li class="fromBottom" style="animation-delay: 0.5s;">
                    <div class="y-box3-tu">
                        <img src="<?php echo $webmsg["assetsurl"];?>/img/work/r2.png" alt="">
                    </div>
                    <div class="y-box3-zhi">
                        <h4>PHP工程师</h4>
                        <ul class="clearfix">
                            <li>
                                薪资: 3000-5000
                            </li>
                            <li>
                                工作地点:武汉
                            </li>
                            <li>
                                学历要求:不限
                            </li>
                            <li>
                                经验要求:不限
                            </li>
                        </ul>
                    </div>
                    <div class="y-box3-contenr">
                        <h4>工作内容:</h4>
                        <p>1.根据套户需求完成程序开发</p>
                        <p>2.根据套户需求完成功能惨改</p>
                    </div>
                </li>
                <li class="fromBottom" style="animation-delay: 0.7s;">
                    <div class="y-box3-tu">
                        <img src="<?php echo $webmsg["assetsurl"];?>/img/work/r3.png" alt="">
                    </div>
                    <div class="y-box3-zhi">
                        <h4>Web前端工程师</h4>
                        <ul class="clearfix">
                            <li>
                                薪资: 3000-5000
                            </li>
                            <li>
                                工作地点:武汉
                            </li>
                            <li>
                                学历要求:不限
                            </li>
                            <li>
                                经验要求:不限
                            </li>
                        </ul>
                    </div>
                    <div class="y-box3-contenr">
                        <h4>工作内容:</h4>
                        <p>1.实现产品界面和功能。</p>
                        <p>2.根据前端框架，实现与后端交互的js逻辑代码编写。</p>
                        <p>3.后期项目页面修改。</p>
                    </div>
                </li>
                <li class="fromBottom" style="animation-delay: 0.3s;">
                    <div class="y-box3-tu">
                        <img src="<?php echo $webmsg["assetsurl"];?>/img/work/r4.png" alt="">
                    </div>
                    <div class="y-box3-zhi">
                        <h4>JAVA工程师</h4>
                        <ul class="clearfix">
                            <li>
                                薪资: 5000-8000
                            </li>
                            <li>
                                工作地点:武汉
                            </li>
                            <li>
                                学历要求:不限
                            </li>
                            <li>
                                经验要求:不限
                            </li>
                        </ul>
                    </div>
                    <div class="y-box3-contenr">
                        <h4>工作内容:</h4>
                        <p>1.根据客户需求完成程序开发。</p>
                        <p>2.根据公司需求完成程序设计。</p>
                    </div>
                </li>
                <li class="fromBottom" style="animation-delay: 0.5s;">
                    <div class="y-box3-tu">
                        <img src="<?php echo $webmsg["assetsurl"];?>/img/work/r5.png" alt="">
                    </div>
                    <div class="y-box3-zhi">
                        <h4>服务器运维人员</h4>
                        <ul class="clearfix">
                            <li>
                                薪资: 3000-5000
                            </li>
                            <li>
                                工作地点:武汉
                            </li>
                            <li>
                                学历要求:不限
                            </li>
                            <li>
                                经验要求:不限
                            </li>
                        </ul>
                    </div>
                    <div class="y-box3-contenr">
                        <h4>工作内容:</h4>
                        <p>1、需要会linux 下搭建php环境, java环境以及配置nginx.</p>
                        <p>2、根据用户提出的需求修改服务器相关配置。</p>
                    </div>
                </li>
                <li class="fromBottom" style="animation-delay: 0.7s;">
                    <div class="y-box3-tu">
                        <img src="<?php echo $webmsg["assetsurl"];?>/img/work/r6.png" alt="">
                    </div>
                    <div class="y-box3-zhi">
                        <h4>产品经理</h4>
                        <ul class="clearfix">
                            <li>
                                薪资: 3000-5000
                            </li>
                            <li>
                                工作地点:武汉
                            </li>
                            <li>
                                学历要求:不限
                            </li>
                            <li>
                                经验要求:不限
                            </li>
                        </ul>
                    </div>
                    <div class="y-box3-contenr">
                        <h4>工作内容:</h4>
                        <p>1.听取并理解客户的需求。</p>
                        <p>2.根据客户的需求分析客户的痛点。</p>
                        <p>3.根据客户的痛点给予客户更专业的建议</p>
                    </div>
                </li>
                <li class="fromBottom" style="animation-delay: 0.3s;">
                    <div class="y-box3-tu">
                        <img src="<?php echo $webmsg["assetsurl"];?>/img/work/r7.png" alt="">
                    </div>
                    <div class="y-box3-zhi">
                        <h4>推广专员</h4>
                        <ul class="clearfix">
                            <li>
                                薪资: 3000-5000
                            </li>
                            <li>
                                工作地点:武汉
                            </li>
                            <li>
                                学历要求:不限
                            </li>
                            <li>
                                经验要求:不限
                            </li>
                        </ul>
                    </div>
                    <div class="y-box3-contenr">
                        <h4>工作内容:</h4>
                        <p>1.根据公司实际情况做出合理的推广方案</p>
                        <p>2.操作百度竞价,百度知道推广。</p>
                        <p>3.与前端工程师配合优化公司官网。</p>
                    </div>
                </li>
            </ul>
        </div>
    </div>
    <?php require ("pc/foot.php");?>
