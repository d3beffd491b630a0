"""A search word written another region's way: 软件 also finds 軟體 (Taiwan's word), 滑鼠 also finds 鼠标,
隐私权 also finds 私隱權 (Hong Kong's), 德萨斯 also finds 得克萨斯.

Folding (reader.text.fold) makes 监督 and 監督 one word, character by character; a regional word is another word
altogether, so the query, never the index, is turned both ways with OpenCC's Taiwan and Hong Kong phrase tables
(TWPhrases, the phrases of s2twp, TWPhrasesRev, of tw2sp; HKPhrases of s2hkp, HKPhrasesRev of hk2sp), longest match
first as OpenCC converts. Both sides folded and reduced to what the index holds, so the alternatives are searched
exactly as typed words are; another region's form counts only in the documents written in that region's script
(reader.storage.keys): Taiwan's and Hong Kong's in Traditional ones, the mainland's in Simplified ones.
"""

from __future__ import annotations

from functools import lru_cache

from reader.storage.index import indexed_characters
from reader.text.opencc_data import load_dictionary
from reader.text.script import SIMPLIFIED, TRADITIONAL

SEPARATOR = "|"  # between a phrase's alternatives in a search key: never an indexed character


Table = tuple[dict[str, str], int]  # folded phrase -> folded regional phrase, and its longest key
REGIONS = (("TWPhrases", "TWPhrasesRev"), ("HKPhrases", "HKPhrasesRev"))  # (mainland -> region, region -> mainland)


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[Table, Table], ...]:
    """Each region's tables, mainland to the region and back; built once, on the first search (a few
    milliseconds), never at import."""
    return tuple((_table(forward), _table(back)) for forward, back in REGIONS)


def _table(name: str) -> Table:
    table: dict[str, str] = {}
    for key, values in load_dictionary(name).items():
        k, v = indexed_characters(key), indexed_characters(values[0])
        if len(k) > 1 and k not in table:
            table[k] = v  # an identity too (软体动物): it keeps a longer word from being cut
    return table, max(map(len, table), default=0)


def _converted(phrase: str, table: dict[str, str], longest: int) -> str:
    """The phrase with its words of the table replaced, the longest match at each place first (OpenCC's way)."""
    out: list[str] = []
    i, n = 0, len(phrase)
    while i < n:
        for size in range(min(longest, n - i), 1, -1):
            word = table.get(phrase[i: i + size])
            if word is not None:
                out.append(word)
                i += size
                break
        else:
            out.append(phrase[i])
            i += 1
    return "".join(out)


def alternatives(phrase: str, traditional: bool = False) -> tuple[str, ...]:
    """The phrase (folded indexed characters) and its other region's form, itself first, each once. A word that
    both tables turn (程序: mainland 程式, Taiwan's 进程) is read as the script it was typed in says (`traditional`:
    Taiwan's), so a mainland 程序 does not also find every 进程."""
    return tuple(form for form, _script in regional_forms(phrase, traditional))


def regional_forms(phrase: str, traditional: bool = False) -> tuple[tuple[str, str], ...]:
    """alternatives(), each with the script of the documents it counts in: the phrase itself everywhere (''),
    Taiwan's form in Traditional documents only, the mainland's in Simplified ones (a mainland 学习资料, study
    materials, is not the 资料 that is Taiwan's 数据)."""
    if len(phrase) < 2:
        return ((phrase, ""),)
    out = [_converted(phrase, *forward) for forward, _back in _tables()]  # Taiwan's, Hong Kong's
    back = [_converted(phrase, *back) for _forward, back in _tables()]  # the mainland's, read each region's way
    if any(form != phrase for form in out) and any(form != phrase for form in back):
        picked = [(form, SIMPLIFIED) for form in back] if traditional else [(form, TRADITIONAL) for form in out]
        return tuple(dict.fromkeys([(phrase, ""), *((form, script) for form, script in picked if form != phrase)]))
    forms = {**dict.fromkeys(back, SIMPLIFIED), **dict.fromkeys(out, TRADITIONAL), phrase: ""}  # (the phrase last)
    return tuple((form, forms[form]) for form in dict.fromkeys([phrase, *out, *back]))


def split_key(key: str) -> list[str]:
    return key.split(SEPARATOR)


@lru_cache(maxsize=256)
def blockers(phrase: str, word: str) -> tuple[tuple[str, str], ...]:
    """Longer words around `word` (another region's form of `phrase`) that are not `phrase` there: (before, after)
    the word. Taiwan's 软体 is 软件, but not in 软体动物 (a mollusc); 资料 is 数据, but not in 资料夹 (a folder)."""
    found: list[tuple[str, str]] = []
    for there, back in _tables():
        for forward, reverse in ((there, back), (back, there)):
            if word == phrase or _converted(phrase, *forward) != word:
                continue
            table, longest = reverse
            for key in table:
                at = key.find(word)
                if at >= 0 and len(key) > len(word) and phrase not in _converted(key, table, longest):
                    found.append((key[:at], key[at + len(word):]))
    return tuple(dict.fromkeys(found))
