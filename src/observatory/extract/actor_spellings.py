"""Actor names written in another transliteration of the Arabic ("Al-Fateh al-Mubeen" for "Fath al-Mubin", "Hurras
ad-Deen" for "Hurras al-Din", "Ahrar al-Sharqia" for "Ahrar al-Sharqiya", "Liwa al Quds" for "Liwa al-Quds"), found
for ``actors.ActorLexicon`` where no alias matches as written.

A name is reduced to a *skeleton* that the common spellings share: accents dropped; the article in any of its forms
("al-", "el-", "ad-", "ash-") made "al", and dropped at the start; an h after a word's first letter dropped (sh, kh,
th, and "Fath"/"Fateh" alike); q made k; the endings "-iya", "-iyya", "-ia" made one; the vowels (not y) after a
word's first letter dropped; doubled letters made single. The skeletons of the lexicon's proper names (aliases of two
words or more besides articles, the first capitalised) index their aliases; a skeleton that aliases of two sides
share is left out. In a text, runs of two capitalised words or more (with "al-"/"ad-" articles between them) that no
alias found as written touches are reduced the same way, longest first, and a run whose skeleton is indexed names
that alias's actor. Single words are never read this way ("Sunday" and "Sanadid", "Iran" and "Iranian" share
skeletons), nor lower-case words, so common nouns stay with the exact aliases.

Tests: tests/test_extract_actor_spellings.py.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "ath", "az", "adh"})
_VOWELS = re.compile(r"[aeiou]")
_NISBA = re.compile(r"(?:iyy?[ae]h?|ie?h|ia)$")  # "-iya", "-iyya", "-iyah", "-ieh", "-ia": one ending ("Sharqiya", "Sharqia")
_DOUBLED = re.compile(r"(.)\1+")
_WORD = r"[A-Z\u00c0-\u017f][\w\u00c0-\u017f]*(?:['\u2019][\w\u00c0-\u017f]+)*"  # (no closing quote)
#: "al-"/"al "/"el-", or a sun letter's article with its hyphen ("ad-Deen", "ash-Sham"); not English "an", "as", "at"
_ARTICLE = r"(?:(?:[Aa]l|[Ee]l)[-\s]|[Aa](?:[dnrstz]|sh|th|dh)-)"
#: A run of capitalised words, articles allowed before and between them ("Al-Fateh al-Mubeen", "Hurras ad-Deen").
_RUN = re.compile(rf"(?<![\w-])(?:{_ARTICLE})?{_WORD}(?:[-\s](?:{_ARTICLE})?{_WORD}){{0,4}}")
_TOKEN = re.compile(r"[^\s\-]+")


def skeleton(words: Iterable[str]) -> str:
    """The spelling-free key of a name's words (see the module's docstring); "" when nothing is left."""
    return _joined([_part(w) for w in words])


@lru_cache(maxsize=65536)
def _part(word: str) -> str:
    """One word's share of a skeleton: "al" for an article, "" for no letters."""
    w = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower())
    if not w or w in _ARTICLES:
        return "al" if w else ""
    w = _NISBA.sub("iya", w[0] + w[1:].replace("h", "")).replace("q", "k")  # ("Fath"/"Fateh", "Tahrir"/"Tahreer")
    return _DOUBLED.sub(r"\1", w[0] + _VOWELS.sub("", w[1:]))


def _joined(parts: Sequence[str]) -> str:
    kept = [p for p in parts if p]
    while kept and kept[0] == "al":
        kept.pop(0)
    return " ".join(kept)


def _proper(alias: str) -> bool:
    """A proper name of two words or more besides articles, the first capitalised ("Fath al-Mubin", "Liwa al-Quds")."""
    named = [w for w in re.split(r"[\s-]+", alias) if w and w.lower() not in _ARTICLES]
    return len(named) >= 2 and named[0][:1].isupper()


#: A run's words: (start, end, the word's part of a skeleton).
Run = tuple[tuple[int, int, str], ...]


@lru_cache(maxsize=8)
def _runs(text: str) -> tuple[tuple[int, ...], tuple[Run, ...]]:
    """The runs of capitalised words of a whole text (a text is asked about many ranges), with their starts."""
    runs = tuple(tuple((m.start() + r.start(), m.end() + r.start(), _part(m.group())) for m in _TOKEN.finditer(r.group()))
                 for r in _RUN.finditer(text))
    return tuple(run[0][0] for run in runs), runs


class SpellingIndex:
    """The lexicon's proper names by skeleton: skeleton -> the alias (as the lexicon keys it)."""

    def __init__(self, aliases: Sequence[tuple[str, str, str]]) -> None:
        """``aliases``: (alias as written, its lexicon key, its side)."""
        by_skeleton: dict[str, tuple[str, str] | None] = {}
        for written, key, side in aliases:
            if not _proper(written):
                continue
            sk = skeleton(_TOKEN.findall(written))
            if not sk:
                continue
            seen = by_skeleton.get(sk, (key, side))
            by_skeleton[sk] = (key, side) if seen is not None and seen[1] == side else None
        self._keys = {sk: v[0] for sk, v in by_skeleton.items() if v is not None}
        self._firsts = frozenset(sk.split(" ", 1)[0] for sk in self._keys)  # the words an indexed name starts with

    def find(self, text: str, start: int, stop: int, covered: Sequence[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """(start, end) -> alias key of the runs in text[start:stop] that no span of ``covered`` (the aliases found as
        written) touches and whose skeleton names an alias, the longest run first."""
        found: dict[tuple[int, int], str] = {}
        if not self._keys:
            return found
        starts, runs = _runs(text)
        for run in runs[max(0, bisect_right(starts, start) - 1):bisect_left(starts, stop)]:
            inside = [t for t in run if start <= t[0] and t[1] <= stop]
            if len(inside) >= 2 and any(t[2] in self._firsts for t in inside):
                found.update(self._in_run(inside, covered))
        return found

    def _in_run(self, tokens: Sequence[tuple[int, int, str]], covered: Sequence[tuple[int, int]],
                ) -> dict[tuple[int, int], str]:
        out: dict[tuple[int, int], str] = {}
        taken: list[tuple[int, int]] = []
        for size in range(len(tokens), 1, -1):  # (two words at least)
            for i in range(len(tokens) - size + 1):
                s, e = tokens[i][0], tokens[i + size - 1][1]
                sk = _joined([t[2] for t in tokens[i:i + size]])
                if sk.split(" ", 1)[0] not in self._firsts or any(s < b and a < e for a, b in (*covered, *taken)):
                    continue  # (an alias as written is in it: "Lebanon's Hezbollah" is read as written; or a longer run)
                key = self._keys.get(sk)
                if key is not None:
                    out[(s, e)] = key
                    taken.append((s, e))
        return out
