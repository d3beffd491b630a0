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
      <div align="center">股票发行及上市法律意见书(3)</font></div>
    </td>
  </tr>
  <tr>
    <td height="54" valign="top" class="TableData">
      <p align="center"></p>
      <p align="center"></p>
      <p align="center"> </p>
      <p>&nbsp;</p>
      <div style='layout-grid:15.6pt'>
<p class=MsoBodyTextIndent>三、举一范例供制作时参考：</p>
        <p align=center style='
text-align:center;line-height:22.0pt;
'><u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>律师事务所</p>
        <p align=center style='
text-align:center;line-height:22.0pt;
'>关于<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>股份有限公司</p>
        <p align=center style='
text-align:center;line-height:22.0pt;
'><u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>年度股票发行、上市的法律意见书</p>
        <p >致：<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>股份有限公司</p>
        <p >根据<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>股份有限公司（以下简称股份公司或发行人）与<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>律师事务所（以下简称本所）签订的《股票发行、上市法律服务委托代理协议》，本所接受委托担任股份公司本次股票发行及上市的特聘专项法律顾问。本所根据《中华人民共和国证券法》（以下简称《证券法》）、《中华人民共和国公司法》（以下简称《公司法》）、《股票发行与交易管理暂行条例》（以下简称《股票条例》）及国务院证券管理部门的有关规定和本所与股份公司签订的《委托代理协议》出具法律意见书。</p>
        <p >对本所出具的本法律意见书，本所律师声明如下：</p>
        <p >1．本所是依据法律意见书出具日以前已经发生或存在的事实和我国风行法律、法规和规范性文件发表法律意见。</p>
        <p >2．本所已经对与出具法律意见书有关的所有文件资料及证言进行审查判断，并据此出具法律意见。</p>
        <p >3．本所已经按照中国证监会颁发的《公开发行股票公司信息披露的内容与格式准则第六号〈法律意见书的内容与格式〉（修订）》的要求对本次发行上市的合法性及对本次发行上市有重大影响的法律问题发表法律意见，法律意见书中不存在虚假 
          、严重误导性陈述及重大遗漏，否则原承担相就的法律责任。</p>
        <p >4．本法律意见书仅供股份公司为本次股票发行、上市之目的使用，不得用作任何其他目的。</p>
        <p >5．本所同意将本法律意见书作为股份公司申请公开发行股票及上市所必备的法定文件，随其他申报材料一起上报，并依法对出具的法律意见承担责任。</p>
        <p >本所律师根据《证券法》第13条的要求，按照律师行业公认的业务标准、道德规范和勤勉尽责的精神，对股份公司提供的有关文件和事实进行了核查和验证，现出具法律意见如下：</p>
        <p >一、股份公司本次发行股票的主体资格</p>
        <p >1．股份公司是依照法律程序经批准设立的股份有限公司。<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>年<u>&nbsp;&nbsp; </u>月，原国家<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>部以<u>&nbsp;&nbsp;&nbsp; </u>字（1998）第<u>&nbsp;&nbsp;&nbsp; </u>号<u>&nbsp;&nbsp;&nbsp; 
          </u>文推荐<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>（集团）有限责任公司（以下简称集团公司）为1997年度公开发行股票预选企业。因国家机关体制改革，集团公司变更为省属企业后，1998年7月，<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>省人民政府亦以<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>政函（1998）<u>&nbsp;&nbsp;&nbsp; </u>号推荐集团公司为股票上市预选企业。经<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>省人民政府<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>政函（1999）<u>&nbsp;&nbsp;&nbsp; 
          </u>号批准，集团公司作为主发起人联合<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>有限公司、<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>总公司、<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>有限公司、<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>有限公司四家发起人共同发起设立股份公司。1999年7月，<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>省人民政府以<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>政函[1999]<u>&nbsp;&nbsp;&nbsp; 
          </u>号正式推荐股份公司为股票发行上市企业。</p>
        <p >经过调查，我们在股份公司设立过程中未发现有导致股份公司设立不成的法律障碍。<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>省工商行政管理局于1999年4月26日给予注册，并向股份公司颁发了注册号为<u>&nbsp;&nbsp;&nbsp; 
          </u>号的《企业法人营业执照》。本所律师认为，目前股份公司合法存续。</p>
        <p >集团公司将其下属的<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>厂、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>厂、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>公司的资产、负债、人员进行重组、剥离，将其优良的经营性资产投入股份公司。该资产重组方案业经<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>省工商管理局、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>省<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>厅、<u><span>&nbsp;&nbsp;&nbsp; 
          </span></u>政字（<u><span>&nbsp;&nbsp;&nbsp; </span></u>）第<u><span>&nbsp;&nbsp;&nbsp; 
          </span></u>号文及<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>省国有资产管理局<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</u>国资企函字[<u>&nbsp;&nbsp;&nbsp; 
          </u>]第<u>&nbsp;&nbsp;&nbsp; </u>号文确认。<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>省国资局以<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>国资企函字[<u>&nbsp;&nbsp;&nbsp; 
          </u>]第<u>&nbsp;&nbsp;&nbsp; </u>号文，批准股份公司的国有股权管理方案。股份公司的重组行为符合现行法律、法规、规章和其他规范性文件的要求。</p>
        <p >2．发起人作为一方当事人的合同、协议及其他使其财产或者行为受约束的文件不存在有导致股份公司设立不成或使设立行为存在潜在纠纷的法律障碍。</p>
        <p >3．根据本所律师的调查和发起人提供的材料，在股份公司设立前，<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>厂、</p>
        <p ><u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>厂和<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>公司是集团公司的下属分支机构和全资子公司，集团公司合法拥有上述企业经营性资产的产权，其将该等资产投入股份公司不存在法律上的障碍。</p>
        <p >4．根据本所律师的调查、<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>银行<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>市支行和<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>银行<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>市支行<u>&nbsp;&nbsp;&nbsp; 
          </u>办事处和股份公司提供的材料，因股份公司的设立所引起的原有债务关系的处理已征得大额债权人<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>银行<u>&nbsp;&nbsp;&nbsp;&nbsp; </u>市支行和<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>银行市支行的同意，不存在金额较大的潜在债务纠纷。</p>
        <p >5．根据业经<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>省工商管理局、<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>省<u>&nbsp;&nbsp;&nbsp; 
          </u>厅<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>政字（<u>&nbsp;&nbsp;&nbsp; 
          </u>）第<u>&nbsp;&nbsp;&nbsp; </u>号文及<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>省国有资产管理局<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>国资企函字[<u>&nbsp;&nbsp;&nbsp; 
          </u>]第<u>&nbsp;&nbsp;&nbsp; </u>号文批准同意的资产重组方案，主发起人将其下属的前述三个企业经营性资产的所有权、使用权转移给股份公司不存在法律上的障碍。投入股份公司的房产、采矿权等财产现已办理了相应的产权变更登记手续；股份公司所占有的国有资产产权登记手续及机动车辆过户登记手续正在办理之中。</p>
        <p >综上所述，股份公司已具备本次股票发行、上市的主体资格。</p>
        <p >二、股份公司本次发行、上市的授权和批准</p>
        <p ><u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月<u><span>&nbsp;&nbsp;&nbsp; 
          </span></u>日，股份公司召开<u><span>&nbsp;&nbsp;&nbsp;&nbsp; </span>&nbsp;</u>年度第一次临时股东大会，会议审议通过了申请公开发行社会公众股A股<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>万股的决议，并授权董事会具体确定发行价格。</p>
        <p >为充实、完善股份公司股票发行、上市有关事项，股份公司于<u><span>&nbsp;&nbsp; 
          </span></u>年<u><span>&nbsp; </span></u>月<u><span>&nbsp; </span></u>日召开第一届董事会第四临时会议，会议作出召开股份公司<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>年度第二次临时股东大会的决议，并通过了提交临时股东大会审议的各项议题、议案。</p>
        <p ><u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月<u><span>&nbsp;&nbsp;&nbsp; 
          </span></u>日，股份公司召开<u><span>&nbsp;&nbsp;&nbsp; </span></u>年度第二次临时股东大会，会议审议通过了申请公开发行社会公众股A股<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>万股（以国家主管部门核定数为准）及申请上海或深圳证券交易所上市交易的决议，并授权董事会全权负责办理股票发行、上市的有关具体事宜。</p>
        <p >根据我国现行法律、法规以及公司章程，上述临时股东大会召开的程序及通过的决议的形式和内容均合法有效。</p>
        <p >股东大会授权董事会办理股份公司本次股票发行上市申请事宜，该等授权合法有效。</p>
        <p >三、股份公司本次发行、上市的实质条件</p>
        <p >（一）股份公司本次发行股票属于发起设立的股份有限公司增资发行。</p>
        <p >（二）股份公司本次发行、上市的实质条件：</p>
        <p >股份公司本次股票发行、上市符合《公司法》、《证券法》和《股票条例》及其他规范性文件规定的实质条件：</p>
        <p >1．股份公司主要从事<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>生产及经营，符合国家产业政策；</p>
        <p >2．股份公司发行的股份仅限于普通股一种，符合同股同权，同股同利的规定；</p>
        <p >3．股份公司设立时发起人认购的<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>万股股份占股份公司总股本的100%，拟占本次公开发行A股后股本总额的<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>%。符合发起人认购的部分不少于30000万元及认购数额不少于拟发行股本总额35%的规定；</p>
        <p >4．股份公司本次拟向社会公开发行<u>&nbsp;&nbsp;&nbsp; </u>万股，占发行后股本总额的<u>&nbsp;&nbsp;&nbsp; 
          </u>%。符合向社会公众发行的部分不少于公司拟发行股本总额25%，及股本总额超过40，000万股的，其向社会公众发行的部分不少于公司拟发行股本总额15%的规定；</p>
        <p >5．根据股份公司的保证和本所律师的调查，股份公司及其发起人在近三年内没有重大违法行为；</p>
        <p >6．按照<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>会计师事务所出具的（<u>&nbsp;&nbsp;&nbsp; </u>）<u>&nbsp;&nbsp;&nbsp; </u>师股审字（<u>&nbsp;&nbsp;&nbsp; 
          </u>）第<u>&nbsp;&nbsp;&nbsp; </u>号审计报告的记载，截止<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>年年末，股份公司总资产为<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>元，净资产为<u>&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>元，净资产占总资产的比例为<u>&nbsp;&nbsp;&nbsp; </u>%；无形资产在净资产中的比例为<u>&nbsp;&nbsp; 
          </u>%。符合发行前一年末，净资产在总资产中所占比例不低于30%、无形资产在净资产中所占比例不高于20%的规定；</p>
        <p >7．按照<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>会计师事务所出具的（<u>&nbsp;&nbsp;&nbsp; </u>）<u>&nbsp;&nbsp;&nbsp; </u>师股审字（<u>&nbsp;&nbsp;&nbsp; 
          </u>）第<u>&nbsp;&nbsp;&nbsp; </u>号审计报告的记载，股份公司<u>&nbsp;&nbsp;&nbsp; </u>年净利润为<u>&nbsp;&nbsp;&nbsp; 
          </u>，<u>&nbsp;&nbsp;&nbsp; </u>年净利润为<u>&nbsp;&nbsp;&nbsp; </u>元，<u>&nbsp;&nbsp;&nbsp; 
          </u>年净利润为<u>&nbsp;&nbsp;&nbsp; </u>元，符合股份公司发行前三年边续盈利的规定；</p>
        <p >8．根据股份公司的保证及<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>会计师事务所出具的审计报告，股份公司最近三年内财务会计文件无虚假记载；</p>
        <p >9．按照<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>会计师事务所审核的盈利预测报告的记载，股份公司<u>&nbsp;&nbsp;&nbsp; </u>年的净利润按33%的税率预测为<u>&nbsp;&nbsp;&nbsp; 
          </u>元，其预期利润率超过同期银行存款利率；</p>
        <p >10．根据股份公司及<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>社会保险公司、<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>市失业保险所提供的材料，股份公司能缴纳职工养老保险用失业保险金，无欠缴行为。</p>
        <p >此外，根据股份公司提供的材料，股份公司目前尚未实施医疗制度改革，未建立医疗保险制度，因而无欠缴行为问题。本所律师业已建议股份公司尽快建立医疗保险制度；建立之后，不存在法律障碍。</p>
        <p >四、股份公司的章程（修订草案）</p>
        <p >股份公司现行章程经股份公司创立大会暨第一次股东大会审议通过，并经</p>
        <p ><u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>省工商行政管理局核准登记，业已生效。该章程符合我国《公司法》和其他法律、法规的规定。</p>
        <p >为适应股份公司本次股票公开发行上市需要，股份公司根据《公司法》和中国证监会颁布的《上市公司章程指引》对原公司章程进行了修改。股份公司<u><span>&nbsp;&nbsp; 
          </span></u>年</p>
        <p ><u><span>&nbsp;&nbsp; </span></u>月<u><span>&nbsp;&nbsp; 
          </span></u>日召开的<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>年度第一次临时股东大会及<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月<u><span>&nbsp;&nbsp;&nbsp; 
          </span></u>日召开的<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>年度第二次临时股东大会作出了审议通过董事会拟定的公司章程修订草案的决议，并决定待股份公司本次股票发行成功并经工商行政管理机关核准登记后正式生效实施。</p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>本所律师依法对股份公司的章程修订草案进了审查。本所律师认为，该章程修订草案符合《公司法》、《上市公司章程指引》及其他现行有关法律、法规及有关主管部门的规定，规定了股东的各项权利，包括表决权、股份转让权、资料查阅权、监督权、股利及剩余财产分配权等；公司章程修订草案亦未对股东行使权利进行任何限制，并建立了关联股东表决回避制度，充分保护了股东（特别是小股东）的权利；未发现公司章程修订草案中有与《上市公司章程指引》重大不一致的条款。</span></p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>股份公司的章程修订草案尚待股份公司本次股票发行成功后经工商行政管理机关注册登记后方能正式生效。</span></p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>五、关联交易及同业竞争</span></p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>（一）股份公司的关联企业</span></p>
        <p class=MsoBodyTextIndent>股份公司是由集团公司作为主发起人，联合四家发起人共同发起设立的股份有限公司，并申请公开发行、上市社会公众股。其中集团公司以经评评估确认的净资产<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>万元按<u><span>&nbsp;&nbsp;&nbsp; </span></u>%的折股比例认购<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>万股，占股份公司本次股票发行前股份总额的<u>&nbsp;&nbsp;&nbsp; </u>%，拟占股份公司本次股票发行后股份总额的<u>&nbsp;&nbsp;&nbsp; 
          </u>%，为股份公司的绝对控股股东；其他四家发起人共以现金<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>万元人民币认购<u>&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>万股，占股份公司本次股票发行前股份总额的<u>&nbsp;&nbsp;&nbsp; </u>%，拟占股份公司本次股票发行后股份总额的<u>&nbsp;&nbsp;&nbsp; 
          </u>%。因而，股份公司的关联企业主要为集团公司。</p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>（二）股份公司与集团公司之间的关联交易</span></p>
        <p class=MsoBodyTextIndent>因地理环境、历史渊源关系等客观因素的影响，股份公司与集团公司之间在生活服务、生产辅助等方面难以避免地存在着若干关联交易。集团公司向股份公司提供<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>服务、电费代缴、通信服务、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>设备租赁、生产辅助材料供应等方面的服务。除有关法律、法规和政策要求采用政府定价外，集团公司和股份公司之间的各项服务费用标准依提供服务的市场价格或成本价予以确定，非因政府或行业定价调整或市场状况发生重大变化，双方将保持该等价格四年不变。</p>
        <p class=MsoBodyTextIndent>预计<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>年上述各项服务发生费用分别为<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>万元、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>万元、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>万元、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>万元、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>万元，共计<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>万元。</p>
        <p class=MsoBodyTextIndent>股份公司承租使用集团公司<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>宗土地，租赁面积共计<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>平方米，租期为<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>年，年租金价格平均为<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>元/平方米，<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </u>年全部租金共计为<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </u>万元。</p>
        <p class=MsoBodyTextIndent>经股份公司<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>年度第一次、第二次临时股东大会批准及<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>省工商管理局、<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>省<u><span>&nbsp;&nbsp;&nbsp; 
          </span></u>厅<u><span>&nbsp;&nbsp;&nbsp; </span></u>研字（<u><span>&nbsp;&nbsp;&nbsp; 
          </span></u>）第<u><span>&nbsp;&nbsp;&nbsp; </span></u>号文批准同意，股份公司拟在募集资金到位后，收购集团公司下属的<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>厂和<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>厂经剥离后的经营性资产（含相关土地使用权和<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>厂采矿权）。为此，双方签订了《资产收购协议》。依该协议，股份公司与集团公司以经评估并确认后的净资产值为基础，协商确定收购价格为<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>万元。该协议待股份公司开始发行A股成功后正式实施。</p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>经本所律师审查，未发现上述关联交易有违反《公司法》、《证券法》等法律、法规之处，未发现上述关联交易存在损害股份公司及其股东利益的内容。</span></p>
        <p class=MsoBodyTextIndent>根据股份公司提供的材料和本所律师的调查，集团公司是股份公司的绝对控股大股东，在上述关联交易中，双方根据“公平、公正、等价、有偿”的市场原则，按照一商业条款签订了《综合服务协议》及补充协议、《土地使用权租赁协议》及补充协议和《资产收购协议》。股份公司采取书面合同的方式与控股股东集团公司确定存在的关联交易及双方的权利义务关系；<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 
          </span></u>年<u><span>&nbsp;&nbsp;&nbsp; </span></u>月<u><span>&nbsp;&nbsp;&nbsp; 
          </span></u>日召开的<u><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></u>年度第二次临时股东大会对资产收购事项进行表决时，集团公司予以回避；同时集团公司保证其向股份公司提供的服务优先于其向任何第三方（包括除股份公司外的集团附属企业）提供的服务，且不利用自己的优势或垄断地位强制股份公司接受不合理的条件，以公平维护股份公司及其小股东的正当权益。</p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>（三）同业竞争问题</span></p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>根据公司提供的材料和本所律师的调查，目前集团公司的主要产品与股份公司的主要产品在品种、销售市场上存在着较大的差异，不存在相互竞争，而且在本次股票发行上市，股份公司完成资产收购事项后，股份公司的主营产品在品种、销售市场上与集团公司也不存在站任何同业竞争。</span></p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>本所律师为认，集团公司与股份公司间不存在同业竞争问题。</span></p>
        <p class=MsoBodyTextIndent><span style='font-family:宋体'>经本所律师审查，股份公司本次《招股说明书》（送审稿）对关联交易和同业竞争进行了充分披露。</span></p>
        <p class=MsoBodyTextIndent><BR>
          　　<BR>
          　　　　 </p>
      </div>
      </td>
  </tr>
</table>
<?Button_Back_Law();?></body></html>