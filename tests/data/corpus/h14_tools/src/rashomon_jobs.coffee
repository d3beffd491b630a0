Rashomon.JobsFixtures = [
  {
    title: '后端工程师',
    slug: 'backend',
    content_html: '
      <p class="detail">
          工作职责：
      </p>
      <ul class="section-list">
          <li>负责系统后台研发，实现产品需求</li>
          <li>提升系统稳定性、安全性、扩展性</li>
      </ul>

      <p class="u-marginTl detail">
          职位要求：
      </p>
      <ul class="section-list">
          <li>2年以上的后端开发经验</li>
          <li>熟悉 Ruby/Python，对问题游刃有余</li>
          <li>熟悉各种常用的工具库</li>
          <li>熟悉至少 1 种开源框架，Rails 优先</li>
          <li>熟悉各种存储，PostgreSQL，Redis，有优化经验的优先</li>
          <li>熟悉Linux系统</li>
          <li>有并发优化、稳定性优化经验的优先</li>
      </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>15-25K</span>
      </p>
    '
  }
  {
    title: '前端工程师',
    slug: 'frontend',
    content_html: '
      <p class="detail">
          工作职责：
      </p>

      <ul class="section-list">
          <li>负责PC和mobile上的页面开发，实现产品需求</li>
          <li>提升页面兼容性</li>
          <li>优化页面访问速度</li>
      </ul>

      <p class="u-marginTl detail">
          职位要求：
      </p>

      <ul class="section-list">
        <li>有2年以上的前端开发经验</li>
        <li>熟悉JS、jQuery、CSS、Html5</li>
        <li>AngularJS || Ember.js 等其它相似的前端 MVC 框架</li>
        <li>熟悉Git</li>
        <li>熟悉Mac/Linux</li>
      </ul>

      <p class="u-marginTl detail">
          加分项：
      </p>

      <ul class="section-list">
        <li>会php/python/ruby/nodejs的优先</li>
        <li>有参与过开源项目的优先</li>
      <ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>15-25K</span>
      </p>
    '
  },
  {
    title: "iOS 工程师",
    slug: 'ios',
    content_html: '
      <p class="detail">
        工作职责
      </p>
      <ul class="section-list">
        <li>负责根据需求设计、研发iOS客户端产品</li>
        <li>研究iOS新兴技术，开发新玩法，新功能</li>
      <ul>

    <p class="u-marginTl detail">
      职位要求
    </p>
    <ul class="section-list">
      <li>有开发完整App经验，或核心模块的开发经验</li>
      <li>熟悉iOS的持久化存储，多线程，网络通讯</li>
      <li>熟悉iOS布局设，UI渲染机制，开发新控件</li>
      <li>熟悉相关开源工具</li>
    </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>15-25K</span>
      </p>
    '
  },
  {
    title: "安桌工程师",
    slug: 'android',
    content_html: '
      <p class="detail">
        工作职责：
      </p>
      <ul class="section-list">
        <li>研究Android新兴技术，开发新玩法，新功能</li>
      </ul>

      <p class="u-marginTl detail">
        职位要求：
      </p>
      <ul class="section-list">
        <li>有开发完整App经验，或核心模块的开发经验</li>
        <li>有扎实的Java语言基础</li>
        <li>熟悉Android UI事件传递、布局、绘制等原理</li>
        <li>熟悉Android下通信机制，对移动网络的特点有较为深入的理解和经验</li>
        <li>熟悉Android平台内存管理机制、进程管理机制、任务管理机制 、网络通信机制</li>
        <li>熟悉Android下的开源框架，了解各种优化技术，以及常见的系统问题  </li>
        <li>熟悉OOP和常用设计模式</li>
      </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>15-25K</span>
      </p>
    '
  },
  {
    title: "UI设计师",
    slug: 'ui',
    content_html: '
      <p class="detail">
        工作职责：
      </p>
      <ul class="section-list">
        <li>设完成界面、图标、动画等图形界面设计，并制定界面的实现标准</li>
        <li>与研发团队充分沟通协作，确认可控的误差范围和视觉效果的最终实现</li>
      </ul>

      <p class="u-marginTl detail">
        职位要求：
      </p>
      <ul class="section-list">
        <li>熟练 PS、AI、ID 等软件</li>
        <li>逻辑思维清晰,做事认真、细致,表达能力强</li>
        <li>熟悉主流设计动向</li>
      </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>6-12K</span>
      </p>
    '
  },
  {
    title: "视觉设计师",
    slug: 'vi',
    content_html: '
      <p class="detail">
        工作职责：
      </p>

      <ul class="section-list">
        <li>协助运营，为其提供所需的视觉设计支持</li>
      </ul>

      <p class="u-marginTl detail">
        职位要求：
      </p>
      <ul class="section-list">
        <li>熟悉标志 VI 设计、企业品牌形象设计、画册设计、包装设计等</li>
        <li>熟悉主流设计动向</li>
      </ul>

      <p class="u-marginTl detail">
        加分项：
      </p>
      <ul class="section-list">
        <li>精通交互动画制作 （AE）</li>
        <li>会翻墙</li>
        <li>熟悉现今主流数码软硬件发展</li>
        <li>不更新不舒服斯基</li>
        <li>爱吐糟</li>
        <li>整理控</li>
      </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>6-12K</span>
      </p>
    '
  },
  {
    title: "产品经理",
    slug: 'pm',
    content_html: '
      <p class="detail">
        工作职责：
      </p>
      <ul class="section-list">
        <li>负责产品的概念设计、原型设计，协调研发资源实现产品原型，推动原型产品到商用产品的转化；</li>
        <li>协调实施产品研发，达成产品设计目标，对产品效果负责；</li>
        <li>通过用户调研、竞品分析、运营数据等多种渠道获取产品改进方向，优化产品设计方案，推动方案执行，提升客户对产品的满意度。</li>
      </ul>

      <p class="u-marginTl detail">
        职位要求：
      </p>
      <ul class="section-list">
        <li>具有良好的逻辑思维能力，能够将线下流程抽象为标准工作流程</li>
      </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>6-12K</span>
      </p>
    '
  },
  {
    title: "PR 公关高级经理",
    slug: 'pr'
    content_html: '
      <p class="detail">
        工作职责：
      </p>
      <ul class="section-list">
        <li>根据品牌的整体发展方向，制定品牌规划、媒体宣传推广等策划方案，并组织实施</li>
        <li>优秀文笔功力，熟悉新闻媒体采编规律，擅长撰写各类稿件</li>
        <li>收集并整理客户及其竞争对手的基本行业信息</li>
        <li>危机公关应对 处理负面新闻</li>
      </ul>

      <p class="u-marginTl detail">
        职位要求：
      </p>
      <ul class="section-list">
        <li>本科以上学历，两年以上相关工作经验</li>
        <li>有互联网，企业公关工作经验，或媒体经验优先</li>
        <li>熟悉互联网或音乐行业，有较强市场研究判断能力和分析能力</li>
        <li>良好的协调能力及危机公关处理能力</li>
      </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>8-16k</span>
      </p>
    '
  },
  {
    title: "商务渠道高级经理（北京）",
    slug: 'judao'
    content_html: '
      <p class="detail">
        职位描述：
      </p>
      <ul class="section-list">
        <li>负责APP在应用商店、下载市场等android/ios应用平台的运营推广；</li>
        <li>负责与各大热门APP、广告平台、目标用户群一致的相关网站、社区进行合作，整合各类线上、和资源,进行APP推广，渠道维护；</li>
        <li>对运营数据、用户行为数据等进行分析和挖掘，提升推广质量；</li>
        <li>负责APP产品推广及活动策划，进行事件营销、口碑营销等推广方案的策划和组织执行。</li>
        <li>配合合作渠道进行运营推广、内容更新及各种活动策划及上线发布跟进；力争获取最大的渠道新增以及最优质的渠道留存。</li>
      </ul>

      <p class="u-marginTl detail">
        任职资格:
      </p>
      <ul class="section-list">
        <li>专科及以上学历；</li>
        <li>1年以上APP推广工作经验；</li>
        <li>掌握常用线上推广渠道、方式、方法以及合作模式，具有完善的渠道建设和监控经验；</li>
        <li>在行业有资深的人脉关系，包括但不限于应用市场、广告平台、卖场等；</li>
        <li>较强的文案策划能力，良好语言及文字表达能力。</li>
      </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>8-16K</span>
      </p>
    '
  }
  {
    title: "HR 人事经理（北京）",
    slug: 'hr-assistant'
    content_html: '
      <p class="detail">
        岗位职责：
      </p>
      <ul class="section-list">
        <li>更新招聘职位描述，发布刷新招聘广告</li>
        <li>负责投递简历的甄别、筛选、电话面试、专业知识测评等</li>
        <li>协助组织人员初试、复试、和终试，确定合适人选，报上级主管审批</li>
        <li>负责招聘数据统计、招聘数据分析、招聘工作总结以及相关资料的归类存档</li>
        <li>协调、办理员工入职、离职、调任、升职等手续</li>
        <li>维护招聘简历库，建立后备人才选拔方案和人才储备数据库，管理员工人事档案</li>
        <li>统计请假和各类休假等核实及汇总</li>
        <li>社会保险（包括缴费、退办、变更、拉所有参保人员明细单等）及时有效</li>
        <li>积极了解、掌握社保方面知识、信息动向和劳动法规等</li>
        <li>建立、维护人事档案，办理和更新劳动合同</li>
      </ul>

      <p class="u-marginTl detail">
        任职要求：
      </p>
      <ul class="section-list">
        <li>统招大专以上学历，企业管理或人力资源相关专业，1年以上人事行政工作经验</li>
        <li>熟悉社保和各项政策，并且有实务操作能力</li>
        <li>熟练使用办公软件如Word、Excel、ppt等办公软件</li>
        <li>较强的组织、沟通能力与综合协调能力，具备较好的亲和力与人际关系处理能力，具有良好的心态</li>
      </ul>

      <p class="u-marginTl">
        <span class="detail">待遇：</span> <span>5-10K</span>
      </p>
    '
  }
]
