"""Cheap substring tests that let the extractors skip a case-insensitive pattern a span cannot match.

A pattern compiled with ``re.IGNORECASE`` can only match a span that holds each of its literal words in some
mix of cases. :func:`folded` lower-cases a span the way such patterns compare letters, so a plain ``in`` test
on it says whether a literal can occur there: when none of a pattern's required stems does, the pattern need
not run at all, and the result is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

#: The letters that case-insensitive matching takes for an ASCII letter but ``str.lower`` does not turn into one
#: (dotted and dotless I, long s; the Kelvin sign lowers to "k" but is listed for clarity).
_FOLD_TO_ASCII: Final = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@lru_cache(maxsize=1024)  # the gates of a sentence fold the same span ~5 times; 1024 spans hold ~20 reports
def folded(text: str, start: int = 0, end: int | None = None) -> str:
    """The span a pattern's ``pos`` and ``endpos`` give (negative bounds count as 0, not from the end), in lower
    case as the case-insensitive patterns compare letters."""
    return fold(text[max(start, 0):None if end is None else max(end, 0)])


def fold(chunk: str) -> str:
    """``chunk`` in lower case as the case-insensitive patterns compare letters (not cached: for short windows
    that are read once, which would only push the spans that are read again out of :func:`folded`'s cache)."""
    if not chunk.isascii():
        chunk = chunk.translate(_FOLD_TO_ASCII)
    return chunk.lower()


def has_any(folded_text: str, stems: Iterable[str]) -> bool:
    """Whether the folded text holds one of the (lower-case) stems."""
    for stem in stems:  # noqa: SIM110 (a plain loop: no generator to set up on each of the many calls)
        if stem in folded_text:
            return True
    return False


def may_hold(text: str, stems: Iterable[str], start: int = 0, end: int | None = None) -> bool:
    """A probe cheaper than :func:`folded`, for a rule about to fold a span: whether ``text[start:end]`` holds one
    of the (lower-case) stems as written or in upper case. A stem that leaves out its word's first letter ("hem"
    for "them") so finds the word in lower, title and upper case; only mixed case within a stem ("tHem") is missed,
    and the fold that follows decides the rest."""
    stop = len(text) if end is None else end
    return any(text.find(stem, start, stop) >= 0 or text.find(stem.upper(), start, stop) >= 0 for stem in stems)


def search_gated(pattern: re.Pattern[str], stems: Iterable[str], text: str, folded_text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, not run (None) where the folded text holds none of the stems that every match holds."""
    return pattern.search(text) if has_any(folded_text, stems) else None


def blank(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with each match of ``pattern`` turned into as many spaces, so that offsets stay where they were."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def blank_gated(pattern: re.Pattern[str], stems: Iterable[str], text: str, folded_text: str) -> str:
    """``text`` with each match of ``pattern`` turned into spaces, not run where the folded text holds none of the
    stems that every match holds. Blanking adds no stem, so the folded text of the original serves the blanked ones."""
    return blank(pattern, text) if has_any(folded_text, stems) else text


def word_start(source: str) -> str:
    """``source``, an alternation each branch of which can only begin where a word begins (``\\b`` and then a word
    character, lookbehinds allowed before them), tried only there: at the other positions, inside a word or at its
    end, the engine gives up after one test instead of trying every branch. It matches what ``source`` matches
    (tests/test_extract_speed_gates.py finds each pattern that begins with ``WORD_START`` and checks its source)."""
    return WORD_START + source + ")"


#: How a pattern built by :func:`word_start` begins.
WORD_START: Final = r"(?=\w)\b(?:"


def covering_stems(phrases: Iterable[str], size: int = 4) -> tuple[str, ...]:
    """A few lower-case stems such that each phrase holds one of them within a word (a run without spaces).

    Phrases whose words are all shorter than ``size`` give their longest word. Chosen greedily, the stems that
    cover the most phrases first; any phrase a pattern matches literally therefore leaves one of them in the text.
    """
    options: list[set[str]] = []
    for phrase in phrases:
        words = phrase.lower().split()
        windows = {w[i:i + size] for w in words for i in range(len(w) - size + 1)}
        options.append(windows or {max(words, key=len)})
    stems: list[str] = []
    while options:
        counts: dict[str, int] = {}
        for windows in options:
            for window in windows:
                counts[window] = counts.get(window, 0) + 1
        best = max(sorted(counts), key=lambda w: counts[w])
        stems.append(best)
        options = [windows for windows in options if best not in windows]
    return tuple(stems)
