"""A relative told again by what he is, between commas, before his own verb (round 67; tests in
tests/test_extract_round67_readings.py).

"a shepherd was killed and his nephew, a child, was injured": the aside ("a child") is the nephew himself, and the
verb after it ("was injured") is his fate, not the one told before "and" ("was killed"). The relative's figure takes
the aside's role, and the aside counts no one more. Only one relative ("his nephew", "her son") right before the
aside, and only where the aside's figure is one person whose verb of hurt or death follows its closing comma.

"three children and their mother were killed and their father and another farmer were injured": a relative joined by
"and" to the next figure, before a plural verb, shares that figure's verb (not the one told before the relative).

"His nephew, also a civilian, who was sitting with him, was seriously injured and died of his wounds": a sentence
opened by a victim's relative tells one more person (``own_sentence_kin``, ``casualty_ordinal_more.counted_on``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention, without

#: Words for one relative.
_KIN_WORDS = (r"(?:father|mother|brother|sister|son|daughter|wife|husband|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|"
              r"grandfather|grandmother)")
#: One relative: "nephew", "son", "his brother", "their daughter" (the figure's own words).
_ONE_KIN = re.compile(rf"(?:(?:his|her|their)\s+)?{_KIN_WORDS}", re.IGNORECASE)
#: The aside's opening comma right after the relative, and its article ("nephew, a child").
_ASIDE_OPENS = re.compile(r"\s*,\s*")
_ARTICLE = re.compile(r"an?|one", re.IGNORECASE)
#: The aside's closing comma and the verb of its fate ("a child, was injured", "a girl, were wounded").
_ASIDE_VERB = re.compile(r"\s*,\s*(?:(?:was|were|had\s+been|has\s+been)\s+)(?:(?:also|seriously|lightly|critically|badly)\s+)?"
                         r"(?P<verb>killed|injured|wounded|hurt)\b", re.IGNORECASE)


#: The relative and the next figure joined as one subject ("their father and another farmer were injured").
_AND = re.compile(r"\s+and\s+")
#: The plural verb right after the subject the relative opens.
_VERB_AFTER = re.compile(r"\s*,?\s+were\s+(?:(?:also|seriously|lightly|critically|badly)\s+)?(?P<verb>killed|injured|wounded|hurt)\b",
                         re.IGNORECASE)


def _role_of(verb: re.Match[str] | None) -> str | None:
    if verb is None:
        return None
    return "killed" if verb.group("verb").lower() == "killed" else "injured"


#: A sentence that opens with a victim's relative, told again by an aside at most ("His nephew, also a civilian, ...",
#: "Her son ..."): the relative is the sentence's one figure.
_OWN_KIN = re.compile(rf"\s*(?:His|Her|Their)\s+(?:[\w-]+\s+)?(?i:{_KIN_WORDS})\b(?:\s*,\s*(?:also\s+)?)?")


def own_sentence_kin(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """The one figure of a sentence opened by a victim's relative (the relative, or the aside right after him) is a
    relative of a victim told before, marked ``Mention.kin``: one more person, not the victim told again."""
    opening = _OWN_KIN.match(work, start)
    if opening is None or len(mentions) != 1 or mentions[0].quantity.start > opening.end() or mentions[0].value != 1:
        return mentions
    return [replace(mentions[0], kin=True)]


def kin_aside(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """The relative told again by an aside takes the aside's role, and the aside goes; a relative who opens a sentence
    of his own is marked so (see module doc)."""
    mentions = own_sentence_kin(mentions, work, start)
    gone: set[int] = set()
    out = list(mentions)
    for i in range(len(out) - 1):
        kin, aside = out[i], out[i + 1]
        if kin.value != 1 or aside.value != 1 or kin.quantity.vague or aside.parent is not None:
            continue
        if not _ONE_KIN.fullmatch(work[kin.quantity.start:kin.group_end].strip()):
            continue
        if _AND.fullmatch(work, kin.group_end, aside.quantity.start) and kin.role != aside.role and \
                _role_of(_VERB_AFTER.match(work, aside.group_end)) == aside.role:
            out[i] = replace(kin, role=aside.role)  # "... were killed and their father and another farmer were injured"
            continue
        if not _ASIDE_OPENS.fullmatch(work, kin.group_end, aside.quantity.start) or not _ARTICLE.fullmatch(aside.quantity.text.strip()):
            continue
        verb = _ASIDE_VERB.match(work, aside.group_end)
        if verb is None or (verb.group("verb").lower() == "killed") != (aside.role == "killed"):
            continue
        out[i] = replace(kin, role=aside.role, side=kin.side or aside.side, label=kin.label or aside.label)
        gone.add(i + 1)
    return without(out, gone) if gone else out
