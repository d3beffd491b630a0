<?
include_once("inc/auth.inc.php");
include_once("inc/header.inc.php");
?><style type="text/css">
<!--a            { text-decoration: none; font-size: 9pt; color: black; font-family: 宋体 }
.text        { font-size: 9pt; font-family: 宋体 }
.text1       { color: #0000A0; font-size: 11pt; font-family: 宋体 }
.text2       { color: #008080; font-size: 9pt; font-family: 宋体 }
.text3       { color: #0F8A91; font-size: 11pt; font-family: 宋体 }
.l100        { line-height: 14pt; font-size: 9pt }
td           { font-family: 宋体; font-size: 9pt; line-height: 13pt }
input        { font-size: 9pt; font-family: 宋体 }
p            { font-size: 9pt; font-family: 宋体 }
--></style><BODY class="bodycolor">
<BR>
<table width="500" class="TableBlock" align="center">
  <tr> 
    <td height="27" class="TableHeader">
      <div align="center">股票发行及上市法律意见书(4)</font></div>
    </td>
  </tr>
  <tr>
    <td height="54" valign="top" class="TableData">
      <p align="center"></p>
      <p align="center"></p>
      <p align="center"> </p>
      <p>&nbsp;</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>六、股份公司所有或使用的主要资产状况</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>股份公司目前所有或使用的主要财产为股份公司发起人折股投入股份公司正常经营活动形成。</span></p>
      <p class=MsoBodyTextIndent>根据<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>评估公司出具的<u><span>&nbsp;&nbsp;&nbsp; 
        </span></u>评字（<u><span>&nbsp;&nbsp;&nbsp; </span></u>）第<u><span>&nbsp;&nbsp;&nbsp; 
        </span></u>号《资产评估报告》，以<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>年<u><span>&nbsp;&nbsp;&nbsp; 
        </span></u>月<u><span>&nbsp;&nbsp;&nbsp; </span></u>日为评估基准日，集团公司投入股份公司的总资产评估值为<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>万元，负债总额评估值为<u><span>&nbsp;&nbsp;&nbsp;&nbsp; </span></u>万元，净资产评估值为<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>万元。这一评估结果业经财政部财评字[<u>&nbsp;&nbsp;&nbsp; </u>]第<u>&nbsp;&nbsp;&nbsp; 
        </u>号文予以确认，且经<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>省国有资产管理局<u>&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>国资企函字（<u>&nbsp;&nbsp;&nbsp; </u>）第<u>&nbsp;&nbsp;&nbsp; </u>号文批准投入股份公司。其他四家发起人均以货币资金出资，共出资<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>万元人民币。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>目前，股份公司所有或使用的主要财产状况如下：</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>（一）土地使用权</span></p>
      <p class=MsoBodyTextIndent>根据<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>省土地管理局<u><span>&nbsp;&nbsp;&nbsp; </span></u>土管（建）字[<u>&nbsp;&nbsp;&nbsp; 
        </u>]第<u>&nbsp;&nbsp;&nbsp; </u>号文关于土地使用权处置方案的批复，股份公司系通过租赁方式取得土地的使用权。股份公司已与集团公司签订了《土地使用权租赁协议》。根据该协议，股份公司向集团公司租赁<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>宗地，面积共计<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>平方米，租赁期限为<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>年。集团公司业已办理土地使用权出让手续，以出让方式取得该等国有土地使用权证。目前双方正在办理该等土地使用权租赁登记手续，待办理该项手续后，该项土地租赁使用权不存在违反法律、法规的情形。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>（二）房产</span></p>
      <p class=MsoBodyTextIndent>集团公司已将其拥有的与前述三企业生产经营相关的房屋建筑物共计<u><span>&nbsp; 
        </span></u>项，建筑面积共计<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>平方米，投入股份公司。股份公司业已办理该房产的产权变更登记手续，合法拥有其所有权。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>（三）机器设备及车辆</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司出具的证明和本所律师的调查，股份公司的机器设备及车辆为主发起人集团公司折股投入，该等机器设备及车辆现时均为股份公司占有、使用，没有产权争议。股份公司占有、使用该等机器设备及车辆真实、合法。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>（四）采矿权</span></p>
      <p class=MsoBodyTextIndent>股份公司所拥有的<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>矿、<u><span>&nbsp; </span>&nbsp;&nbsp;&nbsp;&nbsp;</u>矿的开采权，系集团公司以有偿的方式取得后，依法无偿转让给股份公司的。该等采矿权业经<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>地矿资产评估事务所评估，且该评估结果分别经国家国土资源部国地资矿认字[<u>&nbsp;&nbsp; </u>]第<u>&nbsp;&nbsp; 
        </u>、<u>&nbsp;&nbsp; </u>、号文予以确认，并经国家国土资源部国土资矿转字[&nbsp;&nbsp;&nbsp; ]第<u>&nbsp;&nbsp;&nbsp; 
        </u>、<u>&nbsp;&nbsp;&nbsp; </u>、<u>&nbsp;&nbsp;&nbsp; </u>号批准同意由集团公司转让给股份公司。股份公司业已办理采矿权主体的变更登记手续（该等采矿许可证号分别为：<u>&nbsp;&nbsp;&nbsp; 
        </u>、<u>&nbsp;&nbsp;&nbsp; </u>、<u>&nbsp;&nbsp;&nbsp; </u>），合法取得该等采矿权，采矿权期限均为<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>年。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司提供的资料和本所律师的调查，截止本法律意见书出具之日，股份公司对其主要财产的所有权或使用权的行使，除上述说明外无其他限制或权属争议，亦不存在担保或其他债务关系。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>七、股份公司的重大债权、债务关系</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>股份公司的重大债权、债务关系主要是正在履行或将要履行的重大合同关系。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>这些重大合同主要包括综合服务协议、土地使用权租赁协议、资产收购协议、承销协议、借款合同等。</span></p>
      <p class=MsoBodyTextIndent>根据集团公司与股份公司于<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月及<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月签订的《综合服务协议》及其补充协议，双方就<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>服务、电费代缴、通信服务、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>设备租赁、生产辅助材料供应等方面的服务进行了约定。</p>
      <p class=MsoBodyTextIndent>根据集团公司与股份公司于<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月及<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月签订的《土地使用权租赁协议》及补充协议，双方对土地使用权租赁的面积、租期、租金及支付方式进行了规定。</p>
      <p class=MsoBodyTextIndent>根据集团公司与股份公司于<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月签订的《资产收购协议》，股份公司在募集资金到位后，将收购集团公司下属的<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>厂和<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>厂经剥离后的经营性资产（含相关土地使用权和<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>矿采矿权）。双方对收购价格、期限、交割方式、违约责任等作了明确规定。</p>
      <p class=MsoBodyTextIndent>股份公司向<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>银行<u><span>&nbsp;&nbsp; </span>&nbsp;</u>支行借有短期贷款<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>万元，均签有借款协议。</p>
      <p class=MsoBodyTextIndent>股份公司向<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>银行<u><span>&nbsp;&nbsp;&nbsp; </span></u>支行借有长期贷款<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>万元，均签有借款协议。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>经本所律师审查，上这股份公司正在履行或将要履行的重大合同的内容及形式合法有效，本所律师未发现股份公司在上述合同项下的任何义务与其依据其他法律文件承担的义务存在冲突的情况。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据本所律师的调查以及股份公司提供的材料，股份公司不存在因环境保护、知识产权、产品质量、劳动安全和人身权等原因而产生的侵权之债。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司提供的材料以及本所律师的调查，除上述债权债务关系外，股份公司与各股东之间不存在其他重大债权债务关系及相互提供担保的情况。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司提供的材料以及本所律师的调查，股份公司金额校大的其他应收、应付款属于股份公司生产经营活动过程中正常发生的往来款项，合法有效。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>八、股份公司的环境保护和产品质量标准</span></p>
      <p class=MsoBodyTextIndent>根据有关环保部门提供的证明和股份公司的说明，股份公司及其主发起人集团公司在其生产经营过程中能遵守国家和地方环境保护法规，符合有关环境保护的要求。经<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>省环境保护局<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>年<u><span>&nbsp;&nbsp;&nbsp; 
        </span></u>月<u><span>&nbsp;&nbsp;&nbsp; </span></u>日组织验收，污染物排放合格。近三年来，未出现因违反环境保护法律、法规而遭受处罚的情况。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司提供的材料以及本所律师的调查，股份公司的产品符合国家关于产品质量标准和技术监督的要求。近三年来，未出现因违反有关产品质量和技术监督方面的法律、法规而遭受处罚的情况。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>九、董事、监事等高级管理人员</span></p>
      <p class=MsoBodyTextIndent><span style='text-fit:
388.5pt;'><span style='font-family:宋体;letter-spacing:
.1pt;'>根据股份公司提供的材料以及本所律师的调查股份公司现任董事、监事</span></span><span
style='text-fit:388.5pt;'><span style='font-family:
宋体;letter-spacing:-.85pt;'>各</span></span><span lang=EN-US
style='font-family:宋体'></span></p>
      <p class=MsoBodyTextIndent><u><span>&nbsp;&nbsp;&nbsp; </span></u>名和<u><span>&nbsp;&nbsp;&nbsp; 
        </span></u>名，除<u><span>&nbsp;&nbsp;&nbsp; </span></u>名职工代表监事依法由职工民主选举产生外，其他董事、监事均由公司股东大会选举产生。本届董事、监事任期为<u><span>&nbsp;&nbsp;&nbsp; 
        </span></u>年。公司总经理任期为<u><span>&nbsp;&nbsp;&nbsp; </span></u>年。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司提供的资料及本所律师的调查股份公司董事、监事、经理等高级管理人员不存在《公司法》第57条、第58条规定以及被中国证监会确定为市场禁入者，且禁入尚未解除的情形，具有任职资格。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>股份公司高级管理人员不存在双重任职的情形。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>股份公司现任董事、监事等高级管理人员的任职符合法律、法规以及《公司章程》的规定。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>十、股份公司的涉讼状况</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司的说明和本所律师的调查，股份公司及其主发起人没有尚未了结的或可预见的重大诉讼、仲裁及行政处罚案件。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>十一、股份公司的税务问题</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司的说明以及有关税务部门的证明，股份公司近三年来认真执行国家及地方有关税务法律、法规，依法纳税，没有发现漏税、偷税的情形，亦未受过税务部门的处罚。</span></p>
      <p class=MsoBodyTextIndent>根据<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>省人民政府原<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>政函[<u>&nbsp;&nbsp;&nbsp; 
        </u>]<u>&nbsp;&nbsp;&nbsp; </u>《关于<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>股份有限公司执行15％所得税负的批复》，股份公司享受先按33％的企业所得税率计缴后返还18％的优惠政策，实际执行税负为15％；现根据国务院国发[20OO]2号文的规定，股份公司于2000年1月1日起执行33％的企业所得税率，不再享有先征后返的优惠政策。股份公司执行的税种和税率符合现行法律、法规及规范性文件的要求。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>十二、股份公司本次募集资金的运用</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>经股份公司1999年度第一次和第二次临时股东大会审议通过，股份公司本次募股资金将分别用于下述项目：</span></p>
      <p class=MsoBodyTextIndent>（1）<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>投资项目。该项目建议书业经国家计委<u>&nbsp;&nbsp;&nbsp; </u>（<u>&nbsp;&nbsp;&nbsp; 
        </u>）第<u>&nbsp;&nbsp;&nbsp; </u>号文批复同意。投资各方于<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>年<u>&nbsp;&nbsp;&nbsp; </u>月<u>&nbsp;&nbsp;&nbsp; </u>日签署了《关于合作建设<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>的原则协议书》，根据该协议，投资各方尚需签署正式详尽的合作协议。</p>
      <p class=MsoBodyTextIndent>（2）<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>技术改造项目。该等项目已经<u>&nbsp;&nbsp;&nbsp; 
        </u>省以<u>&nbsp;&nbsp;&nbsp; </u>生宇（<u>&nbsp;&nbsp;&nbsp; </u>）第<u>&nbsp;&nbsp;&nbsp; 
        </u>号文批准同意。</p>
      <p class=MsoBodyTextIndent>（3）收购集团公司下属的<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>厂和<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>厂经剥离后的经营性资产（含相关土地使用权和<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>矿采矿权）。该项收购事宜业烃<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>省工商管理局、<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>省<u>&nbsp;&nbsp;&nbsp; 
        </u>厅<u>&nbsp;&nbsp;&nbsp; </u>字（<u>&nbsp;&nbsp;&nbsp; </u>）第<u>&nbsp;&nbsp;&nbsp; 
        </u>号文批准及股份公司——年度第一次和第二次临时股东大会批准和授权。股份公司和集团公司业已签订《资产收购协议》。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>十三、股份公司的收购兼并</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据股份公司第一届董事会第二次、第三次临时董事会会议决议及股份公司</span></p>
      <p class=MsoBodyTextIndent><u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>年第一次、第二次临时股东大会决议，股份公司拟在募集资金到位后，收购集团公司下属的<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>厂和<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>厂经剥离后的经营性贵产（含相关土地使用权和<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>矿采矿权）。<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>省<u><span>&nbsp;&nbsp;&nbsp; 
        </span></u>厅<u><span>&nbsp;&nbsp;&nbsp; </span></u>字（<u><span>&nbsp;&nbsp;&nbsp; 
        </span></u>）第<u><span>&nbsp;&nbsp;&nbsp; </span></u>号文业已批准同意谊项资产出售事宜。该等资产业已进行资产评估，且该评估结果业经国家财政部财评字[<u>&nbsp;&nbsp;&nbsp; 
        </u>]第<u>&nbsp;&nbsp;&nbsp; </u>号文予以确认。</p>
      <p class=MsoBodyTextIndent>集团公司拟出售的该等土地使用权业经<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>地产咨询评估中心评估，该评估结果业经<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>省土地管理局[<u>&nbsp;&nbsp;&nbsp; </u>]<u>&nbsp;&nbsp;&nbsp; </u>土管（籍）字第<u>&nbsp;&nbsp;&nbsp; 
        </u>号文确认，但该等土地使用权处置方案尚待山西省上地管理局批准同意。</p>
      <p class=MsoBodyTextIndent><u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>矿采矿权业经<u><span>&nbsp;&nbsp;&nbsp;&nbsp; </span>&nbsp;&nbsp;&nbsp;</u>资源咨询有限责任公司进行评估，由国土资源部国上资矿认字[<u>&nbsp;&nbsp;&nbsp; 
        </u>]第<u>&nbsp;&nbsp;&nbsp; </u>号文予以确认。并经国土资源部国上资矿转字[<u>&nbsp;&nbsp;&nbsp; 
        </u>]第<u>&nbsp;&nbsp;&nbsp; </u>号文批复，同意<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </u>矿采矿权集团公司转让给股份公司。股份公司业已办理该采矿权变更登记手续（采矿许可证号为：<u>&nbsp;&nbsp;&nbsp; </u>，采矿权期限为<u>&nbsp;&nbsp;&nbsp; 
        </u>年），本所律师认为以上采矿权转让没有法律障碍。</p>
      <p class=MsoBodyTextIndent>根据股份公司与集团公司签订的《资产收购协议》，股份公司与集团公司以经评估并确认后的净资产值（含相关上地使用权和<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u>矿采矿权）为基础，协商确定收购价格为<u><span>&nbsp;&nbsp; </span>&nbsp;&nbsp;&nbsp;</u>元。该协议待股份公司公开发行A股成功后正式实施。</p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>基于上述事实和分析，本所律师认为，该项收购事宜按其进行阶段已经履行了必要的法律手续，待集团公司办理该等土地使用权出让手续及股份公司募集资金到位，《资产收购协议》方可实施。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>十四、结论意见</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>本所律师通过对股份公司提供的材料及有关事实的审查，认为股份公司本次股票公开发行及上市中请符合《公司法》、《证券法》、《股票条例》和中国证监会要求的股票公开发行及上市的有关规定。股份公司本次发行、上市的中请经中国证监会核准通过及上海或深圳证券交易所上市接纳后，其股票公开发行、上市将不存在法律障碍。</span></p>
      <p class=MsoBodyTextIndent><span style='font-family:宋体'>本法律意见书正本四份，副本八份。</span></p>
      <p class=MsoBodyTextIndent>律师事务所（盖章）<span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
        </span>经办律师（签字）</p>
      <p class=MsoBodyTextIndent align=right style='text-align:right;word-break:break-all'>（印刷体）<u><span>&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u></p>
      <p class=MsoBodyTextIndent align=right style='text-align:right;word-break:break-all'>（印刷体）<u><span>&nbsp;&nbsp;&nbsp;&nbsp; 
        </span></u></p>
      <p class=MsoBodyTextIndent align=right style='text-align:right;'>年<span>&nbsp;&nbsp;&nbsp; 
        </span>月&nbsp;&nbsp;&nbsp; 日</p>
      <div style='layout-grid:15.6pt'></div>
      <p>　　<BR>
        　　<BR>
        　　　　 </p>
    </td>
  </tr>
</table>
<?Button_Back_Law();?></body></html>