<?php
$menu = $this->getPageMenu();
$this->pageTitle = '加入我们_名医主刀网';
$this->htmlMetaKeywords = '加入我们,人才招聘';
$this->htmlMetaDescription = '这里有不忘初心以爱为名你想做却不敢做的人,这里不仅仅只是一份工作,兄弟、妹子只要你答应一声,我们便会等着你！不管是以前的故人、朋友还是扯不清的关系,来到这里我们就是战友;名医主刀,等你！';
Yii::app()->clientScript->registerCssFile("http://static.mingyizhudao.com/aboutus100.min.css");
?>
<div class="container-fluid aboutus-header h400">
    <img src="http://static.mingyizhudao.com/14625020116117"/>
</div>
<div class="container-fluid" id="joinus">
    <div class="row">
        <div class="container">
            <div class="mt-60">
                <?php $this->renderPartial('pages/_menu'); ?> 
            </div>
        </div>
        <div class="container-fluid bg-gray-f7">
            <div class="row">
                <div class="container ">
                    <div class="row mt100 mb100 border-one">                     
                        <div class="col-sm-2">
                            <div class="personalcenter-advertises active">
                                <div class="text-center personalcenter-font-size title "style="margin-right:-15px;margin-top: 0px;">运营/市场/推广类 </div>
                                <ul class="advertises-classifications text-center">
                                    <li class="li-border"><a href="#advertises1" class="active">医学部专家回访客服专员</a></li>
                                    <li class="li-border"><a href="#advertises2">呼叫中心客服专员</a></li>
                                    <li class="li-border"><a href="#advertises3">医疗资源KA</a></li>
                                    <li class="li-border"><a href="#advertises4">医疗信息运营专员</a></li>
                                    <li class="li-border"><a href="#advertises5">用户运营主管</a></li>
                                    <li class="li-border"><a href="#advertises6">产品运营主管</a></li>
                                    <li class="li-border"><a href="#advertises7">内容运营主管</a></li>
                                    <li class="li-border"><a href="#advertises8">内容文案策划</a></li>
                                    <li class="li-border"><a href="#advertises9">活动策划</a></li>
                                    <li class="li-border"><a href="#advertises10">地面推广</a></li>
                                    <li class="li-border"><a href="#advertises11">市场经理</a></li>
                                    <li class="li-border"><a href="#advertises12">SEO优化师</a></li>
                                    <li class="li-border"><a href="#advertises13">线上流量运营</a></li>
                                    <li class="li-border"><a href="#advertises14">PR部媒体经理</a></li>
                                    <li class="li-border"><a href="#advertises15">公关经理</a></li>
                                    <li class="li-border"><a href="#advertises16">招聘主管</a></li>
                                </ul>
                            </div>
                            <div class="personalcenter-advertises">
                                <div class="text-center personalcenter-font-size title"style="margin-right:-15px;">技术开发类</div>
                                <div class="advertises-classifications text-center">
                                    <ul class="advertises-classifications">
                                        <li class="li-border"><a href="#advertises17">测试工程师</a></li>
                                        <li class="li-border"><a href="#advertises18">Linux运维工程师</a></li>
                                        <li class="li-border"><a href="#advertises19">PHP后台工程师</a></li>
                                        <li class="li-border"><a href="#advertises20">android开发工程师</a></li>
                                        <li class="li-border"><a href="#advertises21">平面设计管理</a></li>
                                        <li class="li-border"><a href="#advertises22">移动UI设计师</a></li>
                                </div>
                            </div>
                            <div class="personalcenter-advertises">
                                <div class="text-center personalcenter-font-size title"style="margin-right:-15px;">财会类</div>
                                <div class="advertises-classifications text-center">
                                    <ul class="advertises-classifications">
                                        <li class="li-border"><a href="#advertises23">总账会计</a></li>
                                        <li class="li-border"><a href="#advertises24">税务会计</a></li>
                                        <li class="li-border"><a href="#advertises25">法务</a></li>
                                        <li class="li-border"><a href="#advertises26">保险内勤</a></li>
                                </div>
                            </div>
                        </div>
                        <div class="border-two col-sm-7">
                            <div class="mt30 advertises-dimension" id="advertises1">
                                <strong>【岗位职责】</strong>
                                <div >接听大客户电话；电话回访大客户；根据客户的问题提供专业解答；维护客户关系，及时更新客户资料。</div>
                                <strong>【资质要求】</strong>
                                <div >全职，大专及以上学历，医药相关专业优先、有外资药企工作经验为佳。</div>
                                <strong>【技能要求】</strong>
                                <div >普通话标准，声音柔和、有亲和力，熟悉电话回访工作流程，熟悉常用电脑办公软件的使用。</div>
                                <strong>【素质要求】</strong>
                                <div >善于与人沟通，性格开朗，耐心细致，应变能力好。</div>
                                <strong>【福利待遇】</strong>
                                <div >美国硅谷回国创业团25队、五险一金、年终奖金、绩效奖金、弹性工作、餐饮补贴。</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises2">
                                <strong>【职位描述】</strong>
                                <div >1、 根据公司提供的数据信息，直接与客户进行电话沟通；</div>
                                <div >2、 积极宣传、推广公司业务，与客户保持良好的合作关系；</div>

                                <strong>【岗位要求】</strong>
                                <div > 1、 中专以上学历，大专以上优先；</div>
                                <div > 2、 医学及相关专业；</div>
                                <div > 3、 思维敏捷，沟通能力强，具备良好的客户服务意识；</div>
                                <div > 4、 踏实肯干，能够承受工作压力，乐于从事挑战性的工作；</div>
                                <div > 5、工作态度积极热情，仔细耐心，学习能力强，有一定的抗压能力；</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises3">
                                <strong>岗位职责：</strong>
                                <div >1、  负责引进、维护外科医生队伍</div>
                                <div >2、  向外科医生介绍平台服务，传递公司价值，使之认可平台</div>
                                <div >3、  制定合理的政策，引进有医疗资源的合作方开展业务合作</div>

                                <strong>任职要求：</strong>
                                <div >1、  外科类药品或器械公司从业3年以上</div>
                                <div > 2、  有责任心，学习能力强，自驱力强，渴望快速成长</div>
                                <div >3、  具备优秀的沟通、协调、推动能力</div>
                                4、  医生资源丰富、开拓能力强、外企医药优先
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises4">
                                <strong>岗位职责：</strong>
                                <div >1、医学平台智能分诊平台的搭建；</div>
                                <div > 2、平台医学数据的整体分析及运营；</div>
                                <div > 3、平台医学专业性的整体把控；</div>

                                <strong> 任职要求：</strong>
                                <div > 1、能熟练运用临床医疗专业知识对各种外科手术疾病进行精准分诊；</div>
                                <div > 2、熟练运用相关统计软件对平台的医学数据进行整理分析；</div>
                                <div > 3、能从医患双方沟通及医学专业层面，对平台产品的专业性进行把控；</div>

                                <strong>素质要求：</strong>
                                <div >1、临床医疗专业本科毕业、两年以上外科临床工作优先；</div>
                                <div > 2、熟练运用办公软件；</div>
                                <div > 3、立志从事互联网医疗类工作</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises5">
                                <strong>岗位职责:</strong>
                                <div >1、负责公司产品线上营销活动方案的策划、提案、执行、跟踪，分析，总结活动得失，提供活动分析报告，并及时优化调整</div>
                                <div > 2、负责APP产品的用户运营，包括APP产品的拉新及达人、医生线上维护，有效地提升用户留存率和重复使用频次</div>
                                <div > 3、细分用户群体，关注不同类别的用户体验，及时将获得的数据和分析结果反馈相关部门，配合相关部门完成产品迭代</div>
                                <div > 4、制定并完善未来患者社区运营各项筹备工作，建立有效的用户激励机制。 提高用户粘度，提高用户转化率</div>

                                <strong>技能要求:</strong>
                                <div > 1、1年以上互联网工作经验，有医学背景、移动互联网经验，有App、社区运营经验优先</div>
                                <div > 2、思维活跃，文案能力优秀，善于分析数据，性格开朗</div>
                                <div >3、对活动从方案设计到上线推广，一体化运作，懂基本的产品流程</div>
                                <div > 4、熟悉线上产品、内容和用户运营，擅长用户激活、招回与用户数据分析，对用户行为变化敏感</div>
                                <div > 5、擅长沟通表达，性格开朗，责任感强，工作积极主动，具备学习意识，有良好的团队协作意识</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises6">
                                <strong>岗位职责:</strong>
                                <div >1、  负责公司产品的内容维护，推广和运营工作</div>
                                <div >2、  负责提升相关产品用户量及粘度、活跃度</div>
                                <div >3、 负责参与与产品业务相关的各部门工作流程梳理及资源导向分配</div>
                                <div > 4、 有效利用合作渠道进行运营推广、内容更新及各种活动策划及上线发布跟进</div>
                                <strong>技能要求:</strong>
                                <div >1、本科或以上学历，医学专业毕业，临床医学专业优先</div>
                                <div >2、有互联网健康行业相关产品推广、运营经验优先</div>
                                <div >3、善于沟通，有良好的学习能力和团队协作能力富有激情、能适应工作压力；</div>
                                <div >4、熟练常用办公软件office word 、PPT、excel等</div>

                            </div>
                            <div class="mt30 advertises-dimension" id="advertises7">
                                <strong> 岗位职责:</strong>
                                <div >1. 负责参与协助 名医主刀品牌 媒体及外宣内容的更新及维护</div>
                                <div >2. 负责参协助与媒体渠道营销方案策划及落地执行</div>
                                <div >3. 基于协助产品特性结合当下热点事件提供推广方案</div>
                                <div > 4. 协助维护 名医主刀手术知识库的建立以及学术资源整理</div>
                                <div > 5. 负责活动推广方案并落地执行</div>
                                <strong>技能要求:</strong>
                                <div > 1.     经验不限，本科及以上学历，市场营销类、广告类、新闻类、中文类相关专业</div>
                                <div > 2.     文案能力突出，善长对品牌文案，媒体稿件撰写</div>
                                <div > 3.     思维敏感，富有想象力和创造性、条理性，创新意识强，能敏锐把握市场热点及社会动态</div>
                                <div > 4.     能够熟悉使用PS等图片处理技术</div>
                                <div >5.     能够接受互联网公司快节奏，高强度工作压力者优先考虑</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises8">
                                <strong>岗位职责：</strong>
                                <div > 1. 负责公司传播、推广活动中各类文案</div>
                                <div > 2. 负责公司宣传物料文案、产品专题的策划和撰写工作</div>
                                <div > 3. 活动项目结束后数据分析及总结工作</div>
                                <div >  4. 熟练制作PPT、Excel，具备优异展示能力</div>
                                <strong>任职要求：</strong>
                                <div > 1. 市场营销、广告策划等专业，本科以上学历，拥有医疗行业工作经验优先</div>
                                <div > 2. 具备优秀的文字处理能力，通晓各类软文和文章撰写要求，书面表达能力强</div>
                                <div > 3. 熟练使用Word/PPT等办公软件，优秀的展示能力</div>
                                <div >  4. 良好的沟通、人际交往及维护客户关系的能力； 良好的服务意识和较强的时间观念，有敏锐的洞察力和分析能力</div>
                                <div >  5. 知名广告公司经验者优先</div>
                                <div >  6.文笔功底扎实、活动创意新颖、沟通能力强</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises9">
                                <strong>岗位职责：</strong>
                                <div >1. 通过线上和线下手段进行网站/APP微信公众号等的推广，负责活动和专题的策划、选题、撰写、实现下载量、安装量、活跃度目标、曝光度</div>
                                <div > 2. 负责公司线上宣传推广，线下活动策划, 组织与实施</div>
                                <div >3. 对外宣传资料和文案的撰写</div>
                                <div > 4. 跟踪和分析业界的市场推广趋势，有自己的独特见解，并定期做团队分享</div>
                                <div > 5. 按时完成公司要求的业务规划和要求</div>
                                <strong>任职要求：</strong>
                                <div >1 . 本科及以上学历</div>
                                <div > 2. 有销售、推广经验的优先 </div>
                                <div > 3. 有责任心，学习能力强，自驱力强，渴望快速成长 </div>
                                <div > 4. 具备优秀的沟通、协调、推动能力</div>
                                <div >5.线下线下活动、专题策划经验、把握市场趋势</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises10">
                                <strong>岗位职责：</strong>
                                <div >1. 执行公司的推广策略及政策，洽谈新增合作伙伴，沟通维护合作关系</div>
                                <div >2. 合理运营所负责的区域，涉及运营、策划、执行等各方面</div>
                                <div > 3. 通过多元化的市场推广方式对所负责的区域进行地面推广工作</div>
                                <div > 4. 医院、科室类合作伙伴的组建与管理</div>
                                <strong> 任职要求：</strong>
                                <div > 1. 大专及以上学历</div> 
                                <div >  2. 有外科类医药器械销售、推广经验的优先</div>
                                <div >  3. 有责任心，学习能力强，自驱力强，渴望快速成长</div> 
                                <div > 4. 具备沟通、协调、推动能力</div>
                                <div > 5.责任心强、医生资源丰富、沟通能力强</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises11">
                                <strong>岗位职责：</strong>
                                <div > 1、协助北京市场负责人开展市场推广品牌宣传活动等</div>
                                <div >2、参与北方各类医疗学术会议，在医生群体中宣传名医主刀品牌</div>
                                <div > 3、协助开展药品、器械类企业的商务合作</div>
                                <strong>任职要求：</strong>
                                <div > 1、熟悉办公软件操作</div>
                                <div > 2、有客户服务意识和团队合作精神</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises12">
                                <strong> 工作职责：</strong>
                                <div > 1、制定与实施公司官网SEO计划，规划网站的SEO架构</div>
                                <div > 2、负责网站的内容优化、结构优化和搜索引擎优化</div>
                                <div > 3、负责网络营销研究、分析与服务工作，评估关键词、撰写网页SEO优化方案及实施</div>
                                <div >4、配合官网营销战略，熟练利用互联网相关技术和渠道，提升网站流量</div>

                                <strong> 要求：</strong>
                                <div > 1.能独立负责网站SEO优化，并有成功案例</div>
                                <div > 2.有组建和培训SEO团队的经验</div>
                                <div > 3.精通搜索引擎优化的算法、原理和策略</div>
                                <div > 4.SEO/SEM行业1年以上工作经验</div>
                                <div >5.会html语言、Dreamwear、DedeCms搭建和优化的优先考虑者优先</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises13">
                                <strong>工作职责：</strong>
                                <div >1、负责企业客户的拓展和维护，从场景切入通过线上线下运营完成平台用户的拉新工作</div>
                                <div >2、负责与企业客户对接，通过策划线上线下活动，将企业用户转化为平台用户</div>
                                <div >3、负责与医疗、O2O等互联网企业合作，实现产品对接，建立流量入口</div>
                                <div >4、通过企业合作，提炼产品需求，完成平台线上产品以及线下服务流程</div>
                                <div >5、精通合作协议、合作方案撰写，具备极强的执行能力和表达能力</div>
                                <strong>工作要求：</strong>
                                <div >1、互联网产品运营3年以上工作经验，拥有流量合作经验者优先</div>
                                <div > 2、工作热情：对互联网创新项目和品牌塑造充满热情，能高效整合资源，持续产出有市场影响力的项目，为平台持续导入用户</div>
                                <div > 3、海量而优秀的想法，出色的文字功底</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises14">
                                <strong>岗位职责：</strong>
                                <div >（1）维护和协助管理公司媒体关系，与品牌部对接优化资源配置</div>
                                <div >（2）负责公司微信公众号，网站内容的撰写，初审和传播，如新闻稿、发言稿等</div>
                                <div >（3）负责根据日常媒体监测、分析，制定和策划选题及执行</div>
                                <div >（4）负责公司一切对外宣传的印刷品的编辑和校队，以及公司内刊内容的撰写和编辑</div>
                                <div >（5）负责协助领导对接各地媒体资源，并跟进发稿和维护关系</div>

                                <strong>任职要求：</strong>
                                <div >  1、 语言文学，新闻学类本科以上学历，普通话流利</div>
                                <div >  2、 互联网公司公司或广告、公关、出版公司相关工作经验3年以上，有相关的个人作品、精通新媒体，传播策划者可优先考虑</div>
                                <div >  3、 有良好的文笔、能够撰写各类策划方案、新闻稿、软文稿件</div>
                                <div >  4、 较强的观察力和应变能力，优秀的人际交往和协调能力，较强的社会活动能力</div>
                                <div >  5、 性格开朗、亲和力强、善于沟通、积极进取</div>
                                <div >  6、 谙熟对公关传播、媒介执行工作，有团队合作精神，热爱本职工作</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises15">
                                <strong> 岗位职责：</strong>
                                <div > 1、  负责公司对外沟通工作，拓展、维护媒体资源，与合作方建立长期稳定的合作关系；</div>
                                <div >2、  执行公司的公关传播计划，负责跨部门项目中与媒体、公众沟通的部分</div>
                                <div >3、  策划、执行公关活动，确保活动顺利实施，并将传播效果最大化</div>
                                <div > 4、  监测与公司、行业相关的媒体、自媒体报道，及时预警并应对</div>
                                <div > 5、  负责公司向媒体和公众进行宣传、沟通的相关文案的创作，如新闻稿、发言稿等</div>

                                <strong> 任职要求：</strong>
                                <div > 1、  公关、新闻、中文、市场营销等相关专业本科及以上学历</div>
                                <div > 2、  2年以上媒体或公关工作经验</div>
                                <div > 3、  文笔好，能熟练撰写新闻稿、发言稿等</div>
                                <div > 4、  具有良好的人际沟通能力、组织协调能力，以及项目执行能力</div>
                                <div > 5、  有互联网公关岗位或医学相关领域实践经验的优先</div>
                                <div > 6、 业内人脉、维护媒体资源、文笔出众</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises16">
                                <strong>工作内容和职责</strong>
                                <div > 1、负责公司的员工招聘筛选和面试工作</div>
                                <div > 2、按照公司的招聘需求，优先合理安排人力资源招聘规划，并实施对应的员工招聘</div>
                                <div > 3、通过公司现有的51job前程无忧和智联招聘网对招聘人员的简历进行初期筛选和评估，并和公司领导层协商共同确认面试人选</div>
                                <div > 4、和部长及总经理协调确认面试人员的时间，进一步确认试聘人选</div>
                                <div > 5、负责员工的绩效考核，对公司各部门的管理和工作内容及效率给予建议和合理管控</div>
                                <div > 6、符合公司员工的合同管理，包括合同签订，缴纳劳动保险，加强与劳动保障部门的联系和新政学习，劳动合同存档管理并对员工薪资实行严格的保密制度</div>
                                <div > 7、关注员工的动向，对于员工的一些工作或生活上的情绪能及时帮助解决或提供解决方案</div>
                                <div > 8、公司员工的离职、辞退、辞职等相关手续办理</div>
                                <div > 9、员工手册的修改，公司招聘制度及员工考勤制度</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises17">
                                <strong>职位描述：</strong>
                                <div >1.负责完成项目测试，能组织团队完成工作者尤佳</div>
                                <div >2.根据产品需求编写测试计划，设计测试数据和测试用例</div>
                                <div >3.完成对公司互联网产品（网站、APP等）的集成测试与系统测试，对产品的功能、性能、安全性及其他方面的测试负责</div>
                                <div >4.结合项目测试需求，完成自动化脚本、工具开发</div>

                                <strong> 要求：</strong>
                                <div >1.计算机相关专业专科以上学历</div>
                                <div >2.两年以上专业测试经验，有自动化测试经验优先考虑</div>
                                <div >3.熟悉测试理论，有团队合作精神</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises18">
                                <strong>职位描述：</strong>
                                <div > 1，服务器系统的部署规划，安装、配置、故障排除、系统优化等系统管理工作</div>
                                <div > 2，网站系统及广告系统的日常管理和维护</div>
                                <div > 3，系统安全管理</div>
                                <div > 4，参与系统架构设计和建设</div>
                                <div > 5，系统日常管理用的脚本编写</div>
                                <div > 6，支持其他部门工作，支持和其他公司的技术性工作</div>
                                <strong>岗位要求</strong>
                                <div > 1，2年以上Linux/unix/Freebsd系统管理/维护/优化的经验（centos6.5必须）</div>
                                <div > 2，熟悉apache/nginx+php+mysql架构，熟练运用各种相关技术</div>
                                <div > 3，熟悉git/svn 版本控制搭建，熟悉jenkins持续集成发布的优先 </div>
                                <div > 4，熟悉TCP/IP协议，熟悉基本网络设备的配置和管理 </div>
                                <div > 5，熟悉shell/perl/script等脚本语言</div>
                                <div > 6，熟悉自动化运维流程, 及自动化脚本编写</div>
                                <div > 7，熟悉系统安全性设计,web项目的整体设计与部署,具有系统性能优化经验 </div>
                                <div > 8，有维护大/中型web/wap站点工作经验优先考虑</div>
                                <div > 9，精通网络/系统安全，以及精通系统备份者优先考虑</div>
                                <div > 10，有aliyun经验的优先考虑</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises19">
                                <strong> 岗位职责：</strong>
                                <div > 1.负责项目后台编码、设计</div>
                                <div > 2.参与数据库设计，并根据开发规范独立完成编码和测试</div>
                                <div > 3.按照项目进度、功能需求完成工作</div>
                                <div > 4.能够对于项目需求提出合理性建议</div>
                                <div > 5.编写技术文档</div>
                                <strong> 技能需求：</strong>
                                <div > 1.精通PHP语言进行面向对象编程，具备系统分析、数据分析和独立设计能力</div>
                                <div > 2.精通MVC架构，至少熟悉一种常用的PHP开发框架</div>
                                <div > 3.熟悉mySql、Apache、PHP配置，以及常见扩展</div>
                                <div > 4.有一定的数据库优化经验优先，了解ERP/CRM系统优先</div>
                                <div > 5.善于学习，抗压能力强</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises20">
                                <strong> 职位描述：</strong>
                                <div > 1. 负责手机端软件产品开发</div>
                                <div > 2.与产品和运营人员沟通保证产品的质量和开发进度</div>
                                <div > 3.持续优化相关产品的质量、性能、用户体验</div>
                                <strong>岗位要求：</strong>
                                <div >1.本科及以上学历，编程技术过硬</div>
                                <div > 2.2年以上安卓产品开发经验；能够独立开发产品</div>
                                <div >3.熟悉常用数据结构</div>
                                <div > 4.熟悉安卓开发技术，能熟练使用相关开发及测试工具</div>
                                <div > 5.有上线APP产品者优先</div>
                                <div > 6.具有极强的责任心，良好的沟通能力和团队合作精神，愿意加入一个创业团队长期发展</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises21">
                                <strong>岗位职责：</strong>
                                <div > 1、负责公司平台的宣传设计，包括网站用素材。微信、微博、APP端、PPT、活动物料的平面设计管理</div>
                                <div > 2、根据公司策划思路和营销概念能独立完成个案，充分理解创意意图并准确体现于创意设计中</div>
                                <div > 3、负责市场部其他相关平面设计工作</div>
                                <strong>任职要求：</strong>
                                <div > 1、设计相关专业毕业；能够独立完成大型网站或互联网产品的设计</div>
                                <div >  2、足够的视觉设计和把握能力。对色彩有敏锐的观察力及分析能力；具有扎实的美术功底，对网站的整体风格及色彩搭配把握准确</div>
                                <div > 3、足够的自主思维和需求把握能力。对可用性、可访问性等相关知识有实践经验；对产品流程、用户操作流程及用户需求有深入理解；热爱用户界面设计，对于改善用户体验有深刻认识，能够从用户体验角度来设计界面</div>
                                <div > 4、熟练使用Photoshop / Dreamweaver/ AI等各种网页设计软件及图像处理工具</div>
                                <div > 5、了解Html/Xhtml 、Javascript、Css、div、jquery等制作技术，熟悉页面架构和布局</div>
                                <div > 6、足够的团队协作和沟通能力，优秀的学习能力与创新能力。工作责任心强、积极乐观，有激情及较强的自我驱动能力，愿意接受挑战</div>
                                <div > 7、有移动平台设计经验者优先</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises22">
                                <strong> 工作职责：</strong>
                                <div > 1、负责公司手机客户端产品的视觉设计工作，表现为iPhone及Android平台APP的美术资源制作与APP产品的交互设计等</div>
                                <div > 2、关注自己负责产品的同类型设计方向，进行用户研究、设计流行趋势分析，并对现有产品的视觉设计提出改进方案，持续优化产品的视觉呈现方式</div>
                                <div > 3、结合产品线，负责协助建立、维护和更新视觉设计标准和规范，并执行实施</div>
                                <strong> 任职要求：</strong>
                                <div > 1、大专或以上学历，广告视觉、平面设计等相关专业；精通PPT、金融专业、有一年项目经验</div>
                                <div > 2、色彩感觉和创意设计良好能熟练使用相关美术设计软件，如AI,photoshop,painter等</div>
                                <div > 3、熟悉IOS及Android的界面设计规范与流程</div>
                                <div > 4、能配合项目完成各项设计UI设计工作，准确表达设计思路，有较强的责任心及较强的理解分析能力</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises23">
                                <strong> 岗位职责：</strong>
                                <div > 1、在财务经理的领导下，负责公司会计组的管理、指导、监督和评估工作</div>
                                <div > 2、根据公司会计制度，填制、审核和定期汇总会计凭证，登记明细账和总账</div>
                                <div > 3、加强对固定资产和流动资金的管理，提高资金利用率</div>
                                <div > 4、 即时做好会计凭证、账册、报表等财会资料的搜集、编制、归档和会计档案的管理工作</div>
                                <div >  5、负责公司税金核算、申报，并协助有关部门开展财务审计和年检</div>
                                <strong>任职资格：</strong>
                                <div > 1、财务类相关专业本科以上学历，有会计从业资格证书</div>
                                <div > 2、具有3-5年会计工作经验，具有至少一年以上总账工作经验</div>
                                <div >  3、熟悉会计核算业务及会计、税收、审计等国家有关法律、法规、政策</div>
                                <div >  4、具有较强的财务分析能力和财务会计知识功底</div>
                                <div > 5、熟练使用各类财务软件WORD、EXCEL、ERP等软件，熟练操作使用用友软件</div>
                                <div > 6、工作积极主动，认真负责，具有团队合作精神；能承受较大的工作压力</div>
                                <div >  7、 有批发零售，电商，互联网，医药企业相关财务经验的优先</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises24">
                                <strong> 岗位职责：</strong>
                                <div > 1、独立完成汇算清缴，日常纳税申报</div>                                                               
                                <div > 2、及时更新税法变化，开展税务培训</div>                                                          
                                <div > 3、负责进行税收优惠政策申办</div>                                                                    
                                <div > 4、负责与税务沟通与协调，跟踪核税，开票等事项</div>                                                      
                                <div > 5、负责税务登记等税务事项跟踪管理</div>                                              
                                <div > 6、完成上级领导交办的其他工作事项</div>
                                <strong> 任职要求：</strong>
                                <div > 1、财经类本科以上学历</div>                                                 
                                <div >  2、五年以上财务经验，三年以上税务经验</div>                                                    
                                <div > 3、熟悉财税相关政策、法律法规；熟练使用计算机相关应用软件</div>
                                <div > 4、良好的沟通协调能力，执行能力强</div>
                                <div > 5、熟悉上海市（杨浦区）税务优先考虑</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises25">
                                <strong>岗位职责：</strong>
                                <div >1、公司各类合同、协议、章程以及公司对外法律文件之起草、修改、审核及管理，参加重大合同的谈判工作</div>
                                <div >2、收集与公司产业相关法律、法规资料，建立法规汇编、案例等信息库，定期将新颁法规通报给公司全体人员，根据公司战略及员工的需求开展法律知识培训</div>
                                <div > 3、协助企业法律顾问完成公司各项目的法律尽职调查和法律风控的工作</div>
                                <div > 4、为公司各项业务提供法律咨询和帮助，进行风险分析等</div>
                                <div > 5、应付突发的法律纠纷，处理公司涉及的诉讼以及非诉讼等各类法律事务，与法律顾问进行充分意见沟通等</div>
                                <div > 6、负责与合作律师事务所保持联系，本着严肃认真的态度，及时汇总法律顾问单位提出的法律意见，对合同及项目经办人员的法律风险及时提示</div>
                                <strong> 任职条件：</strong>
                                <div > 1、全日制本科及以上学历，法学或法律专业,3年以上的工作经验者优先</div>
                                <div > 2、熟练掌握合同法、公司法等法律知识</div>
                                <div > 3、法务观念及责任心强，文字功底好，具有良好的沟通能力以及解决问题的能力</div>
                                <div > 4、良好的人际交往能力，工作抗压能力强</div>
                                <div > 5、熟练使用各类办公软件</div>
                                <div > 6、持有法律职业资格证书或律师执业证者优先</div>
                            </div>
                            <div class="mt30 advertises-dimension" id="advertises26">
                                <strong>  岗位职责：</strong>
                                <div >1、协助上级制定保险项目和运营管理的工作规范及流程</div>
                                <div > 2、完成销售情况的统计、传递投保信息</div>
                                <div > 3、保险银行、金融合作关系的维护，合作协议及相关合同管理</div>
                                <div > 4、保险业务保费结算及出单支持、佣金结算等</div>
                                <div > 5、业务统计、分析、金融产品推广</div>
                                <strong> 任职要求：</strong>
                                <div > 1、有两年相关工作经验者优先</div>
                            </div>
                        </div>
                        <div class="col-sm-3">
                                <div class="mt30">
                                    <div><span style="font-size:16px;color:#333;">公司基本信息</span></div><div class="line-title-one"></div>
                                    <div class="mt20">
                                        <img src="http://static.mingyizhudao.com/146725259778482" alt=""/>&nbsp;&nbsp;&nbsp;互联网+，移动医疗
                                    </div>
                                    <div class="mt20">
                                        <img src="http://static.mingyizhudao.com/146725259788055" alt=""/>&nbsp;&nbsp;&nbsp;B轮
                                    </div>
                                    <div class="mt20">
                                        <img src="http://static.mingyizhudao.com/146725259800635" alt=""/>&nbsp;&nbsp;&nbsp;100-200人
                                    </div>
                                    <div class="mt20 mb50">
                                        <img src="http://static.mingyizhudao.com/14672525980509" alt=""/>&nbsp;&nbsp;&nbsp;上海
                                    </div>
                                    <div>
                                        <span style="font-size:16px;color:#333;">公司标签</span><div class="line-title-two"></div>
                                    </div>
                                    <div class="row mt10 text-center"style="font-size:12px;padding-right:15px;">
                                        <div class="col-md-4 ">
                                            <div class="mt15 biaoqian ">年终奖金</div>
                                            <div class="mt15 biaoqian">弹性工作</div>
                                            <div class="mt15 biaoqian">带薪年假</div>
                                            <div class="mt15 biaoqian">生日惊喜</div>
                                        </div>
                                        <div class="col-md-4">
                                            <div class="mt15 biaoqian">五险一金</div>
                                            <div class="mt15 biaoqian">包吃三餐</div>
                                            <div class="mt15 biaoqian">节日礼物</div>
                                            <div class="mt15 biaoqian">扁平管理</div>
                                        </div>
                                        <div class="col-md-4 ">
                                            <div class="mt15 biaoqian">绩效奖励</div>
                                            <div class="mt15 biaoqian">临近地铁</div>
                                            <div class="mt15 biaoqian">年度旅游</div>
                                            <div class="mt15 biaoqian">高颜值</div>
                                        </div>
                                    </div>
                                </div>
                                <div class="mt50" style="font-size:18px;color:#9f9fa0;">
                                    欢迎您将个人简历投至：hr@mingyizhudao.com
                                </div>
                        </div>
                    </div>
                </div>

            </div>
        </div>
    </div>
</div>
</div>

<script type="text/javascript">
    $(document).ready(function () {
        $(".advertises-dimension").hide();
        $("#advertises1").show();
        $("ul.advertises-classification li:first a").addClass("active");
        $(".personalcenter-advertises>.title").click(function () {
            if ($(this).parent().hasClass("active")) {
                $(".personalcenter-advertises").removeClass("active");
            } else {
                $(".personalcenter-advertises").removeClass("active");
                $(this).parent().addClass("active");
            }
        });
        $("ul.advertises-classifications li a").click(function () {
            $("ul.advertises-classifications li a").removeClass("active");
            $(this).addClass("active");
            $(".advertises-dimension").hide();
            var activeTab = $(this).attr("href");
            $(activeTab).fadeIn();
//            $("html,body").animate({"scrollTop": 0}, 0);
            return false;
        });
    });
</script>