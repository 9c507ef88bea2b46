"""What a source called a victim, read as the apposition it stands for.

"killing a man whom SOHR sources described as an official of Hurras al-Din", "killing two men, one of whom local sources
identified as a commander of the group", "killed two people, whom residents described as civilians": the words between
the victim and what he was called (the relative pronoun, the source, the verb) do what an apposition does ("killing a
man, an official of ...", "two men, one of them a commander of ...", "two people, all of them civilians"). In the
working copy (same length) they become that apposition, the source's words blanked before it.
"""

from __future__ import annotations

import re

#: "whom SOHR sources described as", "one of whom the source identified as", "one of whom was described as": the
#: source is up to four words; what he was called follows. Not "described as a collaborator of X", which
#: ``casualty_work_told.TOLD_TIE`` reads as it stands.
_WHOM = re.compile(r"(?P<comma>,\s*)?(?P<one>\bone\s+of\s+)?\bwhom\s+(?:(?:[\w'’-]+\s+){1,4}?(?:described|identified)|"
                   r"(?:was|were)\s+(?:described|identified))\s+as\s+(?=(?P<article>an?\s)?\S)"
                   r"(?!(?:an?\s+)?(?:collaborators?|informants?|agents?|members?)\s+(?:of|with|for)\b)", re.IGNORECASE)


#: What the victims were called, where it gives a side: civilians, or a rank in a group named by a capitalised name ("an
#: official of Hurras al-Din", "a senior commander in the Islamic State"); then the clause ends, not "..., and" (a list).
_SIDE_CALLED = re.compile(r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:civilians?|(?:officials?|commanders?|leaders?|fighters?|emirs?|"
                          r"militants?|officers?|operatives?)\s+(?:of|in)\s+(?:the\s+)?[\"“']?(?-i:[A-Z])[^,;.\n]{0,60})"
                          r"(?!\s*,\s*and\b)(?=\s*[,;.\n]|$)", re.IGNORECASE)
#: What one victim was called where the apposition reads him as one person of that side ("a man, an official of X"; not
#: "a man, a civilian" nor "a man, a senior official of X", which read as a second person).
_ONE_CALLED = re.compile(r"an?\s+(?:official|commander|leader|fighter|officer)\s+(?:of|in)\s+(?:the\s+)?[\"“']?(?-i:[A-Z])",
                         re.IGNORECASE)

#: "two of whom", "some of whom": a share of the victims other than one, which no apposition of all of them restates.
_SOME_OF = re.compile(r"\bof\s+$", re.IGNORECASE)


def _apposition(m: re.Match[str]) -> str:
    """The apposition of the same length that ``m`` stands for, or ``m`` as it is where what follows gives no side."""
    if _SIDE_CALLED.match(m.string, m.end()) is None or not m.group("one") and _SOME_OF.search(m.string, 0, m.start()):
        return m.group(0)  # ("three people, two of whom ... described as civilians": only some of them, left as told)
    width = len(m.group(0))
    comma = m.group("comma") or ""
    if m.group("one"):  # ", one of whom SOHR identified as a ..." -> ", one       of them a ..."
        return comma + "one".ljust(width - len("of them ") - len(comma)) + "of them "
    if not m.group("article"):  # people ("civilians", "officials of X")
        return ", all of them ".rjust(width)
    return ", ".rjust(width) if _ONE_CALLED.match(m.string, m.end()) else m.group(0)


def described_as(work: str) -> str:
    """``work`` with each "whom <source> described as" turned into the apposition it stands for."""
    if "whom" not in work.lower():
        return work
    return _WHOM.sub(_apposition, work)
