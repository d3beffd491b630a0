"""A search word written the other region's way: 软件 also finds 軟體 (Taiwan's word), 滑鼠 also finds 鼠标.

Folding (reader.text.fold) makes 监督 and 監督 one word, character by character; a regional word is another word
altogether, so the query, never the index, is turned both ways with OpenCC's Taiwan phrase tables (TWPhrases, the
phrases of s2twp; TWPhrasesRev, of tw2sp), longest match first as OpenCC converts. Both sides folded and reduced to
what the index holds, so the alternatives are searched exactly as typed words are; another region's form counts
only in the documents written in that region's script (reader.storage.keys).
"""

from __future__ import annotations

from functools import lru_cache

from reader.storage.index import indexed_characters
from reader.text.opencc_data import load_dictionary
from reader.text.script import SIMPLIFIED, TRADITIONAL

SEPARATOR = "|"  # between a phrase's alternatives in a search key: never an indexed character


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[dict[str, str], int], ...]:
    """Folded phrase -> folded regional phrase, mainland to Taiwan and back, each with its longest key; built once,
    on the first search (a few milliseconds), never at import."""
    tables = []
    for name in ("TWPhrases", "TWPhrasesRev"):
        table: dict[str, str] = {}
        for key, values in load_dictionary(name).items():
            k, v = indexed_characters(key), indexed_characters(values[0])
            if len(k) > 1 and k not in table:
                table[k] = v  # an identity too (软体动物): it keeps a longer word from being cut
        tables.append((table, max(map(len, table), default=0)))
    return tuple(tables)


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
    to_taiwan, to_mainland = (_converted(phrase, t, n) for t, n in _tables())
    if to_taiwan != phrase and to_mainland != phrase:
        return ((phrase, ""), (to_mainland, SIMPLIFIED) if traditional else (to_taiwan, TRADITIONAL))
    forms = {to_mainland: SIMPLIFIED, to_taiwan: TRADITIONAL, phrase: ""}  # (the phrase's own entry last: it wins)
    return tuple((form, forms[form]) for form in dict.fromkeys([phrase, to_taiwan, to_mainland]))


def search_key(phrase: str, traditional: bool = False) -> str:
    """What the search looks for: the phrase alone, or its alternatives joined by SEPARATOR."""
    return SEPARATOR.join(alternatives(phrase, traditional))


def split_key(key: str) -> list[str]:
    return key.split(SEPARATOR)


@lru_cache(maxsize=256)
def blockers(phrase: str, word: str) -> tuple[tuple[str, str], ...]:
    """Longer words around `word` (another region's form of `phrase`) that are not `phrase` there: (before, after)
    the word. Taiwan's 软体 is 软件, but not in 软体动物 (a mollusc); 资料 is 数据, but not in 资料夹 (a folder)."""
    (to_taiwan, a), (to_mainland, b) = _tables()
    found: list[tuple[str, str]] = []
    for forward, (back, longest) in ((to_taiwan, (to_mainland, b)), (to_mainland, (to_taiwan, a))):
        if word == phrase or _converted(phrase, forward, a if forward is to_taiwan else b) != word:
            continue
        for key in back:
            at = key.find(word)
            if at >= 0 and len(key) > len(word) and phrase not in _converted(key, back, longest):
                found.append((key[:at], key[at + len(word):]))
    return tuple(dict.fromkeys(found))
