"""Technical study notes and translated papers: unnumbered sub-headings named in Latin alone or in both scripts.

Lines are taken from the dev documents tut03/tut04 (CyC2018/CS-Notes), paper02 (a translated ZooKeeper paper),
h11_04 (Go notes) and f8_04 (Paxos made simple with Chinese annotations); each test fails without the rule it names.
"""

from __future__ import annotations

import pytest

from reader.text.notes import echoed
from support import outline

SELECT = ["int select(int n, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, struct timeval *timeout);",
          "fd_set fd_in, fd_out;", "struct timeval tv;", "FD_ZERO(&fd_in);", "FD_SET(sock1, &fd_in);",
          "int largest_sock = sock1 > sock2 ? sock1 : sock2;", "tv.tv_sec = 10;", "}"]
POLL = ["int poll(struct pollfd *fds, unsigned int nfds, int timeout);", "struct pollfd fds[2];",
        "fds[0].fd = sock1;", "int ret = poll(&fds, 2, 10000);", "}"]
SOCKET_NOTE = (["Socket", "一、I/O 模型", "一个输入操作通常包括两个阶段：等待数据准备好，从内核向进程复制数据。",
                "二、I/O 复用", "select/poll/epoll 都是 I/O 多路复用的具体实现，select 出现的最早，之后是 poll，再是 epoll。",
                "select"] + SELECT + ["poll"] + POLL
               + ["比较", "select 和 poll 的功能基本相同，不过在一些实现细节上有所不同。", "参考资料",
                  "- Stevens W R, Fenner B, Rudoff A M. UNIX network programming[M]."])


def test_a_lowercase_name_over_code_that_declares_it_is_a_sub_heading():
    found = outline(SOCKET_NOTE, "Socket")
    assert (2, "", "select") in found and (2, "", "poll") in found


def test_references_after_the_last_section_close_the_note_at_the_top_level():
    assert (1, "", "参考资料") in outline(SOCKET_NOTE, "Socket")


JAVA_NOTE = ["Java IO", "一、对象操作", "序列化就是将一个对象转换成字节序列，方便存储和传输。",
             "public static void main(String[] args) throws IOException, ClassNotFoundException {",
             "    A a1 = new A(123, \"abc\");", "    String objectFile = \"file/a1\";",
             "    ObjectOutputStream objectOutputStream = new ObjectOutputStream(new FileOutputStream(objectFile));",
             "    objectOutputStream.writeObject(a1);", "}",
             "transient", "transient 关键字可以使一些属性不会被序列化。",
             "ArrayList 中存储数据的数组 elementData 是用 transient 修饰的，因为这个数组是动态扩展的。",
             "二、网络操作", "Java 中的网络支持：", "- InetAddress：用于表示网络上的硬件资源，即 IP 地址；",
             "    InetAddress.getByName(String host);", "}",
             "Sockets", "- ServerSocket：服务器端类", "- Socket：客户端类",
             "Datagram", "- DatagramSocket：通信类", "- DatagramPacket：数据包类", "三、NIO",
             "新的输入/输出 (NIO) 库是在 JDK 1.4 中引入的，弥补了原来的 I/O 的不足，提供了高速的、面向块的 I/O。"]


@pytest.mark.parametrize("name", ["transient", "Sockets", "Datagram"])
def test_a_latin_name_whose_section_names_it_again_is_a_sub_heading(name):
    assert (2, "", name) in outline(JAVA_NOTE, "Java IO")


def test_a_latin_token_over_code_that_does_not_name_it_is_code():
    lines = list(SOCKET_NOTE)
    lines[lines.index("poll")] = "else"  # a K&R 'else' on its own line, over code that never says 'else'
    found = outline(lines, "Socket")
    assert (2, "", "select") in found and not [h for h in found if h[2] == "else"]


@pytest.mark.parametrize("term,below,echo", [
    ("select", "int select(int n, fd_set *readfds, fd_set *writefds);", True),
    ("epoll", "int epoll_create(int size);", True),
    ("Sockets", "- ServerSocket：服务器端类", True),
    ("Group Membership", "我们利用 ephemral 节点来实现 group membership. 更确切地说", True),
    ("recover", "Go 语言还提供了 recover 函数，可以避免因为 panic 发生而导致整个程序终止", True),
    ("else", "{", False),
    ("WTO", "中华人民共和国加入世界贸易组织以后，对外贸易经营者应当依法经营。", False),
])
def test_echo_is_the_name_said_again_under_the_line(term, below, echo):
    assert echoed(term, below) is echo


BODY = "ZooKeeper 给它的客户端提供若干数据节点的抽象，这些数据节点通过分层的命名空间来组织，客户端通过 API 操纵其中的数据。"
PAPER = ["ZooKeeper: Wait-free coordination for Internet-scale systems", "1. Introduction", BODY,
         "2 The ZooKeeper service", BODY, "2.1 Service overview", BODY,
         "数据模型", "ZooKeeper 的数据模型本质上是一个简化了API的文件系统，只支持完整数据的读写，或者可以说是一个带有层级式 key 的表。",
         "Sessions", "客户端连接到 ZooKeeper 并初始化 session。session 具有关联的超时时间，如果超时时间内没有收到请求，session 就会过期。",
         "2.2 Client API", BODY, "2.3 ZooKeeper guarantees", BODY, "3 ZooKeeper implementation", BODY,
         "3.1 Request Processor", BODY, "3.2 Atomic Broadcast", BODY]


def test_unnumbered_sub_headings_under_numbered_subsections_of_a_translated_paper():
    found = outline(PAPER, PAPER[0])
    assert (3, "", "数据模型") in found and (3, "", "Sessions") in found
    assert [m for _, m, _ in found if m] == ["1.", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2"]


def test_a_sentence_ending_in_a_full_stop_is_no_sub_heading_of_a_paper():
    lines = PAPER[:7] + ["这个流就会被赋予默认优先级.", BODY, "而那些被移动的依赖项的权重不会改变.", BODY] + PAPER[11:]
    found = outline(lines, PAPER[0])
    assert not [h for h in found if h[2].endswith(".")]


def test_a_short_latin_line_in_a_speech_is_not_a_heading():
    """No code and no numbered subsections: the speech gives no evidence of a technical text."""
    speech = ["在全市教育工作会议上的讲话", "一、过去一年的工作", "过去一年，全市教育系统坚持立德树人，各项工作取得了新的进展，群众满意度持续提升。",
              "STEM", "我们在中小学推进科学教育，建设了一批实验室和创新教室，学生参与科技竞赛的人数明显增加。",
              "二、今年的重点任务", "今年要在巩固成果的基础上，着力补短板、强弱项，推动教育高质量发展。",
              "AI", "要稳妥推进人工智能进课堂，加强教师培训，规范校园里各类智能应用的使用和管理。"]
    assert [h[2] for h in outline(speech, speech[0]) if not h[1]] == []


EN = "In our default design, the primary and backup VMs share the same virtual disks, so the contents stay correct."
ZH = "在我们默认的设计中，主 VM 和备份 VM 共享相同的虚拟磁盘。因此，如果发生故障切换，共享磁盘的内容天然就是正确的。"
FT_PAPER = ["The Design of a Practical System for Fault-Tolerant Virtual Machines", "ABSTRACT", EN, ZH,
            "1. INTRODUCTION", EN, ZH, "2. BASIC FT DESIGN", EN, ZH, "2.1 Deterministic Replay Implementation", EN, ZH,
            "2.2 FT Protocol", EN, ZH, "3. PRACTICAL IMPLEMENTATION OF FT", EN, ZH, "3.1 Starting and Restarting FT VMs",
            EN, ZH, "4. DESIGN ALTERNATIVES", EN, ZH, "4.1 Shared vs. Non-shared Disk", EN, ZH,
            "4.2 Executing Disk Reads on the Backup VM", EN, ZH, "5. CONCLUSION AND FUTURE WORK", EN, ZH,
            "Acknowledgments", "We would like to thank Krishna Raja, who generated many of the performance results.",
            "6. REFERENCES", "1. Alsberg, P., and Day, J. A Principle for Resilient Sharing of Distributed Resources.",
            "2. AMD Corporation. AMD64 Architecture Programmer's Manual. Sunnyvale, CA."]


@pytest.mark.parametrize("heading", [
    (1, "", "ABSTRACT"),  # a name set in capitals is the name
    (2, "4.1", "Shared vs. Non-shared Disk"),  # a point inside a Latin title abbreviates
    (1, "6.", "REFERENCES"),  # the count of sections runs on past 'Acknowledgments'
])
def test_a_translated_papers_parts_in_capitals_and_abbreviations(heading):
    assert heading in outline(FT_PAPER, FT_PAPER[0])


def test_a_heading_in_both_scripts_under_a_numbered_subsection_is_no_call_in_code():
    """'Worker Failure(Worker故障)' reads like a call 'Failure(' but its brackets hold the Chinese of the title."""
    en = "The master pings every worker periodically. If no response is received in a certain amount of time."
    zh = "master会周期性地ping每个worker。如果在一定的时间内没有收到来自某个worker的响应，master会将该worker标记为故障。"
    lines = ["MapReduce: Simplified Data Processing on Large Clusters", "1 Introduction(介绍)", en, zh,
             "2 Programming Model(编程模型)", en, zh, "2.1 Example(示例)", en, zh, "2.2 Types(类型)", en, zh,
             "3 Implementation(实现)", en, zh, "3.1 Execution Overview(执行概述)", en, zh,
             "3.3 Fault Tolerance(容错)", en, zh, "Worker Failure(Worker故障)", en, zh,
             "Master Failure(Master故障)", en, zh, "Semantics in the Presence of Failures(面对故障时的语义)", en, zh,
             "3.4 Locality(局部性)", en, zh]
    found = outline(lines, lines[0])
    assert [t for d, m, t in found if d == 3] == [
        "Worker Failure(Worker故障)", "Master Failure(Master故障)", "Semantics in the Presence of Failures(面对故障时的语义)"]


def test_one_section_with_a_run_of_numbered_subsections_shows_decimal_numbering():
    """Redis notes: sections '1.'–'5.', and only section 4 has subsections ('4.1. SDS' … '4.3. 压缩列表（ziplist）')."""
    text = "Redis之前看过代码但未系统梳理，本篇开始，先来梳理学习其相关内容并进行部分实验，梳理代码基于6.0版本。"
    code = ["struct __attribute__ ((__packed__)) sdshdr8 {", "    uint8_t len; /* used */", "};"]
    lines = (["Redis学习实践（一） -- 数据类型和底层数据结构", "1. 背景", text, "2. 前置说明", text,
              "3. 数据类型和底层数据结构", text, "4. 数据结构实现说明", "简要说明上述“数据类型”用到的“数据结构”对应的实现。",
              "4.1. SDS", text] + code + ["4.2. 双向链表"] + code + ["4.3. 压缩列表（ziplist）", text, "5. 小结", text])
    assert [(d, m) for d, m, _ in outline(lines, lines[0])] == [
        (1, "1."), (1, "2."), (1, "3."), (1, "4."), (2, "4.1."), (2, "4.2."), (2, "4.3."), (1, "5.")]


def test_titles_over_markdown_bullet_lists_and_a_closing_references_part():
    """Spark notes: '性能优化' over a '* ' list after another list, '参考' (references) over the links at the end."""
    lines = ["Spark", "基础概念", "RDD（Resilient Distributed Datasets）", "* 容错的、并行的数据结构", "* 内存数据集",
             "* 提供丰富的操作：map、flatMap、filter、join、groupBy、reduceByKey", "    * checkpoint机制",
             "性能优化", "* 内存列存储", "* 字节码生成", "参考", "* Spark Programming Guide", "* 理解Spark的核心RDD"]
    found = [t for _, _, t in outline(lines, "Spark")]
    assert "性能优化" in found and "参考" in found


@pytest.mark.parametrize("name", ["Simple Locks without Herd Effect", "Yahoo! Message Broker"])
def test_a_longer_english_sub_heading_of_a_translated_paper(name):
    """English titles run longer in characters than Chinese ones, and a brand may carry its '!'."""
    lines = PAPER[:9] + [name, "我们定义一个锁 znode 来实现这种锁。直观地说，我们令所有请求锁定的客户端排队，每个客户端按请求到达的顺序获得锁。"] \
        + PAPER[9:]
    assert (3, "", name) in outline(lines, PAPER[0])


def test_a_title_right_over_its_first_subtitle_over_code_and_a_sentence_closed_by_a_point():
    """Go notes without numbered sections: 'IO 多路复用的简单实现' over '阻塞IO' over its code is a title; a Chinese
    sentence ending in a half-width point ('…唤醒的机会.') is not."""
    body = "多路复用指的是，由一个执行单元，同时对多个对象提供服务，形成一对多的服务关系，这是后文的出发点。"
    lines = ["io多路复用epoll", "IO 多路复用概念", body, "IO 多路复用的简单实现", "阻塞IO", "// 多个待服务的 fd",
             "    fds = [fd1,fd2,fd3,...]", "上述实现存在一个致命的问题，那就是句柄 fd 默认的 io 操作是阻塞型的，因此会陷入阻塞。",
             "唤醒 IO 阻塞协程", body, "这些 goroutine 将会在什么时机得到唤醒的机会.", body, "总结", body]
    found = [t for _, _, t in outline(lines, lines[0])]
    assert "IO 多路复用的简单实现" in found and not [t for t in found if t.endswith(".")]


# f8_04 (Paxos made simple with Chinese annotations, a dev document): each English requirement, then its Chinese.
PAXOS = ["Paxos made simple释译", "1 Introduction",
         "The Paxos algorithm for implementing a fault-tolerant distributed system has been regarded as difficult to "
         "understand, perhaps because the original presentation was Greek to many readers.",
         "2 The Consensus Algorithm", "2.1 The Problem",
         "Assume a collection of processes that can propose values. A consensus algorithm ensures that a single one "
         "among the proposed values is chosen.",
         "• Only a value that has been proposed may be chosen,", "只有提案值的值会被选中（chosen）",
         "• Only a single value is chosen, and", "只有一个值会被选中（chosen）",
         "• A process never learns that a value has been chosen unless it actually has been.",
         "直到一个值确实被选中（chosen），process才可以习得（learn）这个被选中的值",
         "2.2 Choosing a Value",
         "The easiest way to choose a value is to have a single acceptor agent. A proposer sends a proposal to the "
         "acceptor, who chooses the first proposed value that it receives.",
         "2.3 Learning a Chosen Value",
         "To learn that a value has been chosen, a learner must find out that a proposal has been accepted by a "
         "majority of acceptors.",
         "3 Implementing a State Machine",
         "A simple way to implement a distributed system is as a collection of clients that issue commands to a central "
         "server."]


def test_a_chinese_line_under_the_english_item_it_translates_is_no_sub_heading():
    found = outline(PAXOS[1:], PAXOS[0])
    assert [t for _, _, t in found] == ["Introduction", "The Consensus Algorithm", "The Problem", "Choosing a Value",
                                        "Learning a Chosen Value", "Implementing a State Machine"]
