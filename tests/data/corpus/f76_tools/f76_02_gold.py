#!/usr/bin/env python3
import sys
sys.path.insert(0, '/work/fresh76/tools'); import gold
gold.write('f76_02_kaiti_baogao_wuliu_zhuizong.txt', '开题报告', [
    [19, 1], [20, 2], [23, 2],
    [25, 1], [27, 2], [30, 2], [32, 2], [34, 2], [36, 2], [38, 2],
    [40, 1], [41, 2], [43, 2], [46, 1], [54, 1]])
