"""The group a victim had joined, told in the sentence after the killing (tests in
tests/test_extract_casualty_sides_victims.py).

* "Gunmen opened fire on a former opposition fighter ..., killing him. The man, in his thirties, had joined the regime's
  Military Security after the settlement" (also after "sources said that", and "the man, who had joined ..."): the one
  victim is of the group he joined (SCHEMA: settled ex-fighters working for regime services -> regime), not of the
  rebels his past names; so is one "The mukhtar, who was known for his close ties to X" (``mention_sides.SERVICE``: any
  service to a group, tests/test_extract_casualty_victim_served.py), and one who "was working with" X; so are two to
  four victims said again by their number ("Two people were killed .... The two men were working with the Lebanese
  group Hezbollah"), also a sentence later where the one between tells of no people (the place of the strike); one
  said to be Syrian ("the young man, a Syrian national, was working for Hezbollah") is left to the rules of nationals;
* "ISIS executed 20 men ..., after accusing them of fighting in the ranks of regime forces", "on charges of collaborating
  with the SDF": plain people a killer accused of serving a group are of that group (SCHEMA: suspected attribution ->
  that side, with a note): one victim described so too ("opened fire on a man accused of collaborating with
  Hezbollah, killing him", also "a young man accused by locals of collaborating with X"), not one his killers accused ("executed a young man, accusing him of ...").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.mention_sides import SERVICE, Mention

#: Work done for a group, words between the verb and the group: "had worked in recent months with X", "had been
#: recruiting young men of the area for X" (a span of time or the people recruited stand between); also "the man was
#: accused of writing security reports for X", the informant of a branch (round 71).
_WORKED_FOR = (r"(?:been\s+)?(?:work(?:ed|ing)|recruit(?:ed|ing)\s+(?:[\w'-]+\s+){1,6}?|accused\s+of\s+writing\s+(?:security\s+)?reports)\s*"
               r"(?:(?:in|for|over|during)\s+(?:the\s+)?(?:recent|past|last|several|few|many|some)\s+(?:[\w-]+\s+)?"
               r"(?:months|years|weeks)\s+)?(?:for|with)\s+")
#: A deed told before the joining in the same clause: "had signed up to the settlement in 2018 and had since worked
#: with X", "had led a local faction before the deal and later joined X".
_FIRST_DEED = (r"(?:had\s+(?:[\w'-]+\s+){1,3}?(?:to|up\s+to|in|a|an|the)\s+[^.;!?\n]{1,120}?\s+and\s+"
               r"(?=(?:had\s+)?(?:later|since|then|subsequently)\s+(?:joined|enlisted|worked|been\s+working)\b))?")
#: A unit tied to a group, between "joined" and the group: "joined a local group affiliated with X", "joined a militia
#: backed by X" (the unit is the group's).
_TIED_UNIT = (r"(?:an?\s+(?:[\w-]+\s+){0,2}?(?:group|militia|faction|cell|unit|force|formation)\s+(?:affiliated\s+(?:with|to)|"
              r"backed\s+by|loyal\s+to|linked\s+to|belonging\s+to|(?:run|funded|supported)\s+by)\s+)?")
#: The kind of group before its name, with its country: "the Lebanese group Hezbollah", "the Iraqi militia Kataib Hezbollah".
_KIND = r"(?:(?:(?:Lebanese|Iraqi|Iranian|Afghan|Palestinian)\s+)?(?:group|militia|movement)\s+(?=[A-Z]))?"
#: The victim, said again at the head of the next sentence (after "X said that" or "According to X,"), and the group
#: he had joined or worked for (not his killers: "the gunmen had worked with X").
_JOINED_NEXT = re.compile(
    r"\s*(?:[^.;!?\n]{0,80}?\b(?:said|says|reported|added|confirmed|stated|noted)\s+(?:that\s+)?"
    r"|(?:According|according)\s+to\s+[^,.;!?\n]{1,60},\s*)?"
    r"(?:(?P<many>(?:The|the)\s+(?P<count>two|three|four)\s+(?:young\s+)?(?:men|victims))|"
    r"(?:The|the|He|he)\s*(?:(?:young\s+)?man|victim|deceased|slain\s+man|fighter|youth|(?!(?:gunm[ae]n|attackers?|assailants?|killers?|perpetrators?|kidnappers?|shooters?|murderers?)\b)(?-i:[a-z][\w-]+))?)(?:\s*,\s*who|\s*,\s*[^,.;]{1,60}?,)?\s+"
    rf"{_FIRST_DEED}(?:(?:had\s+|has\s+|was\s+|were\s+)?(?:later\s+|recently\s+|since\s+|then\s+|subsequently\s+)?(?:(?:joined|enlisted\s+in|been\s+serving\s+(?:in|with))\s+"
    rf"{_TIED_UNIT}|{_WORKED_FOR})(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?{_KIND}|{SERVICE})")
#: The victims said again at the head of the next sentence, by their number ("The two men were working with X").
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4}
#: A sentence that tells of people or their fate (between the dead and the words that say again who they were).
_PEOPLE_TOLD = re.compile(r"\b(?:kill|dead|died|death|wound|injur|m[ae]n\b|people|person|member|fighter|civilian|child|wom[ae]n)",
                          re.IGNORECASE)
#: A civil body the group runs, right after its name: "the regime's water company", "an SDF-run oil company", "the
#: HTS-run local council": its staff are workers, not the group's men (not "the SDF's Deir Ezzor Military Council",
#: "the security committee", "the Intelligence Directorate"; tests/test_extract_review_r39_rev3.py).
_CIVIL_BODY = re.compile(r"(?:['’]s|-(?:run|owned|affiliated|backed|held))?\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:company|firm|factory|bakery|hospital|clinic|school|charity|organi[sz]ation|NGO|"
                         r"(?:local|municipal|city|town)\s+council|municipality)\b", re.IGNORECASE)
#: The rest of a sentence, up to its closing mark.
_SENTENCE_REST = re.compile(r"[^.!?\n]*[.!?]")


def next_sentence_at(work: str, at: int, end: int) -> int | None:
    """Where the sentence after the one holding ``at`` opens, when that one closes by ``end`` (the end of the span
    being read) and its closing mark."""
    close = _SENTENCE_REST.match(work, at)
    return None if close is None or close.end() > end + 1 else close.end()


def first_actor_after(work: str, at: int, lexicon: ActorLexicon, on: date | None, gap: int) -> ActorMatch | None:
    """The first actor named within 60 characters after ``at``, generic words ("gunmen") passed over, when it starts
    at most ``gap`` characters after ``at``."""
    found = [a for a in lexicon.find(work, at, min(len(work), at + 60), on) if a.alias.lower() not in GENERIC_ALIASES]
    return found[0] if found and found[0].start - at <= gap else None


#: The one victim said to be Syrian at the head of the next sentence: "The man, who is of Syrian nationality, had
#: joined ...", "He was a Syrian national".
_SYRIAN_NEXT = re.compile(r"\s*(?:(?:The|the)\s+(?:young\s+)?(?:man|victim|deceased|slain\s+man|militiaman|fighter|member)|He|he)\b"
                          r"\s*,?\s*(?:who\s+(?:is|was)\s+|(?:is|was)\s+)?(?:of\s+Syrian\s+nationality|an?\s+Syrian\b(?!-)|Syrian\b(?!-))")


def _syrian_next(m: Mention, work: str, end: int) -> Mention:
    """One victim of an Iranian-backed group whose nationality went unstated, said to be Syrian in the next sentence:
    the regime's (SCHEMA: Iranian-backed militiamen the text says are Syrian)."""
    if m.value != 1 or m.parent is not None or m.nationality is not None:
        return m
    at = next_sentence_at(work, m.group_end, end)
    if at is None or _SYRIAN_NEXT.match(work, at) is None:
        return m
    return replace(m, side="regime", nationality="SY", generic=False)


def joined_next(m: Mention, work: str, end: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the group the one victim of ``m`` had joined, when the next sentence says so (see module doc)."""
    if m.side == "pro_iran_foreign":
        return _syrian_next(m, work, end)
    if m.value not in _COUNTS.values() or m.parent is not None or m.side not in (None, "unknown", "hts_rebels") or m.quantity.vague:
        return m
    at = next_sentence_at(work, m.group_end, end)
    hit = _JOINED_NEXT.match(work, at) if at is not None else None
    if hit is None and at is not None and m.value > 1:
        hit = _after_one_more(work, at)  # ("... The monitor said the strike hit the car near X. The two men were ...")
    if hit is None or _COUNTS[hit.group("count").lower() if hit.group("many") else "one"] != m.value:
        return m  # ("The two men were working with X" after two dead, "The man had joined X" after one)
    a = first_actor_after(work, hit.end(), lexicon, on, gap=12)
    if a is not None and _CIVIL_BODY.match(work, a.end):
        return m  # "had worked with the regime's water company": a worker, not the group's man
    if a is not None and a.side == "pro_iran_foreign" and "Syrian" in work[hit.start():hit.end()]:
        return m  # "the young man, a Syrian national from the town, was working for Hezbollah": read as a Syrian's service
    return m if a is None or a.side in ("unknown", "civilians", m.side) else m.named(a)


def _after_one_more(work: str, at: int) -> re.Match[str] | None:
    """The words that say who the dead were, in the sentence after the one opening at ``at``, where that one tells of
    no people or fate of its own (a place or a source of the same attack)."""
    after = next_sentence_at(work, at + len(work[at:at + 4]) - len(work[at:at + 4].lstrip()), len(work))
    if after is None or _PEOPLE_TOLD.search(work, at, after):
        return None
    return _JOINED_NEXT.match(work, after)


def actor_in_next(m: Mention, work: str, end: int, lexicon: ActorLexicon, on: date | None, cue: re.Pattern[str]) -> ActorMatch | None:
    """The actor named right after ``cue`` at the head of the sentence after ``m``'s (within 12 characters of it)."""
    at = next_sentence_at(work, m.group_end, end)
    hit = cue.match(work, at) if at is not None else None
    return first_actor_after(work, hit.end(), lexicon, on, gap=12) if hit is not None else None


#: The killer's charge against plain victims, later in their sentence.
_ACCUSED = re.compile(
    r"[^.;!?]{0,160}?\b(?:accusing\s+(?:them|him|her)\s+of|accused(?:\s+by\s+(?:the\s+)?(?:locals|residents|local\s+(?:people|residents)))?\s+of|on\s+(?:the\s+)?charges?\s+of|charged\s+with)\s+"
    r"(?:being\s+)?(?:fighting|working|collaborating|cooperating|dealing|belonging|serving|spying|members?|informants?|agents?|"
    r"writing\s+(?:security\s+)?reports)\s+"
    r"(?:in\s+the\s+ranks\s+of|with|for|to|of|in)\s+(?:the\s+)?", re.IGNORECASE)
#: The figure's words end with "accused" when who accused them comes next ("a young man accused by locals of ...").
_WORDS_END_ACCUSED = re.compile(r"\baccused\s*$", re.IGNORECASE)
_PLAIN_PEOPLE = re.compile(r"\s*(?:young\s+)?(?:men|people|persons|individuals|youths|(?P<one>man|person|youth))\b", re.IGNORECASE)


def accused_of(m: Mention, work: str, end: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the group plain victims were accused of serving, later in their sentence (see module doc)."""
    plain = _PLAIN_PEOPLE.match(work, m.quantity.end)
    if m.side not in (None, "unknown") or m.parent is not None or m.quantity.vague or plain is None:
        return m
    cut = _WORDS_END_ACCUSED.search(work, m.quantity.start, m.group_end)  # "a young man accused | by locals of ..."
    hit = _ACCUSED.match(work, cut.start() if cut else m.group_end, end)
    if hit is None or plain.group("one") and "accusing" in hit.group().lower():
        return m  # (one man his killers accused, "accusing him of ...", is of no side they name)
    a = first_actor_after(work, hit.end(), lexicon, on, gap=0)
    return m if a is None or a.side in ("unknown", "civilians") else m.named(a)
