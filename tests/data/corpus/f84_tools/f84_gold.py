#!/usr/bin/env python3
"""Gold specs of fresh set 84, decided by hand from each source's own structure (see rebuild.sh comments).
usage: f84_gold.py NN  -> writes gold/<stem>.json for document NN with gold.write"""
import re, sys
sys.path.insert(0, '/work/fresh84/tools')
import gold
CN = '一二三四'
def doc01():
    t = 'f84_01_jiaoxue_jiqiren_jigouxue_shiyan_zhidaoshu.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    spec = [[2, 1]]
    def exp(ln, k):
        s = L[ln - 1]
        return [ln, 1, s.split('：', 1)[1], '实验' + CN[k]]
    # 实验X (depth 1) / 一、..五、 (2) / 1. or the Word-auto-numbered 电气部分, 运动学及控制部分 (3) / 运动学原理, 控制部分原理 (4)
    blocks = [(7, [8, 12, 14, (20, [22, 27, 30]), 33]),
              (38, [40, 45, 47, (55, [56, 60, (64, [65, 71])]), 81]),
              (92, [94, 99, 101, (109, [110, 114, (118, [119, 126])]), 136]),
              (147, [149, 154, 156, (164, [165, 169, (173, [174, 180])]), 190])]
    def walk(items, d):
        for it in items:
            if isinstance(it, tuple):
                spec.append([it[0], d]); walk(it[1], d + 1)
            else:
                spec.append([it, d])
    for k, (ln, kids) in enumerate(blocks):
        spec.append(exp(ln, k)); walk(kids, 2)
    return t, L[0], spec
def doc02():
    t = 'f84_02_jishu_gongzuoliu_caozuo_shouce.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    spec = []
    for ln in [2, 4, 5, 7, 8, 11, 14, 15, 18, 19, 21, 25, 26, 28, 32, 34, 35, 39]:
        s = L[ln - 1]
        num = s.split(' ', 1)[0]
        if num == '简述':
            spec.append([ln, 1]); continue
        d = num.count('.') + 1
        spec.append([ln, d, s.split(' ', 1)[1], num])
    return t, L[0], spec
def doc03():
    t = 'f84_03_qiye_jiqi_zhineng_dasai_cansai_shouce.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    d1 = [104, 222, 475, 531, 662, 740, 814]
    d2 = [106, 115, 134, 194, 203, 224, 238, 252, 297, 385, 438, 477, 485, 494, 501, 533, 594,
          667, 697, 703, 717, 722, 728, 742, 757, 782, 793, 816, 843]
    d3 = [155, 165, 177, 256, 280, 298, 303, 380, 463, 534, 541, 550, 589, 818, 826, 833, 838,
          845, 850, 856, 862, 868, 876, 882, 890, 896, 902, 908]
    d4 = [257, 269, 274, 281, 287, 307, 324, 341, 371, 375]
    spec = sorted([[l, 1] for l in d1] + [[l, 2] for l in d2] + [[l, 3] for l in d3] + [[l, 4] for l in d4])
    for it in spec:
        s = L[it[0] - 1].strip()
        m = re.match(r'^(\d+(?:\.\d+)+)(.*)$', s)
        if m:  # '4.1“启智杯”能量站' has no space after its number: take the number as the marker
            it += [m.group(2).strip(), m.group(1)]
        elif s.startswith('通道'):  # '通道一：V 社区': its label numbers it, as 实验一 in f84_01
            it += [s.split('：', 1)[1], s.split('：', 1)[0]]
        elif s.startswith(('算法赛道', '开发赛道', '应用赛道')):
            it += [s, '']
    return t, L[0], spec
def doc04():
    t = 'f84_04_xiehui_huaren_xuesheng_shenghuo_shouce.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    d1 = [110, 146, 506, 648, 2230]
    d2 = [147, 257, 295, 316, 380, 396, 507, 531, 649, 893, 1151, 1288, 1459, 1647, 1885, 1993,
          2232, 2276, 2319, 2350, 2383]
    d3 = [157, 179, 225, 237, 352, 356, 398, 413, 509, 512, 525, 533, 554, 561, 569, 586, 606, 621,
          651, 700, 751, 768, 895, 919, 990, 1089, 1153, 1205, 1241, 1290, 1305, 1312, 1390, 1407,
          1461, 1477, 1620, 1649, 1654, 1753, 1887, 1916, 2008, 2125, 2148]
    d4 = [1667, 1675, 1689, 1694, 1700, 1840, 1856, 1864, 1871,
          2024, 2043, 2063, 2066, 2071, 2081, 2086, 2091, 2095, 2102, 2106, 2110, 2115]
    spec = sorted([[l, 1] for l in d1] + [[l, 2] for l in d2] + [[l, 3] for l in d3] + [[l, 4] for l in d4])
    for it in spec:
        s = L[it[0] - 1].strip()
        m = re.match(r'^§\s*(\d+\.\d+)\s*(.*)$', s)
        if m:
            it += [m.group(2), '§' + m.group(1)]
        m = re.match(r'^[(（](\d+)[)）]\s*(.*?)[：:]?$', s)
        if m:  # '(2) 日常用品：' with ASCII brackets as printed
            it += [m.group(2), s[:s.index(m.group(1)) + len(m.group(1)) + 1]]
    return t, L[0], spec
def doc05():
    t = 'f84_05_jishu_shendu_xuexi_xingneng_ceshi_zhibiao_guifan.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    spec = []
    for ln in [68, 70, 78, 87, 94, 96, 98, 115, 121, 123, 125, 137, 161, 215]:
        num = L[ln - 1].split()[0]
        spec.append([ln, num.rstrip('.').count('.') + 1])
    return t, L[0], spec
def doc06():
    t = 'f84_06_jiaoxue_rsa_aes_jiami_shiyan_zhidaoshu.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    # eight sections numbered 1..8 by Word list numbering (not in the text) except '2 实验要求' / '3 实验内容' (typed)
    spec = [[2, 1], [7, 1, '实验要求', '2'], [11, 1, '实验内容', '3'], [14, 1], [35, 1], [39, 1], [41, 1], [47, 1],
            [48, 2], [131, 2]]
    return t, L[0], spec
def doc07():
    t = 'f84_07_jingsai_diansai_h_ti_saiti.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    return t, L[0], [[3, 1], [19, 1], [20, 2], [39, 2], [62, 2], [106, 2]]
def doc08():
    t = 'f84_08_jiaoxue_python_shuju_fenxi_dazuoye_zhidaoshu.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    o = 2  # docx_with_title.sh puts the title and a blank line before the Word text
    spec = [[3, 1], [7, 1], [9, 1], [10, 2, '数据采集', '实验1.'], [15, 2, '数据清洗、预处理', '实验2.'],
            [20, 2, '数据挖掘', '实验3.'], [25, 2, '数据可视化', '实验4.'], [27, 1], [30, 1],
            [32, 2, '实验验收成绩（50分）', '1 、'], [33, 3], [38, 3], [43, 3, '创新（10分）', '1.3、'],
            [47, 2], [49, 1]]
    for it in spec:
        it[0] += o
    return t, L[0], spec
def doc09():
    t = 'f84_09_qiye_qiche_fuwu_zhaopin_jianzhang.txt'
    L = open('/work/fresh84/docs/' + t, encoding='utf-8').read().split('\n')
    return t, L[0], [[3, 1], [5, 1], [6, 2], [7, 3], [13, 3], [17, 3], [20, 2]]
if __name__ == '__main__':
    t, title, spec = globals()['doc' + sys.argv[1]]()
    gold.write(t, title, spec)
