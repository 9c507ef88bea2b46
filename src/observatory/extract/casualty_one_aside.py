"""An aside that names the one of a group again before his verb: "One of them, a woman, died later", "one of the wounded,
an elderly man, succumbed", "One of the wounded, Jawad al-Barouki, died hours later" (tests in
tests/test_extract_casualty_one_aside.py and tests/test_extract_round66_readings.py).

The aside ("a woman", "an elderly man", "a 12-year-old boy") is the same person told by what he is; the figure's role is
read after it, as after "including ..." (``casualties._PAREN``). The aside's article counts no one more
(``figures._ONE_OF_THEM_BEFORE``).
"""

from __future__ import annotations

import re

#: "one of them" / "one of whom" / "one of the wounded" as a figure's words: the figure is the bare "one".
_ONE_OF = re.compile(r"\s+of\s+(?:them|whom|the\s+(?:wounded|injured))\s*$", re.IGNORECASE)
#: A person's name: two to four words, each capitalised or a particle ("Jawad al-Barouki", "Abu Omar al-Halabi").
_NAME = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z])[\w'’-]*|al-[\w'’-]+|bin|ibn|abu)){1,3}"
#: The aside: an article, up to four words of no verb, a comma ("a woman,", "an elderly man,", "a 12-year-old boy,"); or
#: a name ("One of the wounded, Jawad al-Barouki, died hours later").
_ASIDE = re.compile(r"\s*,\s*(?:(?:an?|the)\s+(?!(?:[\w'-]+\s+){0,3}?(?:was|were|is|are|who|which|had|has)\b)"
                    r"(?:[\w'-]+\s+){0,3}?[\w'-]+|" + _NAME + r")\s*,", re.IGNORECASE)


def one_aside(work: str, q_text: str, q_end: int, g_end: int, end: int) -> re.Match[str] | None:
    """The aside right after "one of them" (see module doc), or None."""
    if q_text.strip().lower() != "one" or _ONE_OF.match(work, q_end, g_end) is None:
        return None
    return _ASIDE.match(work, g_end, end)


#: "of them, a woman, died": the aside, then the verb of death or hurt the figure takes.
_ASIDE_TOLD = re.compile(r"\s*of\s+(?:them|whom)" + _ASIDE.pattern + r"\s+(?:was\s+|were\s+|later\s+|also\s+|has\s+|had\s+)*"
                         r"(?:died|killed|succumbed|passed\s+away|injured|wounded)\b", re.IGNORECASE)


def aside_then_verb(work: str, at: int) -> bool:
    """Whether the words from ``at``, after a bare "one", are "of them", an aside and the verb told of it ("of them, a
    child, died")."""
    return _ASIDE_TOLD.match(work, at, at + 120) is not None
