<%@ page contentType="text/html;charset=utf-8" %>
<html>
  <head>
    <meta charset="UTF-8">
    <meta name="viewport"
          content="width=device-width, user-scalable=no, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <meta name="keywords" content="同方,在线教育,同方凌讯">
    <title>同方教育在线&middot;校园采风</title>
    <link rel="shortcut icon" type="image/x-icon" href="./images/favicon.png">
    <link rel="stylesheet" href="../../bootstrap/css/bootstrap.min.css" />
    <link rel="stylesheet" href="../../css/base.css" />
    <link rel="stylesheet" href="../../css/content.css" />
    <link rel="stylesheet" href="../style.css" />
    <style>
    .article-header {      
      height: 140px;
    } 
    </style>
    <script src="../../bootstrap/js/jquery-3.2.1.min.js"></script>
  </head>
  <body id="news">
  
<nav class="navbar">
	<div class="container-fluid">
		<a class="navbar-brand" href="index.jsp">
			<img class="logo" src="../../images/logo.jpg" title="同方教育在线" />
		</a>
		<div id="navbar" class="navbar-collapse collapse">
            <jsp:include page="../../include/nav.jsp" flush="true" />
			<jsp:include page="../../include/nav-right.jsp" flush="true" />
		</div>
	</div>
</nav>
    
    <div class="container">
      <ol class="breadcrumb mar-t40">
        <li><a href="../../index.jsp">首页</a></li>
        <li><a href="../../index.jsp#校园采风">校园采风</a></li>
        <li class="active"><a href="javascript:;">正文</a></li>
      </ol>
      <div class="article">
        <div class="article-header">
          <h1 class="t-c" id="js-title">不忘初心跟党走</h1>
          <h2 class="t-c">感恩母亲，让青春更美绽放</h2>
          <h3 class="t-c">——开封十四中2017年十四岁集体生日暨离队入团仪式活动</h3>
          <div class="article-metas">
            <div>学校: <span id="js-school">开封第十四中学</span></div><span>|</span>           
            <div>日期: <span id="js-date">2017年09月29日 09:22</span></div>                           
          </div>
        </div>
        <div class="article-body">
          <div><h1 class="t-c" id="js-title"><img id="js-img" class="pt" src="01-1.jpg" /><img id="js-img" class="pt" src="01-2.jpg" /><img id="js-img" class="pt" src="01-3.jpg" /></h1></div>
          	<article id="js-content">
              <p>5月14日上午开封市第十四中学在校多功能教室隆重举行了校团委精心策划组织的“不忘初心跟党走，感恩母亲，让青春更美绽放?2018届十四岁集体生日暨离队入团仪式活动”。校长吕中伟、书记杜强、德育副校长李瑞全、教学副校长杨凯、办公室主任周贵勤，政教处主任万建平，八年级主任向虹出席本次活动。</p>
              <p>活动开始由青年团员及入团积极分子朱淑阳、王灏然、王田田、王紫懿、沙若雪、徐一寒、蔡思宇带来开场舞。轻松地舞步，快乐的音符拉开了生日活动的序幕。</p>
              <p>在四位主持人:马思涵，许智尧，陈萌萌，李忻蔚的开场白后。 开封十四中吕中伟校长向前来参加活动家长、老师、同学们致生日贺词。“时间过得真快，同学们来到中学已经快两年时光了，两年来你们一起经历团结与拼搏，也忍受了磨难和挫折，收获的成绩和友谊，拥有了难忘的美好时光.”吕校长也向同学提出以下希望“希望你们多一份执着，有一份理想。希望你们多一份成熟，有一份感恩。希望你们多一份责任、有一份担当。”</p>
            	<p>接下来马九午和刘子铭同学为大家带来的相声表演《生日快乐》他们把学校生活的故事融合在相声段子中引得同学们开怀大笑，并且由他们的表演引出开封十四中的师生自编、自导、自演的心理剧《你的心声我来听》。</p>
            	<p>本次集体生日活动恰逢母亲节，14岁生日我们最应感激母亲，是她将我们带到这个世界，养育我们成长。安炳瑶、马思涵、代宇铎、牛子铭几位同学为母亲们朗诵《陪我一路的人是你》“总会有一个人陪你，为你全心全意，就算路程延至整个世界，就算荆棘在脚边肆意，也紧紧拥抱你，不离不弃。”孩子们深情告白感动全场，难能可贵的是整首诗歌都是由马思涵同学自己创作的。</p>
            	<p>十三位妈妈代表也精心准备了节目，亲笔创作诗歌《给孩子十四岁青春礼》并现场朗诵，祝所有的同学们生日快乐。</p>
            	<p>奋斗的青春最美丽。同学们告别童年，摘下心爱的红领巾，放入心形盒子里永久珍藏，代表着他们将迈入青春的行列，绽放绚丽的青春。团委书记赵娟宣读新团员名单，新团员们在团旗下庄严宣誓加入中国共产主义青年团。市十四中党支部杜强书记也为同学们送上青春寄语。</p>
            	<p>最后在张蔚航、韩昊锦、王梓宇同学的吉他弹唱《蓝莲花》和刘为楚、陈哲宇同学手绘“梦想”的板报中，全体同学将自己写下的青春梦想，折成纸鹤放进许愿瓶中。</p>
            	<p>十四岁，正是花样年少和青春年华的转折之时；十四岁，是成长道路上的又一新的里程碑。十四岁的年华斑斓的让人羡慕，十四岁的他们正正张开年轻、有力的臂膀开启新的征程。相信他们会用青春的智慧和青春的力量，描绘出最美的青春画卷，谱写出激昂的青春之歌。</p>
            </article>        
          </div>
      <!-- 相关新闻-->
      <div class="related mar-t40">
          <div class="separate-line"><div class="highlight"></div></div>
          <div class="related-header">
            <h2>相关信息</h2>
            <a class="more" href="404tbd.jsp" target="_blank">更多</a>
          </div>
          <div class="related-body" id="js-related">
<ul class="related-titles mar-t10">
  <li><a href="../../journal.jsp?id=16">开封五中举办曹靖华诞辰120周年纪念会 - 暨2017教师节“靖华”奖表彰大会</a></li>
  <li><a href="../../journal.jsp?id=15">开封五中举办彝山书院文化建设专家研讨会</a></li>
  <li><a href="../../journal.jsp?id=14">省工艺美术大师吴天放参观开封五中书院文化建设</a></li>
  <li><a href="../../journal.jsp?id=13">生涯规划教育</a></li>
</ul>
          </div>
      </div>
    </div>
  </div>
  <!-- /.container -->
   <div id="footer"></div>
   <script>$("#footer").load("../../include/footer.html");</script>
  </body>
  <script type="text/javascript" src="../../js/common.js"></script>
<script type="text/javascript" src="../href.js"></script>
</html>
