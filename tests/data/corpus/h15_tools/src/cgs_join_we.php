<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Document</title>
    <link rel="stylesheet" href="css/bootstrap.min.css">
	<link rel="stylesheet" href="css/common.css">
	<link rel="stylesheet" href="css/join_we.css">
	<script src="js/rem.js"></script>
	<script src="js/jquery-2.1.4.min.js"></script>
    <script src="js/bootstrap.min.js"></script>
    <script src="js/service.js"></script>
    <script src="js/common.js"></script>
    <script src="js/join_we.js"></script>
</head>
<body>
<?php include 'header.php';?>
    <div class="banner">
        <div class="img pc"><img src="images/about_01.jpg" alt=""></div>
        <div class="img mobile"><img src="images/images/banner_about.jpg" alt=""></div>
    </div>
    <!-- 菜单导航 -->
    <div class="menu_nav pc">
        <div class="container">
            <ul>
                <li class="active"><a href="about.php">企业简介</a></li>
                <li><a href="culture.php">品牌文化</a></li>
                <li><a href="course.php">发展历程</a></li>
                <li><a href="team.php">创始团队</a></li>
                <li><a href="store.php">门店查询</a></li>
                <li><a href="join_we.php">加入我们</a></li>
            </ul>
        </div>
    </div>
    <!-- 加入我们 -->
    <div class="join_we">
        <div class="container">
            <h2>加入我们</h2>
            <p>只要你有才，虚以待位，只等你来！</p>
            <div class="wrap">
                <div class="left pc"><img src="images/join_we_03.jpg" alt=""></div>
                <div class="left mobile"><img src="images/images/join_we_03.jpg" alt=""></div>
                <div class="right">
                    <div class="img pc"><img src="images/join_we_06.png" alt=""></div>
                    <ul>
                        <li>我们拥有一支充满激情而又经验丰富的团队</li>
                        <li>专注技术却又敢于创新</li>
                        <li>心怀梦想，生命不止，奋斗不息</li>
                        <li>只要你有才，虚以待位，只等你来！</li>
                    </ul>
                </div>
            </div>
        </div>
    </div>
    <!-- 公司福利 -->
    <div class="welfare">
        <div class="container">
            <h3>公司福利</h3>
            <ul>
                <li><div class="img"><img src="images/welfare_03.png" alt=""></div><p>节日补贴</p></li>
                <li><div class="img"><img src="images/welfare_05.png" alt=""></div><p>下午茶点心</p></li>
                <li><div class="img"><img src="images/welfare_07.png" alt=""></div><p>员工旅游</p></li>
                <li><div class="img"><img src="images/welfare_09.png" alt=""></div><p>员工培训</p></li>
                <li><div class="img"><img src="images/welfare_16.png" alt=""></div><p>五险一金</p></li>
                <li><div class="img"><img src="images/welfare_19.png" alt=""></div><p>员工体检</p></li>
                <li><div class="img"><img src="images/welfare_21.png" alt=""></div><p>带薪年假</p></li>
                <li><div class="img"><img src="images/welfare_22.png" alt=""></div><p>绩效奖金</p></li>
            </ul>
        </div>
    </div>
    <!-- 招聘 -->
    <div class="recruit">
        <div class="container">
            <div class="top">
                <h5>人才招聘</h5>
                <p>我们正在寻找三观一致、做事高效、脑洞大开的人。</p>
                <p>希望TA要么是经验丰富的老司机，要么是激情满满的年轻人，我们一起借着风口起飞！</p>
            </div>
            <div class="middle">
               <ul>
                   <li>
                       <h4>Python开发工程师<span class="btn_right">+</span></h4>
                        <div class="content">
                            <h5>Python开发工程师</h5>
                            <h6>岗位职责：</h6>
                            <p>1. 负责后台服务的开发和维护；</p>
                            <p>2. 参与后台服务架构设计和优化；</p>
                            <p>3. 现有后台服务的优化和重构；</p>
                            <p>4. 工作中相关设计、接口文档的编写；</p>
                            <h6>岗位职责：</h6>
                            <p>1、具有本科以及以上学历，计算机相关专业，2年以上数据抓取经验；</p>
                            <p>2、精通Java、Python语言，有丰富的编程经验；</p>
                            <p>3、熟悉多线程、网络编程，精通网页抓取原理及技术，精通正则表达式，能从结构化的和非结构化的数据中获取信息；</p>
                            <p>4、熟悉爬虫、种子、去重、提取、过滤、分发、DNS cache、异步处理等概念和过程；</p>
                            <p>5、具备信息检索、web挖掘等搜索引擎相关知识，有从事网络爬虫、网页去重、网页信息抓取、网页分类中任一种程序开发经验；</p>
                            <p>6、了解搜索和爬虫开源软件的一种或多种，以及相关原理；</p>
                            <p>7、有文本分析、自然语言处理、搜索引擎、数据挖掘等相关开发经验者；</p>
                            <p>8、敢于尝试和攻克技术难题，对程序完美有偏执追求，敢于挑战自我；</p>
                            <p>9、对数据敏感、有创新精神、主动思考和获取新知识，具有较强领悟力，积极上进，性格乐观，态度踏实，耐心细致，责任心强，具备良好的客户需求理解能力、良好的团队协作和优秀的沟通能力，能承受较大的工作压力。；</p>
                            <h6 class="email">简历请投至：<span>gcs@guanchesuo.com</span>(请注明应聘的岗位名称)</h6>
                        </div>
                   </li>
                   
                   <li>
                       <h4>iOS开发工程师<span class="btn_right">+</span></h4>
                        <div class="content">
                            <h5>iOS开发工程师</h5>
                            <h6>岗位职责：</h6>
                            <p>1. 负责后台服务的开发和维护；</p>
                            <p>2. 参与后台服务架构设计和优化；</p>
                            <p>3. 现有后台服务的优化和重构；</p>
                            <p>4. 工作中相关设计、接口文档的编写；</p>
                            <h6>岗位职责：</h6>
                            <p>1、具有本科以及以上学历，计算机相关专业，2年以上数据抓取经验；</p>
                            <p>2、精通Java、Python语言，有丰富的编程经验；</p>
                            <p>3、熟悉多线程、网络编程，精通网页抓取原理及技术，精通正则表达式，能从结构化的和非结构化的数据中获取信息；</p>
                            <p>4、熟悉爬虫、种子、去重、提取、过滤、分发、DNS cache、异步处理等概念和过程；</p>
                            <p>5、具备信息检索、web挖掘等搜索引擎相关知识，有从事网络爬虫、网页去重、网页信息抓取、网页分类中任一种程序开发经验；</p>
                            <p>6、了解搜索和爬虫开源软件的一种或多种，以及相关原理；</p>
                            <p>7、有文本分析、自然语言处理、搜索引擎、数据挖掘等相关开发经验者；</p>
                            <p>8、敢于尝试和攻克技术难题，对程序完美有偏执追求，敢于挑战自我；</p>
                            <p>9、对数据敏感、有创新精神、主动思考和获取新知识，具有较强领悟力，积极上进，性格乐观，态度踏实，耐心细致，责任心强，具备良好的客户需求理解能力、良好的团队协作和优秀的沟通能力，能承受较大的工作压力。；</p>
                            <h6 class="email">简历请投至：<span>gcs@guanchesuo.com</span>(请注明应聘的岗位名称)</h6>
                        </div>
                   </li>

                   <li>
                       <h4>Android开发工程师<span class="btn_right">+</span></h4>
                        <div class="content">
                            <h5>Android开发工程师</h5>
                            <h6>岗位职责：</h6>
                            <p>1. 负责后台服务的开发和维护；</p>
                            <p>2. 参与后台服务架构设计和优化；</p>
                            <p>3. 现有后台服务的优化和重构；</p>
                            <p>4. 工作中相关设计、接口文档的编写；</p>
                            <h6>岗位职责：</h6>
                            <p>1、具有本科以及以上学历，计算机相关专业，2年以上数据抓取经验；</p>
                            <p>2、精通Java、Python语言，有丰富的编程经验；</p>
                            <p>3、熟悉多线程、网络编程，精通网页抓取原理及技术，精通正则表达式，能从结构化的和非结构化的数据中获取信息；</p>
                            <p>4、熟悉爬虫、种子、去重、提取、过滤、分发、DNS cache、异步处理等概念和过程；</p>
                            <p>5、具备信息检索、web挖掘等搜索引擎相关知识，有从事网络爬虫、网页去重、网页信息抓取、网页分类中任一种程序开发经验；</p>
                            <p>6、了解搜索和爬虫开源软件的一种或多种，以及相关原理；</p>
                            <p>7、有文本分析、自然语言处理、搜索引擎、数据挖掘等相关开发经验者；</p>
                            <p>8、敢于尝试和攻克技术难题，对程序完美有偏执追求，敢于挑战自我；</p>
                            <p>9、对数据敏感、有创新精神、主动思考和获取新知识，具有较强领悟力，积极上进，性格乐观，态度踏实，耐心细致，责任心强，具备良好的客户需求理解能力、良好的团队协作和优秀的沟通能力，能承受较大的工作压力。；</p>
                            <h6 class="email">简历请投至：<span>gcs@guanchesuo.com</span>(请注明应聘的岗位名称)</h6>
                        </div>
                   </li>

                   <li>
                       <h4>文案编辑（汽车行业）<span class="btn_right">+</span></h4>
                        <div class="content">
                            <h5>文案编辑（汽车行业）</h5>
                            <h6>岗位职责：</h6>
                            <p>1. 负责后台服务的开发和维护；</p>
                            <p>2. 参与后台服务架构设计和优化；</p>
                            <p>3. 现有后台服务的优化和重构；</p>
                            <p>4. 工作中相关设计、接口文档的编写；</p>
                            <h6>岗位职责：</h6>
                            <p>1、具有本科以及以上学历，计算机相关专业，2年以上数据抓取经验；</p>
                            <p>2、精通Java、Python语言，有丰富的编程经验；</p>
                            <p>3、熟悉多线程、网络编程，精通网页抓取原理及技术，精通正则表达式，能从结构化的和非结构化的数据中获取信息；</p>
                            <p>4、熟悉爬虫、种子、去重、提取、过滤、分发、DNS cache、异步处理等概念和过程；</p>
                            <p>5、具备信息检索、web挖掘等搜索引擎相关知识，有从事网络爬虫、网页去重、网页信息抓取、网页分类中任一种程序开发经验；</p>
                            <p>6、了解搜索和爬虫开源软件的一种或多种，以及相关原理；</p>
                            <p>7、有文本分析、自然语言处理、搜索引擎、数据挖掘等相关开发经验者；</p>
                            <p>8、敢于尝试和攻克技术难题，对程序完美有偏执追求，敢于挑战自我；</p>
                            <p>9、对数据敏感、有创新精神、主动思考和获取新知识，具有较强领悟力，积极上进，性格乐观，态度踏实，耐心细致，责任心强，具备良好的客户需求理解能力、良好的团队协作和优秀的沟通能力，能承受较大的工作压力。；</p>
                            <h6 class="email">简历请投至：<span>gcs@guanchesuo.com</span>(请注明应聘的岗位名称)</h6>
                        </div>
                   </li>

               </ul>
            </div>
        </div>
    </div>
    <?php include 'footer.php';?>
</body>
</html>
            <!-- <p class="btm_p01">Python开发工程师<span>-</span></p>
                <div>  
                </div>
                <div>
                </div>
                <p class="btm_p02">iOS开发工程师<span>+</span></p>    
                <p class="btm_p03">Android开发工程师<span>+</span></p>
                <p class="btm_p04">文案编辑（汽车行业）<span>+</span></p> -->
    <!-- <h5>Python开发工程师</h5>
    <h6>岗位职责：</h6>
    <p>1. 负责后台服务的开发和维护；</p>
    <p>2. 参与后台服务架构设计和优化；</p>
    <p>3. 现有后台服务的优化和重构；</p>
    <p>4. 工作中相关设计、接口文档的编写；</p>
    <h6>岗位职责：</h6>
    <p>1、具有本科以及以上学历，计算机相关专业，2年以上数据抓取经验；</p>
    <p>2、精通Java、Python语言，有丰富的编程经验；</p>
    <p>3、熟悉多线程、网络编程，精通网页抓取原理及技术，精通正则表达式，能从结构化的和非结构化的数据中获取信息；</p>
    <p>4、熟悉爬虫、种子、去重、提取、过滤、分发、DNS cache、异步处理等概念和过程；</p>
    <p>5、具备信息检索、web挖掘等搜索引擎相关知识，有从事网络爬虫、网页去重、网页信息抓取、网页分类中任一种程序开发经验；</p>
    <p>6、了解搜索和爬虫开源软件的一种或多种，以及相关原理；</p>
    <p>7、有文本分析、自然语言处理、搜索引擎、数据挖掘等相关开发经验者；</p>
    <p>8、敢于尝试和攻克技术难题，对程序完美有偏执追求，敢于挑战自我；</p>
    <p>9、对数据敏感、有创新精神、主动思考和获取新知识，具有较强领悟力，积极上进，性格乐观，态度踏实，耐心细致，责任心强，具备良好的客户需求理解能力、良好的团队协作和优秀的沟通能力，能承受较大的工作压力。；</p>
    <h6 class="email">简历请投至：<span>gcs@guanchesuo.com</span>(请注明应聘的岗位名称)</h6> -->