"""Round 40d: a note whose Markdown headings lost their marks sets each title right on its text, no blank line
under it; there a title right over another ('Event Poll 实现原理' over '核心指令') is a part over its first section,
even where the section's points are numbered '（1）' (they go with the section), and the titles after the pair are
that section's siblings up to the next pair."""

from __future__ import annotations

from support import parse_document

_NOTE = """Redis 网络模型笔记

前言

这篇笔记记录了阅读 Redis 网络模块源码时的一些理解，主要围绕事件循环展开，代码取自 6.0 版本。

单线程模型
+ 单线程：命令的执行只由一个线程完成
+ 多路复用：一个线程同时监听多个客户端连接

所谓单线程，指的是处理命令的主流程只在一个线程里运行，后台的持久化和删除任务另有线程。

事件循环实现原理
核心函数
（1）aeCreateEventLoop
创建事件循环，分配保存文件事件和时间事件的数组，并初始化底层的多路复用实例。
aeEventLoop *aeCreateEventLoop(int setsize);

（2）aeCreateFileEvent
为某个文件描述符注册读写事件，并指定事件就绪时调用的处理函数。
int aeCreateFileEvent(aeEventLoop *eventLoop, int fd, int mask);

（3）aeProcessEvents
等待并处理已经就绪的文件事件和到期的时间事件，是事件循环每一轮的主体。

数据结构
（1）文件事件数组
按文件描述符下标存放每个连接注册的事件类型和处理函数，查找时间是常数。
（2）已就绪事件数组
保存每轮多路复用返回的就绪事件，供主循环逐个分发给对应的处理函数。

时间事件
+ 时间事件保存在一个链表里，每轮循环都会遍历一次，找出已经到期的事件执行
+ 服务器的定时任务 serverCron 就是一个时间事件，默认每秒执行十次

客户端连接的处理
接收新连接
void acceptTcpHandler(aeEventLoop *el, int fd, void *privdata, int mask);
监听套接字可读时调用这个函数，它接受连接并为新连接创建客户端结构。

读取命令
（1）读入查询缓冲区
从套接字读入数据，追加到客户端的查询缓冲区里，等待完整的命令到达。
（2）解析命令
按照协议把缓冲区里的内容切分成参数，交给命令表查找对应的实现函数。

返回结果
+ 命令执行的结果先写入客户端的输出缓冲区
+ 在下一轮循环进入等待之前，主线程会尝试把缓冲区直接写回套接字

总结
Redis 用一个简单的事件循环把网络读写和命令执行串了起来，读懂这一部分，其他模块就容易理解了。
"""


def test_stacked_titles_set_on_their_text_nest():
    """h11_03: 'Event Poll 实现原理' right over '核心指令' right over '（1）epoll_create', every title set on its
    text: '核心指令', '数据结构' and '事件回调机制' all stood at the top beside their part."""
    doc = parse_document(_NOTE.encode("utf-8"), "redis.txt")
    depths = {h.marker + h.title.strip(): h.depth for h in doc.headings}
    want = {"事件循环实现原理": 1, "核心函数": 2, "（1）aeCreateEventLoop": 3, "数据结构": 2, "（1）文件事件数组": 3,
            "时间事件": 2, "客户端连接的处理": 1, "接收新连接": 2, "读取命令": 2, "（2）解析命令": 3, "返回结果": 2}
    assert {title: depths.get(title) for title in want} == want
