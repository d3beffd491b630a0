"""A note's numbered sentences that follow one another are a list it enumerates, not its sections.

Lines are taken from the dev document f8_07 (JavaGuide's CompletableFuture notes, Snailclimb/JavaGuide); each test
fails without `notes.sentence_lists` or without the part of it the test names.
"""

from __future__ import annotations

from pathlib import Path

from reader.text.outline import parse_outline
from support import outline, spaced_paragraphs

CODE = ["CompletableFuture<RpcResponse<Object>> resultFuture = new CompletableFuture<>();",
        "resultFuture.complete(rpcResponse);", "rpcResponse = completableFuture.get();",
        "CompletableFuture<String> future = CompletableFuture.completedFuture(\"hello!\");",
        "assertEquals(\"hello!\", future.get());"]
INTRO = ["对于存在前后调用顺序关系的任务，可以进行任务编排。",
         "1. 获取用户信息之后，才能调用商品详情和物流信息接口。",
         "2. 成功获取商品详情和物流信息之后，才能调用商品推荐接口。",
         "可能会用到多线程异步任务编排的场景（这里只是举例，数据不一定是一次返回，可能会对接口进行拆分）：",
         "1. 首页：例如技术社区的首页可能需要同时获取文章推荐列表、广告栏、文章排行榜、热门话题等信息。",
         "2. 详情页：例如技术社区的文章详情页可能需要同时获取作者信息、文章详情、文章评论等信息。",
         "3. 统计模块：例如技术社区的后台统计模块可能需要同时获取粉丝数汇总、文章数据（阅读量、评论量、收藏量）汇总等信息。",
         "对于 Java 程序来说，Java 8 才被引入的 CompletableFuture 可以帮助我们来做多个任务的编排，功能非常强大。"]
NOTE = INTRO + [
    "Future 介绍",
    "Future 类是异步思想的典型运用，主要用在一些需要执行耗时任务的场景，避免程序一直原地等待耗时任务执行完成，执行效率太低。",
    "创建 CompletableFuture",
    "常见的创建 CompletableFuture 对象的方法如下：",
    "1. 通过 new 关键字。", "2. 基于 CompletableFuture 自带的静态工厂方法：runAsync()、supplyAsync()。",
    "new 关键字",
    "通过 new 关键字创建 CompletableFuture 对象这种使用方式可以看作是将 CompletableFuture 当做 Future 来使用。",
] + CODE + ["处理异步结算的结果", "当我们获取到异步计算的结果之后，还可以对其进行进一步的处理，比较常用的方法有下面几个：",
            "thenApply() 方法接受一个 Function 实例，用它来处理结果。"]


def test_numbered_sentences_one_after_another_in_a_note_are_a_list():
    found = outline(NOTE, "CompletableFuture 详解")
    assert [h for h in found if h[1]] == []  # no numbered heading: every '1.'/'2.' line is a list item
    assert (1, "", "Future 介绍") in found and (1, "", "处理异步结算的结果") in found


def test_numbered_questions_with_answers_between_them_stay_sections():
    faq = ["1. 为什么需要 CompletableFuture？",
           "Future 在实际使用过程中存在一些局限性，比如不支持异步任务的编排组合、获取计算结果的 get() 方法为阻塞调用。",
           "2. 如何创建 CompletableFuture？",
           "常见的创建 CompletableFuture 对象的方法有两种：通过 new 关键字，或基于自带的静态工厂方法。"] + CODE + \
          ["3. 如何处理异常？", "你可以通过 handle() 方法来处理任务执行过程中可能出现的抛出异常的情况。"]
    assert [h[1] for h in outline(faq, "CompletableFuture 问答")] == ["1.", "2.", "3."]


def test_numbered_paragraphs_are_no_sections_to_nest_a_notes_titles_under():
    # h13_04 (Jezzlouis/jezz-middle): its only numbered lines, '1.7 put会导致死循环: rehash的时候 将每个链表转化到新链表，…'
    # and '1.8 进行了优化 …', number remarks, not sections; the titles over its code then stand on their own
    from reader.text.document import load_document

    docs = Path(__file__).parents[1] / "data" / "corpus" / "docs"
    doc = load_document(docs / "h13_04_notes_java_concurrenthashmap.txt")
    assert [h.marker for h in doc.headings if h.marker] == []
    assert {"内部类 Node", "put操作", "get操作"} <= {h.title for h in doc.headings}


def test_a_short_title_after_a_list_over_prose_is_a_title():
    # f8_07: the bullets of '正确进行异常处理' end, and '合理组合多个异步任务' heads the next part
    lines = NOTE + CODE + [
        "正确进行异常处理", "使用 CompletableFuture 的时候一定要以正确的方式进行异常处理，避免异常丢失或者出现不可控问题。",
        "下面是一些建议：",
        "- 使用 whenComplete 方法可以在任务完成时触发回调函数，并正确地处理异常，而不是让异常被吞噬或丢失。",
        "- 使用 exceptionally 方法可以处理异常并重新抛出，以便异常能够传播到后续阶段，而不是让异常被忽略或终止。",
        "- ……", "合理组合多个异步任务",
        "正确使用 thenCompose()、 thenCombine()、acceptEither()、allOf()、anyOf() 等方法来组合多个异步任务，以满足实际业务"
        "的需求。"]
    assert (1, "", "合理组合多个异步任务") in outline(lines, "CompletableFuture 详解")


PAIR = ["也可能是：", "future1 done...", "abc", "CompletableFuture 使用建议", "使用自定义线程池",
        "我们上面的代码示例中，为了方便，都没有选择自定义线程池。实际项目中，这是不可取的。"]


def test_a_section_title_over_its_first_subsection_title_are_both_titles():
    # f8_07: the program's output, then '### CompletableFuture 使用建议' and '#### 使用自定义线程池' over its text
    found = outline(NOTE + PAIR, "CompletableFuture 详解")
    assert (1, "", "CompletableFuture 使用建议") in found and (1, "", "使用自定义线程池") in found


def test_two_short_lines_under_a_run_of_short_lines_are_items_not_titles():
    # as f8_07 sets them: paragraphs apart, a list's items line under line
    blocks = [x for line in NOTE for x in (line, "")] + [
        "常用的方法有：", "", "转换结果", "消费结果", "运行下一步", "使用自定义线程池", "",
        "我们上面的代码示例中，为了方便，都没有选择自定义线程池。实际项目中，这是不可取的。"]
    found = [(h.depth, h.marker, h.title) for h in parse_outline(spaced_paragraphs(blocks), "CompletableFuture 详解")]
    assert (1, "", "运行下一步") not in found and (1, "", "使用自定义线程池") not in found
