"""The passes that run once the sections are decided: titles added beside them (counted siblings, gap siblings, a
title's parts and halves), titles lifted to the level they belong at, and titles their neighbours show to be misread."""

from __future__ import annotations

from typing import Sequence

from reader.text.agendas import drop_agenda_previews
from reader.text.announced import nest_announced_titles
from reader.text.annexruns import align_annex_runs
from reader.text.candidate import Candidate
from reader.text.closings import lift_chapter_notes
from reader.text.codesiblings import lift_code_siblings
from reader.text.echolabels import add_echo_labels
from reader.text.faqlines import keep_questions
from reader.text.finaldrops import drop_misread_titles
from reader.text.flowsteps import drop_flow_steps
from reader.text.gapsiblings import add_gap_siblings
from reader.text.innerlists import inner_counts
from reader.text.lecturetitles import drop_lecture_title
from reader.text.listtitles import add_list_titles
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph
from reader.text.namedparents import named_parents
from reader.text.notes import shows_note
from reader.text.openingparts import opening_part
from reader.text.ordinalseries import add_counted_siblings
from reader.text.parallelparents import parallel_parents
from reader.text.ruledparts import lift_ruled_titles
from reader.text.ruledpictos import add_ruled_pictographs, drop_pictograph_tips
from reader.text.stagedates import stage_titles
from reader.text.subdecimals import lift_numbered_decimals
from reader.text.tightitems import drop_tight_pairs
from reader.text.titledhalves import add_titled_halves
from reader.text.titledlists import titles_over_lists
from reader.text.titleparts import add_title_parts


def settle_candidates(candidates: list[Candidate], paragraphs: Sequence[Paragraph], title: str, kind: str,
                      entries: set[int], written: Sequence[Paragraph] | None, opens: frozenset[str],
                      captioned: frozenset[int], banner: frozenset[int], with_colon: list[int] | None,
                      faq: dict[int, HeadingMatch]) -> tuple[list[Candidate], dict[int, str]]:
    """The decided candidates settled, and the titles nested under the sentence announcing them (for --explain)."""
    candidates = add_counted_siblings(candidates, paragraphs)  # '步骤一：提交申请' beside the title '步骤二：审核处理'
    candidates = add_gap_siblings(candidates, paragraphs)  # '摄影' in the long stretch between '二胡' and '英语'
    candidates = add_title_parts(candidates, paragraphs, with_colon)  # '研究方法：', '设计方案：' under '三、研究方法、设计方案…'
    candidates = add_echo_labels(candidates, paragraphs, with_colon)  # '测评环境：', '比赛环境：' under '比赛环境'
    candidates = add_titled_halves(candidates, paragraphs, title)  # '2017年工作计划' under '…总结及2017年工作计划'
    candidates = add_list_titles(candidates, paragraphs, kind)  # '具体目标' alone over its '1）…' inside '4. …'
    drop_misread_titles(candidates, paragraphs, title, kind, entries, written, opens, captioned, banner)
    candidates = stage_titles(candidates, paragraphs)  # '初赛作品评审' over '2016年11月10日-2016年11月13日'
    lift_numbered_decimals(candidates)  # '3.1' under 三、's sub-title '需求功能清單簡表': a section of 三 itself
    lift_chapter_notes(candidates, paragraphs)  # '本章要點' after '3.6 …': the chapter's, beside its sections
    lift_ruled_titles(candidates, paragraphs)  # '---' then '进阶玩法' under '第五步': beside the ruled title before
    drop_agenda_previews(candidates, paragraphs)  # 'Agenda' over '1. 需求分析' before 'Minute': a preview
    candidates = parallel_parents(candidates, paragraphs)  # '消费者用例', '商家用例' over their own '1.'s
    candidates = named_parents(candidates, paragraphs)  # '3、案例分析——ASF' right over its '3.1 简介'
    candidates = opening_part(candidates, paragraphs, title)  # '本周工作' over '会议纪要', '文档相关', …
    align_annex_runs(candidates, paragraphs)  # '附录 B …' where '附录 A …' sits, not under A's last section
    drop_lecture_title(candidates, paragraphs)  # '第一课.2 纳什均衡案例分析' over its lecturer: the notes' name
    keep_questions(candidates, faq)  # 'Q：…，怎么办？ A：…': a FAQ's question heads its answer, commas and all
    drop_tight_pairs(candidates, paragraphs, lambda: shows_note(paragraphs, opens))
    # '1. 效率问题：…' right over '2. 空间问题：…' in a note: a list of terms
    lift_code_siblings(candidates, paragraphs)  # '分页获取虚拟机' after '获取所有虚拟机' and its code: the next example
    announced = nest_announced_titles(candidates, paragraphs)  # '…可以分为查询、统计分析和查询推理三大类。' over '查询'
    inner_counts(candidates)  # '1. 问题：…', '2. 问题：…' between '3. 实际遇到哪些问题' and '4. …': section 3's list
    drop_pictograph_tips(candidates, paragraphs)  # '💡 每位成员需要录入…': a tip, no sub-title
    drop_flow_steps(candidates, paragraphs)  # '1. 准备阶段' over '↓' over '2. 游戏开始': a flow's boxes
    candidates = add_ruled_pictographs(candidates, paragraphs)  # '---' / '📌 系统概述' beside '---' / '🚀 快速开始'
    candidates = titles_over_lists(candidates, paragraphs, title)  # '具体要求' right over '1. 入参定义' … '9.'
    return candidates, announced
