<!DOCTYPE html>
<html lang="zh-TW">
<head>
    <?php include 'header.php'; ?>
    <link rel="stylesheet" href="css/styles.css">
    <link rel="stylesheet" href="css/pages.css">
</head>
<body>
    <?php include 'nav.php'; ?>

    <main class="container" style="padding-top: 120px; min-height: 80vh; padding-bottom: 100px;">
        <article class="article-container">

            <header class="article-header">
                <h1 class="article-title">2026台北燈節交通管制，搭乘大眾運輸前往最方便</h1>
                <div class="article-meta">
                    <span>2026.02.11</span>
                    <span>發布機關：臺北市政府交通局</span>
                </div>
            </header>

            <div class="article-body">
                
                <p>2026台北燈節今（115）年2月25日（三）至3月15日（日）於臺北西門及圓山花博公園登場。除了IP主題燈組外亦有許多燈組展示、展演活動及街頭藝人表演，希望全國民眾都能齊聚臺北，享受元宵闔家團圓氛圍。依往年經驗，賞燈人潮以18時至21時為高峰，正值下班尖峰時段，活動周邊道路之交通車流量大較易壅塞，且周邊停車場常有滿場情形，交通局特別呼籲民眾搭乘大眾運輸前往賞燈。</p>
                
                <p>台北燈節今年為「雙展區、雙IP」，活動於西門商圈、中華路2側、中山堂及圓山花博公園舉辦，西門展區交通管制措施如下：</p>
                
                <h3 style="color: var(--accent-color);">燈區道路管制</h3>
                <p>
                    <strong>西門展區開幕日（2月26日星期四16時至22時）</strong> <br>
                    1. 漢中街（成都路至內江街雙向、長沙街至內江街北向）管制封閉<br>
                    2. 成都路（漢中街至中華路）南側車道 將視人潮彈性管制 。
                </p>
                <p>
                    <strong>燈節期間（假日及週六、週日）16時至22時</strong> <br>
                    1. 秀山街、酉陽街、延平南路（酉陽街~武昌街）、永綏街 管制封閉 。<br>
                    2. 漢中街（成都路至內江街雙向、長沙街至內江街北向）管制封閉<br>
                    3. 成都路（漢中街至中華路）南側車道 將視人潮彈性管制 。
                </p>
                <p>
                    <strong>燈節期間（週一至週五）每日17時至22時</strong> <br>
                    秀山街、酉陽街、延平南路（酉陽街~武昌街）、永綏街 管制封閉 。
                </p>
                
                <h3 style="color: var(--accent-color);">停車管制</h3>
                <p>
                    1. 酉陽街南側裝卸貨停車位及秀山街北側部分路段路邊機車停放區2月25日至3月15日平日17時至22時、假日16時至22時管制禁止停車。<br>
                    2. 中華路/成都路路口西北角（近捷運西門站6號出口）計程車招呼站2月26日16時至22時暫停使用。<br>
                    3. 中華路（開封街至長沙街）路邊黃線2月25日至3月15日16時至22時禁停
                </p>
                
                <h3 style="color: var(--accent-color);">省城隍廟猜燈謎晚會管制</h3>
                <p>
                    1. 管制時間：2月26日、2月28日、3月3日、3月7日14時至24時。<br>
                    2. 管制路段：武昌街（重慶南路至博愛路）。
                </p>
                
                <h3 style="color: var(--accent-color);">公車站點管制</h3>
                <p><strong>2月26日星期四16時至22時、燈節期間（假日及週六、週日）16時至22時：</strong>
                「西門市場（漢中）」站取消，部分公車路線將改道至長沙街或貴陽街。</p>
                
                <h3 style="color: var(--accent-color);">YouBike租借管制</h3>
                <p>
                    1. 因燈組設置，「捷運西門站(3號出口)」YouBike站於115年2月10日至115年3月22日全日暫停營運。<br>
                    2. 站點「中山堂」YouBike站於燈節期間（2月25日至3月15日）平日17時至22時、假日14時至22時暫停營運。<br>
                    3. 燈節期間中華路人行道及圓山花博公園賞燈人潮眾多，為避免自行車與行人交織發生意外，自行車請下車牽行。
                </p>
                
                <p>活動展區位於臺北捷運「西門站」（板南線或松山新店線）1號出口出站即可抵達「IP燈組區」，5號出口可抵達中山堂「競賽燈區」，其餘出口可至「西門展區」；「圓山站」（淡水信義線）1號及2號出口出站即可抵達「花博展區」。西門展區中華路周邊公車路線多、班次密集，雙展區搭乘捷運或公車最省時，交通局呼籲民眾多利用便捷的大眾運輸前往燈節展區，請民眾避免開車前來，以免因周邊道路塞車或花時間找停車位而影響賞燈興致。</p>
                
                <p>相關資訊請至 臺北市政府觀光傳播局活動官網、<a href="http://www.dot.gov.taipei" target="_blank">交通局</a> 及 <a href="http://www.pto.gov.taipei" target="_blank">臺北市公共運輸處</a> 網站瀏覽或電洽臺北市民當家熱線1999(外縣市：02-2720-8889)詢問。</p>
                
                <img src="images/links/traffic_control_map.jpg" alt="新聞配圖">
            </div>
        </article>

        <div style="text-align: center;">
            <a href="news_list" class="btn-back">新聞總覽</a>
        </div>
    </main>

    <?php include 'footer.php'; ?>
    <script src="js/script.js"></script>
</body>
</html>