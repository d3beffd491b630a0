"""Keyword matching in either script, and automatic keywords (the only user of jieba, loaded lazily)."""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from reader.text.fold import fold, fold_class
from reader.text.lazyre import lazy

log = logging.getLogger(__name__)

TextRange = tuple[int, int]  # start, end: str indices into the text searched
# Above this many words one fold of the text (~27 ms a million characters) beats a class pattern per word
# (~5 ms a million each, against ~1 ms for a literal in the folded text).
FOLD_WORDS = 4
_CACHED_INDEXES = 2
_INDEXES: OrderedDict[str, KeywordIndex] = OrderedDict()
_INDEX_LOCK = threading.Lock()
TOKENIZE_PIECE = 1000  # characters handed to jieba at once (its time per piece grows faster than the length)
# A longer text's keywords come from this many characters of it, in SAMPLE_PIECE pieces spread evenly over the whole:
# jieba takes ~6 s of CPU a million characters, so a 16 M-character collection kept a core busy for 90 s (beside the
# outline and the index the reader waits for) for twenty words that a spread million characters gives as well.
KEYWORD_TEXT_LIMIT = 1_000_000
SAMPLE_PIECE = 4000
_CUTS = ("\n", "。", "，", "；", " ")
# A display that shows a region's words -> the conversion that reads a word typed in it back as the Simplified word it
# stands for: 滑鼠 -> 鼠标 (Taiwan), 寬頻 -> 宽带 (Hong Kong). Only a word typed there is read so: in Simplified
# 程序, 资料, 执行 are words of their own, while Taiwan shows 进程, 数据, 运行 as them.
TYPED_REGIONS = {"s2twp": "tw2sp", "s2hkp": "hk2sp"}


class KeywordIndex:
    """A text folded once, so that each change of the keyword list costs only the searches."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)

    def find(self, word: str) -> list[TextRange]:
        """Non-overlapping spans of `word` (outer whitespace ignored) in any script, width or case."""
        needle = fold(word.strip())
        if not needle:
            return []
        return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), self.folded)]

    def find_all(self, words: list[str]) -> dict[str, list[TextRange]]:
        """Spans for each word; every word is a key, an empty or blank one maps to no spans."""
        return {word: self.find(word) for word in words}


def _cached_index(text: str) -> KeywordIndex | None:
    with _INDEX_LOCK:
        index = _INDEXES.get(text)
        if index is not None:
            _INDEXES.move_to_end(text)
        return index


def _remember(index: KeywordIndex) -> KeywordIndex:
    with _INDEX_LOCK:
        _INDEXES[index.text] = index
        while len(_INDEXES) > _CACHED_INDEXES:
            _INDEXES.popitem(last=False)
    return index


def find_all(text: str, words: list[str]) -> dict[str, list[TextRange]]:
    """Spans (str indices into `text`) of each word, script-insensitive: 监督 finds 監督 and the reverse."""
    index = _cached_index(text)
    if index is None and len(words) > FOLD_WORDS:
        index = _remember(KeywordIndex(text))
    if index is not None:
        return index.find_all(words)
    return {word: find_unfolded(text, word) for word in words}


def find_all_shown(text: str, words: list[str],
                   shown: Mapping[str, str | Sequence[str]]) -> dict[str, list[TextRange]]:
    """`find_all`, where a word also finds the forms the display gives it: in Taiwan's words 软件 is shown as 軟體,
    which no character fold reaches (`shown`: word -> that form or forms, e.g. `word_forms`)."""
    found = find_all(text, words)
    forms: dict[str, list[str]] = {}
    for word in words:
        given = shown.get(word) or ()
        for form in ([given] if isinstance(given, str) else given):
            if form.strip() and fold(form.strip()) != fold(word.strip()):
                forms.setdefault(word, []).append(form.strip())
    if not forms:
        return found
    extra = find_all(text, list(dict.fromkeys(f for fs in forms.values() for f in fs)))
    for word, fs in forms.items():
        for form in fs:
            if extra[form]:
                found[word] = _merged(found[word], extra[form])
    return found


@lru_cache(maxsize=256)
def word_forms(word: str, config: str | None = None, cache_dir: str = "",
               typed_in: str | None = None) -> tuple[str, ...]:
    """The forms of a keyword that no character fold reaches, so that it finds its word however the text is shown:
    typed in a region's words (`typed_in`, a key of TYPED_REGIONS), the Simplified word it stands for there (滑鼠
    typed in Taiwan's words finds 鼠标 in Simplified); and the keyword and that word as the display `config` shows
    them (鼠标 finds 滑鼠 in Taiwan's words). A few dictionary look-ups; the converters are loaded once, on the worker
    that matches."""
    from reader.text.display import convert_short

    word = word.strip()
    if not word:
        return ()
    simplified = [word] + ([stands_for(word, typed_in, cache_dir)] if typed_in in TYPED_REGIONS else [])
    shown = [convert_short(config, cache_dir, w) for w in simplified] if config else []
    forms: dict[str, str] = {fold(word): word}
    for form in simplified + shown:
        forms.setdefault(fold(form), form)
    return tuple(forms.values())[1:]


def stands_for(word: str, typed_in: str | None, cache_dir: str = "") -> str:
    """The Simplified word a keyword stands for: itself, or, typed in a region's words (a key of TYPED_REGIONS),
    that word read back (滑鼠 -> 鼠标); loads the converter back on first use."""
    from reader.text.display import convert_short

    back = TYPED_REGIONS.get(typed_in or "")
    return convert_short(back, cache_dir, word) if back else word


def _merged(first: list[TextRange], second: list[TextRange]) -> list[TextRange]:
    """Both lists' spans in text order (the longer first at one start), a span overlapping one kept before dropped."""
    result: list[TextRange] = []
    for start, end in sorted(first + second, key=lambda span: (span[0], -span[1])):
        if not result or start >= result[-1][1]:
            result.append((start, end))
    return result


def find_unfolded(text: str, word: str) -> list[TextRange]:
    """`KeywordIndex(text).find(word)` without folding the text: each character of the word matches its class."""
    needle = fold(word.strip())
    if not needle:
        return []
    return [(m.start(), m.end()) for m in folded_pattern(needle).finditer(text)]


@lru_cache(maxsize=64)
def folded_pattern(needle: str) -> re.Pattern[str]:
    """Every string that folds to `needle`: fold keeps lengths, so matching class by class is exact."""
    return re.compile("".join(fold_class(ch) for ch in needle))


# --- automatic keywords --------------------------------------------------------------------------------------

_HAN = lazy(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U00030000-\U0003134f]{2,}"
)
# Numbers written in Chinese, with an optional ordinal or unit: 二〇二三年, 第十, 三十五万, 一是, 百分之五.
_NUMERIC = lazy(
    "(?:第|百分之|约|近|逾|共)?[〇零一二三四五六七八九十百千万亿两几数半]+"
    "(?:年|月|日|号|是|次|个|项|条|款|章|节|名|位|种|批|件|天|岁|家|点|元|人|亿|万|多|余)?"
)
# Acronyms such as GDP or APP; other Latin text (pinyin, mojibake fragments, words) is not a keyword here.
_ACRONYM = lazy(r"[A-Z][A-Z0-9]{1,7}")
# Function words and verbs of saying/doing that head every official document; the IDF alone ranks them too high.
_STOP_WORDS = frozenset(
    """
    我们 你们 他们 她们 它们 我国 自己 这个 那个 这些 那些 这样 那样 这里 那里 一个 一些 一种 一批 一是 二是 三是
    以及 或者 并且 而且 但是 因为 所以 如果 虽然 还是 就是 也是 都是 不是 没有 可以 可能 应当 应该 需要 能够 已经
    进行 通过 按照 根据 对于 关于 由于 为了 其中 之一 之间 以上 以下 以来 目前 今年 去年 明年 同时 此外 另外 等等
    有关 相关 各种 各类 各项 一定 一起 一直 不断 不仅 而是 还有 之后 之前 当前 今后 方面 情况 问题 工作 表示 认为
    指出 强调 要求 提出 坚持 加强 推进 推动 全面 进一步 积极 主要 重要 大力 切实 深入 充分 有效 重点 记者 报道
    强化 着力 作为 做到 开展 健全 完善 提升 提高 增强 落实 促进 实现 发挥 贯彻 围绕 确保 持续 加快 实施 优化 统筹
    深化 正确 自觉 不得 及其 依照 依法 左列 之权 全区 全市 全县 全省 全镇 各级 各地 各镇 有序 较好 良好 更加 更好
    什么 怎么 怎样 如何 为什么 哪些 这么 那么 大家 今天
    """.split()
)
# A pinyin reading left in brackets after a character by a copy from a ruby-annotated page: 運轉(zhuǎn).
_NOTE_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_NOTE = lazy(
    rf"(?<=[\u3400-\u9fff])\((?=[a-zü]*[{_NOTE_TONES}])[a-z{_NOTE_TONES}üê]{{1,8}}\)"
)
_CACHED_TEXTS = 4


def _idf_file(jieba_module) -> Path:
    """jieba's bundled IDF table, read directly so jieba.analyse (and its 0.7 s of POS models) is never imported."""
    return Path(jieba_module.__file__).resolve().parent / "analyse" / "idf.txt"


class KeywordExtractor:
    """Owns a jieba tokenizer and the IDF table: load() once (on a worker thread), then extract() is cheap."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir is not None else Path(tempfile.gettempdir()) / "zhreader-jieba"
        self._lock = threading.RLock()
        self._tokenizer = None
        self._idf: dict[str, float] = {}
        self._median_idf = 0.0
        self._rankings: OrderedDict[str, list[tuple[str, float]]] = OrderedDict()

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None

    def load(self) -> None:
        """Import jieba and read its dictionary and IDF table (~0.8 s of CPU from the cache files, more on the first
        start); safe to call from any thread."""
        from reader.text.idf import idf_table

        with self._lock:
            if self._tokenizer is not None:
                return
            started = time.perf_counter()
            import jieba

            # jieba prints its progress, and a traceback when it cannot write its cache, straight to stderr.
            jieba.setLogLevel(logging.CRITICAL)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = str(_writable_dir(self.cache_dir))
            tokenizer.cache_file = f"jieba-{jieba.__version__}.cache"  # a jieba upgrade never reads a stale cache
            tokenizer.initialize()
            self._idf, self._median_idf = idf_table(_idf_file(jieba), Path(tokenizer.tmp_dir))
            self._tokenizer = tokenizer
            log.debug("jieba loaded in %.2f s (cache in %s)", time.perf_counter() - started, tokenizer.tmp_dir)

    def extract(self, text: str, n: int = 20) -> list[str]:
        """The n most characteristic words of `text`, as they are written in it (its own script); a very long text's
        from keyword_sample."""
        if n <= 0:
            return []
        text = keyword_sample(text)
        with self._lock:
            ranking = self._rankings.get(text)
            if ranking is not None:
                self._rankings.move_to_end(text)
        if ranking is None:
            self.load()
            ranking = self._rank(text)
            with self._lock:
                self._rankings[text] = ranking
                while len(self._rankings) > _CACHED_TEXTS:
                    self._rankings.popitem(last=False)
        return [word for word, _ in ranking[:n]]

    def _rank(self, text: str) -> list[tuple[str, float]]:
        """TF-IDF over the text folded to simplified, so 建设 and 建設 count as one word."""
        folded, positions = _without_pinyin_notes(fold(text))
        counts: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = {}
        first: dict[str, int] = {}
        total = 0
        for word, start, end in _tokens(self._tokenizer, folded):
            if word.isspace():
                continue
            total += 1
            original = text[start:end] if positions is None else "".join(text[positions[i]] for i in range(start, end))
            if not _is_candidate(word, original):
                continue
            counts[word] += 1
            forms.setdefault(word, Counter())[original] += 1
            first.setdefault(word, start)
        if not counts:
            return []
        known = self._tokenizer.FREQ
        scored = []
        for word, count in counts.items():
            if not known.get(word) and count < 2:
                continue  # a one-off guess of jieba's HMM: too often a fragment of garbled text
            idf = self._idf.get(word, self._median_idf)
            scored.append((-(count / total) * idf, first[word], word))
        scored.sort()
        return [(forms[word].most_common(1)[0][0], -score) for score, _, word in scored]


def keyword_sample(text: str, limit: int | None = None, piece: int | None = None) -> str:
    """`text` itself up to `limit` characters (KEYWORD_TEXT_LIMIT), else about `limit` of it in pieces of `piece`
    (SAMPLE_PIECE) spread evenly from its start to its end, each begun after a line break where one is near (a
    sample of a sample is itself)."""
    limit = KEYWORD_TEXT_LIMIT if limit is None else limit
    piece = SAMPLE_PIECE if piece is None else piece
    if len(text) <= limit:
        return text
    count = max(2, (limit + 1) // (piece + 1))  # pieces and the line breaks joining them within the limit
    pieces = []
    for k in range(count):
        start = k * (len(text) - piece) // (count - 1)  # the first piece at the start, the last ending at the end
        if start:
            line = text.find("\n", start, start + piece // 2)
            start = line + 1 if line >= 0 else start
        pieces.append(text[start:start + piece])
    return "\n".join(pieces)


def _writable_dir(preferred: Path) -> Path:
    """The preferred cache folder if a file can be written there, else the system's temporary folder."""
    try:
        preferred.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=preferred)
        os.close(fd)
        os.unlink(probe)
        return preferred
    except OSError as exc:
        log.warning("cannot write the keyword cache in %s (%s); using the temporary folder", preferred, exc)
        return Path(tempfile.gettempdir())


def _without_pinyin_notes(folded: str) -> tuple[str, list[int] | None]:
    """The folded text without pinyin notes, and where each kept character was (None when nothing was cut)."""
    if "(" not in folded or not any(c in folded for c in _NOTE_TONES):
        return folded, None  # no note can be there (most texts): the lookbehind scan over every character is skipped
    notes = [m.span() for m in _PINYIN_NOTE.finditer(folded)]
    if not notes:
        return folded, None
    positions: list[int] = []
    pieces: list[str] = []
    kept = 0
    for start, end in notes + [(len(folded), len(folded))]:
        positions.extend(range(kept, start))
        pieces.append(folded[kept:start])
        kept = end
    return "".join(pieces), positions


def _pieces(text: str, limit: int = TOKENIZE_PIECE) -> Iterator[tuple[int, int]]:
    """Spans of at most `limit` characters, cut after a line break or punctuation where there is one."""
    start, length = 0, len(text)
    while start < length:
        end = min(length, start + limit)
        if end < length:
            cut = max(text.rfind(mark, start, end) for mark in _CUTS)
            end = cut + 1 if cut > start else end
        yield start, end
        start = end


def _tokens(tokenizer, text: str) -> Iterator[tuple[str, int, int]]:
    """jieba's tokens of `text` with offsets into it, a piece at a time: jieba's time grows faster than the
    length of one unbroken run of characters (a 90,000-character run took 65 s), so no run it sees is long."""
    for base, end in _pieces(text):
        for word, start, stop in tokenizer.tokenize(text[base:end], HMM=True):
            yield word, base + start, base + stop


def _is_candidate(word: str, original: str) -> bool:
    """A word a reader would call a keyword: Chinese of two characters or more, or an acronym; never junk."""
    if _HAN.fullmatch(word):
        return word not in _STOP_WORDS and not _NUMERIC.fullmatch(word)
    return bool(_ACRONYM.fullmatch(original)) and sum(c.isalpha() for c in original) >= 2


@lru_cache(maxsize=4)
def _extractor(cache_dir: Path | None) -> KeywordExtractor:
    return KeywordExtractor(cache_dir)


def auto_keywords(text: str, n: int = 20, cache_dir: Path | None = None) -> list[str]:
    """jieba TF-IDF keywords of `text` in its own script; the tokenizer is loaded once per cache folder."""
    return _extractor(Path(cache_dir) if cache_dir is not None else None).extract(text, n)
