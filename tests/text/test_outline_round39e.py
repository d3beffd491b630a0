"""Round 39e: a web page's Markdown copied into a text file keeps its '#' marks: '# 所有权规则' over the prose it heads
is a heading with its mark gone, while a shell or config note's '# 查看所有作业' over a command comments the code."""

from __future__ import annotations

import pytest

from reader.text.formats import _atx
from reader.text.hashtitles import hash_headings
from reader.text.document import load_document
from support import DATA, heading_texts, parse_document

_TUTORIAL = """所有权 | Rust 学习笔记

# 所有权

# 什么是所有权
所有运行的程序都必须管理其使用计算机内存的方式，有的语言具有垃圾回收机制，在程序运行时不断地寻找不再使用的内存。
在另一些语言中，程序员必须亲自分配和释放内存，稍不留神就会出错。

# 栈与堆
栈和堆都是代码在运行时可供使用的内存，但是它们的结构不同，栈以放入值的顺序存储值并以相反顺序取出值。
let s = String::from("hello");
访问堆上的数据比访问栈上的数据慢，因为必须通过指针来访问，在堆上分配大量的空间也可能消耗时间。

# 所有权规则
每一个值都有一个被称为其所有者的变量，值在任一时刻有且只有一个所有者，所有者离开作用域，这个值将被丢弃。

# 变量作用域
变量从声明的点开始直到当前作用域结束时都是有效的，这一点和其他编程语言是类似的，初学者很容易理解。
{
    let s = "hello";
}
当变量离开作用域，这个值就不再有效了，内存会被自动归还给操作系统，不需要我们手动释放。

# 引用与借用
引用像一个指针，因为它是一个地址，我们可以由此访问储存于该地址的属于其他变量的数据，而不获取其所有权。
创建一个引用的行为称为借用，正如现实生活中，如果一个人拥有某样东西，你可以从他那里借来，用完后要还回去。
"""

_SHELL = """Docker 常用命令

安装完成以后，可以用下面这些命令管理容器和镜像。

#启动和停止
systemctl start docker
systemctl stop docker

#列出所有镜像
docker images

#删除镜像
docker rmi hello-world

#拉取镜像
docker pull mysql:5.7

以上就是最常用的几条命令。
"""

_MIND_MAP = """财务分析课程笔记

课程核心内容，下面是思维导图的源码，可以粘贴到 markmap 中查看。

# 资产负债表
## 资产
### 流动资产
### 非流动资产
## 负债
## 所有者权益
"""


def test_hash_headings_over_prose_are_the_texts_sections():
    """d57_01: a Rust tutorial copied from its web page kept '# 什么是所有权', '# 栈与堆' …; taken for comments of
    code, not one of them was a heading."""
    headings = heading_texts(parse_document(_TUTORIAL.encode("utf-8"), "rust.txt"))
    for title in ("什么是所有权", "栈与堆", "所有权规则", "变量作用域", "引用与借用"):
        assert title in headings
    assert not [h for h in headings if h.startswith("#")]


@pytest.mark.parametrize("text, found", [
    (_TUTORIAL, ["所有权", "什么是所有权", "栈与堆", "所有权规则", "变量作用域", "引用与借用"]),
    (_SHELL, []),  # comments over commands
    (_MIND_MAP, []),  # a bare run of '#' lines: a mind map's source, nothing under them
    (_TUTORIAL.replace("# 栈与堆", "栈与堆").replace("# 所有权规则", "所有权规则")
     .replace("# 变量作用域", "变量作用域").replace("# 引用与借用", "引用与借用"), []),  # two: too few to tell
])
def test_which_hash_lines_are_headings(text, found):
    heads = hash_headings(text.split("\n"), _atx)
    assert [title for _, title in heads.values()] == found
    assert all(level == 1 for level, _ in heads.values())


def test_a_template_shown_in_one_part_keeps_its_marks():
    """d84_01: an issue template ('## 测试步骤', '## 期望结果') shown in one part of a workflow guide is an example,
    not the guide's sections."""
    body = "\n".join(f"第{n}段说明：团队在这一阶段需要把工作内容写清楚，方便其他成员了解进度并及时给出反馈意见。"
                     for n in range(40))
    template = ("Bug报告模板：\n## 描述\n请描述遇到的问题，以及它出现的环境和频率。\n## 测试步骤\n按照顺序写出重现问题的每一个步骤。\n"
                "## 期望结果\n写出你认为正确的结果应当是什么样子。\n")
    assert hash_headings((body + "\n" + template + body).split("\n"), _atx) == {}


def test_a_marked_session_under_the_list_of_dates_is_no_header():
    """d62_04: a record lists its meetings' dates under its name, then opens each with '# 2021年7月20日 …'; the
    list is the header's, but the first session, the same words without its '#', was dropped as the list's line
    again."""
    dates = ["2021年7月20日 项目启动", "2021年7月23日 敏捷开发培训", "2021年8月4日 接口联调", "2021年8月12日 架构沟通"]
    body = ["月底前完成项目概况和接口页面开发，下周一提交初版。", "测试二期与机器人对接，全部请求经过统一的接口网关。"]
    lines = ["会议记录", "", *dates, ""]
    for date in dates:
        lines += [f"# {date}", *body, ""]
    headings = heading_texts(parse_document("\n".join(lines).encode("utf-8"), "minutes.txt"))
    assert headings == ["".join(d.split()) for d in dates]


def test_stacked_titles_nest_beside_a_notes_sub_titles():
    """f25_03: an SDK guide whose Markdown '##'/'###' marks are gone stacks '使用' over '创建实例' over '创建 ApiClient
    实例'; the sub-titles found under its code ('配置 operation-api endpoint') kept the stacked titles all at the top."""
    doc = load_document(DATA / "corpus" / "docs" / "f25_03_api_zhinan_cloudtower_python_sdk.txt")
    depth = {h.title: h.depth for h in doc.headings}
    assert depth["使用"] < depth["创建实例"] < depth["创建 ApiClient 实例"]
    assert depth["发送请求"] < depth["获取资源"]


_SDK_GUIDE = """Python SDK 使用指南

安装

pip install cloud-sdk

使用

创建实例

创建客户端实例

from cloud_sdk import Configuration
from cloud_sdk import ApiClient
配置接口地址
configuration = Configuration(host="http://10.0.0.1/v2/api")
client = ApiClient(configuration)

如果需要使用 https，可以安装证书，或者忽略证书验证。

创建接口实例

根据不同用途的操作创建相关的接口实例，例如虚拟机相关操作需要创建一个虚拟机接口实例。

vm_api = VmApi(client)

鉴权

调用登录接口获取令牌，再把令牌设置到客户端的默认请求头中，之后的每个请求都会带上它。

token = login(client, "root", "password")
client.set_default_header("Authorization", token)

发送请求

获取资源

调用接口实例的查询方法即可获取资源，返回值是一个列表，每一项是一个资源对象。

vms = vm_api.get_vms({"where": {"id": "vm_id"}})
打印结果
print(vms[0].name)

更新资源

更新操作是异步的，返回值中带有任务编号，可以通过工具方法等待任务结束。

result = vm_api.start_vm({"where": {"id": "vm_id"}})
wait_tasks([result[0].task_id], client)

销毁实例

使用完成后调用 close 方法销毁客户端实例，释放它占用的连接。

client.close()

常见问题

1. 连接超时
2. 证书错误
3. 权限不足
"""


def test_stacked_titles_nest_in_a_guide_that_shows_code():
    """A guide's '使用' over '创建实例' over '创建客户端实例' (its '##', '###' gone), with '打印结果' between lines of
    code: the line found under the code is its title's sub-title, and the stacked titles are parts over sections."""
    depth = {h.title: h.depth for h in parse_document(_SDK_GUIDE.encode("utf-8"), "sdk.txt").headings}
    assert depth["安装"] == depth["使用"] == depth["发送请求"]
    assert depth["使用"] < depth["创建实例"] < depth["创建客户端实例"]
    assert depth["发送请求"] < depth["获取资源"] < depth["打印结果"]
