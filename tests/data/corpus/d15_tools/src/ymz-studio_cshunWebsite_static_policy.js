module.exports = {
  policy: {
    edges: [{
        node: {
          id: 0,
          title: '习总书记对深度贫困地区脱贫的要求',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style=";margin-bottom: 0;text-align:center;text-indent:0">
    <a><span style="font-size:27px;font-family:方正小标宋简体">第一</span></a><span style="font-size:27px">&nbsp; </span><span style="font-size:27px;font-family:方正小标宋简体">习总书记对深度贫困地区脱贫的要求</span>
</p>
<p style=";margin-bottom: 0;text-align:left;text-indent:43px">
    <span style="font-size:21px;font-family:楷体_GB2312">摘自：习总书记</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family:楷体_GB2312">年</span><span style="font-size:21px">6</span><span style="font-size:21px;font-family:楷体_GB2312">月</span><span style="font-size:21px">23</span><span style="font-size:21px;font-family:楷体_GB2312">日在山西省太原市主持召开深度贫困地区脱贫攻坚座谈会上的讲话精神</span>
</p>
<p style=";margin-bottom: 0;text-align:left;text-indent:0">
    <span style="font-size: 21px">&nbsp;</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:黑体">一、深度贫困成因分析</span>
</p>
<p style="text-align:left;text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:黑体">一是</span><span style="font-size:21px;font-family:仿宋_GB2312">集革命老区、民族地区、边疆地区于一体；</span><span style="font-size:21px;font-family:黑体">二是</span><span style="font-size:21px;font-family:仿宋_GB2312">基础设施和社会事业发展滞后；</span><span style="font-size:21px;font-family:黑体">三是</span><span style="font-size:21px;font-family:仿宋_GB2312">社会发育滞后，社会文明程度低；</span><span style="font-size:21px;font-family:黑体">四是</span><span style="font-size:21px;font-family:仿宋_GB2312">生态环境脆弱，自然灾害频发；五是经济发展滞后，人穷村也穷。</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:黑体">二、深度贫困脱贫要求</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">合理确定脱贫目标；</span><span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">加大投入支持力度；</span><span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">集中优势兵力打攻坚战；</span><span style="font-size:21px">4.</span><span style="font-size:21px;font-family:仿宋_GB2312">区域发展必须围绕精准扶贫发力；</span><span style="font-size:21px">5.</span><span style="font-size:21px;font-family:仿宋_GB2312">加大各方帮扶力度；</span><span style="font-size:21px">6.</span><span style="font-size:21px;font-family:仿宋_GB2312">加大内生动力培育力度；</span><span style="font-size:21px">7.</span><span style="font-size:21px;font-family:仿宋_GB2312">加大组织领导力度；</span><span style="font-size:21px">8.</span><span style="font-size:21px;font-family:仿宋_GB2312">加强检查督查。</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:黑体">三、深度贫困特征</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">“</span><span style="font-size:21px;font-family: 黑体">两高</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即贫困人口占比高、贫困发生率高；</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">“</span><span style="font-size:21px;font-family: 黑体">一低</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即人均可支配收入低；</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">“</span><span style="font-size:21px;font-family: 黑体">一差</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即基础设施和住房差；</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">“</span><span style="font-size:21px;font-family: 黑体">三重</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即低保五保贫困人口脱贫任务重、因病致贫返贫人口脱贫任务重、贫困老人脱贫任务重。</span>
</p>
<p style="line-height:33px">
    <span style="font-size:21px">&nbsp;&nbsp;&nbsp; </span><span style="font-size:21px;font-family:黑体">四、下步重点解决的问题</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:仿宋_GB2312">就全国而言，下一步要重点解决深度贫困地区公共服务、基础设施以及基本医疗有保障的问题。</span>
</p>
<p>
    <br/>
</p>`
        }
      },
      {
        node: {
          id: 1,
          title: '我省对打赢深度贫困地区脱贫攻坚战的要求',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style="text-align:center;line-height:40px">
    <a><span style="font-size:27px;font-family:方正小标宋简体">第二</span></a> <span style="font-size:27px;font-family:方正小标宋简体">我省对打赢深度贫困地区脱贫攻坚战的要求</span>
</p>
<p style=";margin-bottom:0;text-indent:0">
    &nbsp;
</p>
<p style=";margin-bottom:0;text-indent:0;line-height:40px">
    &nbsp;&nbsp; &nbsp;&nbsp;
</p>
<p style="text-indent:43px;line-height:47px">
    <strong><span style="font-size:21px">·2016</span></strong><strong><span style="font-size: 21px;font-family:仿宋_GB2312">年</span></strong><strong><span style="font-size:21px">9</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">月</span></strong><strong><span style="font-size:21px">20</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">日（省委、省政府确定极贫乡镇）</span></strong>
</p>
<p style="text-indent:43px;line-height:47px">
    <span style="font-size:21px;font-family:仿宋_GB2312">省委办公厅</span> <span style="font-size:21px;font-family:仿宋_GB2312">省政府办公厅关于印发《贵州省极贫乡（镇）定点包干脱贫攻坚工作方案》（黔委厅字〔</span><span style="font-size:21px">2016</span><span style="font-size:21px;font-family:仿宋_GB2312">〕</span><span style="font-size:21px">60</span><span style="font-size:21px;font-family:仿宋_GB2312">号）</span>
</p>
<p style="text-indent:43px;line-height:47px">
    <span style="font-size:21px;font-family:仿宋_GB2312">黔南州：长顺县代化镇、平塘县大塘镇</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <strong><span style="font-size:21px">·2016</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">年</span></strong><strong><span style="font-size:21px">10</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">月（成立工作指挥部）</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <span style="font-size:21px;font-family:仿宋_GB2312">指挥长（省委常委、贵阳市委书）、常务副指挥长（省机关事务管理局局长），印发《长顺县代化镇脱贫攻坚指挥部工作职责》</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <strong><span style="font-size:21px">·2016</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">年</span></strong><strong><span style="font-size:21px">12</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">月（方案编制并通过）</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">《黔南州长顺县代化镇定点包干脱贫攻坚实施方案（</span><span style="font-size:21px">2016—2020</span><span style="font-size:21px;font-family:仿宋_GB2312">年）》</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">《长顺县代化镇定点包干脱贫攻坚子基金实施方案</span><span style="font-size:21px">(2016—2018</span><span style="font-size:21px;font-family:仿宋_GB2312">年</span><span style="font-size:21px">)</span><span style="font-size:21px;font-family:仿宋_GB2312">》</span>
</p>
<p style=";margin-bottom: 0;text-align:center;text-indent:43px;line-height:47px">
    <span style="font-size:21px;font-family:仿宋_GB2312">《实施方案》共实施项目</span><span style="font-size:21px">191</span><span style="font-size:21px;font-family:仿宋_GB2312">项，总投资规模</span><span style="font-size:21px">10.581</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元</span><span style="font-size:21px"><br/> </span><span style="font-size:19px;font-family:黑体">代化镇</span><span style="font-size:19px">10.581</span><span style="font-size:19px;font-family:黑体">亿元基金</span> <span style="font-size:19px;font-family:黑体">按项目类型划分投资规模统计表</span>
</p>
<p>
    <strong> </strong>
</p>
<table>
    <tbody>
        <tr style=";height:21px" class="firstRow">
            <td width="205" rowspan="2" style="border-width: 1px; border-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">项目类型</span></strong>
                </p>
            </td>
            <td width="130" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: windowtext; border-right-color: windowtext; border-bottom-color: windowtext; border-left: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">项目个数（项）</span></strong>
                </p>
            </td>
            <td width="156" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: windowtext; border-right-color: windowtext; border-bottom-color: windowtext; border-left: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">投资规模</span></strong>
                </p>
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">（亿元）</span></strong>
                </p>
            </td>
            <td width="135" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: windowtext; border-right-color: windowtext; border-bottom-color: windowtext; border-left: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">占总投资比例</span></strong>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:32px">
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">合计</span></strong>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";color:windowtext">191</span></strong>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";color:windowtext">10.581</span></strong>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";color:windowtext">1</span></strong>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">交</span><span style=";color:windowtext">&nbsp; </span><span style=";font-family:宋体;color:windowtext">通</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">40</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">0.7828</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.074</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">水</span><span style=";color:windowtext">&nbsp; </span><span style=";font-family:宋体;color:windowtext">利</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">19</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">0.8163</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.077</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">农村环境整治</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">75</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">1.728</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.163</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">小城镇建设</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">16</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">3.917</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.370</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">公共服务</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">19</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">0.5837</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.055 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:29px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">特色优势产业</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">22</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">2.7532</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.26</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
    </tbody>
</table>
<p style="text-align:center">
    <span style="font-size:19px">&nbsp;</span>
</p>
<p style="text-align:center">
    <span style="font-size:19px;font-family:黑体">贵州脱贫攻坚投资基金极贫乡（镇）子基金项目投资表</span>
</p>
<p style="text-align:center">
    <strong><span style=";color:#252525">&nbsp;</span></strong>
</p>
<table>
    <tbody>
        <tr style=";height:37px" class="firstRow">
            <td width="63" rowspan="4" style="border-top-width: 1px; border-right-width: 1px; border-left-width: 1px; border-top-color: black; border-right-color: black; border-left-color: black; border-bottom: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px;font-family: 宋体">分年度投资计划（万元）</span>
                </p>
            </td>
            <td width="63" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">年度</span></strong>
                </p>
            </td>
            <td width="54" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">合</span></strong><strong><span style="font-size: 13px">&nbsp; </span></strong><strong><span style="font-size: 13px;font-family: 宋体">计</span></strong>
                </p>
            </td>
            <td width="65" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">交通</span></strong>
                </p>
            </td>
            <td width="61" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">水利</span></strong>
                </p>
            </td>
            <td width="80" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">农村环境整治</span></strong>
                </p>
            </td>
            <td width="79" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">小城镇建设</span></strong>
                </p>
            </td>
            <td width="76" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">公共服务</span></strong>
                </p>
            </td>
            <td width="81" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">特色优势产业</span></strong>
                </p>
            </td>
        </tr>
        <tr style=";height:37px">
            <td width="63" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">2016</span><span style="font-size: 13px;font-family: 宋体">年</span>
                </p>
            </td>
            <td width="54" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">820</span>
                </p>
            </td>
            <td width="65" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">775</span>
                </p>
            </td>
            <td width="61" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">45</span>
                </p>
            </td>
            <td width="80" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">0</span>
                </p>
            </td>
            <td width="79" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">0</span>
                </p>
            </td>
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">0</span>
                </p>
            </td>
            <td width="81" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">0</span>
                </p>
            </td>
        </tr>
        <tr style=";height:37px">
            <td width="63" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">2017</span><span style="font-size: 13px;font-family: 宋体">年</span>
                </p>
            </td>
            <td width="54" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">21477</span>
                </p>
            </td>
            <td width="65" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">5715</span>
                </p>
            </td>
            <td width="61" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">4810</span>
                </p>
            </td>
            <td width="80" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">5582</span>
                </p>
            </td>
            <td width="79" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">3870</span>
                </p>
            </td>
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">750</span>
                </p>
            </td>
            <td width="81" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">750</span>
                </p>
            </td>
        </tr>
        <tr style=";height:37px">
            <td width="63" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">2018</span><span style="font-size: 13px;font-family: 宋体">年</span>
                </p>
            </td>
            <td width="54" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">83513</span>
                </p>
            </td>
            <td width="65" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">1338</span>
                </p>
            </td>
            <td width="61" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">3308</span>
                </p>
            </td>
            <td width="80" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">11698</span>
                </p>
            </td>
            <td width="79" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">35300</span>
                </p>
            </td>
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">5087</span>
                </p>
            </td>
            <td width="81" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">26782</span>
                </p>
            </td>
        </tr>
        <tr style=";height:37px">
            <td width="126" colspan="2" style="border-width: 1px; border-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:宋体">总计</span>
                </p>
            </td>
            <td width="54" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">105810</span>
                </p>
            </td>
            <td width="65" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">7828</span>
                </p>
            </td>
            <td width="61" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">8163</span>
                </p>
            </td>
            <td width="80" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">17280</span>
                </p>
            </td>
            <td width="79" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">39170</span>
                </p>
            </td>
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">5837</span>
                </p>
            </td>
            <td width="81" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">27532</span>
                </p>
            </td>
        </tr>
        <tr style=";height:16px">
            <td width="623" colspan="9" style="padding: 1px;">
                <p>
                    <span style="font-size:   13px;font-family:宋体">注：投资只统计极贫乡镇脱贫攻坚子基金，不含部门资金和其他资金。</span>
                </p>
            </td>
        </tr>
    </tbody>
</table>
<p style=";margin-bottom:0;text-indent:53px">
    <span style="font-size:27px">&nbsp;</span>
</p>
<p style=";margin-bottom:0;text-indent:43px">
    <span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">《代化镇脱贫攻坚问责暂行办法》、《代化镇脱贫攻坚工作考核办法》、《代化镇小城镇建设实施规划》《代化镇春季攻势行动方案》</span><span style="font-size:21px">....</span>
</p>
<p style=";margin-bottom:0;text-indent:43px">
    <strong><span style="font-size:21px">·2017</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">年</span></strong><strong><span style="font-size:21px">1</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">月</span></strong><strong><span style="font-size:21px">-10</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">月（春季攻势、大比武、秋季攻势）</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:43px">
    <strong><span style="font-size:21px">·2017</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">年</span></strong><strong><span style="font-size:21px">8</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">月（全省深度贫困地区脱贫攻坚工作推进大会）</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:43px">
    <span style="font-size:21px">8</span><span style="font-size:21px;font-family:仿宋_GB2312">月</span><span style="font-size:21px">6</span><span style="font-size:21px;font-family:仿宋_GB2312">日至</span><span style="font-size:21px">8</span><span style="font-size:21px;font-family:仿宋_GB2312">月</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">日，全省深度贫困地区脱贫攻坚工作推进大会在贵阳召开，会议明确我省深度贫困地区分为深度贫困县、极贫乡镇和深度贫困村三个层次。根据定性定量划分，全省列出深度贫困县</span><span style="font-size:21px">14</span><span style="font-size:21px;font-family:仿宋_GB2312">个、极度贫困乡镇</span><span style="font-size:21px">20</span><span style="font-size:21px;font-family:仿宋_GB2312">个、深度贫困村</span><span style="font-size:21px">2760</span><span style="font-size:21px;font-family:仿宋_GB2312">个。并下发</span><span style="font-size:21px;font-family:黑体">《贵州省深度贫困地区脱贫攻坚行动方案》</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">——</span><span style="font-size:21px;font-family:黑体">打好</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:黑体">四个硬仗</span><span style="font-size:21px">”</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px;font-family:仿宋_GB2312">基础设施建设、</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px;font-family:仿宋_GB2312">产业扶贫、</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px;font-family:仿宋_GB2312">易地扶贫搬迁、</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px;font-family:仿宋_GB2312">教育医疗住房</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">三保障</span><span style="font-size:21px">”</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">——</span><span style="font-size:21px;font-family:黑体">打好</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:黑体">七大战役</span><span style="font-size:21px">”</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">农村</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">组组通</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">公路建设</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">产业扶贫三年行动计划</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">易地扶贫搬迁</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">4.</span><span style="font-size:21px;font-family:仿宋_GB2312">农村危房改造和住房保障</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">5.</span><span style="font-size:21px;font-family:仿宋_GB2312">贫困劳动力全员培训促进就业脱贫</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">6.</span><span style="font-size:21px;font-family:仿宋_GB2312">健康扶贫</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">7.</span><span style="font-size:21px;font-family:仿宋_GB2312">旅游扶贫。</span>
</p>
<p>
    <span style="font-size:27px;font-family:&#39;Times New Roman&#39;,serif"><br/></span>
</p>
<p>
    <br/>
</p>`
        }
      },
      {
        node: {
          id: 2,
          title: '长顺县贫困（深度贫困）基本情况',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">一、贫困情况</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:仿宋_GB2312">麻山地区是全省最典型、最贫困的深山区、石山区、高山区和少数民族聚居区之一，贫困面广、贫困程度深，被喻为最难啃的</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">硬骨头</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:仿宋_GB2312">地处麻山腹地的长顺县，全县现有</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:黑体">个贫困乡镇</span><span style="font-size:21px;font-family:仿宋_GB2312">（原睦化、代化、</span><span style="font-size: 21px;font-family: 仿宋_GB2312">交麻</span><span style="font-size:21px;font-family:仿宋_GB2312">）、</span><span style="font-size:21px">38</span><span style="font-size:21px;font-family:黑体">个贫困村</span><span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">2016</span><span style="font-size:21px;font-family: 仿宋_GB2312">年</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">出列</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">广顺镇花红村，贫困村名单见附表）</span><span style="font-size:21px;font-family:仿宋_GB2312">现有贫困人口</span><span style="font-size:21px">1.24</span><span style="font-size:21px;font-family:黑体">万户</span><span style="font-size:21px">4.09</span><span style="font-size:21px;font-family:黑体">万人，</span><span style="font-size:21px;font-family:仿宋_GB2312">贫困发生率为</span><span style="font-size:21px">16.68%</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">二、脱贫目标</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:楷体_GB2312">（一）总体目标</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">2017</span><span style="font-size:21px;font-family:黑体">年，</span><span style="font-size:21px;font-family:仿宋_GB2312">全县计划实现</span><span style="font-size:21px">0.6</span><span style="font-size:21px;font-family:仿宋_GB2312">万贫困人口脱贫，板沟村、新民村、石板村、洞口村、岩上村等</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">个贫困村出列，睦化、摆塘、交麻</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family: 仿宋_GB2312">个贫困乡</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">减贫摘帽</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2018</span><span style="font-size:21px;font-family:黑体">年，</span><span style="font-size:21px;font-family:仿宋_GB2312">全县计划实现</span><span style="font-size:21px">1.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万</span><span style="font-size:21px;font-family:仿宋_GB2312">贫困人口脱贫</span><span style="font-size:21px;font-family:仿宋_GB2312">，尅炳村、茅山村、磨谢村、杉木村、中塘村、长坡村、麻响村、打召村、纪堵村、鼠场村、湾河村等</span><span style="font-size:21px">11</span><span style="font-size:21px;font-family:仿宋_GB2312">个贫困村出列。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:楷体_GB2312">（二）细化目标</span>
</p>
<p style=";margin-bottom:0;text-indent:0;line-height:41px">
    <span style="font-size:21px">&nbsp;&nbsp;&nbsp; <strong>&nbsp;1.</strong></span><strong><span style="font-size:21px;font-family:黑体">易地扶贫搬迁。</span></strong><span style="font-size:21px;font-family: 仿宋_GB2312">十三五</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">期间，省、州下达我县易地扶贫搬迁任务为</span><span style="font-size:21px">5086</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">20402</span><span style="font-size:21px;font-family:仿宋_GB2312">人，搬迁人口中建档立卡贫困户</span><span style="font-size:21px">4321</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">16870</span><span style="font-size:21px;font-family:仿宋_GB2312">人，占搬迁人口的</span><span style="font-size:21px">82.69%</span><span style="font-size:21px;font-family:仿宋_GB2312">，其中：整组（寨）搬迁</span><span style="font-size:21px">1783</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7378</span><span style="font-size:21px;font-family:仿宋_GB2312">人，零星搬迁</span><span style="font-size:21px">3303</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">13024</span><span style="font-size:21px;font-family:仿宋_GB2312">人。按照</span><span style="font-size:21px">“2018</span><span style="font-size:21px;font-family:仿宋_GB2312">年全面完成搬迁任务的工作目标</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">这个时间节点，我县：</span><span style="font-size:21px"> </span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2016</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">计划搬迁</span><span style="font-size:21px">1297</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7000</span><span style="font-size:21px;font-family:仿宋_GB2312">人，其中建档立卡人口</span><span style="font-size:21px">5572</span><span style="font-size:21px;font-family:仿宋_GB2312">人。</span><span style="font-size:21px;font-family:黑体">完成情况：</span><span style="font-size: 21px;font-family:仿宋_GB2312">安置点共</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">个，涉及全县</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">镇</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">乡</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">街道，完成建设安置房</span><span style="font-size:21px">1469</span><span style="font-size:21px;font-family:仿宋_GB2312">套（其中：长寨街道</span><span style="font-size:21px">204</span><span style="font-size:21px;font-family:仿宋_GB2312">套、广顺镇</span><span style="font-size:21px">400</span><span style="font-size:21px;font-family:仿宋_GB2312">套、摆所镇</span><span style="font-size:21px">127</span><span style="font-size:21px;font-family:仿宋_GB2312">套、白云山镇</span><span style="font-size:21px">160</span><span style="font-size:21px;font-family:仿宋_GB2312">套、鼓扬镇</span><span style="font-size:21px">200</span><span style="font-size:21px;font-family:仿宋_GB2312">套、代化镇</span><span style="font-size:21px">258</span><span style="font-size:21px;font-family:仿宋_GB2312">套、敦操乡</span><span style="font-size:21px">120</span><span style="font-size:21px;font-family:仿宋_GB2312">套）。完成了移民搬迁入住</span><span style="font-size:21px">1469</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7832</span><span style="font-size:21px;font-family:仿宋_GB2312">人，完成省州下达任务</span><span style="font-size:21px">111.89%</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2017</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">计划搬迁</span><span style="font-size:21px">2294</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7644</span><span style="font-size:21px;font-family:仿宋_GB2312">人，其中建档立卡人口</span><span style="font-size:21px">7222</span><span style="font-size:21px;font-family:仿宋_GB2312">人），计划新建安置房</span><span style="font-size:21px">2122</span><span style="font-size:21px;font-family:仿宋_GB2312">套，共涉及安置点</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">个</span><span style="font-size:21px">:</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">长寨：</span><span style="font-size:21px">596</span><span style="font-size:21px;font-family:仿宋_GB2312">套</span><span style="font-size:21px">2470</span><span style="font-size:21px;font-family:仿宋_GB2312">人，总投资</span><span style="font-size:21px">1.06</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元，总用地面积</span><span style="font-size:21px">25938</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米，总建筑面积</span><span style="font-size:21px">39739</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">广顺：</span><span style="font-size:21px">1382</span><span style="font-size:21px;font-family:仿宋_GB2312">套</span><span style="font-size:21px">4620</span><span style="font-size:21px;font-family:仿宋_GB2312">人，总投资</span><span style="font-size:21px">2.61</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元，总用地面积</span><span style="font-size:21px">62819</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米，总建筑面积</span><span style="font-size:21px">94943</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">代化：</span><span style="font-size:21px">144</span><span style="font-size:21px;font-family:仿宋_GB2312">套</span><span style="font-size:21px">554</span><span style="font-size:21px;font-family:仿宋_GB2312">人，总投资</span><span style="font-size:21px">2997.4</span><span style="font-size:21px;font-family:仿宋_GB2312">万元，总用地面积</span><span style="font-size:21px">14055</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米，总建筑面积</span><span style="font-size:21px">11076</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2018</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">计划搬迁</span><span style="font-size:21px">1495</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">5758</span><span style="font-size:21px;font-family:仿宋_GB2312">人，其中贫困人口</span><span style="font-size:21px">4076</span><span style="font-size:21px;font-family:仿宋_GB2312">人。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">2.“</span></strong><strong><span style="font-size:21px;font-family:黑体">组组通</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:黑体">公路。</span></strong><span style="font-size: 21px;font-family:仿宋_GB2312">我县</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">组组通</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">公路三年计划总任务</span><span style="font-size:21px">1355.9</span><span style="font-size:21px;font-family:仿宋_GB2312">公里，总投资</span><span style="font-size:21px">8.14</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元。要求：</span><span style="font-size:21px">30</span><span style="font-size: 21px;font-family:仿宋_GB2312">户以上村民组通组公路路基宽度不得小于</span><span style="font-size:21px">4.5</span><span style="font-size: 21px;font-family:仿宋_GB2312">米、路面宽度不得小于</span><span style="font-size:21px">3.5</span><span style="font-size:21px;font-family: 仿宋_GB2312">米</span><span style="font-size:21px">,</span><span style="font-size:21px;font-family:仿宋_GB2312">水泥路面厚度不得小于</span><span style="font-size:21px">15</span><span style="font-size:21px;font-family: 仿宋_GB2312">厘米</span><span style="font-size:21px">,</span><span style="font-size:21px;font-family:仿宋_GB2312">沥青路面厚度不得小于</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family: 仿宋_GB2312">厘米，错车道每公里不得少于</span><span style="font-size: 21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">处。</span>
</p>
<p style="text-indent:43px;line-height:41px;text-autospace:none;vertical-align:middle">
    <span style="font-size: 21px">2017</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">实施通组公路硬化</span><span style="font-size:21px">265.41</span><span style="font-size:21px;font-family: 仿宋_GB2312">公里，总计投资</span><span style="font-size:21px">1.5925</span><span style="font-size:21px;font-family: 仿宋_GB2312">亿元，实现</span><span style="font-size:21px">133</span><span style="font-size:21px;font-family:仿宋_GB2312">个村民组通硬化路目标。</span><span style="font-size:21px;font-family:仿宋_GB2312">按照</span><span style="font-size:21px">9</span><span style="font-size:21px;font-family:仿宋_GB2312">月底前，完成</span><span style="font-size:21px">25%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上，</span><span style="font-size:21px">10</span><span style="font-size:21px;font-family:仿宋_GB2312">月底前，完成</span><span style="font-size:21px">50%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上，</span><span style="font-size:21px">11</span><span style="font-size:21px;font-family:仿宋_GB2312">月底前，完成</span><span style="font-size:21px">75%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上的进度要求，确保年底全部完工使用。</span>
</p>
<p style="text-indent:43px;line-height:41px;text-autospace:none;vertical-align:middle">
    <span style="font-size: 21px">2018</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">实施通组公路硬化</span><span style="font-size:21px">800</span><span style="font-size:21px;font-family:仿宋_GB2312">公里，总计投资</span><span style="font-size:21px">4.8</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元，实现</span><span style="font-size:21px">461</span><span style="font-size:21px;font-family:仿宋_GB2312">个村民组通硬化路目标。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2019</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">实施通组公路硬化</span><span style="font-size:21px">290.49</span><span style="font-size:21px;font-family:仿宋_GB2312">公里，总计投资</span><span style="font-size:21px">1.74</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元，实现</span><span style="font-size:21px">170</span><span style="font-size:21px;font-family:仿宋_GB2312">个村民组通硬化路，</span><span style="font-size:21px;font-family:仿宋_GB2312">并实现全县</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">组组通</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">公路目标。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">3.</span></strong><strong><span style="font-size:21px;font-family:黑体">扶贫产业</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:仿宋_GB2312">着力抓好以天农公司为引领，按照</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">公司</span><span style="font-size:21px">+</span><span style="font-size:21px;font-family:仿宋_GB2312">农户</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">模式，示范带动以长顺绿壳蛋鸡为主的禽类产业发展，</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2017</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">绿壳蛋鸡总存栏数达到</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312">万羽，带动</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">4200</span><span style="font-size:21px;font-family:仿宋_GB2312">人脱贫；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2018</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">绿壳蛋鸡总存栏数达到</span><span style="font-size:21px">2000</span><span style="font-size:21px;font-family:仿宋_GB2312">万羽，带动</span><span style="font-size:21px">2000</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">8500</span><span style="font-size:21px;font-family:仿宋_GB2312">人脱贫；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2019</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">绿壳蛋鸡总存栏数达到</span><span style="font-size:21px">3000</span><span style="font-size:21px;font-family:仿宋_GB2312">万羽，带动</span><span style="font-size:21px">3000</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">11000</span><span style="font-size:21px;font-family:仿宋_GB2312">人脱贫；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:仿宋_GB2312">同时，到</span><span style="font-size:21px">2019</span><span style="font-size:21px;font-family:仿宋_GB2312">年肉鸭存栏</span><span style="font-size:21px">500</span><span style="font-size:21px;font-family:仿宋_GB2312">万羽；着力建设以广顺镇为主的贵阳优质蔬菜保供基地，建成</span><span style="font-size:21px">500</span><span style="font-size:21px;font-family:仿宋_GB2312">亩规模以上蔬菜基地</span><span style="font-size:21px">24</span><span style="font-size:21px;font-family:仿宋_GB2312">个；着力建设加快发展以刺梨为主导的中药材产业，建成以金银花为主的</span><span style="font-size:21px">3000</span><span style="font-size:21px;font-family: 仿宋_GB2312">亩的全省大健康产业发展基地，到</span><span style="font-size:21px">2019</span><span style="font-size:21px;font-family: 仿宋_GB2312">年底新增发展中药材</span><span style="font-size:21px">13300</span><span style="font-size:21px;font-family:仿宋_GB2312">亩，</span><span style="font-size:21px;font-family:仿宋_GB2312">发展刺梨种植面积达到</span><span style="font-size:21px">9.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万亩；着力发展苹果种植</span><span style="font-size:21px">8</span><span style="font-size:21px;font-family:仿宋_GB2312">万亩，葡萄种植</span><span style="font-size:21px">4.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万亩等。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">4.</span></strong><strong><span style="font-size:21px;font-family:黑体">危房改造。</span></strong><span style="font-size:21px">2017</span><span style="font-size:21px;font-family: 仿宋_GB2312">年，完成农村危房改造</span><span style="font-size:21px">2144</span><span style="font-size:21px;font-family: 仿宋_GB2312">户。</span><span style="font-size:21px">2018</span><span style="font-size:21px;font-family: 仿宋_GB2312">年，完成农村危房改造</span><span style="font-size:21px">1598</span><span style="font-size:21px;font-family: 仿宋_GB2312">户。针对</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family:仿宋_GB2312">类重点危房对象按照一级补助</span><span style="font-size:21px">3.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户，二级补助</span><span style="font-size:21px">1.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户，三级补助</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">万元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户。其他危房户一级补助</span><span style="font-size:21px">5000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户，二级补助</span><span style="font-size:21px">3000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户，三级补助</span><span style="font-size:21px">2000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">5.</span></strong><strong><span style="font-size:21px;font-family:黑体">医疗扶贫。</span></strong><span style="font-size:21px;font-family:黑体">一是</span><span style="font-size:21px;font-family:仿宋_GB2312">降低贫困群众看病的负担。扩大报销范围，将</span><span style="font-size:21px">19</span><span style="font-size:21px;font-family:仿宋_GB2312">项残疾人医疗康复项目和远程医疗收费全部纳入基本医保，将</span><span style="font-size:21px">41</span><span style="font-size:21px;font-family:仿宋_GB2312">种慢病门诊费用纳入大病保险。提高补偿比例，全县建档立卡贫困人口新农合门诊、住院报销比例提高</span><span style="font-size:21px">5%</span><span style="font-size:21px;font-family:仿宋_GB2312">，乡村两级普通门诊报销比例提高到</span><span style="font-size:21px">90%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上。提高大病保险赔付比，大病保险补偿比例提高到</span><span style="font-size:21px">60%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上；对慢性病患者开展基本医保</span><span style="font-size:21px">+</span><span style="font-size:21px;font-family:仿宋_GB2312">大病保险</span><span style="font-size:21px">+</span><span style="font-size:21px;font-family:仿宋_GB2312">民政医疗救助（计生扶助）</span><span style="font-size:21px">+</span><span style="font-size:21px;font-family:仿宋_GB2312">精准医疗救助</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">四重保障</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">报销比达</span><span style="font-size:21px">90%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上。</span><span style="font-size:21px;font-family:黑体">二是</span><span style="font-size:21px;font-family:仿宋_GB2312">提升医疗卫生服务质量。在</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family:仿宋_GB2312">年实现本专科层次农村订单定向免费培养医学生</span><span style="font-size:21px">14</span><span style="font-size:21px;font-family:仿宋_GB2312">人以上；分批安排贫困村乡村医生</span><span style="font-size:21px;font-family:仿宋_GB2312">组织</span><span style="font-size:21px;font-family:仿宋_GB2312">开展</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family:仿宋_GB2312">期</span><span style="font-size:21px;font-family:仿宋_GB2312">以上</span><span style="font-size:21px;font-family:仿宋_GB2312">医疗质量培训班</span><span style="font-size:21px;font-family:仿宋_GB2312">；</span><span style="font-size:21px;font-family:仿宋_GB2312">每年组织不少于</span><span style="font-size:21px">10</span><span style="font-size:21px;font-family:仿宋_GB2312">名县级人才到乡镇服务</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">年以上。</span><span style="font-size:21px;font-family:黑体">三是</span><span style="font-size:21px;font-family:仿宋_GB2312">完善医疗卫生体系建设。着力推进乡镇卫生院设备采购、</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">五室</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">建设，</span><span style="font-size:21px">2019</span><span style="font-size:21px;font-family:仿宋_GB2312">年</span><span style="font-size:21px">50%</span><span style="font-size:21px;font-family:仿宋_GB2312">中心乡镇卫生院达到二级综合医院标准。</span><span style="font-size:21px;font-family:黑体">四是</span><span style="font-size:21px;font-family:仿宋_GB2312">全面</span><span style="font-size:21px;font-family:仿宋_GB2312">提升公共卫生水平</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span><span style="font-size:21px;font-family:仿宋_GB2312">加强重点传染病、多发病、流行病预防控制</span><span style="font-size:21px;font-family:仿宋_GB2312">，</span><span style="font-size:21px;font-family: 仿宋_GB2312">全面铺开免费孕前优生健康检查，实现贫困户孕前检查、</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两癌</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">筛查覆盖率达</span><span style="font-size:21px">100%</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">6.</span></strong><strong><span style="font-size:21px;font-family:黑体">旅游扶贫。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">通过景区带动旅游扶贫工程、乡村旅游扶贫工程、引导贫困户进行特色旅游商品开发和销售、</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">旅游</span><span style="font-size:21px">+”</span><span style="font-size:21px;font-family:仿宋_GB2312">多产业融合发展扶贫工程、实施旅游结对帮扶工程、实施旅游标准化建设工程、旅游教育培训扶贫工程等建设，带动贫困人口就近就地就业，实现增收脱贫。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">7.</span></strong><strong><span style="font-size:21px;font-family:黑体">电商扶贫。</span></strong><span style="font-size:21px;font-family:黑体">一是</span><span style="font-size:21px;font-family:仿宋_GB2312">加快贫困地区电商服务网点建设，</span><span style="font-size:21px">2018</span><span style="font-size:21px;font-family:仿宋_GB2312">年实现贫困村电商服务站全覆盖，</span><span style="font-size:21px">2020</span><span style="font-size:21px;font-family:仿宋_GB2312">年全县每个行政村至少建设一个电子商务服务站（点）。</span><span style="font-size:21px;font-family:黑体">二是</span><span style="font-size:21px;font-family:仿宋_GB2312">在现有苏宁易购、贵农网等平台的基础上，积极引进与阿里巴巴、京东、电商云等知名电商平台入驻长顺。</span><span style="font-size:21px;font-family:黑体">三是</span><span style="font-size:21px;font-family:仿宋_GB2312">大力实施人才培训工程，创建电商扶贫人才培训和实践基地。</span><span style="font-size:21px;font-family:黑体">四是</span><span style="font-size:21px;font-family:仿宋_GB2312">将电商扶贫纳入扶贫小额信贷支持范围，对开办网店、从事网货生产销售的贫困户和带动贫困户生产销售的企业、给予免抵押、免担保、</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">万元以下、三年以内的小额信贷支持</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">三、深度贫困情况</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px;font-family:楷体_GB2312">（一）极贫乡镇：</span></strong><strong><span style="font-size:21px">1</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">个</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">（代化镇，目前建档立卡贫困户</span><span style="font-size:21px">1898</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7683</span><span style="font-size:21px;font-family:仿宋_GB2312">人，贫困发生率</span><span style="font-size:21px">29%</span><span style="font-size:21px;font-family:仿宋_GB2312">，</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family:仿宋_GB2312">年计划脱贫</span><span style="font-size:21px">453</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">1884</span><span style="font-size:21px;font-family:仿宋_GB2312">人，原睦化乡</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">减贫摘帽</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">，力争朱场、打朝两个贫困村出列）</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px;font-family:楷体_GB2312">（二）深度贫困村：</span></strong><strong><span style="font-size:21px">24</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">个（具体情况见附表）</span></strong>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">长寨街道</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family:仿宋_GB2312">个：磨油村、杉木村、牛坡村、</span> <span style="font-size:21px;font-family:仿宋_GB2312">长江村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">广顺镇</span><span style="font-size:21px">2</span><span style="font-size:21px;font-family:仿宋_GB2312">个：鼠场村、湾河村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">摆所镇</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family:仿宋_GB2312">个</span> <span style="font-size:21px;font-family:仿宋_GB2312">：城伍村、热水村、茅山村、翁拉村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">4.</span><span style="font-size:21px;font-family:仿宋_GB2312">鼓扬镇</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">个：纪堵村、长易村、交麻村、翁落村、新关村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">5.</span><span style="font-size:21px;font-family:仿宋_GB2312">代化镇</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">个：斗篷冲村、麻响村、纳傍村、朱场村、斗省村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">6.</span><span style="font-size:21px;font-family:仿宋_GB2312">白云山镇</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">个：烂山村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">7.</span><span style="font-size:21px;font-family:仿宋_GB2312">敦操乡</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">个：打召村、斗麻村、敦操村。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px;font-family:楷体_GB2312">（三）深度贫困人口</span></strong>
</p>
<p style="text-indent: 55px;line-height: 41px">
    <span style="font-size:21px">6303</span><span style="font-size:21px;font-family:仿宋_GB2312">户，</span><span style="font-size:21px">25039</span><span style="font-size:21px;font-family:仿宋_GB2312">人（其中代化</span><span style="font-size:21px">1905</span><span style="font-size:21px;font-family:仿宋_GB2312">户，</span><span style="font-size:21px">7711</span><span style="font-size:21px;font-family:仿宋_GB2312">人）</span>
</p>
<p>
    <span style="font-size:21px;font-family:&#39;Times New Roman&#39;,serif"><br/> </span>
</p>
<p style="text-align:center">
    <span style="font-size: 24px;font-family: 方正小标宋简体">长顺县</span><span style="font-size: 24px">2017-2019</span><span style="font-size: 24px;font-family: 方正小标宋简体">年出列村基本情况</span>
</p>
<p>
    <strong> </strong>
</p>
<table>
    <tbody>
        <tr style=";height:28px" class="firstRow">
            <td width="69" rowspan="2" style="border-width: 1px; border-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">出列年度</span>
                </p>
            </td>
            <td width="76" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">乡镇</span>
                </p>
            </td>
            <td width="132" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困村</span>
                </p>
            </td>
            <td width="93" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style=";font-family:   黑体">总人口数</span>
                </p>
            </td>
            <td width="109" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困人口</span>
                </p>
            </td>
            <td width="114" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困发生率</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:23px">
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="69" rowspan="5" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px">2017<br/> &nbsp; </span><span style="font-size:16px;font-family:方正小标宋简体">（</span><span style="font-size:16px">5</span><span style="font-size:   16px;font-family:方正小标宋简体">个）</span>
                </p>
            </td>
            <td width="76" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">长寨街道</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">板沟村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3180</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1050</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">33.02 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">新民村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1792</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">259</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">14.45 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">鼓扬镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">岩上村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2913</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">584</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">20.05 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">广顺镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">石板村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3678</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">733</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">19.93 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">洞口村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4125</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">501</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">12.15 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="69" rowspan="22" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px">2018<br/> &nbsp; </span><span style="font-size:16px;font-family:方正小标宋简体">（</span><span style="font-size:16px">22</span><span style="font-size:   16px;font-family:方正小标宋简体">个）</span>
                </p>
            </td>
            <td width="76" rowspan="10" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">长寨街道</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">雷坝村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4226</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">853</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">20.18 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">长江村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1122</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">488</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">43.49 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">中堂村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2671</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">517</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">19.36 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">磨谢村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1645</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">248</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">15.08 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">磨油村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1341</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">324</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">24.16 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">杉木村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1395</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">373</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">26.74 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">生联村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2265</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">450</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">19.87 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">上洪村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2439</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">242</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">9.92 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">长坡村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1988</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">431</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">21.68 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">牛坡村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">861</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">353</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">41.00 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">广顺镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">鼠场村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2289</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">614</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">26.82 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">湾河村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2971</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">643</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">21.64 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" style="border-top: none; border-bottom: none; border-left: none; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">白云山</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">金山村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2836</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">912</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">32.16 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" rowspan="4" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">摆所镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">城伍村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3384</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1326</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">39.18 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">五星村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4382</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">606</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">13.83 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">热水村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4767</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1103</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">23.14 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">克炳村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3603</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">920</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">25.53 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">鼓扬镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">纪堵村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1805</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">752</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">41.66 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" rowspan="3" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">代化镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">朱场村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2331</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">757</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">32.48 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">纳傍村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1763</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">690</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">39.14 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">打朝村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4381</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">813</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">18.56 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:26px">
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">敦操乡</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">敦操村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4963</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1526</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">30.75 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
    </tbody>
</table>
<p>
    <span style="font-size:21px;font-family:&#39;Times New Roman&#39;,serif"><br/> </span>
</p>
<p style="text-align:center">
    <span style="font-size: 24px;font-family: 方正小标宋简体">长顺县</span><span style="font-size: 24px">2017-2019</span><span style="font-size: 24px;font-family: 方正小标宋简体">年出列村基本情况</span>
</p>
<p>
    <strong> </strong>
</p>
<table>
    <tbody>
        <tr style=";height:41px" class="firstRow">
            <td width="69" rowspan="2" style="border-width: 1px; border-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">出列年度</span>
                </p>
            </td>
            <td width="75" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">乡镇</span>
                </p>
            </td>
            <td width="131" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困村</span>
                </p>
            </td>
            <td width="92" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style=";font-family:   黑体">总人口数</span>
                </p>
            </td>
            <td width="108" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困人口</span>
                </p>
            </td>
            <td width="75" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困发生率</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:33px">
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="69" rowspan="11" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px">2019<br/> &nbsp; </span><span style="font-size:16px;font-family:方正小标宋简体">（</span><span style="font-size:16px">11</span><span style="font-size:   16px;font-family:方正小标宋简体">个）</span>
                </p>
            </td>
            <td width="75" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">摆所镇</span>
                </p>
            </td>
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">茅山村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2929</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">792</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">27.04 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">翁拉村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1419</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">895</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">63.07 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="75" rowspan="4" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">鼓扬镇</span>
                </p>
            </td>
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">长易村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">932</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">350</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">37.55 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">交麻村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2585</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">771</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">29.83 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">翁落村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">782</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">425</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">54.35 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">新关村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1353</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">457</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">33.78 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="75" rowspan="3" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">代化镇</span>
                </p>
            </td>
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">斗省村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3850</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1697</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">44.08 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">斗蓬冲村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1758</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">713</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">40.56 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">麻响村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2664</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">778</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">29.20 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="75" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">敦操乡</span>
                </p>
            </td>
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">打召村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4129</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">704</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">17.05 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:37px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">斗麻村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1366</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">599</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">43.85 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
    </tbody>
</table>
<p>
    <span style="font-size:21px;font-family:&#39;Times New Roman&#39;,serif"><br/> </span>
</p>
<p style="text-align:center">
    <span style="font-size: 24px;font-family: 方正小标宋简体">长顺县</span><span style="font-size: 24px">2017</span><span style="font-size: 24px;font-family: 方正小标宋简体">年深度贫困村、极贫乡镇基本情况</span>
</p>
<table>
    <tbody>
        <tr style=";height:24px" class="firstRow">
            <td width="82" rowspan="2" style="border-width: 1px; border-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">乡镇</span>
                </p>
            </td>
            <td width="143" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">深度贫困村</span>
                </p>
            </td>
            <td width="235" colspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">当前贫困人口</span>
                </p>
            </td>
            <td width="124" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困发生率</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:宋体">户</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:宋体">人</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:6px">
            <td width="82" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">白云山</span>
                </p>
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">1</span><span style="font-size:15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">烂山村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">220</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">772</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">27.32%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="4" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">摆所</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">（</span><span style="font-size:15px;color:windowtext">4</span><span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">城伍村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">240</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">834</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">25.92%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">热水村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">260</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">1003</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">26.26%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">茅山村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">244</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">890</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">32.96%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">翁拉村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">217</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">841</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">59.43%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="4" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">长寨</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">（</span><span style="font-size:15px;color:windowtext">4</span><span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">磨油村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">122</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">458</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">39.15%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">杉木村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">105</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">367</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">32.91%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">长坡村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">104</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">367</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">19.31%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">牛坡村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">74</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">264</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">29.50%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="5" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">代化</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">5</span><span style="font-size:   15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">斗省村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">561</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">2485</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">66.53%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">朱场村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">166</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">626</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">26.86%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">斗蓬冲村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">187</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">777</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">46.00%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">麻响村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">180</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">725</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">28.49%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">纳傍村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">161</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">657</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">38.20%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="3" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">敦操</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">3</span><span style="font-size:   15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">打召村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">177</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">729</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">28.78%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">斗麻村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">112</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">493</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">35.62%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">敦操村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">274</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">1074</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">22.58%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="5" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">鼓扬</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">5</span><span style="font-size:   15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">纪堵村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">163</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">639</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">43.44%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">长易村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">81</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">338</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">56.05%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">交麻村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">172</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">693</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">33.06%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">翁落村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">85</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">397</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">58.30%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">新关村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">105</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">451</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">40.85%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="2" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">广顺</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">2</span><span style="font-size:   15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">鼠场村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">205</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">757</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">30.86%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">湾河村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">183</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">691</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">22.14%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px;font-family:宋体">小计</span></strong>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">24</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">4398</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">17328</span></strong>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">33.79%</span></strong>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="225" colspan="2" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px;font-family:宋体">极贫乡镇（代化镇）</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">1905</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">7711</span></strong>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">29.84%</span></strong>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="225" colspan="2" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px;font-family:宋体">合计</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">6303</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">25039</span></strong>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">31.81%</span></strong>
                </p>
            </td>
        </tr>
    </tbody>
</table>
<p>
    <span style="font-size:21px;font-family:&#39;Times New Roman&#39;,serif"><br/></span>
</p>
<p>
    <br/>
</p>`
        }
      },
      {
        node: {
          id: 3,
          title: '脱贫户“脱贫”、贫困村“退出”、贫困乡镇“摘帽”标准',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">（一）贫困户</span></strong><strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">脱贫</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">标准：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">实现</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">一达标、两不愁、三保障</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style="text-indent:43px;line-height:35px">
    <strong><span style="font-size: 21px;font-family:仿宋_GB2312">七种不能脱：</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">一是</span></strong><span style="font-size:21px;font-family: 仿宋_GB2312">收入不达标的不能脱贫（</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family: 仿宋_GB2312">年预测</span><span style="font-size:21px">3335</span><span style="font-size:21px;font-family: 仿宋_GB2312">元）；<strong>二是</strong>饮水安全得不到保障的不能脱贫；<strong>三是</strong>教育达不到保障的不能脱贫，即：贫困户子女因贫造成辍学的不能脱贫，贫困户子女因为贫困未能完成</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">普九</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">教育或</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">普九</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">阶段外（含大学、本（专）科、高中、高职、中职学业阶段）未获得教育资助的不能脱贫；<strong>四是</strong>医疗得不到保障的不能脱贫，即：没有落实</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">四重</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">医疗保障的患病贫困户不能脱贫；<strong>五是</strong>住房无保障的不能脱，即：无房户及住建部登记的</span><span style="font-size:21px">C</span><span style="font-size:21px;font-family:仿宋_GB2312">级、</span><span style="font-size:21px">D</span><span style="font-size:21px;font-family:仿宋_GB2312">级危房户不能脱贫，且危房改造户建筑面积不能低于人均</span><span style="font-size:21px">13</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米，是危房且纳入易地扶贫搬迁但当年没有实际搬迁的不能脱贫；<strong>六是</strong>当年识别、因灾返贫致贫的不能脱贫；<strong>七是</strong>未落实帮扶措施的不能脱贫，即：对当年拟脱贫的贫困户未落实帮扶措施的（帮扶措施至少</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">次以上）不能脱贫。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size: 21px;font-family:仿宋_GB2312">（二）贫困村</span></strong><strong><span style="font-size: 21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">退出</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">标准</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">根据贫困发生率下降到</span><span style="font-size:21px">3%</span><span style="font-size:21px;font-family:仿宋_GB2312">；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">村级集体经济累计完成达</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">万元以上并在上一年的基础上增长</span><span style="font-size:21px">10%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">要有</span><span style="font-size:21px">1-2</span><span style="font-size:21px;font-family:仿宋_GB2312">个主导产业（主导产业覆盖贫困户</span><span style="font-size:21px">60%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上）</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-size:21px">4.</span><span style="font-size:21px;font-family:仿宋_GB2312">基础设施得到较大改善（计划出列村通组道路硬化率达</span><span style="font-size:21px">100%</span><span style="font-size:21px;font-family: 仿宋_GB2312">，全村户户吃上安全自来水，全村看不得危房、破烂房，村委会通宽带网络）；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-size:21px">5.</span><span style="font-size:21px;font-family:仿宋_GB2312">基本公共服务要得到较大提升（村级卫生室正常开展工作，要有基本的药品，切实解决群众看病难的问题；村级办公服务窗口满足群众办事的需要，要实现坐班制）。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size: 21px;font-family:仿宋_GB2312">（三）贫困乡镇</span></strong><strong><span style="font-size: 21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">摘帽</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">标准</span></strong>
</p>
<p style="text-indent:43px;line-height:35px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">贫困发生率下降</span><span style="font-size:21px">4.3</span><span style="font-size:21px;font-family:仿宋_GB2312">个百分点以上；</span>
</p>
<p style="text-indent:41px;line-height:35px">
    <span style="font-size:21px;letter-spacing:-1px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-1px">农村居民可支配收入达到全省平均水平。</span>
</p>
<p>
    <br/>
</p>`
        }
      },
      {
        node: {
          id: 4,
          title: '脱贫户“脱贫”、贫困村“退出”、贫困乡镇“摘帽”流程',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size: 21px;font-family:仿宋_GB2312">（一）贫困人口</span></strong><strong><span style="font-size: 21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">脱贫</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">程序</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">1.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">村民小组提名。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">村民小组根据对贫困户的帮扶措施落实情况和帮扶效果，结合贫困户脱贫认定标准，向所在村民委员会提出拟脱贫认定贫困户名单。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">2.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">村</span></strong><strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family: 仿宋_GB2312">两委</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family: 仿宋_GB2312">和驻村工作队核实。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">根据村民小组提出的拟脱贫认定贫困户名单，由村支</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两委</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">、村</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">第一书记</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">、扶贫工作队</span><span style="font-size:21px">(</span><span style="font-size:21px;font-family:仿宋_GB2312">组</span><span style="font-size:21px">)</span><span style="font-size:21px;font-family:仿宋_GB2312">、驻村干部和村民代表共同初审确定全村拟脱贫认定贫困户名单，并组成</span><span style="font-size:21px">5-7</span><span style="font-size:21px;font-family:仿宋_GB2312">人<span style="letter-spacing:-1px">的入户调查组开展入户调查（每组必须有</span></span><span style="font-size:21px;letter-spacing:-1px">1-2</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-1px">名村民代表），对每个拟脱贫认定贫困户进行人均可支配收入调查和</span><span style="font-size: 21px;letter-spacing:-1px">“</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-1px">四看法</span><span style="font-size:21px;letter-spacing:-1px">”</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing: -1px">综合评估。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">3.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">拟退出贫困户认可。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">经村支</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两委</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">入户核查，拟退出贫困户达到当年的退出标准，同意按程序退出。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">4.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">在村内公示无异议后公告退出。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">由村民委员会召开村民代表大会对每个拟退出贫困户及入户调查情况进行评议，对评议结果进行公示。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">5.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">报乡镇人民政府核准。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">乡镇人民政府组织扶贫工作站等单位对村支</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两委</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">上报的贫困户退出认定名单及材料进行核查，核查中须按</span><span style="font-size:21px">3-5%</span><span style="font-size:21px;font-family: 仿宋_GB2312">的比例对拟脱贫认定贫困户进行抽查。由乡镇人民政府核准，报县级扶贫开发领导小组备案。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">6.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">签字背书确认并在建档立卡贫困人口中销号。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">由贫困户所在乡镇党委和政府主要负责人，乡镇扶贫工作站主要负责人，村党支部书记和村委会主任，村</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">第一书记</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">，驻村工作队（组）主要负责人，贫困户签字背书确认退出。同时在</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">扶贫云</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">建档立卡系统中标识。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-size:21px;font-family:仿宋_GB2312">签字日期的逻辑关系：应严格按照公示不低于</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">天的工作程序开展工作，即贫困户签字确认退出，村级核查后进行</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">天公示（公示期间村级签字），报乡镇抽查后进行乡镇级公示</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">天（乡镇级签字），报县公告</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">天后批复确认。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size: 21px;font-family:仿宋_GB2312">（二）贫困村</span></strong><strong><span style="font-size: 21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">退出</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">程序</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">1.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">贫困村申请。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">按照国家和省定贫困村退出标准，统筹考虑村内基础设施、基本公共服务、产业发展、集体经济收入等综合因素，贫困村开展自查，提出贫困村退出申请。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">2.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">乡镇审批。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">乡镇人民政府组织对达到退出标准的贫困村进行审核认定。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">3.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">县级核准。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">乡镇审核认定后，报县级扶贫开发领导小组核准。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">4.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">签字背书。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">联系贫困村的县和乡镇领导，乡镇扶贫工作站负责人，村党支部书记和村委会主任，村</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">第一书记</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">，驻村工作队（组）主要负责人签字背书确认退出。同时在</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">扶贫云</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">建档立卡系统中标识确认。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">5.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">省州级备案。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">经乡镇人民政府批复认定退出的贫困村，以县为单位上报州扶贫开发领导小组备案，州汇总后，以州为单位上报省扶贫开发领导小组备案。</span>
</p>
<p style=";margin-bottom:0;text-indent:41px;line-height:35px">
    <span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing: -0">签字日期的逻辑关系：应严格按照公示不低于</span><span style="font-size:21px;letter-spacing:-0">7</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-0">天的工作程序开展工作，村</span><span style="font-size:21px;letter-spacing:-0">→</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-0">镇乡</span><span style="font-size:21px;letter-spacing:-0">→</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-0">县三级签字认定时间应分别间隔</span><span style="font-size:21px;letter-spacing:-0">7</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-0">天。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size: 21px;font-family:仿宋_GB2312">（三）贫困乡镇</span></strong><strong><span style="font-size: 21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">摘帽</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">程序</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">1.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">乡镇申请。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">根据省定贫困乡镇退出标准，乡镇人民政府组织开展自查，向所在县级扶贫开发领导小组提出退出申请。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">2.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">县级审核认定。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">县级扶贫开发领导小组组织县级相关部门人员对拟退出贫困乡镇进行审核并公示，公示无异议后，公告退出。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">3.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">签字背书。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">联系贫困乡镇的州和县领导，县扶贫局主要负责人，乡镇党委和政府主要负责人，乡镇扶贫工作站主要负责人签字背书确认。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">4.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">省州备案。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">经县级扶贫开发领导小组审批认定退出的贫困乡镇，以州级扶贫开发领导小组为单位汇总后报省级扶贫开发领导小组备案。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-size:21px;font-family:仿宋_GB2312">签字背书时间：镇乡公示时间为</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">天，县级公告为</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">天，每一级签字时间间隔最低为</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">天。</span>
</p>
<p>
    <br/>
</p>`
        }
      },
      {
        node: {
          id: 5,
          title: '评估验收标准',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p>
    <br/>
</p>
<p style="text-indent:43px;line-height:35px">
    <span style="font-size:21px;font-family:仿宋_GB2312">在</span><strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">一达标</span></strong><strong><span style="font-size:21px">”</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">上，要把产业帮扶、务工情况和农产品价格、成本、收益摸清楚，帮助群众全面算清收入账，确保稳定增收并超过贫困线（</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family: 仿宋_GB2312">年预计为</span><span style="font-size:21px">3335</span><span style="font-size:21px;font-family: 仿宋_GB2312">元）。在</span><span style="font-size:21px">“</span><strong><span style="font-size:21px;font-family:仿宋_GB2312">两不愁</span></strong><strong><span style="font-size:21px">”</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">上，要做到米缸里随时装满大米，解决贫困户饮水困难、安全问题；衣柜里随时有四季衣服。在</span><strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">三保障</span></strong><strong><span style="font-size:21px">”</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">上，</span><strong><span style="font-size:21px;font-family:仿宋_GB2312">一是</span></strong><span style="font-size:21px;font-family: 仿宋_GB2312">必须全面消除烂房和破房，对漏雨的房屋都要有整治措施，确保检查验收前入住安全住房；<strong>二是</strong>必须确保每个学生都能上学，坚决防止因学致贫、因贫辍学，对贫困家庭辍学学生要做好劝返工作；<strong>三是</strong>实现建档立卡贫困人口参合率达</span><span style="font-size:21px">100%</span><span style="font-size:21px;font-family: 仿宋_GB2312">，并落实</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">四重医疗保障</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">，患重大疾病病人得到救治，报销比例达到政策要求。</span>
</p>
<p style="text-indent:43px;line-height:35px">
    <strong><span style="font-size: 21px;font-family:仿宋_GB2312">在</span></strong><strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">两率一度</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">上：</span></strong>
</p>
<p style="text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">1.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">错评率或漏评率不大于</span></strong><strong><span style="font-size:21px">1%</span></strong><strong><span style="font-size:21px;font-family: 仿宋_GB2312">，</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">即：不该纳入的坚决一户不纳入，该纳入的一户不漏。</span>
</p>
<p style="text-indent:43px;line-height:35px">
    <strong><span style="font-size:21px">2.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">错退率不大于</span></strong><strong><span style="font-size:21px">2%</span></strong><strong><span style="font-size:21px;font-family: 仿宋_GB2312">。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">凡出现下列情况之一的，视为<strong>错退</strong>：家庭年人均纯收入低于国家扶贫标准（</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family: 仿宋_GB2312">年预计为</span><span style="font-size:21px">3335</span><span style="font-size:21px;font-family: 仿宋_GB2312">元）、现住房为危房或无住房的、家中有义务教育阶段学生因贫辍学的、饮水不安全或未达到国家要求的、当年识别当年脱贫的。凡出现下列情况的，视为</span><strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family: 仿宋_GB2312">被脱贫</span></strong><strong><span style="font-size:21px">”</span></strong><span style="font-size:21px;font-family: 仿宋_GB2312">：贫困户不知道已脱贫的、不清楚脱贫程序和脱贫标准的、不同意脱贫的、没有得到任何帮扶或参与项目未受益的。</span>
</p>
<p style="text-indent: 43px; line-height: 35px;">
    <strong><span style="font-size:21px">3.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">帮扶认可度或满意度必须达</span></strong><strong><span style="font-size:21px">90%</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">以上。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">凡出现下列情况之一的，视为<strong>不满意</strong>的情况：不知道帮扶责任人或驻村干部（含第一书记）是谁的（没有安排第一书记或驻村干部的村，只询问帮扶责任人情况）；帮扶措施没有与贫困户商量制定的；没有帮扶计划或帮扶计划与致贫原因不符的；没有实施任何帮扶项目的；帮扶措施没有效果的。工作中要重点关注贫困户收入有无明显变化，退出是否认可，对工作成效是否满意，对帮扶干部是否满意。</span>
</p>`
        }
      },
      {
        node: {
          id: 6,
          title: '易地搬迁扶贫政策',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">搬迁对象和规模：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">搬迁对象主要是居住在</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">一方水土养不起一方人</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">地区的农村建档立卡贫困人口。对贫困发生率</span><span style="font-size: 21px">50%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上、</span><span style="font-size:21px">50</span><span style="font-size: 21px;font-family:仿宋_GB2312">户以下的自然村寨优先实施整体搬迁。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">补助标准：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">我省</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">十三五</span><span style="font-size: 21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">期间易地扶贫搬迁住房建设实行差别化补助和奖励政策：建档立卡贫困人口人均住房补助</span><span style="font-size:21px">2</span><span style="font-size:21px;font-family: 仿宋_GB2312">万元，非贫困人口人均住房补助</span><span style="font-size:21px">1.2</span><span style="font-size:21px;font-family:仿宋_GB2312">万元；签订旧房拆除协议并按期拆除的，人均奖励</span><span style="font-size:21px">1.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万元。鳏寡孤独残（无生活来源、无劳动能力、无法定抚养义务人的</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">三无人员</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">）等特困户先由民政供养服务机构进行安置，民政供养服务机构不能安置的，再由政府根据家庭实际人口统一提供相应的安置房，免费居住，产权归政府所有。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">建设标准：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">按照</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">保障基本</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">的原则，防止贫困农户因搬迁负债而影响脱贫，城镇安置的人均不超过</span><span style="font-size:21px">20</span><span style="font-size:21px;font-family: 仿宋_GB2312">平方米，每户住房面积根据家庭实际人口合理确定。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">办理流程：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">选定搬迁对象目标区域</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">公布搬迁条件</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">普查筛选搬迁对象</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">群众申请</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">入户核实</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">村民小组评议</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">村委复议公示</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">乡镇</span><span style="font-size: 21px">(</span><span style="font-size:21px;font-family:仿宋_GB2312">街道</span><span style="font-size:21px">)</span><span style="font-size:21px;font-family: 仿宋_GB2312">政府</span><span style="font-size:21px">(</span><span style="font-size:21px;font-family:仿宋_GB2312">办事处</span><span style="font-size: 21px">)</span><span style="font-size:21px;font-family:仿宋_GB2312">复核再公示</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">县级部门初审</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">州级审批</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">省抽查确认。</span>
</p>
<p>
    <br/>
</p>`
        }
      },
      {
        node: {
          id: 7,
          title: '教育精准扶贫政策',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">享受对象：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">在普通高中、中职学校、普通高校（不含研究生阶段）就读，具有全日制学历教育正式学籍和我省户籍的农村建档立卡贫困户子女。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">资助项目</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">除执行国家助学金和免学费政策外，贵州省增加以下教育精准扶贫学生资助项目</span><span style="font-size:21px">:</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">1.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">普通高中（</span></strong><span style="font-size:21px">1900</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family: 仿宋_GB2312">生</span><span style="font-size:21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年<strong>）</strong></span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">）扶贫专项助学金，标准为</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年；</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">2</span><span style="font-size:21px;font-family:仿宋_GB2312">）免教科书费，标准为</span><span style="font-size:21px">400</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年；</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">）免住宿费，标准为</span><span style="font-size:21px">500</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">2.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">中职学校（一、二年级）（</span></strong><span style="font-size:21px">1900</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年<strong>）</strong></span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">）扶贫专项助学金，标准为</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年；</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">2</span><span style="font-size:21px;font-family:仿宋_GB2312">）免教科书费，标准为</span><span style="font-size:21px">400</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年；</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">）免住宿费，标准为</span><span style="font-size:21px">500</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">3.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">普通高校（本科：</span></strong><span style="font-size:21px">4830</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年；<strong>专科：</strong></span><span style="font-size:21px">4500</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family: 仿宋_GB2312">生</span><span style="font-size:21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年<strong>）</strong></span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">）扶贫专项助学金，标准为</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年；</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">2</span><span style="font-size:21px;font-family:仿宋_GB2312">）免学费，标准为本科</span><span style="font-size:21px">3830</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size: 21px">•</span><span style="font-size:21px;font-family:仿宋_GB2312">年、专科</span><span style="font-size:21px">(</span><span style="font-size:21px;font-family: 仿宋_GB2312">高职</span><span style="font-size:21px">)3500</span><span style="font-size:21px;font-family:仿宋_GB2312">元</span><span style="font-size: 21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">生</span><span style="font-size:21px">•</span><span style="font-size:21px;font-family: 仿宋_GB2312">年。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">办理流程：</span></strong>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">1.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">省内学校：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">已获得过资助的农村建档立卡贫困学生，入学报到时直接按资助标准免除国家免学费和贵州省教育精准扶贫学生资助免学费、教科书费、住宿费资助项目的费用。农村建档立卡一年级贫困新生凭县级扶贫部门发放的具有二维码标识的</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">贵州省贫困户登记卡</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">和录取通知书，入学报到时直接按资助标准免除国家免学费和贵州省教育精准扶贫学生资助免学费、教科书费、住宿费资助项目的费用。扶贫专项助学金资助项目由学校在每年秋季学期开学后一个月内，通过学生资助卡发放。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">&nbsp;</span></strong><strong><span style="font-size:21px">2.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">省外学校：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">已获得过资助的农村建档立卡贫困学生凭就读学校盖章的申请表，农村建档立卡一年级贫困新生凭县级扶贫部门发放的具有二维码标识的</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">贵州省贫困户登记卡</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">和录取学校盖章的申请表，在每年秋季学期开学后一个月内，到户籍所在地县级教育局（人力资源社会保障局）申请，通过涉农补贴</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">一卡通</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">或</span><span style="font-size: 21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">一折通</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">发放资助资金。</span>
</p>
<p>
    <br/>
</p>`
        }
      },
      {
        node: {
          id: 8,
          title: '医疗救助扶贫政策',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">保障对象：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">全县农村建档立卡贫困人口</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">1.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">资助参合</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">。</span></strong><span style="font-size:21px">2017</span><span style="font-size:21px;font-family:仿宋_GB2312">年起，除原规定由民政、卫生计生部门分别资助当年度个人参合（保）的</span><span style="font-size:21px">11</span><span style="font-size:21px;font-family: 仿宋_GB2312">类人群（注：精准扶贫建档立卡贫困人口中的大病患者；特困供养人员；最低生活保障家庭成员；享受抚恤补助的优抚对象；计生</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">两户</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">家庭成员；二十世纪六十年代初精减退职老职工；艾滋病人和艾滋病机会性感染者；家庭经济困难的精神障碍患者、肇事肇祸精神障碍患者；低收入家庭中的重病患者、重度残疾人以及老年人；因医疗自付费用过高导致家庭无力承担的患者；县级以上人民政府规定的其他特殊困难人群。）外，对其余农村建档立卡贫困人口，当年度个人参合（保）缴费确有困难的，由县级人民政府按照脱贫攻坚规划整合相关资金予以资助，确保农村建档立卡贫困人口全部参合（保）。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">2.</span></strong><strong><span style="font-size:21px;font-family: 仿宋_GB2312">实施</span></strong><strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">两提高、两降低、一减免</span></strong><strong><span style="font-size: 21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">政策。</span></strong><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两提高</span><span style="font-size: 21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即提高普通门诊和普通住院报销比例（提高幅度不低于</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family: 仿宋_GB2312">个百分点）、提高大病保险报销比例；</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两降低</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即</span><span style="font-size:21px;font-family:仿宋_GB2312">降低普通住院和大病保险（县外需转诊）起付线；</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">一减免</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即</span><span style="font-size:21px;font-family:仿宋_GB2312">经转诊在县外新农合定点医疗机构住院的不设起付线。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">3.“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">四重医疗保障</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">救助：</span></strong>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">一重保障</span></strong><span style="font-size:21px">—</span><span style="font-size:21px;font-family:仿宋_GB2312">新农合基本医保</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">针对建档立卡贫困人口，门诊不设起付线，报销比例提高</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">个百分点，村乡两级报销比例达到</span><span style="font-size:21px">65%</span><span style="font-size:21px;font-family:仿宋_GB2312">；取消经转诊到县外住院</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-0">元起付线，报销比例提高</span><span style="font-size:21px;letter-spacing:-0">5</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing: -0">个百分点，将</span><span style="font-size: 21px;letter-spacing:-0">19</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-0">项残疾人医疗康复项目纳入基本医保保障范围。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">二重保障</span></strong><span style="font-size:21px">—</span><span style="font-size:21px;font-family:仿宋_GB2312">大病保险</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">切实落实大病保险报销政策，补偿比例在上年度的基础上提高</span><span style="font-size:21px">10%</span><span style="font-size:21px;font-family:仿宋_GB2312">。对建档立卡贫困人口在县外住院的患者，经办理转诊转院审批手续，取消</span><span style="font-size:21px">7000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元起付线，经新农合报销后，剩余政策范围内医药费用，直接纳入大病保险补偿范畴，具体补偿标准为：</span><span style="font-size:21px">0-35000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元按</span><span style="font-size:21px">60%</span><span style="font-size:21px;font-family:仿宋_GB2312">报销，</span><span style="font-size:21px">35001-70000</span><span style="font-size:21px;font-family:仿宋_GB2312">元按</span><span style="font-size:21px">70%</span><span style="font-size:21px;font-family:仿宋_GB2312">报销，</span><span style="font-size:21px">70001-140000</span><span style="font-size:21px;font-family:仿宋_GB2312">元按</span><span style="font-size:21px">80%</span><span style="font-size:21px;font-family:仿宋_GB2312">报销。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-1px">三重保障</span></strong><span style="font-size:21px;letter-spacing:-1px">—</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-1px">民政医疗救助（计生奖励扶助）</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">一是针对精准扶贫建档立卡贫困人口，经新农合基本医保、大病保险补偿后，剩余政策范围内自付费用，由民政按普通疾病</span><span style="font-size:21px">70%</span><span style="font-size:21px;font-family:仿宋_GB2312">、重大疾病</span><span style="font-size:21px">100%</span><span style="font-size:21px;font-family: 仿宋_GB2312">的比例救助（超年度封顶线外费用不予报销），由民政医疗救助基金全额支付。二是精准扶贫建档立卡贫困人口中的计生</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两户</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">家庭成员（子女未满</span><span style="font-size:21px">18</span><span style="font-size:21px;font-family:仿宋_GB2312">周岁）经新农合基本医保、大病保险补偿后，剩余政策范围内自付费用按</span><span style="font-size:21px">50%</span><span style="font-size:21px;font-family:仿宋_GB2312">比例报销，由计生利益导向资金全额支付。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">四重保障</span></strong><span style="font-size:21px">—</span><span style="font-size:21px;font-family:仿宋_GB2312">落实精准医疗救助</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">针对建档立卡贫困人口，经新农合基本医保、大病保险、民政医疗救助（计生奖励扶助）补偿后，剩余政策范围内医药费用全部纳入精准医疗救助，由县级财政整合专项扶助资金，对剩余部分给予</span><span style="font-size:21px">100%</span><span style="font-size:21px;font-family: 仿宋_GB2312">救助。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">申办流程</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">：医院就诊</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">提供身份证和合医卡（合医证）</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">治愈出院</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">医院</span><span style="font-size: 21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">一站式</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">（新农合、大病保险、医疗救助、医疗扶助）</span><span style="font-size: 21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">支付政策范围外自付费用</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">一站式</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">结报：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">即在县内医疗机构出院时一次性报销新农合、大病保险、民政医疗救助（计生扶助）、精准医疗扶助资金，病人不再自行去民政、计生等部门申报医疗救助资金。</span>
</p>
<p>
    <br/>
</p>`
        }
      },
    ]
  }
}
