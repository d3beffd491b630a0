var chapter9 = {
    "content": "第四章 中国共产党领导的革命根据地时期的法制",
    "children": [
        {
            "content": "本章学习提要",
            "children": [
                {
                    "content": "发展历程：中共1921年成立，历经合作、斗争，1927年进入建红军、根据地阶段，1937年建抗日根据地，1945年进入解放区阶段，各阶段法制建设为新中国奠基",
                    "children": [],
                    "payload": {
                        "tag": "li",
                        "lines": "2,3"
                    }
                },
                {
                    "content": "概念区分：1927 - 1937年“苏区”（苏维埃 ），1937 - 1945年“边区”，1946 - 1949年“解放区”",
                    "children": [],
                    "payload": {
                        "tag": "li",
                        "lines": "3,4"
                    }
                }
            ],
            "payload": {
                "tag": "h2",
                "lines": "1,2"
            }
        },
        {
            "content": "第一节 工农民主政权（1927 - 1937年 ）",
            "children": [
                {
                    "content": "一、《中华苏维埃共和国宪法大纲》",
                    "children": [
                        {
                            "content": "（一）制定",
                            "children": [
                                {
                                    "content": "1931年11月7日第一次全国工农兵代表大会通过，1934年1月二次大会修改，增加“同中农巩固的联合”",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "7,8"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "6,7"
                            }
                        },
                        {
                            "content": "（二）内容",
                            "children": [
                                {
                                    "content": "1. 国家性质：工人和农民的民主专政国家，政权属工农及劳苦大众，剥夺剥削者政治权利",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "9,10",
                                        "listIndex": 1
                                    }
                                },
                                {
                                    "content": "2. 政治制度：工农兵代表大会制，全国工农兵代表大会是最高政权机关，中央执行委员会闭会期间为最高政权机关，主席团为闭会期间最高政权机关（1931年12月1日中央执行委员会主席团发布命令，中央政府正式成立 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "10,11",
                                        "listIndex": 2
                                    }
                                },
                                {
                                    "content": "3. 公民权利义务：工农及劳苦民众有广泛民主权利、人身自由，政府提供物质保障",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "11,12",
                                        "listIndex": 3
                                    }
                                },
                                {
                                    "content": "4. 外交政策：宣布中华民族完全自主独立，废除不平等条约，保护受迫害世界革命者、在苏区外国劳动者",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "12,13",
                                        "listIndex": 4
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "8,9"
                            }
                        },
                        {
                            "content": "（三）意义与缺陷",
                            "children": [
                                {
                                    "content": "意义：中共领导人民反帝反封建的工农民主专政纲领",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "14,15"
                                    }
                                },
                                {
                                    "content": "缺陷：受“左”倾思想影响，如混淆民主革命与社会主义界限（限制资本主义又强调土地国有化等 ）、国家结构照搬苏联经验（搞“中华苏维埃联邦” ，脱离国情 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "15,16"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "13,14"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "5,6"
                    }
                },
                {
                    "content": "二、土地立法",
                    "children": [
                        {
                            "content": "（一）《井冈山土地法》",
                            "children": [
                                {
                                    "content": "1928年12月湘赣边界工农民主政府颁行，工农民主政权第一部土地立法",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "18,19"
                                    }
                                },
                                {
                                    "content": "背景：1927年秋收起义后开辟第一个农村革命根据地（井冈山 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "19,20"
                                    }
                                },
                                {
                                    "content": "内容：共9条，规定“没收一切土地归苏维埃所有”，以乡为单位，按人口或劳动力平分土地",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "20,21"
                                    }
                                },
                                {
                                    "content": "错误：没收一切土地（非仅地主土地 ），土地所有权属政府，农民只有使用权，禁止土地买卖",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "21,22"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "17,18"
                            }
                        },
                        {
                            "content": "（二）《兴国土地法》",
                            "children": [
                                {
                                    "content": "工农民主政权中期土地立法（1929年4月 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "23,24"
                                    }
                                },
                                {
                                    "content": "修正：纠正《井冈山土地法》“没收一切土地” 错误，改为“没收一切公共土地及地主阶级的土地”",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "24,25"
                                    }
                                },
                                {
                                    "content": "沿用：土地分配使用仍沿用《井冈山土地法》规定",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "25,26"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "22,23"
                            }
                        },
                        {
                            "content": "（三）《中华苏维埃共和国土地法》",
                            "children": [
                                {
                                    "content": "1931年11月中华工农兵苏维埃第一次全国代表大会通过，土地革命后期影响最大、实施最广、时间最长的土地法",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "27,28"
                                    }
                                },
                                {
                                    "content": "内容",
                                    "children": [
                                        {
                                            "content": "1. 没收对象：一切地主、富农、反革命分子及农村公共土地，没收地主、豪绅、军阀所有财产，废除债务契约",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "29,30",
                                                "listIndex": 1
                                            }
                                        },
                                        {
                                            "content": "2. 分配原则：以乡为单位，按最有利于贫雇农、中农利益原则，贫雇农、中农按人口或人口与劳动力混合标准平分；富农不参加反革命活动且自食其力，分得较坏田；地主不分田",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "30,31",
                                                "listIndex": 2
                                            }
                                        },
                                        {
                                            "content": "3. 土地所有权：现阶段不禁止出租与买卖，条件具备时实行土地国有制",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "31,32",
                                                "listIndex": 3
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "28,32"
                                    }
                                },
                                {
                                    "content": "缺陷：有严重“左”倾错误（“地主不分田，富农分坏田” ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "32,33"
                                    }
                                },
                                {
                                    "content": "典型真题关联",
                                    "children": [
                                        {
                                            "content": "1.贯彻“地主不分田，富农分坏田” 政策的土地立法（《中华苏维埃共和国土地法》 ）（2020年单选第40题答案D ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "34,35"
                                            }
                                        },
                                        {
                                            "content": "2.工农民主政权最重要的土地法（《中华苏维埃共和国土地法》 ）（2015年单选第45题答案D ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "35,37"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "33,37"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "26,27"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "16,17"
                    }
                },
                {
                    "content": "四、《中华苏维埃共和国婚姻法》",
                    "children": [
                        {
                            "content": "发展历程：1931年12月颁《中华苏维埃共和国婚姻条例》，1934年4月被《中华苏维埃共和国婚姻法》取代",
                            "children": [],
                            "payload": {
                                "tag": "li",
                                "lines": "38,39"
                            }
                        },
                        {
                            "content": "主要内容：",
                            "children": [
                                {
                                    "content": "婚姻原则：男女婚姻自由，废除包办、强迫、买卖婚姻，禁止童养媳，一夫一妻，禁一夫多妻/一妻多夫",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "40,41"
                                    }
                                },
                                {
                                    "content": "结婚规定：男满20岁、女满18岁；禁三代内血亲通婚，禁患传染病、神经病、疯瘫者结婚；须到苏维埃登记领结婚证",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "41,42"
                                    }
                                },
                                {
                                    "content": "离婚规定：自由原则，双方同意或一方坚决要求即行离婚；规定孩子、财产处理，私生子女同婚生子女；红军战士之妻离婚，须得夫同意，通信便利地2年、困难地4年无信，可请求登记离婚",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "42,44"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "li",
                                "lines": "39,44"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "37,38"
                    }
                },
                {
                    "content": "五、司法机关与制度（关联补充 ）",
                    "children": [
                        {
                            "content": "（一）司法机关体系",
                            "children": [
                                {
                                    "content": "形成：颁《苏维埃共和国司法程序》等法令，形成初具规模司法机关，各级司法机构受同级政府领导",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "46,47"
                                    }
                                },
                                {
                                    "content": "审判权与司法行政权分合：",
                                    "children": [
                                        {
                                            "content": "中央：分立制，设临时最高法庭（1932年2月成立，何叔衡任主席；1934年2月改最高法院，董必武任院长 ），受苏维埃共和国中央执行委员会领导；受理不服省裁判部/高级军事裁判所一审裁判，解释法律，监督各级裁判部",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "48,49"
                                            }
                                        },
                                        {
                                            "content": "地方：",
                                            "children": [
                                                {
                                                    "content": "省、县、区设裁判部：管辖非军事人员民事、刑事诉讼案件；兼具司法行政与审判职能，设刑事、民事法庭（三人组成，主审+群众团体选的陪审员 ），还有巡回法庭",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "50,51"
                                                    }
                                                },
                                                {
                                                    "content": "红军中设各类军事裁判所",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "51,52"
                                                    }
                                                },
                                                {
                                                    "content": "省、县裁判部设检察员：“审检合一”，检察员管调查、预审、助理告发，裁判员管审问、判决",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "52,53"
                                                    }
                                                }
                                            ],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "49,53"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "47,53"
                                    }
                                },
                                {
                                    "content": "国家政治保卫局：1931年11月成立，邓发任局长；负责反革命案件侦查、预审、公诉；内设侦察部、执行部（李克农任部长 ）等，保卫政权、镇压反革命",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "53,55"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "45,46"
                            }
                        },
                        {
                            "content": "（二）诉讼审判制度和原则",
                            "children": [
                                {
                                    "content": "基本制度原则：司法机关统一审判权，四级二审终审制，审判公开、人民陪审、巡回审判、死刑复核、合议、辩护，废除肉刑、重视证据",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "56,57"
                                    }
                                },
                                {
                                    "content": "老龚点睛补充：",
                                    "children": [
                                        {
                                            "content": "二审终审：案件两审后一般不上诉，检察员有不同意见可抗议再审；废止上级批准，实行上诉",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "58,59"
                                            }
                                        },
                                        {
                                            "content": "死刑执行：县裁判部有判决死刑权，无执行权，须省裁判部批准；省裁判部判决死刑，须临时最高法庭（后最高法院 ）批准",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "59,60"
                                            }
                                        },
                                        {
                                            "content": "人民陪审员：由职工会等群众团体选，每审判一次换二人；军事裁判所陪审员由士兵选，每周换，陪审期间脱岗，结束归队",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "60,61"
                                            }
                                        },
                                        {
                                            "content": "狱政：设劳动感化院，颁《劳动感化院暂行章程》，规定狱政指导思想、管理制度；司法程序强调“阶级路线”",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "61,64"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "57,64"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "55,56"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "44,45"
                    }
                }
            ],
            "payload": {
                "tag": "h2",
                "lines": "4,5"
            }
        },
        {
            "content": "第二节 抗日民主政权（1937 - 1945年 ）",
            "children": [
                {
                    "content": "一、《陕甘宁边区施政纲领》",
                    "children": [
                        {
                            "content": "制定：1941年11月颁布，中共中央将中华苏维埃共和国临时中央政府西北办事处改组为陕甘宁边区政府后，由中共陕甘宁边区中央局提出、经中共中央政治局批准，边区第二届参议会一致通过，是抗日民主政权最具代表性宪法性文件",
                            "children": [],
                            "payload": {
                                "tag": "li",
                                "lines": "66,67"
                            }
                        },
                        {
                            "content": "主要内容",
                            "children": [
                                {
                                    "content": "1. 主要任务：将《抗日救国十大纲领》“抗日”“团结”“民主” 三大任务法律化，发扬民主，团结各阶层、党派，保卫边区和中国",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "68,69",
                                        "listIndex": 1
                                    }
                                },
                                {
                                    "content": "2. 政权建设",
                                    "children": [
                                        {
                                            "content": "参议会制度：边区各级参议会为最高权力机关，是人民代表机关，选举产生同级政府委员会",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "70,71"
                                            }
                                        },
                                        {
                                            "content": "“三三制” 原则：政权人员构成实行共产党占1/3、非党左派进步人士占1/3、中间派占1/3，实行普遍、直接、平等、无记名投票选举制度，保障抗日人民权利",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "71,72"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "69,72",
                                        "listIndex": 2
                                    }
                                },
                                {
                                    "content": "3. 司法与政治：改进司法制度（废除肉刑、重证据不重口供等 ），厉行廉洁政治（严惩贪污等 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "72,73",
                                        "listIndex": 3
                                    }
                                },
                                {
                                    "content": "4. 文化经济政策：发展经济（农、林、牧、手工、工业，奖励私人企业等 ），普及教育，尊重知识分子",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "73,74",
                                        "listIndex": 4
                                    }
                                },
                                {
                                    "content": "5. 真题关联",
                                    "children": [
                                        {
                                            "content": "内容选项（2022年单选第32题，2022年法单选第20题 ）：根据地政权人员构成实行“三三制” 原则（答案D ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "75,76"
                                            }
                                        },
                                        {
                                            "content": "1941年政权人员构成中共产党员占比（2018年单选第40题 ）：1/3（答案A ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "76,77"
                                            }
                                        },
                                        {
                                            "content": "规定“三三制” 的宪法性文件（2014年单选第45题 ）：《陕甘宁边区施政纲领》（答案A ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "77,78"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "74,78",
                                        "listIndex": 5
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "li",
                                "lines": "67,78"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "65,66"
                    }
                },
                {
                    "content": "二、土地立法",
                    "children": [
                        {
                            "content": "原则确立：1937年8月《抗日救国十大纲领》确立“减租减息” 原则，各根据地以此制定土地法规，陕甘宁边区最具代表性",
                            "children": [],
                            "payload": {
                                "tag": "li",
                                "lines": "79,80"
                            }
                        },
                        {
                            "content": "立法阶段",
                            "children": [
                                {
                                    "content": "1. 1940年以前：重点保护农民既得利益，确认农民分得地主土地所有权（如1940年《陕甘宁边区土地条例》 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "81,82",
                                        "listIndex": 1
                                    }
                                },
                                {
                                    "content": "2. 1940年7月以后：重点转为减租减息、保障佃权和低利借贷，制定1942年《陕甘宁边区土地租佃条例草案》、1944年《陕甘宁边区地权条例》",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "82,83",
                                        "listIndex": 2
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "li",
                                "lines": "80,83"
                            }
                        },
                        {
                            "content": "主要内容（以陕甘宁边区为代表 ）",
                            "children": [
                                {
                                    "content": "\n<p data-lines=\"84,85\">（一）保护土地所有权</p>",
                                    "children": [
                                        {
                                            "content": "适用范围：未经土改的地区",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "85,86"
                                            }
                                        },
                                        {
                                            "content": "核心内容：保护私有土地所有权人在法定范围内的权利",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "86,87"
                                            }
                                        },
                                        {
                                            "content": "具体权利：自由使用、收益、处分（包括买卖、典当、抵押、赠与、继承）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "87,88"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "84,88"
                                    }
                                },
                                {
                                    "content": "\n<p data-lines=\"88,89\">（二）减租交租</p>",
                                    "children": [
                                        {
                                            "content": "基本原则：“二五减租”，即地主出租土地的地租比抗战前原租额减轻25%",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "89,90"
                                            }
                                        },
                                        {
                                            "content": "收租人限制：不得多收、预收、收取押租及欠租作息（欠租作息指将欠租当作本金再计算利息）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "90,91"
                                            }
                                        },
                                        {
                                            "content": "承租人要求：不得短少租额",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "91,93"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "88,93"
                                    }
                                },
                                {
                                    "content": "\n<p data-lines=\"93,94\">（三）保障佃权</p>",
                                    "children": [
                                        {
                                            "content": "核心规定：除法定收回租地的条件外，承认累世承租者有永佃权",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "94,95"
                                            }
                                        },
                                        {
                                            "content": "出租人限制：不得随意撤佃",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "95,97"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "93,97"
                                    }
                                },
                                {
                                    "content": "\n<p data-lines=\"97,98\">（四）减轻债务利息</p>",
                                    "children": [
                                        {
                                            "content": "利息限制规则：",
                                            "children": [
                                                {
                                                    "content": "现存债务付息过本一倍：停利还本",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "99,100"
                                                    }
                                                },
                                                {
                                                    "content": "现存债务付息过本两倍：本利停付（借贷关系消灭）",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "100,101"
                                                    }
                                                },
                                                {
                                                    "content": "借贷年利率上限：不得超过10%或15%",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "101,102"
                                                    }
                                                }
                                            ],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "98,102"
                                            }
                                        },
                                        {
                                            "content": "其他要求：禁止一切利息外剥削，以限制高利贷",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "102,104"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "97,104"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "li",
                                "lines": "83,104"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "78,79"
                    }
                },
                {
                    "content": "三、劳动立法",
                    "children": [
                        {
                            "content": "（一）立法背景与原则",
                            "children": [
                                {
                                    "content": "背景：1941年后各边区政府制定劳动法（如《陕甘宁边区劳动保护条例（草案）》等 ），适应抗日民族统一战线，既保护工人利益，又团结资产阶级等",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "106,107"
                                    }
                                },
                                {
                                    "content": "原则：一定限制下鼓励资本主义发展，兼顾工人利益与抗日生产",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "107,108"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "105,106"
                            }
                        },
                        {
                            "content": "（二）主要内容",
                            "children": [
                                {
                                    "content": "1. 组织工会：工人有自由组织工会权利，工会调解劳资纠纷、签集体合同、提诉求",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "109,110",
                                        "listIndex": 1
                                    }
                                },
                                {
                                    "content": "2. 工作时间：实行10小时工作制（陕甘宁边区为8小时 ），雇主加班须征得工人同意并付加班费",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "110,111",
                                        "listIndex": 2
                                    }
                                },
                                {
                                    "content": "3. 工资标准：按各地经济条件实行最低工资标准（以实际生活费用为依据，不同边区标准有别 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "111,112",
                                        "listIndex": 3
                                    }
                                },
                                {
                                    "content": "4. 劳动保护：实行安全生产防护（如规定生产安全措施、工伤待遇等 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "112,113",
                                        "listIndex": 4
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "108,109"
                            }
                        },
                        {
                            "content": "（三）典型真题关联：抗日民主政权时期劳动立法正确表述（工人有组织工会权利、实行安全生产防护、雇主安排加班应征得工人同意 ）（2017年多选第63题，2017年法多选第30题答案ABD ）",
                            "children": [],
                            "payload": {
                                "tag": "h4",
                                "lines": "113,114"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "104,105"
                    }
                },
                {
                    "content": "四、婚姻立法",
                    "children": [
                        {
                            "content": "（一）立法概况：各边区制定地区性婚姻条例（如《陕甘宁边区婚姻条例》等 ）",
                            "children": [],
                            "payload": {
                                "tag": "h4",
                                "lines": "115,116"
                            }
                        },
                        {
                            "content": "（二）主要内容",
                            "children": [
                                {
                                    "content": "1. 基本原则：男女平等、婚姻自由、一夫一妻制、保护妇女儿童",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "117,118",
                                        "listIndex": 1
                                    }
                                },
                                {
                                    "content": "2. 最低婚龄：男20周岁，女18周岁",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "118,119",
                                        "listIndex": 2
                                    }
                                },
                                {
                                    "content": "3. 订婚制度：“订婚”“解除婚约” 专章，订婚非必经程序，不得索取钱物、强制履行，可解除",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "119,120",
                                        "listIndex": 3
                                    }
                                },
                                {
                                    "content": "4. 离婚条件：双方愿意离婚，向当地乡政府登记即可；规定离婚后财产、子女抚养处理（共同财产债务平分 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "120,121",
                                        "listIndex": 4
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "116,117"
                            }
                        },
                        {
                            "content": "（三）典型真题关联：抗日民主政权时期婚姻立法不正确表述（明确登记结婚以订婚为必要程序 ）（2019年单选第32题，2019年法单选第20题答案D ）",
                            "children": [],
                            "payload": {
                                "tag": "h4",
                                "lines": "121,122"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "114,115"
                    }
                },
                {
                    "content": "五、刑事立法",
                    "children": [
                        {
                            "content": "（一）主要罪名：汉奸罪、破坏坚壁财物罪、贪污罪（“汉奸贪污破壁机” 记忆线索 ）",
                            "children": [],
                            "payload": {
                                "tag": "h4",
                                "lines": "123,124"
                            }
                        },
                        {
                            "content": "（二）刑法原则发展",
                            "children": [
                                {
                                    "content": "1. 镇压与宽大相结合：悔悟者宽大，不悔悟者严办，区分首要与胁从",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "125,126",
                                        "listIndex": 1
                                    }
                                },
                                {
                                    "content": "2. 平等保障人权：纠正“唯成分论”“左” 倾错误",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "126,127",
                                        "listIndex": 2
                                    }
                                },
                                {
                                    "content": "3. 反对威吓报复，实行感化教育：依犯罪行为危害大小定罪，体现法律面前人人平等",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "127,128",
                                        "listIndex": 3
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "124,125"
                            }
                        },
                        {
                            "content": "（三）典型真题关联：抗日民主政权的刑法原则（镇压与宽大相结合、平等保障人权、实行感化教育 ）（2024年多选第50题，2024年法多选第30题答案ABC ）",
                            "children": [],
                            "payload": {
                                "tag": "h4",
                                "lines": "128,129"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "122,123"
                    }
                },
                {
                    "content": "六、司法制度",
                    "children": [
                        {
                            "content": "（一）司法组织体制",
                            "children": [
                                {
                                    "content": "1. 审级制度：抗日战争时期初期实行两审终审制（边区高等法院 - 县司法处 ，名义上南京国民政府最高法院管辖，实际无实质联系 ）；后期改为自行终审的三级三审制（1942年设边区政府审判委员会受理第三审；1943年设边区高等法院分庭 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "131,132",
                                        "listIndex": 1
                                    }
                                },
                                {
                                    "content": "2. 检、审体制：实行审、检合一制（检察机关设于审判机关内 ，1942年1月简政后检察处撤销，公安等代行职权 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "132,134",
                                        "listIndex": 2
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "130,131"
                            }
                        },
                        {
                            "content": "（二）马锡五审判方式",
                            "children": [
                                {
                                    "content": "背景与人物：马锡五任陕甘宁边区陇东专署专员兼边区高等法院陇东分庭庭长等，巡回审判贯彻群众路线",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "135,136"
                                    }
                                },
                                {
                                    "content": "特点：深入农村调查研究、依靠群众、方便诉讼、手续简便",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "136,137"
                                    }
                                },
                                {
                                    "content": "典型案例：封芝琴（乳名捧儿 ）与张柏婚姻纠纷案（评剧《刘巧儿》原型 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "137,138"
                                    }
                                },
                                {
                                    "content": "意义：群众路线在司法实践运用，创造司法民主新形式",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "138,139"
                                    }
                                },
                                {
                                    "content": "真题关联",
                                    "children": [
                                        {
                                            "content": "审理封芝琴案法官（马锡五 ）（2023年单选第32题，2023年法单选第20题答案C ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "140,141"
                                            }
                                        },
                                        {
                                            "content": "“马锡五审判方式” 产生于（抗日民主政权时期 ）（2016年单选第45题答案B ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "141,142"
                                            }
                                        },
                                        {
                                            "content": "正确表述（重视调查研究、开创司法民主新形式、运用群众路线 ）（2010年多选第62题答案ACD ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "142,143"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "139,143"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "134,135"
                            }
                        },
                        {
                            "content": "（三）人民调解制度",
                            "children": [
                                {
                                    "content": "地位：抗日民主政权司法重要补充，各边区有单行法规（如1941年《山东省调解委员会暂行组织条例》等 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "144,145"
                                    }
                                },
                                {
                                    "content": "调解方式：民间调解、群众团体调解、政府调解、司法调解",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "145,146"
                                    }
                                },
                                {
                                    "content": "调解原则：双方自愿、以法律为准绳兼顾善良风俗、不是诉讼必经程序",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "146,147"
                                    }
                                },
                                {
                                    "content": "调解范围：民事纠纷、轻微刑事案件",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "147,148"
                                    }
                                },
                                {
                                    "content": "处理方式：赔礼道歉、赔偿等，制作调解书",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "148,149"
                                    }
                                },
                                {
                                    "content": "意义：新民主主义司法特色，促司法公正高效，影响新中国司法",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "149,150"
                                    }
                                },
                                {
                                    "content": "真题关联",
                                    "children": [
                                        {
                                            "content": "抗日民主政权人民调解制度正确表述（调解不是诉讼必经程序、以法律为准绳兼顾善良风俗 ）（2021年单选第40题答案D ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "151,152"
                                            }
                                        },
                                        {
                                            "content": "革命根据地时期人民调解制度原则（双方自愿、尊重群众意见、以法律为准绳兼顾善良风俗、不是诉讼必经程序 ）（2010年法多选第30题答案ACD ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "152,154"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "150,154"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "143,144"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "129,130"
                    }
                }
            ],
            "payload": {
                "tag": "h2",
                "lines": "64,65"
            }
        },
        {
            "content": "第三节 人民民主政权（1946 - 1949年 ）",
            "children": [
                {
                    "content": "一、宪法性文件",
                    "children": [
                        {
                            "content": "（一）《陕甘宁边区宪法原则》",
                            "children": [
                                {
                                    "content": "制定：1946年4月陕甘宁边区第三届参议会通过，分政权组织、人民权利、司法、经济和文化5部分，是解放战争初期代表性宪法文件",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "157,158"
                                    }
                                },
                                {
                                    "content": "主要内容",
                                    "children": [
                                        {
                                            "content": "1. 政权组织：采取人民代表会议制，边区、县、乡人民代表会议为管理政权机关，由参议会过渡而来，为新中国政治制度奠基",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "159,160",
                                                "listIndex": 1
                                            }
                                        },
                                        {
                                            "content": "2. 人民权利：保障人民不分民族一律平等，少数民族聚居区有民族区域自治权（1947年5月成立内蒙古自治政府，为首个民族区域自治政府 ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "160,161",
                                                "listIndex": 2
                                            }
                                        },
                                        {
                                            "content": "3. 司法原则：各级司法机关独立行使职权，不受干涉，人民有权控告失职公务人员",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "161,162",
                                                "listIndex": 3
                                            }
                                        },
                                        {
                                            "content": "4. 经济文化：经济采公营、合作、私营方式，保障耕者有其田等；文化普及提高水平，建文化统一战线",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "162,163",
                                                "listIndex": 4
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "158,163"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "156,157"
                            }
                        },
                        {
                            "content": "（二）《中国人民解放军宣言》",
                            "children": [
                                {
                                    "content": "制定：1947年10月10日中国人民解放军总部发布",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "164,165"
                                    }
                                },
                                {
                                    "content": "内容：宣布共产党八项基本政策，核心是组成民族统一战线、成立民主联合政府，是召集新政治协商会议基础",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "165,166"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "163,164"
                            }
                        },
                        {
                            "content": "（三）《华北人民政府施政方针》",
                            "children": [
                                {
                                    "content": "制定：1948年8月华北临时人民代表大会通过，华北人民政府（1948年9月晋察冀与晋冀鲁豫边区政府合并成立 ）颁布，解放战争后期代表性宪法文件",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "167,168"
                                    }
                                },
                                {
                                    "content": "主要内容",
                                    "children": [
                                        {
                                            "content": "1. 基本任务：支援前线、建设生产、建民主政治、培养人才",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "169,170",
                                                "listIndex": 1
                                            }
                                        },
                                        {
                                            "content": "2. 方针政策",
                                            "children": [
                                                {
                                                    "content": "政治：健全人民代表大会制度，保障民主权利等",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "171,172"
                                                    }
                                                },
                                                {
                                                    "content": "经济：发展农业（发土地确权、建合作组织 ）、促城乡交流、公私兼顾发展工商业",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "172,173"
                                                    }
                                                },
                                                {
                                                    "content": "文化教育：建正规教育、文化统一战线，保护新解放区",
                                                    "children": [],
                                                    "payload": {
                                                        "tag": "li",
                                                        "lines": "173,175"
                                                    }
                                                }
                                            ],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "170,175",
                                                "listIndex": 2
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "168,175"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "166,167"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "155,156"
                    }
                },
                {
                    "content": "二、土地立法",
                    "children": [
                        {
                            "content": "（一）《五四指示》",
                            "children": [
                                {
                                    "content": "发布：1946年5月4日中共中央发布《关于土地问题的指示》（简称《五四指示》 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "177,178"
                                    }
                                },
                                {
                                    "content": "内容：改抗战时期减租减息为没收地主土地分配给农民，实行土地改革，揭开解放区土地改革序幕",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "178,179"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "176,177"
                            }
                        },
                        {
                            "content": "（二）《中国土地法大纲》",
                            "children": [
                                {
                                    "content": "发布：1947年10月10日中共中央公布施行",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "180,181"
                                    }
                                },
                                {
                                    "content": "主要内容",
                                    "children": [
                                        {
                                            "content": "1. 废除封建、半封建剥削土地制度，实行耕者有其田",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "182,183",
                                                "listIndex": 1
                                            }
                                        },
                                        {
                                            "content": "2. 土地改革原则：依靠贫雇农，团结中农，保护工商业者，正确对待地主富农",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "183,184",
                                                "listIndex": 2
                                            }
                                        },
                                        {
                                            "content": "3. 分配办法：以乡村为单位，按人口平均分配一切土地（数量抽多补少、质量抽肥补瘦 ），地主及其家属等可分得与农民同样土地财产",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "184,185",
                                                "listIndex": 3
                                            }
                                        },
                                        {
                                            "content": "4. 土地所有权：确认人民对分得土地的所有权，允许自由经营、买卖、出租（特定情况 ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "185,186",
                                                "listIndex": 4
                                            }
                                        },
                                        {
                                            "content": "5. 执行机关：乡村农民大会、贫农团大会、区县省级农民代表大会",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "186,187",
                                                "listIndex": 5
                                            }
                                        },
                                        {
                                            "content": "6. 保障措施：对违抗破坏土地改革者，由人民法庭审判",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "187,188",
                                                "listIndex": 6
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "181,188"
                                    }
                                },
                                {
                                    "content": "意义：总结土地革命经验，修正此前错误，调动农民革命与生产积极性",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "188,189"
                                    }
                                },
                                {
                                    "content": "真题关联：《中国土地法大纲》正确内容（按乡村为单位、人口平均分配土地等 ）（2010年单选第44题答案C ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "189,190"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "179,180"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "175,176"
                    }
                },
                {
                    "content": "三、劳动立法",
                    "children": [
                        {
                            "content": "背景：1948年8月第六次全国劳动大会，通过《关于中国职工运动当前任务的决议》《中华总工会章程》",
                            "children": [],
                            "payload": {
                                "tag": "li",
                                "lines": "191,192"
                            }
                        },
                        {
                            "content": "内容：确定解放区职工运动任务，实行战时劳动福利政策，确立劳动契约与争议处理原则，恢复中华全国总工会",
                            "children": [],
                            "payload": {
                                "tag": "li",
                                "lines": "192,193"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "190,191"
                    }
                },
                {
                    "content": "四、婚姻立法",
                    "children": [
                        {
                            "content": "初期：老解放区沿用抗战婚姻条例（如华北人民政府宣布晋察冀等边区条例有效 ），部分地区修订（如1946年修正《陕甘宁边区婚姻条例》等 ）",
                            "children": [],
                            "payload": {
                                "tag": "li",
                                "lines": "194,195"
                            }
                        },
                        {
                            "content": "新解放区：参照老区制定法规（如《辽北省关于婚姻问题暂行处理办法（草案）》等 ）",
                            "children": [],
                            "payload": {
                                "tag": "li",
                                "lines": "195,196"
                            }
                        },
                        {
                            "content": "特点：强调婚姻自由、保障革命军人婚姻、处理干部离婚（以“夫妻感情意志根本不合” 为标准等 ）",
                            "children": [],
                            "payload": {
                                "tag": "li",
                                "lines": "196,197"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "193,194"
                    }
                },
                {
                    "content": "五、刑事立法",
                    "children": [
                        {
                            "content": "（一）主要罪名：惩办战争罪犯、镇压地主恶霸与肃清政治土匪、取缔反动组织、解散反动会道门迷信组织，惩治扰乱金融等犯罪",
                            "children": [],
                            "payload": {
                                "tag": "h4",
                                "lines": "198,199"
                            }
                        },
                        {
                            "content": "（二）法定刑",
                            "children": [
                                {
                                    "content": "继承：继承抗战时期边区制度（死刑、有期徒、劳役、罚金、褫夺公权、没收财产 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "200,201"
                                    }
                                },
                                {
                                    "content": "创新：创设“管制” 刑（交政府及群众监督，限制自由、定期报告行踪 ），增加无期徒刑",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "201,202"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "199,200"
                            }
                        },
                        {
                            "content": "（三）刑法原则：惩办与宽大相结合，明确“首恶者必办，胁从者不问，立功者受奖”（《中国人民解放军宣言》 ）",
                            "children": [
                                {
                                    "content": "真题关联",
                                    "children": [
                                        {
                                            "content": "人民民主政权时期新创刑种（管制 ）（2017年单选第45题答案A ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "204,205"
                                            }
                                        },
                                        {
                                            "content": "明确“首恶者必办…” 原则的文件（《中国人民解放军宣言》 ）（2009年单选第45题答案D ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "205,206"
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "203,206"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "202,203"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "197,198"
                    }
                },
                {
                    "content": "六、司法制度",
                    "children": [
                        {
                            "content": "（一）人民法院体制完善",
                            "children": [
                                {
                                    "content": "体制：解放战争后期，各行政大区建立大区、省（行署 ）、县三级审判体制（三级三审制 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "208,209"
                                    }
                                },
                                {
                                    "content": "特点：审判机构称人民法院，推事改称审判员，设审判委员会；隶属于同级人民政府，独立行使审判职能；组建人民法庭（以贫雇农为骨干，审判违抗破坏土地法案 ）",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "209,210"
                                    }
                                },
                                {
                                    "content": "审检制度：解放战争后期，华北、东北等大区规定公安机关对特定案件有侦查权，侦查后向人民法院起诉",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "210,211"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "207,208"
                            }
                        },
                        {
                            "content": "（二）《关于废除国民党的〈六法全书〉与确定解放区的司法原则的指示》",
                            "children": [
                                {
                                    "content": "发布：1949年2月中共中央发布",
                                    "children": [],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "212,213"
                                    }
                                },
                                {
                                    "content": "基本精神",
                                    "children": [
                                        {
                                            "content": "1. 废除国民党全部法律制度（法统和《六法全书》 ）",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "214,215",
                                                "listIndex": 1
                                            }
                                        },
                                        {
                                            "content": "2. 确立解放区司法原则：有纲领、法律等规定从其规定，无规定从新民主主义政策",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "215,216",
                                                "listIndex": 2
                                            }
                                        },
                                        {
                                            "content": "3. 教育改造司法干部：批判旧法律，学习新法律",
                                            "children": [],
                                            "payload": {
                                                "tag": "li",
                                                "lines": "216,218",
                                                "listIndex": 3
                                            }
                                        }
                                    ],
                                    "payload": {
                                        "tag": "li",
                                        "lines": "213,218"
                                    }
                                }
                            ],
                            "payload": {
                                "tag": "h4",
                                "lines": "211,212"
                            }
                        }
                    ],
                    "payload": {
                        "tag": "h3",
                        "lines": "206,207"
                    }
                }
            ],
            "payload": {
                "tag": "h2",
                "lines": "154,155"
            }
        }
    ],
    "payload": {
        "tag": "h1",
        "lines": "0,1"
    }
}