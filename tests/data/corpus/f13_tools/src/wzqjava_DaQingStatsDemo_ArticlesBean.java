package com.stats.daqing.bean;

import android.os.Parcel;
import android.os.Parcelable;

import java.util.List;

/**
 * 文章列表
 * Created by Administrator on 2017/6/6.
 */

public class ArticlesBean {


    /**
     * counts : 3
     * totalPage : 1
     * pageSize : 20
     * currentPage : 1
     * articlesList : [{"columnId":"2","columnName":"数据解析","content":"<p style=\"font-family: 宋体;line-height: 32px;white-space: normal;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size: 21px\">               <span style=\"font-size: 24px;\"><strong>我市农村经济在新常态下稳步发展<\/strong><\/span><\/span><\/p><p style=\"font-family: 宋体;line-height: 32px;white-space: normal;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size: 21px\"><br/><\/span><\/p><p style=\"font-family: 宋体;line-height: 32px;white-space: normal;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size: 21px\">2014<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年，全市上下<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">以科学发展观为指导，<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">紧紧抓住全省实施两大平原现代农业综合配套改革试验方案的战略机遇，农业农村经济在国家强农惠农政策、现代农业建设等综合因素作用下，克服了宏观经济总体下行等不利因素的影响，大力发展粮食、畜牧、果蔬<\/span><span style=\"font-size: 21px\">\u201c<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">三位一体<\/span><span style=\"font-size: 21px\">\u201d<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">的生产格局，农村经济继续保持快速增长态势。全市第一产业实现增加值<\/span><span style=\"font-size: 21px\">185<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">亿元，同比增长<\/span><span style=\"font-size: 21px\">8.5%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">，增速比上年提高<\/span><span style=\"font-size: 21px\">1.5<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个百分点，高于全市平均水平<\/span><span style=\"font-size: 21px\">4<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个百分点。总结上年，我市农村经济在新常态下呈现出六个新亮点，期望能持续并实现新发展。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><strong><span style=\"font-family: 黑体;font-size: 21px\">一、粮食产量稳步增长，粮食生产能力持续增强。<\/span><\/strong><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">近年来，我市全力推进了百亿斤粮食产能基地建设，采取节水增粮、良种增粮的科技增粮措施，稳定种植面积，优化种植结构，提高单产水平，我市已成为全省玉米、水稻的主产区。全市粮食生产自<\/span><span style=\"font-size: 21px\">2010<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年以来连续<\/span><span style=\"font-size: 21px\">5<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年突破百亿斤。<\/span><span style=\"font-size: 21px\">2014<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年，全市农作物总播种面积<\/span><span style=\"font-size: 21px\">1136.1<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万亩，其中，粮食种植面积<\/span><span style=\"font-size: 21px\">1038<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万亩。粮食总产达<\/span><span style=\"font-size: 21px\">106.68<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">亿斤，比<\/span><span style=\"font-size: 21px\">2005<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年增加<\/span><span style=\"font-size: 21px\">59.4<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">亿斤，总产量十年增长<\/span><span style=\"font-size: 21px\">1.3<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">倍。我市连续三年被评为粮食生产先进市。全市建设市、县、乡三级现代农业示范区<\/span><span style=\"font-size: 21px\">125<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个，节水灌溉面积<\/span><span style=\"font-size: 21px\">204.1<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万亩，生态高标准农田面积<\/span><span style=\"font-size: 21px\">512<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万亩，占粮食种植面积的近<\/span><span style=\"font-size: 21px\">50%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">。建设了智能化浸种催芽基地和规模育秧基地，进一步增强了粮食生产能力，为夺取粮食丰收奠定了坚实的基础。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><strong><span style=\"font-family: 黑体;font-size: 21px\">二、畜牧结构日趋优化，规模化进程稳步推进。<\/span><\/strong><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">我市深入实施<\/span><span style=\"font-size: 21px\">\u201c<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">三进三退<\/span><span style=\"font-size: 21px\">\u201d<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">发展战略，采取多元化投入，加快推进规模养殖场建设，引进了各类龙头畜牧养殖集团，畜禽养殖规模不断优化，安全优质牧业基地稳步发展，培育了伊利、金锣、兴和等一批特色畜产品品牌。全市奶牛标准化牧场达<\/span><span style=\"font-size: 21px\">267<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个，畜禽规模化牧场达<\/span><span style=\"font-size: 21px\">1094<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个，比上年增长<\/span><span style=\"font-size: 21px\">8.8%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">，规模养殖比重达<\/span><span style=\"font-size: 21px\">70%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">，比上年提高<\/span><span style=\"font-size: 21px\">5<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个百分点。在标准化规模化养殖的带动下，畜牧业生产呈现出稳步发展的态势。<\/span><span style=\"font-size: 21px\">2014<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年末，全市牛存栏<\/span><span style=\"font-size: 21px\">91.4<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万头；生猪存栏<\/span><span style=\"font-size: 21px\">180.5<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万头，家禽存栏<\/span><span style=\"font-size: 21px\">1687.5<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万只；生猪出栏<\/span><span style=\"font-size: 21px\">241.2<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万头，同比增长<\/span><span style=\"font-size: 21px\">18.4%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">；肉牛出栏<\/span><span style=\"font-size: 21px\">37.2<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万头，同比增长<\/span><span style=\"font-size: 21px\">6.5%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">；肉类总产量达到<\/span><span style=\"font-size: 21px\">35.9<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万吨，同比增长<\/span><span style=\"font-size: 21px\">3.6%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">；禽蛋产量<\/span><span style=\"font-size: 21px\">11.3<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万吨，同比增长<\/span><span style=\"font-size: 21px\">2.9%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">；生奶产量<\/span><span style=\"font-size: 21px\">165.6<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万吨，同比下降<\/span><span style=\"font-size: 21px\">4.7%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><strong><span style=\"font-family: 黑体;font-size: 21px\">三、设施农业发展迅速，棚室经济带来新增长。<\/span><\/strong><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">近年来，我市积极推进棚室建设，大力发展设施农业，将其作为建设现代农业的重要载体，设施农业已成为农业增效农民增收的重要产业。<\/span><span style=\"font-size: 21px\">2014<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年，新建规模棚室示范园区<\/span><span style=\"font-size: 21px\">20<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个，全市棚室果蔬类播种面积<\/span><span style=\"font-size: 21px\">18.9<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万亩，产量<\/span><span style=\"font-size: 21px\">43<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万吨，平均每栋大棚纯收入达<\/span><span style=\"font-size: 21px\">5500<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">元左右。棚室发展带来了农村经济的新增长，据测算，<\/span><span style=\"font-size: 21px\">2014<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年果蔬产出<\/span><span style=\"font-size: 21px\">57<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">亿元产值，占种植业产值的<\/span><span style=\"font-size: 21px\">33.9%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">，比上年提高<\/span><span style=\"font-size: 21px\">3<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个百分点。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><strong><span style=\"font-family: 黑体;font-size: 21px\">四、农业基础设施持续巩固，综合生产能力继续加强<\/span><\/strong><span style=\"font-family: 黑体;font-size: 21px\">。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">近年来，我市重视农业基础设施建设和农业生产方式的调整，农业生产能力得到进一步加强。去年全市有效灌溉面积占农作物总播种面积的<\/span><span style=\"font-size: 21px\">33%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">。我市的<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">农民专业合作社由十年前的不足百个发展到目前的<\/span><span style=\"font-size: 21px\">1735<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个，其中现代农机专业合作社达到<\/span><span style=\"font-size: 21px\">60<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个。<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">发展家庭农场等农业新型经营主体<\/span><span style=\"font-size: 21px\">1035<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个，土地适度规模经营面积比上年增加<\/span><span style=\"font-size: 21px\">21<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万亩，达到近<\/span><span style=\"font-size: 21px\">300<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万亩。新型经营主体和农机合作社的组建和运营，有效地提高了农业综合生产能力，降低了生产成本，增加了农民的收益。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><strong><span style=\"font-family: 黑体;font-size: 21px\">五、农民收入继续保持增长，城乡居民收入差距逐步缩小。<\/span><\/strong><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size: 21px\">2014<\/span><span style=\"font-family: 仿宋_GB2312;color: rgb(51, 51, 51);font-size: 21px\">年，<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">我市<\/span><span style=\"font-family: 仿宋_GB2312;color: rgb(51, 51, 51);font-size: 21px\">通过产业增收、劳务增收、创业增收等多种举措，不断拓宽农民增收渠道，<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">农民人均纯收入不断攀升，城乡收入差距进一步缩小。全市农村居民人均可支配收入为<\/span><span style=\"font-size: 21px\">12443<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">元，比上年增长<\/span><span style=\"font-size: 21px\">13.1%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">，超过<\/span><span style=\"font-size: 21px\">GDP<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">和城镇居民人均可支配收入的增长幅度。城乡居民收入比由<\/span><span style=\"font-size: 21px\">2005<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年的<\/span><span style=\"font-size: 21px\">5<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">：<\/span><span style=\"font-size: 21px\">1<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">缩小到<\/span><span style=\"font-size: 21px\">2.6<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">：<\/span><span style=\"font-size: 21px\">1<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><strong><span style=\"font-family: 黑体;font-size: 21px\">六、新农村建设惠及面加大，农村社会保障水平明显提高<\/span><\/strong><span style=\"font-family: 黑体;font-size: 21px\">。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size: 21px\">2014<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">年，我市突出加强农村饮水和电网改造的建设，新建和改造农村饮水安全工程<\/span><span style=\"font-size: 21px\">355<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">处，惠及<\/span><span style=\"font-size: 21px\">15.6<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万人，<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">全市农村饮水安全工程累计建设<\/span><span style=\"font-size: 21px\">2297<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">处。实施农村电网升级改造工程<\/span><span style=\"font-size: 21px\">13<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">项，投资金额达<\/span><span style=\"font-size: 21px\">5800<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万元。建设大中型沼气工程<\/span><span style=\"font-size: 21px\">109<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">处。<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">医疗服务日趋方便优质，新建乡镇卫生院和村卫生室<\/span><span style=\"font-size: 21px\">97<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个，在全省率先实现基层卫生机构标准化。公共服务水平明显提升，新农合参合农民政策内医疗费用报销比例达到<\/span><span style=\"font-size: 21px\">75%<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">以上。农民文化生活越来越丰富，新建中心村文化广场<\/span><span style=\"font-size: 21px\">71<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个，<\/span><span style=\"font-size: 21px\">482<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">个农家书屋补充图书期刊<\/span><span style=\"font-size: 21px\">11<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">万册。随着农村道路、水利、电网等基础设施的逐步健全，我市朝着更美乡村<\/span><span style=\"font-family: 仿宋_GB2312;font-size: 21px\">又前进了一大步。<\/span><\/p><p><span style=\"line-height: 32px;font-family: &#39;Times New Roman&#39;, serif;font-size: 21px;background-color: rgb(255, 255, 255)\">          2015<\/span><span style=\"line-height: 32px;font-family: 仿宋_GB2312;font-size: 21px;background-color: rgb(255, 255, 255)\">年，<span style=\"color: rgb(51, 51, 51)\">随着国家、省、市扶持农业发展力度的逐渐加大，<\/span>我市将继续坚持优质粮食、安全牧业、绿色果蔬一体化发展格局，着力推进现代农业示范区和畜牧水产养殖园区的建设。新的一年，全市上下必将克服各种不利因素，力争实现农业接二产连三产的链条式发展，千方百计促进农民增收，使我市的农业农村经济继续保持持续健康发展。<\/span><\/p><p><br/><\/p>","createTime":1496563243000,"createUser":"18210281168","id":16,"imageLogo":"http://ww4.sinaimg.cn/large/006uZZy8jw1faic259ohaj30ci08c74r.jpg","imageSmallList":"","introductionBase":"","isFistTopFlip":0,"publishFlag":0,"publishTime":1496505600000,"title":"我市农村经济在新常态下稳步发展","typeId":2,"typeName":"数据解析","updateTime":1496563243000},{"columnId":"2","columnName":"数据解析","content":"<p style=\"font-family: 宋体;white-space: normal;line-height: 47px;text-indent: 28px;background-color: rgb(255, 255, 255)\">                       <span style=\"font-size: 18px;\"><strong> 上半年全市经济运行情况分析<\/strong><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 47px;text-indent: 28px;background-color: rgb(255, 255, 255)\">今年以来，国际环境复杂多变，国内经济下行压力仍然较大，不稳定不确定因素依然较多，经济新常态下供需关系发生变化，再加上原油持续减产，油价仍在低位运行，全市经济发展也面临着严峻的内外部压力。面对这种情况，在市委市政府的坚强领导下，全市上下攻坚克难，上半年经济运行总体平稳，GDP逐步攀升，地方经济正向拉动明显，地方投资高速增长，城乡居民同步增收，全市经济运行呈现<span style=\"letter-spacing: -0\">\u201c<\/span><span style=\"letter-spacing: -0\">八增长两收窄\u201d特点（GDP实现1.5%的正增长、农村经济稳步增长、地方工业和固定资产投资正增长、社会消费品零售总额稳步增长、地方投资快速增长、城镇和农村居民收入同步增长、规上工业和地方财政收入降幅同比收窄）。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 39px;text-indent: 26px;background-color: rgb(255, 255, 255)\"><span style=\"letter-spacing: -1px\">一、地方经济、非油经济、非公经济带动GDP实现正增长<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 39px;text-indent: 28px;background-color: rgb(255, 255, 255)\">上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%，增速比同期提高0.9个百分点，比一季度提高0.3个百分点，比去年全年提高3.8个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 39px;text-indent: 27px;background-color: rgb(255, 255, 255)\"><span style=\"letter-spacing: -0\">从产业增速看，三次产业均实现正增长：第一产业实现增加值47.5亿元，同比增长4.4%，增速比一季度提高1.3个百分点，拉动GDP增长0.1个百分点；第二产业实现增加值730.5亿元，同比增长0.1%，增速比一季度提高0.5个百分点，拉动GDP增长0.1个百分点；第三产业实现增加值450亿元，同比增长4.5%，增速与一季度持平，拉动GDP增长1.3个百分点。三次产业比为3.9：59.5：36.6，一三产业比重分别比同期提高0.9、5.9个百分点，二产比重下降6.8个百分点。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 12px;background-color: rgb(255, 255, 255)\"><span style=\"letter-spacing: -0\"> <\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 27px;background-color: rgb(255, 255, 255)\"><span style=\"letter-spacing: -0\">从中直和地方看，地方经济正向拉动明显：中直经济实现增加值384.8亿元，同比下降1.2%，降幅比同期收窄2.2个百分点；地方经济实现增加值843.2亿元，同比增长3.4%，增速比一季度提高0.6个百分点。中直与地方经济比重为31.3：68.7，地方经济比重比同期提高8.5个百分点，拉动全市经济增长2个百分点。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 27px;background-color: rgb(255, 255, 255)\"><span style=\"letter-spacing: -0\">从油与非油看，非油经济发力明显：油经济实现增加值275.7亿元，同比下降0.9%，降幅比同期收窄1.9个百分点；非油经济实现增加值952.3亿元，同比增长2.8%，增速比一季度提高0.6个百分点。油与非油经济比重为22.5：77.5，非油经济比重比同期提高10.5个百分点，拉动全市经济增长1.8个百分点。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 27px;background-color: rgb(255, 255, 255)\"><span style=\"letter-spacing: -0\">从公有与非公有看，非公经济表现突出：公有制经济实现增加值833亿元，同比增长0.5%，增速比同期提高0.2个百分点；非公有制经济实现增加值395亿元，同比增长3.5%，增速比同期提高1个百分点。公有与非公有制经济比重为67.8：32.2，非公有制经济比重比同期提高5.4个百分点，拉动全市经济增长1个百分点。<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">二、设施农业和畜牧业带动农村经济实现稳步增长<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">农林牧渔业实现增加值47.5亿元，同比增长4.4%，增速比一季度提高1.3个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">一是粮食生产稳步推进。目前，大田作物长势良好，水田已全面进入返青生长期。据农委提供数据，全市农作物种植总面积为1128万亩，与上年基本持平。种植结构进一步优化，主要农作物播种面积\u201c一减两稳五增\u201d（\u201c一减\u201d：减少玉米种植面积；\u201c两稳\u201d：稳定花生和烤烟种植面积；\u201c五增\u201d：增加水稻、特色粮食作物、蔬菜瓜果、其他经济作物、饲草饲料作物种植面积）。如果不出现严重洪涝灾害，全市粮食生产有望获得丰收。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">二是设施农业稳步发展。上半年设施农业种植面积达到10.2万亩，同比增长20.9%，蔬菜、瓜果、食用菌产量11.5万吨，同比增长0.4%。设施农业实现增加值7.2亿元，同比增长0.2%。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">三是畜牧业规模化养殖水平进一步提高。全市畜禽规模化牧场达1184个，其中奶牛标准化牧场369个。年初以来，生猪收购价格和猪肉出售价格都进入新一轮上升通道，目前我市生猪收购价格为每公斤20元左右，达到了高位；仔猪出售价格也达到600元/头，比同期涨了一倍，预计行情可持续到年底。猪肉、禽蛋价格涨幅都较高，但奶牛、肉牛受到国际市场冲击，国内养殖成本上升，导致养殖意愿下降，肉牛出栏和奶牛存栏量都有一定降幅。畜牧业实现增加值37亿元，同比增长5.6%，拉动第一产业增长4个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">三、规上工业降幅收窄，地方工业保持正增长<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">全市实现规上工业增加值479亿元，同比下降0.8%，降幅比同期收窄2.6个百分点，比去年全年收窄4个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 44px;text-indent: 28px;background-color: rgb(255, 255, 255)\">从中直和地方看，地方工业拉动全市规上工业增长0.2个百分点：中直工业实现增加值384.8亿元，同比下降1.2%，降幅比同期收窄2.2个百分点；地方规上工业实现增加值94.2亿元，同比增长1.3%，增速比同期提高4.9个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 44px;text-indent: 28px;background-color: rgb(255, 255, 255)\">从主要行业看，石化行业保持了年初以来的良好趋势：石化行业实现增加值102.5亿元，同比增长3.7%；石油和天然气开采业实现增加值275.7亿元，同比下降0.9%；农副产品加工业实现增加值14亿元，下降2.3%；建材业实现增加值2.6亿元，下降32.6%；装备制造业实现增加值17亿元，下降10.8%。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\"><br/><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">四、固定资产投资艰难突破地平线，地方投资表现良好<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\"><br/><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">全市固定资产投资完成247.4亿元，同比增长2%，增速比同期和去年全年均有较大幅度提升（同期为下降31.9%、去年全年下降39.7%）。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">从中直和地方看，地方投资拉动全市投资增长10.7个百分点：中直投资完成159.5亿元，同比下降11.7%（同期为下降9.8%、一季度为增长3.5%），负向拉动全市投资8.7个百分点（其中：油田产能项目完成投资150亿元，下降10.8%；石化公司1.1亿元，下降57.1%；炼化公司0.7亿元，下降74.6%；管理局2.4亿元，下降64.6%）。地方投资完成87.9亿元，同比增长42.1%，增速比同期提高102.3个百分点，比一季度提高6.5个百分点，正向拉动全市投资10.7个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">从产业投资看，一三产业投资增速较高：第一产业完成投资16.9亿元，同比增长36.9%；第三产业完成投资39.2亿元，同比增长17.6%；第二产业完成投资191.3亿元，同比下降2.8%。三次产业投资比重为6.8：77.3：15.9，一三产业投资比重分别比同期提高1.7、2.2个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">从国有和非国有看，非国有投资增速高达50%以上：国有及国有控股投资完成186.6亿元，同比下降8%；非国有投资完成60.8亿元，同比增长52.8%。非国有投资占全市固定资产投资比重为24.6%，比同期比重提高8.2个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\"><br/><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">五、社会消费品零售总额实现稳步增长<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 44px;text-indent: 28px;background-color: rgb(255, 255, 255)\">全市实现社会消费品零售总额527亿元，同比增长6.8%，增速比同期提高3个百分点，比去年全年提高4.2个百分点。其中，限额以上批零住餐单位实现零售额139.7亿元，同比增长0.6%，增速比同期提高7.6个百分点，比去年全年提高11.2个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 44px;text-indent: 28px;background-color: rgb(255, 255, 255)\">从地域看，城镇消费仍占主导地位，城乡市场同步增长：城镇实现零售额487.3亿元，增长6.9%；乡村实现零售额39.7亿元，增长5.5%。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 44px;text-indent: 28px;background-color: rgb(255, 255, 255)\">从行业看，消费结构不断优化，住宿餐饮业持续回暖：批发零售业实现零售额485.9亿元，增长6.6%；住宿餐饮业实现零售额41.1亿元，增长9.6%。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">六、财政收入降幅同比大幅收窄<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">全市完成地方财政收入61.4亿元，同比下降11.2%，降幅比同期收窄23.9个百分点。其中，公共财政预算收入完成58.2亿元，同比下降2.9%。<\/p><p style=\"font-family: 宋体;line-height: 32px;white-space: normal;text-indent: 28px;background-color: rgb(255, 255, 255)\">1、<strong>公共财政预算收入<\/strong>完成58.2亿元，同比下降2.9%。①<strong>税收收入<\/strong>完成46.8亿元，下降6%。13个实现收入的税种中，增值税、房产税、印花税、城镇土地使用税、车船税、契税等6个税种实现增长，合计增收2.5亿元；营业税、企业所得税、个人所得税、资源税、城市维护建设税、土地增值税、耕地占用税等7个税种负增长，合计减收5.5亿元。②<strong>非税收入<\/strong>完成11.4亿元，同比增长11.8%（主要是政府住房基金收入今年起由政府性基金收入转列公共财政收入）。<\/p><p style=\"font-family: 宋体;line-height: 32px;white-space: normal;text-indent: 28px;background-color: rgb(255, 255, 255)\">2、<strong>政府性基金收入<\/strong>完成3.1亿元，同比下降65.7%。<\/p><p style=\"font-family: 宋体;line-height: 32px;white-space: normal;text-indent: 28px;background-color: rgb(255, 255, 255)\">七、城乡居民收入同步增长<\/p><p style=\"font-family: 宋体;line-height: 32px;white-space: normal;text-indent: 28px;background-color: rgb(255, 255, 255)\">城镇居民人均可支配收入16525元，同比增长6%，增速与同期持平；农村居民人均可支配收入5436元，同比增长5.4%，增速比同期提高0.4个百分点。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 24px;text-indent: 28px;background-color: rgb(255, 255, 255)\">八、\u201c两价\u201d指数一涨一降<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 28px;background-color: rgb(255, 255, 255)\">CPI：城市居民消费价格指数为100.7，同比上涨0.7%。八大类消费品价格呈现\u201c四升三降一平\u201d格局：食品烟酒类上涨2.6%，居住类上涨0.5%，医疗保健类上涨0.8%，教育文化和娱乐类上涨0.1%；衣着类下降1.5%，生活用品及服务类下降0.2%，交通和通信类下降0.7%；其他用品和服务类价格与同期持平。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 28px;background-color: rgb(255, 255, 255)\">PPI：工业生产者出厂价格指数为79.8，同比下降20.2%。PPI低位运行主要是受原油价格持续走低影响（上半年平均油价同比下降33.2%）。石油和天然气开采业出厂价格同比下降33%，石油加工业出厂价格同比下降13.1%，化学原料及化学制品制造业出厂价格同比下降14.2%。如果扣除上述三个行业影响，全市非油化工业生产者出厂价格同比下降1%。<\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 28px;background-color: rgb(255, 255, 255)\">应该说，全市经济尤其是地方经济遏制住了下行态势，处于恢复性增长阶段，正在为未来的进一步加快发展集聚潜能。这主要得益于全市上下高度重视，市委市政府发展思路清晰，工作重点明确，政策措施具体，各县区各部门抓发展抓项目抓招商干劲足势头好；尤其得益于经济发展环境更加优化，地企合作力度进一步加大，各行业主管部门跟踪服务大力扶持督查问效，各经济主体积极消化不利因素努力化解生产经营难题。<\/p><p><br/><\/p>","createTime":1496562926000,"createUser":"18210281168","id":15,"imageLogo":"http://ww4.sinaimg.cn/large/006uZZy8jw1faic21363tj30ci08ct96.jpg","imageSmallList":"","introductionBase":"","isFistTopFlip":0,"publishFlag":0,"publishTime":1496505600000,"title":"上半年全市经济运行情况分析","typeId":2,"typeName":"数据解析"},{"columnId":"2","columnName":"数据解析","content":"<p style=\"font-family: 宋体;white-space: normal;text-align: center;line-height: 40px;background-color: rgb(255, 255, 255)\"><span style=\"font-size: 29px;font-family: 华文中宋\">大庆市经济运行开局良好<\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 35px;background-color: rgb(255, 255, 255)\"><span style=\"font-size: 35px\"> <\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">年初以来，全市上下认真贯彻落实国家省市重要会议精神，特别是习近平总书记对黑龙江的两次讲话精神，紧紧围绕市委市政府中心工作，抢前抓早，积极谋划，奋发作为，全市经济延续了去年以来企稳回升、稳中向好态势，GDP<\/span><span style=\"font-size:24px\">、投资、消费、财政等主要指标全面增长，经济发展实现了首季<\/span><span style=\"font-size:24px\">\u201c<\/span><span style=\"font-size:24px\">开门红<\/span><span style=\"font-size:24px\">\u201d<\/span><span style=\"font-size:24px\">。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 黑体\"><span style=\"font-size:24px\">一、经济运行基本特点<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">（一）GDP<\/span><span style=\"font-size:24px\">量速齐增，接续产业作用突显。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">一季度全市实现地区生产总值626.9<\/span><span style=\"font-size:24px\">亿元，现价总量比同期增加<\/span><span style=\"font-size:24px\">73.5<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">2%<\/span><span style=\"font-size:24px\">，比同期增速高<\/span><span style=\"font-size:24px\">0.8<\/span><span style=\"font-size:24px\">个百分点，比<\/span><span style=\"font-size:24px\">2016<\/span><span style=\"font-size:24px\">年全年增速高<\/span><span style=\"font-size:24px\">0.3<\/span><span style=\"font-size:24px\">个百分点，与<\/span><span style=\"font-size:24px\">2017<\/span><span style=\"font-size:24px\">年计划目标持平。其中，一产实现增加值<\/span><span style=\"font-size:24px\">16.9<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">4.3%<\/span><span style=\"font-size:24px\">；二产实现增加值<\/span><span style=\"font-size:24px\">375.6<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">0.4%<\/span><span style=\"font-size:24px\">；三产实现增加值<\/span><span style=\"font-size:24px\">234.4<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">5%<\/span><span style=\"font-size:24px\">。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size:24px\"><span style=\"font-family: 仿宋\">（二）设施农业和<\/span><span style=\"font-family: 仿宋\">畜牧业同步增长，备春耕生产稳步推进。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">年初以来，设施农业发展步伐加快，综合效益不断提高，蔬菜食用菌、瓜果、花卉苗木等种植面积达到3242<\/span><span style=\"font-size:24px\">公顷，实现增加值<\/span><span style=\"font-size:24px\">2.3<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">3.4%<\/span><span style=\"font-size:24px\">。畜牧业生产稳步发展。一季度末，全市生猪出栏<\/span><span style=\"font-size:24px\">80.9<\/span><span style=\"font-size:24px\">万头，同比增长<\/span><span style=\"font-size:24px\">1.4%<\/span><span style=\"font-size:24px\">；肉牛出栏<\/span><span style=\"font-size:24px\">10<\/span><span style=\"font-size:24px\">万头，增长<\/span><span style=\"font-size:24px\">0.8%<\/span><span style=\"font-size:24px\">；家禽出栏<\/span><span style=\"font-size:24px\">613.4<\/span><span style=\"font-size:24px\">万只，增长<\/span><span style=\"font-size:24px\">6.5%<\/span><span style=\"font-size:24px\">。畜牧业实现增加值<\/span><span style=\"font-size:24px\">13.5<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">3.2%<\/span><span style=\"font-size:24px\">。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">春耕生产稳步推进，种植结构进一步优化。据农委统计，全市计划播种面积1128<\/span><span style=\"font-size:24px\">万亩（水田<\/span><span style=\"font-size:24px\">168<\/span><span style=\"font-size:24px\">万亩、旱田<\/span><span style=\"font-size:24px\">960<\/span><span style=\"font-size:24px\">万亩），种植结构呈\u201c一减四增\u201d趋势：调减玉米种植面积<\/span><span style=\"font-size:24px\">77<\/span><span style=\"font-size:24px\">万亩，增加水稻种植面积<\/span><span style=\"font-size:24px\">26<\/span><span style=\"font-size:24px\">万亩、蔬菜瓜果<\/span><span style=\"font-size:24px\">16<\/span><span style=\"font-size:24px\">万亩、经济作物<\/span><span style=\"font-size:24px\">12<\/span><span style=\"font-size:24px\">万亩、饲草饲料作物面积<\/span><span style=\"font-size:24px\">35<\/span><span style=\"font-size:24px\">万亩，粮经饲比例达到<\/span><span style=\"font-size:24px\">87<\/span><span style=\"font-size:24px\">：<\/span><span style=\"font-size:24px\">9<\/span><span style=\"font-size:24px\">：<\/span><span style=\"font-size:24px\">4<\/span><span style=\"font-size:24px\">。截至<\/span><span style=\"font-size:24px\">3<\/span><span style=\"font-size:24px\">月末，备春耕生产所需资金到位率达<\/span><span style=\"font-size:24px\">92%<\/span><span style=\"font-size:24px\">，化肥农药种子等农资储备较为充足并已陆续下摆到位，全市<\/span><span style=\"font-size:24px\">32.8<\/span><span style=\"font-size:24px\">万台（套）农业机械全部完成检修，为春耕生产顺利进行奠定了坚实的物质基础。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 39px;background-color: rgb(255, 255, 255)\"><span style=\"font-size:24px\"><span style=\"font-family: 仿宋;letter-spacing: -1px\">（三）地方工业支撑作用突出。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">一季度全市实现工业增加值384.1<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">0.5%<\/span><span style=\"font-size:24px\">，结束了自<\/span><span style=\"font-size:24px\">2015<\/span><span style=\"font-size:24px\">年以来<\/span><span style=\"font-size:24px\">首季增速<\/span><span style=\"font-size:24px\">连续负增长局面。从隶属关系看，中直工业实现增加值<\/span><span style=\"font-size:24px\">268<\/span><span style=\"font-size:24px\">亿元，同比下降<\/span><span style=\"font-size:24px\">3.5%<\/span><span style=\"font-size:24px\">；地方工业实现增加值<\/span><span style=\"font-size:24px\">116.1<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">6.8%<\/span><span style=\"font-size:24px\">（<\/span><span style=\"font-size:24px\">2015<\/span><span style=\"font-size:24px\">和<\/span><span style=\"font-size:24px\">2016<\/span><span style=\"font-size:24px\">年同期增速分别为<\/span><span style=\"font-size:24px\">3.3%<\/span><span style=\"font-size:24px\">、<\/span><span style=\"font-size:24px\">0.5%<\/span><span style=\"font-size:24px\">），拉动全市工业增长<\/span><span style=\"font-size:24px\">2.6<\/span><span style=\"font-size:24px\">个百分点，是全市工业保持增长的主要支撑。规上工业中，石油和天然气开采业实现增加值<\/span><span style=\"font-size:24px\">207.2<\/span><span style=\"font-size:24px\">亿元，下降<\/span><span style=\"font-size:24px\">4%<\/span><span style=\"font-size:24px\">；石化行业实现增加值<\/span><span style=\"font-size:24px\">57.2<\/span><span style=\"font-size:24px\">亿元，下降<\/span><span style=\"font-size:24px\">2.7%<\/span><span style=\"font-size:24px\">；农副产品加工业实现增加值<\/span><span style=\"font-size:24px\">6.3<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">4.7%<\/span><span style=\"font-size:24px\">；装备制造业实现增加值<\/span><span style=\"font-size:24px\">9.5<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">39.7%<\/span><span style=\"font-size:24px\">；建材业实现增加值<\/span><span style=\"font-size:24px\">0.4<\/span><span style=\"font-size:24px\">亿元，下降<\/span><span style=\"font-size:24px\">20.1%<\/span><span style=\"font-size:24px\">。纳入统计的<\/span><span style=\"font-size:24px\">82<\/span><span style=\"font-size:24px\">种工业产品中，产量同比增长的有<\/span><span style=\"font-size:24px\">45<\/span><span style=\"font-size:24px\">种，其中增幅较大的有发酵酒（增长<\/span><span style=\"font-size:24px\">87%<\/span><span style=\"font-size:24px\">）、汽车（增长<\/span><span style=\"font-size:24px\">35.8%<\/span><span style=\"font-size:24px\">）、液体乳（增长<\/span><span style=\"font-size:24px\">51.8%<\/span><span style=\"font-size:24px\">）等。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 42px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋;letter-spacing: -0\"><span style=\"font-size:24px\">（四）固定资产投资总额突破60<\/span><span style=\"font-size:24px\">亿。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">一季度全市完成固定资产投资63.8<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">6.6%<\/span><span style=\"font-size:24px\">。<\/span><strong><span style=\"font-size:24px\">从隶属关系看，<\/span><\/strong><span style=\"font-size:24px\">中直投资完成<\/span><span style=\"font-size:24px\">50.2<\/span><span style=\"font-size:24px\">亿元，下降<\/span><span style=\"font-size:24px\">3.9%<\/span><span style=\"font-size:24px\">；地方投资完成<\/span><span style=\"font-size:24px\">13.6<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">77.9%<\/span><span style=\"font-size:24px\">。<\/span><strong><span style=\"font-size:24px\">从产业投向看，<\/span><\/strong><span style=\"font-size:24px\">一产投资完成<\/span><span style=\"font-size:24px\">4.4<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">230.7%<\/span><span style=\"font-size:24px\">（主要是大同棚室、杜尔伯特谷实公司生猪养殖项目等带动）；二产投资完成<\/span><span style=\"font-size:24px\">56.3<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">0.7%<\/span><span style=\"font-size:24px\">；三产投资完成<\/span><span style=\"font-size:24px\">3.1<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">15.9%<\/span><span style=\"font-size:24px\">。<\/span><strong><span style=\"font-size:24px\">从投资性质看，<\/span><\/strong><span style=\"font-size:24px\">国有及国有控股投资完成<\/span><span style=\"font-size:24px\">56<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">1.6%<\/span><span style=\"font-size:24px\">；非国有投资完成<\/span><span style=\"font-size:24px\">7.8<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">63.3%<\/span><span style=\"font-size:24px\">。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">（五）市场消费稳步增长。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">全市实现社会消费品零售总额290<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">5%<\/span><span style=\"font-size:24px\">。<\/span><strong><span style=\"font-size:24px\">分规模看，<\/span><\/strong><span style=\"font-size:24px\">限额以上单位实现零售额<\/span><span style=\"font-size:24px\">67.9<\/span><span style=\"font-size:24px\">亿元，下降<\/span><span style=\"font-size:24px\">2.2%<\/span><span style=\"font-size:24px\">；限额以下单位实现零售额<\/span><span style=\"font-size:24px\">222.1<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">7.5%<\/span><span style=\"font-size:24px\">。<\/span><\/span><strong><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">分地域看，<\/span><\/span><\/strong><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">城镇实现零售额266.2<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">5.1%<\/span><span style=\"font-size:24px\">；乡村实现零售额<\/span><span style=\"font-size:24px\">23.8<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">3.8%<\/span><span style=\"font-size:24px\">。<\/span><strong><span style=\"font-size:24px\">分行业看，<\/span><\/strong><span style=\"font-size:24px\">批发和零售业实现零售额265.5<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">4.8%<\/span><span style=\"font-size:24px\">；<\/span><span style=\"font-size:24px\">住宿和餐饮业实现零售额<\/span><span style=\"font-size:24px\">24.5<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">8.1%。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 41px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋;letter-spacing: -0\"><span style=\"font-size:24px\">（六）地方财政收入增速达到19.8%<\/span><span style=\"font-size:24px\">。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">    <\/span><\/span><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">全市地方财政收入完成43.7<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">19.8%<\/span><\/span><span style=\"font-size:24px\"><span style=\"font-family: 仿宋\">。公共财政收入完成<\/span><span style=\"font-family: 仿宋\">42.1<\/span><span style=\"font-family: 仿宋\">亿元，同比增长21.4%<\/span><span style=\"font-family: 仿宋\">。其中，税收收入<\/span><span style=\"font-family: 仿宋\">34.1<\/span><\/span><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">亿元，增长25%<\/span><span style=\"font-size:24px\">；非税收入<\/span><span style=\"font-size:24px\">8<\/span><span style=\"font-size:24px\">亿元，增长<\/span><span style=\"font-size:24px\">8.2%<\/span><span style=\"font-size:24px\">。从主要税种收入看，增值税<\/span><span style=\"font-size:24px\">12.8<\/span><span style=\"font-size:24px\">亿元、城镇土地使用税<\/span><span style=\"font-size:24px\">9.5<\/span><span style=\"font-size:24px\">亿元、城市维护建设税<\/span><span style=\"font-size:24px\">3.3<\/span><span style=\"font-size:24px\">亿元，同比分别增长<\/span><span style=\"font-size:24px\">210.8%<\/span><span style=\"font-size:24px\">、<\/span><span style=\"font-size:24px\">29.5%<\/span><span style=\"font-size:24px\">、<\/span><span style=\"font-size:24px\">17.8%<\/span><span style=\"font-size:24px\">，企业所得税<\/span><span style=\"font-size:24px\">1.6<\/span><span style=\"font-size:24px\">亿元、个人所得税<\/span><span style=\"font-size:24px\">1.5<\/span><span style=\"font-size:24px\">亿元、房产税<\/span><span style=\"font-size:24px\">1.3<\/span><span style=\"font-size:24px\">亿元，同比分别下降<\/span><span style=\"font-size:24px\">31.5%<\/span><span style=\"font-size:24px\">、<\/span><span style=\"font-size:24px\">0.9%<\/span><span style=\"font-size:24px\">、<\/span><span style=\"font-size:24px\">39%<\/span><span style=\"font-size:24px\">。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">（七）\u201c两价\u201d指数一涨一落。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><strong><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">CPI<\/span><\/span><\/strong><strong><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">小幅下降。<\/span><\/span><\/strong><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">调查数据显示，一季度城市居民消费价格小幅下降，总指数为99.5<\/span><span style=\"font-size:24px\">，同比下降<\/span><span style=\"font-size:24px\">0.5%<\/span><span style=\"font-size:24px\">。从八大类消费品价格看，食品烟酒下降<\/span><span style=\"font-size:24px\">1.9%<\/span><span style=\"font-size:24px\">、衣着下降<\/span><span style=\"font-size:24px\">9.4%<\/span><span style=\"font-size:24px\">、居住下降<\/span><span style=\"font-size:24px\">0.4%<\/span><span style=\"font-size:24px\">、生活用品及服务下降<\/span><span style=\"font-size:24px\">0.8%<\/span><span style=\"font-size:24px\">、交通和通信上涨<\/span><span style=\"font-size:24px\">0.9%<\/span><span style=\"font-size:24px\">、教育文化和娱乐上涨<\/span><span style=\"font-size:24px\">7.5%<\/span><span style=\"font-size:24px\">、医疗保健上涨<\/span><span style=\"font-size:24px\">2.9%<\/span><span style=\"font-size:24px\">、其他用品和服务上涨<\/span><span style=\"font-size:24px\">1.4%<\/span><span style=\"font-size:24px\">。<\/span><strong><span style=\"font-size:24px\">生产回暖，PPI<\/span><span style=\"font-size:24px\">涨幅明显。<\/span><\/strong><span style=\"font-size:24px\">一季度工业生产者出厂价格指数为<\/span><span style=\"font-size:24px\">142<\/span><span style=\"font-size:24px\">，同比上涨<\/span><span style=\"font-size:24px\">42%<\/span><span style=\"font-size:24px\">。其中石油和天然气开采业上涨<\/span><span style=\"font-size:24px\">85.2%<\/span><span style=\"font-size:24px\">，石油加工业上涨<\/span><span style=\"font-size:24px\">25.7%<\/span><span style=\"font-size:24px\">，化学原料及化学制品制造业上涨<\/span><span style=\"font-size:24px\">34.7%<\/span><span style=\"font-size:24px\">，造纸、橡胶和塑料制品、食品制造、电力热力的生产和供应等行业小幅上涨或降幅收窄。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;background-color: rgb(255, 255, 255)\"><span style=\"font-size:24px\"><span style=\"font-family: 黑体\">    <\/span><span style=\"font-family: 黑体\">二、主要增长因素分析<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">总体看，今年以来，生产和需求继续回暖，实体经济活力进一步增强，效益持续好转，增长因素不断增加，经济运行开局良好，为实现全年增长目标奠定了坚实基础。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">（一）\u201c三驾马车\u201d同步发力拉动增长。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size:24px\"><span style=\"font-family: 仿宋\">一季度固定资产投资同比增长<\/span><span style=\"font-family: 仿宋\">6.6<\/span><span style=\"font-family: 仿宋\">%，投资对经济增长的贡献率为57%，拉动GDP增长1<\/span><span style=\"font-family: 仿宋\">.1<\/span><span style=\"font-family: 仿宋\">个百分点。社会消费品零售总额增长5%，消费对经济增长的贡献率为35%，拉动GDP增长0.<\/span><span style=\"font-family: 仿宋\">7<\/span><span style=\"font-family: 仿宋\">个百分点。货物和服务净流出增长<\/span><span style=\"font-family: 仿宋\">3%<\/span><span style=\"font-family: 仿宋\">，净流出对经济增长的贡献率为8%，拉动GDP增长0.2个百分点。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 38px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">（二）多元经济稳步推进支撑增长。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 38px;background-color: rgb(255, 255, 255)\"><span style=\"font-size:24px\"><span style=\"font-family: 仿宋\">在油经济、中直经济、公有制经济增速下降负向拉动经济增长的不利情况下，非油经济、地方经济、非公经济增速稳步提升，共同支撑经济增长。<\/span><span style=\"font-family: 仿宋\">一季度非油经济实现增加值<\/span><span style=\"font-family: 仿宋\">419.7<\/span><span style=\"font-family: 仿宋\">亿元，同比增长5%，拉动GDP增长3.<\/span><span style=\"font-family: 仿宋\">3<\/span><span style=\"font-family: 仿宋\">个百分点；地方经济实现增加值<\/span><span style=\"font-family: 仿宋\">358.9<\/span><span style=\"font-family: 仿宋\">亿元，同比增长5.8%，拉动GDP增长3.<\/span><span style=\"font-family: 仿宋\">4<\/span><span style=\"font-family: 仿宋\">个百分点；非公有制经济实现增加值<\/span><span style=\"font-family: 仿宋\">263.2<\/span><span style=\"font-family: 仿宋\">亿元，同比增长<\/span><span style=\"font-family: 仿宋\">9.5<\/span><span style=\"font-family: 仿宋\">%，拉动GDP增长3.5个百分点<\/span><span style=\"font-family: 仿宋\">。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">（三）新兴优势行业和新生力量逐步壮大引领增长。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">装备制造业在沃尔沃带动下实现增加值9.5<\/span><span style=\"font-size:24px\">亿元，同比增长<\/span><span style=\"font-size:24px\">39.7%<\/span><span style=\"font-size:24px\">，拉动规上地方工业增长<\/span><span style=\"font-size:24px\">7.3<\/span><span style=\"font-size:24px\">个百分点，贡献率达到<\/span><span style=\"font-size:24px\">75.3%<\/span><span style=\"font-size:24px\">，并带动汽车座椅、汽车美容等配套生产项目和市场服务跟进发展；专用设备制造业、酒和饮料制造业同比分别增长<\/span><span style=\"font-size:24px\">73.1%<\/span><span style=\"font-size:24px\">、<\/span><span style=\"font-size:24px\">42%<\/span><\/span><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">；金融业、信息传输服务和软件业、居民服务、文化娱乐、非营利性服务业等新兴服务业发展较快，带动第三产业实现稳步增长。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size:24px\"><span style=\"font-family: 仿宋\">（四）能源利用效率提高印证增长。一季度全社会能源消费总量达到<\/span><span style=\"font-family: 仿宋\">729.2<\/span><span style=\"font-family: 仿宋\">万吨标准煤，同比下降<\/span><span style=\"font-family: 仿宋\">0.9%<\/span><span style=\"font-family: 仿宋\">。从构成看，一产消费<\/span><\/span><span style=\"font-family: 仿宋\"><span style=\"font-size:24px\">量10.6<\/span><span style=\"font-size:24px\">万吨标准煤，与同期持平；工业消费量<\/span><span style=\"font-size:24px\">522<\/span><span style=\"font-size:24px\">万吨标准煤，下降<\/span><span style=\"font-size:24px\">1.1%<\/span><span style=\"font-size:24px\">；建筑业消费量<\/span><span style=\"font-size:24px\">4.3<\/span><span style=\"font-size:24px\">万吨标准煤，与同期持平；三产消费量<\/span><span style=\"font-size:24px\">83.5<\/span><span style=\"font-size:24px\">万吨标准煤，增长<\/span><span style=\"font-size:24px\">0.02%<\/span><span style=\"font-size:24px\">；居民生活消费量<\/span><span style=\"font-size:24px\">108.8<\/span><span style=\"font-size:24px\">万吨标准煤，下降<\/span><span style=\"font-size:24px\">0.4%<\/span><span style=\"font-size:24px\">。单位<\/span><span style=\"font-size:24px\">GDP<\/span><span style=\"font-size:24px\">能耗为<\/span><span style=\"font-size:24px\">1.0439<\/span><span style=\"font-size:24px\">吨标准煤<\/span><span style=\"font-size:24px\">/<\/span><span style=\"font-size:24px\">万元，同比下降<\/span><span style=\"font-size:24px\">3%<\/span><span style=\"font-size:24px\">。<\/span><\/span><\/p><p style=\"font-family: 宋体;white-space: normal;line-height: 40px;text-indent: 43px;background-color: rgb(255, 255, 255)\"><span style=\"font-size:24px\"><span style=\"font-family: 仿宋\">尽管一季度全市经济实现了良好开局，但从深层次看，持续向好基础还不够稳固，经济运行过程中仍面临一些突出矛盾和困难，各领域、各环节还存在着一些制约性因素，全市上下要进一步增强促发展保增长的信心和责任，筑牢经济发展基础，激发市场主体活力，推动传统动能和新生动能并行发展，共同助力全市经济增长。<\/span><\/span><\/p><p><br/><\/p>","createTime":1496562821000,"createUser":"18210281168","id":14,"imageLogo":"http://ww4.sinaimg.cn/large/006uZZy8jw1faic1xjab4j30ci08cjrv.jpg","imageSmallList":"","introductionBase":"","isFistTopFlip":0,"publishFlag":0,"publishTime":1496505600000,"title":"大庆市经济运行开局良好","typeId":2,"typeName":"数据解析"}]
     */

    private int counts;
    private int totalPage;
    private int pageSize;
    private int currentPage;
    private List<ArticlesListBean> articlesList;

    public int getCounts() {
        return counts;
    }

    public void setCounts(int counts) {
        this.counts = counts;
    }

    public int getTotalPage() {
        return totalPage;
    }

    public void setTotalPage(int totalPage) {
        this.totalPage = totalPage;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getCurrentPage() {
        return currentPage;
    }

    public void setCurrentPage(int currentPage) {
        this.currentPage = currentPage;
    }

    public List<ArticlesListBean> getArticlesList() {
        return articlesList;
    }

    public void setArticlesList(List<ArticlesListBean> articlesList) {
        this.articlesList = articlesList;
    }

    public static class ArticlesListBean implements Parcelable {
        private String columnId;
        private String columnName;
        private String content;
        private long createTime;
        private String createUser;
        private int id;
        /** 轮播图图片 **/
        private String imageLogo;
        private String imageSmallList;
        private String introductionBase;
        private int isFistTopFlip;
        private int publishFlag;
        private long publishTime;
        private String title;
        private int typeId;
        private String typeName;
        private long updateTime;

        public String getColumnId() {
            return columnId;
        }

        public void setColumnId(String columnId) {
            this.columnId = columnId;
        }

        public String getColumnName() {
            return columnName;
        }

        public void setColumnName(String columnName) {
            this.columnName = columnName;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public long getCreateTime() {
            return createTime;
        }

        public void setCreateTime(long createTime) {
            this.createTime = createTime;
        }

        public String getCreateUser() {
            return createUser;
        }

        public void setCreateUser(String createUser) {
            this.createUser = createUser;
        }

        public int getId() {
            return id;
        }

        public void setId(int id) {
            this.id = id;
        }

        public String getImageLogo() {
            return imageLogo;
        }

        public void setImageLogo(String imageLogo) {
            this.imageLogo = imageLogo;
        }

        public String getImageSmallList() {
            return imageSmallList;
        }

        public void setImageSmallList(String imageSmallList) {
            this.imageSmallList = imageSmallList;
        }

        public String getIntroductionBase() {
            return introductionBase;
        }

        public void setIntroductionBase(String introductionBase) {
            this.introductionBase = introductionBase;
        }

        public int getIsFistTopFlip() {
            return isFistTopFlip;
        }

        public void setIsFistTopFlip(int isFistTopFlip) {
            this.isFistTopFlip = isFistTopFlip;
        }

        public int getPublishFlag() {
            return publishFlag;
        }

        public void setPublishFlag(int publishFlag) {
            this.publishFlag = publishFlag;
        }

        public long getPublishTime() {
            return publishTime;
        }

        public void setPublishTime(long publishTime) {
            this.publishTime = publishTime;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public int getTypeId() {
            return typeId;
        }

        public void setTypeId(int typeId) {
            this.typeId = typeId;
        }

        public String getTypeName() {
            return typeName;
        }

        public void setTypeName(String typeName) {
            this.typeName = typeName;
        }

        public long getUpdateTime() {
            return updateTime;
        }

        public void setUpdateTime(long updateTime) {
            this.updateTime = updateTime;
        }

        @Override
        public int describeContents() {
            return 0;
        }

        @Override
        public void writeToParcel(Parcel dest, int flags) {
            dest.writeString(this.columnId);
            dest.writeString(this.columnName);
            dest.writeString(this.content);
            dest.writeLong(this.createTime);
            dest.writeString(this.createUser);
            dest.writeInt(this.id);
            dest.writeString(this.imageLogo);
            dest.writeString(this.imageSmallList);
            dest.writeString(this.introductionBase);
            dest.writeInt(this.isFistTopFlip);
            dest.writeInt(this.publishFlag);
            dest.writeLong(this.publishTime);
            dest.writeString(this.title);
            dest.writeInt(this.typeId);
            dest.writeString(this.typeName);
            dest.writeLong(this.updateTime);
        }

        public ArticlesListBean() {
        }

        protected ArticlesListBean(Parcel in) {
            this.columnId = in.readString();
            this.columnName = in.readString();
            this.content = in.readString();
            this.createTime = in.readLong();
            this.createUser = in.readString();
            this.id = in.readInt();
            this.imageLogo = in.readString();
            this.imageSmallList = in.readString();
            this.introductionBase = in.readString();
            this.isFistTopFlip = in.readInt();
            this.publishFlag = in.readInt();
            this.publishTime = in.readLong();
            this.title = in.readString();
            this.typeId = in.readInt();
            this.typeName = in.readString();
            this.updateTime = in.readLong();
        }

        public static final Parcelable.Creator<ArticlesListBean> CREATOR = new Parcelable.Creator<ArticlesListBean>() {
            @Override
            public ArticlesListBean createFromParcel(Parcel source) {
                return new ArticlesListBean(source);
            }

            @Override
            public ArticlesListBean[] newArray(int size) {
                return new ArticlesListBean[size];
            }
        };
    }
}
