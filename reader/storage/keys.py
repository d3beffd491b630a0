"""What a search looks for in each document: the index query of a query's phrases, and the regional forms of a word
(reader.storage.regional) only where that region's script is written: Taiwan's 资料 (the mainland's 数据) counts in
a Traditional document, not in a mainland one where 学习资料 means study materials."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from reader.storage.regional import SEPARATOR, blockers, split_key
from reader.storage.walls import CROSSED
from reader.text.script import SIMPLIFIED, TRADITIONAL

REGIONS = (TRADITIONAL, SIMPLIFIED)  # the scripts a regional form counts in; a mixed or unknown one has neither


def grams(phrase: str) -> list[str]:
    """The index tokens a phrase needs: itself up to two characters, else its distinct adjacent pairs."""
    if len(phrase) <= 2:
        return [phrase]
    return list(dict.fromkeys(phrase[i: i + 2] for i in range(len(phrase) - 1)))


def expression(keys: tuple[str, ...], column: str = "") -> str:
    """The index query: every gram of every phrase; of a key with alternatives, every gram of any one of them."""
    prefix = f"{column} : " if column else ""
    terms = []
    for key in keys:
        words = [" AND ".join(f'{prefix}"{g}"' for g in grams(w)) for w in split_key(key)]
        terms.append(words[0] if len(words) == 1 else "(" + " OR ".join(f"({w})" for w in words) + ")")
    return " AND ".join(terms)


def exact(key: str) -> bool:
    """Whether every document the index gives has the phrase: one or two characters, in any form it is searched
    in, and no form that a longer word can hold as something else (软体 in 软体动物 is not 软件)."""
    phrase, *others = split_key(key)
    return len(phrase) <= 2 and all(len(w) <= 2 and not blockers(phrase, w) for w in others)


class Keys:
    """A query's search keys for each document: every form (`every`, the index query finding all candidates),
    and per document only the forms its script writes (`of`). Scripts are read only for the documents that need
    one: those found by a regional form alone, and those shown or counted."""

    def __init__(self, db: sqlite3.Connection, phrases: tuple[str, ...],
                 regional: tuple[tuple[str, str, str], ...]) -> None:
        self.every = _keys(phrases, regional, None)
        self._own = _keys(phrases, regional, "")
        self._by_script = {script: _keys(phrases, regional, script) for script in REGIONS}
        self._db, self._regional = db, regional
        self._scripts: dict[int, str] = {}
        self._dropped: set[int] = set()
        self._crossed: dict[str, set[int]] | None = None
        if regional:
            self._drop_other_regions()

    def _drop_other_regions(self) -> None:
        """The documents the index finds only by a regional form (a few hundred), each dropped unless the keys of
        its own script find it."""
        own = expression(self._own)
        sql = "SELECT d.id, d.script FROM fts JOIN documents d ON d.id = fts.rowid WHERE fts MATCH ?"
        only = dict(self._db.execute(sql, [f"({expression(self.every)}) NOT ({own})"]))
        self._scripts.update(only)
        partial = {keys: {d for d, _script in self._db.execute(sql, [f"({expression(keys)}) NOT ({own})"])}
                   for keys in set(self._by_script.values()) - {self.every, self._own}}  # (of two words or more)
        for doc_id in only:
            keys = self.of(doc_id)
            if keys != self.every and (keys == self._own or doc_id not in partial[keys]):
                self._dropped.add(doc_id)

    def of(self, doc_id: int) -> tuple[str, ...]:
        """The keys searched in this document."""
        if not self._regional:
            return self.every
        if doc_id not in self._scripts:
            self._read_scripts([doc_id])
        return self._by_script.get(self._scripts[doc_id], self._own)

    def kept(self, candidates: list[int]) -> list[int]:
        """The candidates (found by every form) that the keys of their own script find too, and where a word of two
        characters is not only across a sentence end or a wall (reader.storage.walls)."""
        dropped = self._dropped.union(*self.crossed().values())
        return [d for d in candidates if d not in dropped] if dropped else candidates

    def crossed(self) -> dict[str, set[int]]:
        """Per key of two characters, the documents whose index has it (in every form) only as a pair across a stop:
        a token of the counts table says so (reader.storage.counts), so the index alone still answers exactly. A
        document found by its title or header for the other words (reader.storage.mixed) needs this word in its text."""
        if self._crossed is not None:
            return self._crossed
        self._crossed = {}
        for key in self.every:
            forms = split_key(key)
            if not exact(key) or any(len(form) != 2 for form in forms):
                continue  # (a longer word is checked in the text; a character cannot be split)
            crossed = {form: self._ids("fts_counts", f'"{CROSSED}{form}"') for form in forms}
            suspects = set().union(*crossed.values())
            for form in forms if suspects and len(forms) > 1 else ():  # kept where any form is within a piece
                suspects -= self._ids("fts", f'body : "{form}"') - crossed[form]
            self._crossed[key] = suspects
        return self._crossed

    def _ids(self, table: str, match: str) -> set[int]:
        return {doc_id for doc_id, in self._db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (match,))}

    def within(self, form: str) -> Callable[[dict[int, float]], dict[int, float]] | None:
        """For a phrase's regional form, what keeps of its counts (document -> count) only the documents of its
        script; None for the typed word (it counts everywhere)."""
        script = next((region for _phrase, other, region in self._regional if other == form), None)
        if script is None:
            return None

        def only(counts: dict[int, float]) -> dict[int, float]:
            self._read_scripts([d for d in counts if d not in self._scripts])
            return {d: n for d, n in counts.items() if self._scripts[d] == script}
        return only

    def _read_scripts(self, ids: list[int]) -> None:
        for at in range(0, len(ids), 500):  # (a query's variables are limited: 999 in older SQLite)
            part = ids[at: at + 500]
            self._scripts.update(self._db.execute(
                f"SELECT id, script FROM documents WHERE id IN ({', '.join('?' * len(part))})", part))
        self._scripts.update((d, "") for d in ids if d not in self._scripts)  # (a document removed meanwhile)


def _keys(phrases: tuple[str, ...], regional: tuple[tuple[str, str, str], ...], script: str | None) -> tuple[str, ...]:
    """Each phrase with its forms that count in documents of `script` (None: every form; '': the typed word alone)."""
    forms: dict[str, list[str]] = {p: [p] for p in phrases}
    for phrase, form, region in regional:
        if script is None or script == region:
            forms[phrase].append(form)
    return tuple(SEPARATOR.join(dict.fromkeys(forms[p])) for p in phrases)
