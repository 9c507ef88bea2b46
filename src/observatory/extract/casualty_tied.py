"""A lone victim's side told in the sentence after the killing: "The man had joined the ranks of the 5th Corps",
"a source said the man worked with Hezbollah", "The man had reconciled with the regime in 2018 and later joined the
Fourth Division" (a clause before the joining), "... identified the victim as an army colonel" (round 72); or in his
own clause: ", who had joined a militia affiliated with the Military Security" after "a former FSA commander" (round
72). Bare "jihadists" in a paragraph that names no jihadist group take the one jihadist group the text named before ("... adding that three jihadists also died in the fighting"; wire copy
that names "Daesh" in its lead and writes "were killed along with 14 jihadists" a paragraph later), none where it named
both, nor in a paragraph set in Idlib or Latakia, HTS's fronts ("In Idlib, Russian jets struck ..., killing three
jihadists"), unless "also", "in the fighting" or "the" point back (``jihadists_named_before``; tests in tests/test_extract_casualty_tied_through_a_group.py and
tests/test_extract_casualty_jihadists_named_paragraphs_before.py); also "six jihadists and two SDF fighters" (another
figure coordinated after them) and "The two jihadists were killed" a paragraph after the group was named
(tests/test_extract_casualty_jihadists_of_the_clash.py). Two or three victims the next sentence says joined a group
("Both were former rebels who joined the State Security"), and one victim "who had been a rebel before joining the
4th Division" (tests/test_extract_casualty_joined_later_formation.py).

The statement gives the victim the named group's side when the victim's own words gave none ("a man", "a young man") or
only a past one ("a former rebel commander": SCHEMA's Daraa convention puts ex-rebels who joined a regime formation with
the regime). It is read only for a sentence with one killed figure of one person, so that it cannot be lent to another
victim; a group of no side ("joined the reconciliation") changes nothing.

The work may be named ("had been working as a mediator for the Lebanese 'Hezbollah'", a nation's adjective and quotes
before the name; tests/test_extract_casualty_tied_by_work_or_past.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actor_jihadists import groups_named
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import side_of
from observatory.extract.figures import PERSON
from observatory.extract.mention_sides import INJURED, KILLED, SYRIAN_OWN, Mention
from observatory.extract.places import governorate_mentions
from observatory.extract.text import stop_before

_TIE = re.compile(r"\b(?:the\s+)?(?:man|victim|young\s+man|deceased|slain\s+man|dead\s+man|commander|he|(?P<two>both|they|the\s+two"
                  r"(?:\s+[\w-]+)?|the\s+(?:victims|brothers|men|young\s+men)))\s+"
                  r"(?:had\s+|has\s+|have\s+)?(?:[^.;!?\n]{1,80}?\s+(?:and|who)\s+(?:had\s+)?)?(?:later\s+|previously\s+|recently\s+|then\s+)?"
                  r"(?:joined|enlisted\s+in|(?:worked|(?:been\s+)?working)\s+(?:as\s+(?:an?\s+)?[\w-]+\s+)?(?:for|with)|"
                  r"collaborated\s+with|cooperated\s+with)\s+"
                  r"(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
#: The victim's own clause, on to the group he joined after his first one: "who had been a member of the factions before
#: joining the regime's 4th Division".
_JOINED_LATER = re.compile(r",?\s+who\s+(?:had\s+been|was|were|had\s+served)\s+[^.;!?\n]{1,80}?\s+(?:before|then|and\s+later|and\s+then)\s+"
                           r"(?:joining|joined|he\s+joined)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
#: A former fighter's own clause, on to the force he joined since: ", who had joined a militia affiliated with the
#: Military Security" (round 72).
_JOINED_OWN = re.compile(r",?\s+who\s+(?:had\s+|has\s+)?(?:later\s+|since\s+|then\s+|subsequently\s+)?joined\s+(?:the\s+)?"
                         r"(?:ranks\s+of\s+(?:the\s+)?)?(?:an?\s+(?:[\w-]+\s+)?(?:militia|group|formation|unit|faction)\s+"
                         r"(?:affiliated\s+(?:with|to)|loyal\s+to|backed\s+by|of|run\s+by|belonging\s+to)\s+(?:the\s+)?)?", re.IGNORECASE)


#: "A pro-government radio station identified the victim as an army colonel serving in the Republican Guard" (round 72).
_IDENTIFIED = re.compile(r"\bidentified\s+(?:the\s+)?(?:victim|him|her|(?:dead|slain)\s+man|driver|man)\s+as\s+(?:an?\s+)?",
                         re.IGNORECASE)


#: A nation's adjective and a quote mark before the group's name ("worked for the Lebanese 'Hezbollah'"), or whose force it is
#: ("joined the government's Military Security": round 73).
_NATION_QUOTED = re.compile(r"\s*(?:(?:the\s+)?(?:government|regime)['’]s\s+|(?:[A-Z][a-z]+\s+)?[\"'“‘]?\s*)")  # ("the government's")
_NEXT = re.compile(r"[.!?]?\s*[^.!?\n]*[.!?]")
_FORMER = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)


def _open_to_tie(m: Mention, work: str) -> bool:
    """A figure whose own words give no side, or only the side the victim was once on."""
    if m.side in (None, "unknown"):
        return True
    return m.side == "hts_rebels" and _FORMER.search(work, max(0, m.quantity.start - 2), m.group_end) is not None


def tied_after(mentions: list[Mention], work: str, end: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The one victim of the sentence takes the side of the group the next sentence says he joined or worked with (two
    or three victims: "Both were former rebels who joined X"), or that his own clause says he joined after his first
    group ("who had been a rebel before joining X"); where no one was killed, the one wounded of no side or of the
    rebels he once fought with ("a former opposition commander and his son were injured": round 73)."""
    top = [m for m in mentions if m.parent is None and m.role == KILLED] or \
        [m for m in mentions if m.parent is None and m.role == INJURED and _open_to_tie(m, work)]  # ("a former commander and his son were injured")
    if len(top) != 1 or top[0].value > 3 or not _open_to_tie(top[0], work):
        return mentions
    after = _NEXT.match(work, end)
    hit = (_TIE.search(work, end, after.end()) or _IDENTIFIED.search(work, end, after.end())) if after else None
    if top[0].value == 1 and hit is None:  # "a young man who had been a rebel before joining the 4th Division"
        hit = _JOINED_LATER.match(work, top[0].group_end, end)
    if top[0].value == 1 and hit is None and _FORMER.search(work, stop_before(work, top[0].quantity.start), end):
        hit = _JOINED_OWN.search(work, stop_before(work, top[0].quantity.start), end)  # "a former FSA commander, who had joined ..."
    if hit is None or (top[0].value > 1) != bool(hit.groupdict().get("two")):  # ("Both were ... who joined X": two victims)
        return mentions
    found = lexicon.find(work, hit.end(), min(len(work), hit.end() + 60), on)
    if not found or found[0].start - hit.end() > 2 and not _NATION_QUOTED.fullmatch(work, hit.end(), found[0].start) \
            or found[0].side in ("unknown", "civilians"):
        return mentions
    a = found[0]
    return [m.named(a) if m is top[0] else m
            for m in mentions]


#: "One of them was a member of X, while the other was a civilian": two victims told apart in the next sentence (also
#: "The first was ..., while the second was ...", "one of them had been ...").
_ONE_THE_OTHER = re.compile(r"[.!?]?\s*(?:[^.!?\n]{0,60}?\b(?:said|reported|added)\s+(?:that\s+)?|According\s+to\s+[^,.]{1,40},\s*)?"
                            r"(?:[Oo]ne\s+of\s+(?:them|the\s+(?:two|brothers|men|victims|dead))|(?P<first>[Tt]he\s+first)(?:\s+(?:victim|man|one))?)\s+"
                            r"(?:was|is|had\s+been|has\s+been)\s+(?P<a>[^;.]{2,120}?)\s*,?\s*(?:while|and|whereas)\s+the\s+(?:other|second)"
                            r"(?:\s+(?:victim|man|one))?\s+(?:was|is|had\s+been|has\s+been)\s+(?P<b>[^,;.]{2,120})")

#: "The first was a former rebel commander": a person, of up to three words before the noun, none a thing, a deed or a
#: place's preposition ("a roadside bomb", "a car bomb targeting soldiers", "killed near", "near the checkpoint").
_A_PERSON = re.compile(rf"(?:an?\s+|the\s+)?(?:(?!(?:[\w'-]*ing|bombs?|cars?|devices?|mines?|attacks?|blasts?|explosions?|"
                       rf"shells?|strikes?|drones?|checkpoints?|near|in|at|on|by|from)\b)[\w'-]+\s+){{0,3}}?(?:{PERSON})\b", re.IGNORECASE)


def one_and_the_other(mentions: list[Mention], work: str, end: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"... shot dead two brothers. One of them was a member of a group affiliated with X, while the other was a
    civilian": the two of no side told apart by the next sentence are one of each side it gives (one of them at least;
    the other then of no known side; tests/test_extract_casualty_one_and_the_other.py)."""
    top = [m for m in mentions if m.parent is None and m.role == KILLED]
    if len(top) != 1 or top[0].value != 2 or top[0].side not in (None, "unknown") or top[0].quantity.vague:
        return mentions
    hit = _ONE_THE_OTHER.match(work, end)
    if hit is None or hit.group("first") and not all(_A_PERSON.match(hit.group(g).strip()) for g in ("a", "b")):
        return mentions  # "The first was a roadside bomb ..., while the second ...", "The first was killed near ...": no person told
    sides = [side_of(lexicon, work, hit.start(g), hit.end(g), on) for g in ("a", "b")]
    if all(side in (None, "unknown") for _, side in sides):
        return mentions
    sides = [(actor, side or "unknown") for actor, side in sides]  # ("the other was from the town": no side the text gives)
    sides = [(actor, "regime" if side == "pro_iran_foreign" and SYRIAN_OWN.search(work, hit.start(g), hit.end(g)) else side)
             for (actor, side), g in zip(sides, ("a", "b"), strict=True)]  # "a Syrian working for Hezbollah" (SCHEMA)
    m = top[0]
    parts = [replace(m, quantity=replace(m.quantity, value=1), side=side, actor=actor.actor.name if actor else None,
                     nationality=actor.actor.nationality if actor else None, generic=False) for actor, side in sides]
    if parts[0].side == parts[1].side:
        return [replace(m, side=parts[0].side, actor=parts[0].actor, nationality=None, generic=False) if x is m else x for x in mentions]
    second = replace(parts[1], quantity=replace(m.quantity, value=1, start=m.quantity.end, end=m.quantity.end, text="1"),
                     group_start=m.quantity.end, group_end=m.quantity.end)
    return sorted([*(x for x in mentions if x is not m), parts[0], second], key=lambda x: x.quantity.start)


#: How far back (characters) bare "jihadists" look for the jihadist group the text is about.
JIHADISTS_WINDOW = 600
_BARE_JIHADISTS = re.compile(r"\s*(?:of\s+the\s+)?jihadists?(?:\s+(?:also|too))?(?:\s+and)?\s*", re.IGNORECASE)  # ("six jihadists and two SDF ...", "two of the jihadists")
#: The governorates of HTS's fronts, where bare "jihadists" are its own whatever group the text named before.
_HTS_FRONTS = frozenset({"Idleb", "Lattakia"})
#: The jihadists' figure points back at an event told before: "also", "in the fighting", "during the attack".
_TOLD_BEFORE = re.compile(r"\b(?:also|too)\b|\b(?:in|during)\s+the\s+(?:fighting|attack|assault|clashes|ambush|raid|battle)\b",
                          re.IGNORECASE)
_BACK_REACH = 40
#: "The two jihadists were killed ...": the jihadists the text told of before.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def jihadists_named_before(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"four jihadists" with no group of their own are of the jihadist group the text named last before them: ISIS in an
    ISIS attack ("an attack launched by ISIS ... also left four jihadists dead"), HTS or its allies on an Idlib front."""
    if m.side != "hts_rebels" or not _BARE_JIHADISTS.fullmatch(work, m.quantity.end, m.group_end):
        return m
    paragraph = work.rfind("\n", 0, m.quantity.start) + 1  # a report moves on to another front at a break
    named = groups_named(work, max(paragraph, m.quantity.start - JIHADISTS_WINDOW), m.quantity.start, lexicon, on)
    if not named and (_TOLD_BEFORE.search(work, m.quantity.end, m.group_end + _BACK_REACH) or _THE_BEFORE.search(work, max(0, m.quantity.start - 6), m.quantity.start)
                      or not {g.governorate for g in governorate_mentions(work, paragraph, m.quantity.start)} & _HTS_FRONTS):
        # the event told paragraphs before (wire copy tells one sentence a paragraph; a paragraph set in Idlib or Latakia,
        # "In Idlib, Russian jets struck ..., killing three jihadists", is on HTS's fronts): the one jihadist group the
        # text named before, if only one
        named = groups_named(work, 0, m.quantity.start, lexicon, on, one_only=True)
    if not named or named[-1].side == m.side:
        return m
    a = named[-1]
    return m.named(a)
