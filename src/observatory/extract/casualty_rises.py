"""A risen toll and the wounded still treated after it (tests in tests/test_extract_casualty_rises_corrections.py).

* "The death toll of <an attack described at length> has risen to four", "The number of civilians killed in <the
  attack described at length> has risen to 19": the toll word far before the verb (``far_toll``), the side at its
  head (``far_head_actor``),
  also past a count word of the description ("planted in the car of a regime officer") (``toll_past_figures``);
* "Three other soldiers are still receiving treatment", "two more are being treated in hospital", "three others
  remain in critical condition", "were taken to hospital", "two others remain in hospital" (tests in
  tests/test_extract_casualty_remain_in_hospital.py): the people still under treatment after an attack are its injured (``TREATED``, read as an injury word on the figure's right);
* "..., has risen to nine, ..., while five others were injured": the others share the risen toll's side (``others_of_rise``);
  the wounded "still receiving treatment" beside a risen toll are the latest injured figure, not a smaller one to
  drop (``still_treated``, tests in tests/test_extract_casualty_still_treated.py);
* "SOHR had reported that nine soldiers were killed ...", "SOHR reported yesterday that ..." after the toll rose: the
  earlier figures, no more dead or wounded (``earlier_report``); so after a corrected toll ("SOHR has corrected the
  death toll ...");
* "The number of people killed in <the attack> has risen to 14, including five children": people of no side
  (``people_toll``);
* a risen toll of no side, then "SOHR had reported that three civilians were killed": the side of that report
  (``side_told_after``); told before it, of people of no side ("Four clansmen were killed ... The toll has risen
  to six"): unknown as well.

(tests/test_extract_casualty_corrected_toll.py, test_extract_casualty_context_others.py) "SOHR had initially
reported 11 ..., but later confirmed that the toll stands at nine" (the correction kept, the first figure dropped); the
wounded of the monitor's earlier report go even when its dead are broken down.

"bringing the death toll of <an event described at length> to 23" (tests/test_extract_casualty_bringing_toll_long_event.py);
the doer after "by ... affiliated with / loyal to" is no side of the risen toll (``by_agent``,
tests/test_extract_casualty_risen_toll_doer_affiliated.py).

"Earlier, SOHR reported that 18 militiamen had been killed" restates the first report too, also with the time it was
told ("Earlier today, SOHR reported that ...", "Earlier in the day, ..."; tests/test_extract_casualty_earlier_report_word_order.py);
so does "The Britain-based monitor initially reported more than 50 dead" (tests/test_extract_casualty_superseded_toll.py).

A toll the text itself calls superseded ("an earlier toll had put the number of dead at 23", "the toll had stood at 14
on Monday", "the monitor had put the toll at 96 overnight", "the previous toll stood at 40", "the death toll
initially stood at five", "SOHR first reported the attack yesterday, when the toll stood at 28", "The toll, which stood at
50 earlier in the day, climbed as ...") is no dead of the
incident,
whether or not the text says the toll rose: its words say a newer one is told (``superseded_toll``, tests in
tests/test_extract_casualty_superseded_toll.py); so is the monitor's first account told as a clause ("SOHR had initially
reported that three children were killed, but ...") where its sentence goes on to revise it
(tests/test_extract_casualty_apposed_items.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.mention_sides import INJURED, KILLED, Mention, without
from observatory.extract.numbers import Quantity

#: After "hospitalised" / "admitted to hospital": an illness, not a wound ("were hospitalised with cholera", "admitted to
#: hospital with food poisoning": tests/test_extract_review_r37_rev7.py).
_NOT_ILL = (r"(?!\s+(?:with|for|from|due\s+to|after)\s+(?:[\w-]+\s+){0,2}?(?:cholera|(?:food\s+)?poisoning|illness|disease|fever|"
            r"infections?|measles|diarrh\w*|dehydration|heatstroke)\b)")
#: Words on a figure's right that say its people are hurt without an injury word ("are still receiving treatment",
#: "were hospitalised", "admitted to hospital"; not "who was hospitalised", told of one who died now:
#: tests/test_extract_hospitalised.py).
TREATED = (r"(?:receiving|undergoing|under|getting)\s+(?:medical\s+)?treatment|being\s+treated|"
           r"(?:(?:remain|remains|remained|is|are|was|were)\s+(?:still\s+)?)?in\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+condition|"
           r"(?:(?:is|are)\s+still|remain|remains|remained)\s+(?:in\s+(?:a\s+)?hospital|hospitali[sz]ed)|"
           rf"(?<!\bwho\s)(?<!\bwho\shad\s)(?<!\bwho\shave\s)(?<!\bwho\shas\s)(?:was|were|been)\s+hospitali[sz]ed{_NOT_ILL}|"
           r"(?:taken|rushed|transferred|transported)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospital|"
           rf"admitted\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospital\b{_NOT_ILL}")

#: The dead told by a verb of dying after "who" ("the number of civilians who lost their lives in ...", round 59).
_DIED_VERB = r"(?:have\s+|had\s+)?(?:lost\s+their\s+lives|died|perished|fell|been\s+slain|were\s+slain)"
#: "the death toll of <a long description of the attack> has risen to N": the toll word opens the clause.
_TOLL_OPENS = re.compile(r"\b(?:(?:the|its)\s+(?:death\s+)?toll\s+of|the\s+number\s+of\s+(?:(?:[\w-]+\s+){0,3}?|"
                         r"(?:[\w-]+\s+){1,10}?who\s+(?:were|have\s+been|had\s+been)\s+)(?:killed|dead|deaths|victims|fatalities)"
                         r"(?:\s+(?:in|of|from|during|by))?|the\s+number\s+of\s+(?:[\w-]+\s+){1,10}?who\s+" + _DIED_VERB + r")\b[^.;:!?]*$",
                         re.IGNORECASE)


#: "... has risen to", "bringing the toll to": the verb of a risen toll right before its figure.
_ROSE_TO = re.compile(r"\b(?:rose|rises|risen|rising|increased|climbed|reached|raising|bringing|brought)\s+(?:[\w'’-]+,?\s+){0,6}?to\s*$",
                      re.IGNORECASE)


#: "bringing the death toll of the ISIS ambush on a bus carrying soldiers of the 17th Division ... to 23": the toll named
#: right after the verb, however long the event's description before "to"; also "raising the number of soldiers killed in
#: that attack to three" (round 71).
_BRINGING_TOLL_TO = re.compile(r"\b(?:raising|bringing|brought|raised|pushing|taking)\s+the\s+(?:(?:death\s+)?toll|number\s+of\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:killed|dead|victims|fatalities|deaths))\s+(?:of|from|in)\s+[^.;:!?]{0,240}?\s+to\s*$",
                               re.IGNORECASE)


#: "SOHR has documented a (further) rise in the death toll of <the attack> to 42": the noun of a rise, then its figure.
_RISE_IN_TOLL = re.compile(r"\b(?:a|the)\s+(?:further\s+|new\s+|sharp\s+)?(?:rise|increase|jump)\s+in\s+the\s+(?:death\s+)?toll\s+"
                           r"(?:of|from|in)\s+[^.;:!?]{0,300}?\s+to\s+(?:at\s+least\s+)?$", re.IGNORECASE)


def toll_past_figures(work: str, q: Quantity, start: int, left_from: int, decided: tuple[str | None, bool]) -> tuple[str | None, bool]:
    """"The death toll of the IED planted in the car of a regime officer has risen to three": a count word between the
    toll and its figure ("a regime officer", which moved the reading's left edge past the toll word) does not hide
    the toll; ``decided`` is the role read with that edge (tests in tests/test_extract_casualty_toll_past_figures.py).
    Also over a role read from the words after the toll ("..., after more of the wounded died of their injuries"),
    and for a rise told as a noun ("a rise in the death toll of <the attack> to 42") (tests in
    tests/test_extract_casualty_risen_toll_cause_words.py)."""
    if decided[1]:
        return decided
    if _RISE_IN_TOLL.search(work, max(start, q.start - 400), q.start):
        return KILLED, True  # ("SOHR documented a rise in the death toll of the attack ... to 42")
    if left_from <= start:
        return decided
    if not _ROSE_TO.search(work, max(start, q.start - 80), q.start) and not _BRINGING_TOLL_TO.search(work, max(start, q.start - 300), q.start):
        return decided
    return (KILLED, True) if far_toll(work, max(start, q.start - 400), q.start) else decided


def far_toll(work: str, begin: int, at: int) -> bool:
    """Whether "the (death) toll of ..." opens the clause that ends at ``at``, however long the attack's description
    between them ("The death toll of the IED explosion which targeted ... on Monday morning has risen to four")."""
    return _TOLL_OPENS.search(work, begin, at) is not None


#: "The number of regime soldiers killed in ...": the kind of the dead at the head of a far risen toll.
_NUMBER_OF_HEAD = re.compile(r"\bthe\s+number\s+of\s+(?:(?:(?P<who>(?:[\w-]+\s+){1,3}?)|(?P<whom>(?:[\w-]+\s+){1,10}?)who\s+"
                             r"(?:were|have\s+been|had\s+been)\s+)(?:killed|dead|deaths|victims|fatalities)|"
                             r"(?P<whodied>(?:[\w-]+\s+){1,10}?)who\s+" + _DIED_VERB + r")\b[^.;:!?]*$", re.IGNORECASE)


#: "The toll of civilians killed in regime and Russian bombardment ... has risen to 44": the kind of the dead named right
#: after "toll of", before the doers of the deaths (round 71).
_TOLL_OF_HEAD = re.compile(r"\bthe\s+(?:death\s+)?toll\s+of\s+(?P<who>(?:[\w-]+\s+){1,3}?)(?:killed|dead)\b[^.;:!?]*$", re.IGNORECASE)


def toll_of_head(work: str, start: int, at: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The side named as the kind of the dead right after "the toll of" of a far risen toll (see ``_TOLL_OF_HEAD``)."""
    head = _TOLL_OF_HEAD.search(work, max(start, at - 400), at)
    found = _named_in(work, head, "who", lexicon, on) if head else []
    return found[0] if found else None


def _named_in(work: str, head: re.Match[str], group: str, lexicon: ActorLexicon, on: date | None) -> list[ActorMatch]:
    """The actors of a known side named in ``group`` of a toll's head."""
    return [a for a in lexicon.find(work, head.start(group), head.end(group), on) if a.side != "unknown"]


def far_head_actor(work: str, start: int, at: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The side named at the head of a far risen toll ("The number of regime soldiers killed in <the attack> has risen
    to 14": regime; "the number of regime soldiers and members of loyal militias who were killed in <the attack> has
    risen to 11", tests in tests/test_extract_casualty_rises_corrections.py), for a risen figure with no side of its own."""
    head = _NUMBER_OF_HEAD.search(work, max(start, at - 400), at)
    if head is None:
        return None
    if head.group("who") is None:  # "the number of X and Y of Syrian and non-Syrian nationalities who were killed": X
        found = _named_in(work, head, "whom" if head.group("whom") is not None else "whodied", lexicon, on)
        return found[0] if found else None
    found = _named_in(work, head, "who", lexicon, on)
    return found[-1] if found else None


#: The doer of the event a risen toll is of: "the toll of the attack by <the gunmen affiliated with> X" (X did it).
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?[\"“]?$|\bby\s+(?:[\w-]+\s+){1,3}(?:affiliated\s+(?:with|to)|loyal\s+to|belonging\s+to|"
                       r"linked\s+to|backed\s+by|of)\s+(?:the\s+)?[\"“]?$", re.IGNORECASE)


def by_agent(work: str, start: int, a: ActorMatch) -> bool:
    """Whether ``a`` is named as the doer after "by" ("by ISIS", "by gunmen affiliated with the Military Security"),
    so that it is no side of the toll."""
    return _BY_AGENT.search(work, max(start, a.start - 60), a.start) is not None


def others_of_rise(mentions: list[Mention], work: str, others: re.Pattern[str]) -> list[Mention]:
    """"The toll of the blast on the truffle hunters has risen to nine, ..., while five others were injured": "others" of
    no side told right after a risen toll of a known side share its side."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.side is not None or m.quantity.vague or m.parent is not None or not others.match(work, m.quantity.end):
            continue
        before = [p for p in out[:i] if p.parent is None]
        if before and before[-1].rose and before[-1].side not in (None, "unknown"):
            out[i] = replace(m, side=before[-1].side, actor=before[-1].actor, generic=True)
    return out


STILL_TREATED = re.compile(rf"\s+(?:[\w'-]+\s+){{0,3}}?(?:are|is|remain|remained|were)\s+still\s+(?:{TREATED})|\s+(?:[\w'-]+\s+){{0,3}}?still\s+(?:{TREATED})",
                            re.IGNORECASE)


def still_treated(mentions: list[Mention], work: str) -> list[Mention]:
    """"..., bringing the final toll to 11 civilians, while five others are still receiving treatment": beside a risen
    toll, the injured still treated are the latest injured figure (it replaces the larger one told before)."""
    if not any(m.rose and m.role == KILLED for m in mentions):
        return mentions
    return [replace(m, rose=True) if m.role != KILLED and not m.rose and m.parent is None and not m.quantity.vague
            and STILL_TREATED.match(work, m.group_end) else m for m in mentions]


#: When the earlier toll was put: "had earlier in the day put the toll at", "had earlier on Monday put ...".
_WHEN_SAID = r"(?:in\s+the\s+(?:day|morning|afternoon|evening)|on\s+[A-Z]\w+day|today|yesterday|this\s+morning)"
#: "SOHR had reported that nine soldiers were killed": the monitor's earlier figure, said again after the toll rose.
#: ... or its sources or activists ("SOHR sources had reported yesterday the death of 16 people", "the Observatory's
#: activists had documented"; tests/test_extract_casualty_sources_had_reported.py).
_MONITOR_NAME = r"(?:SOHR|the\s+(?:Syrian\s+)?Observatory)(?:(?:['’]s)?\s+(?:sources|activists|correspondents))?"
_HAD_SAID = r"had\s+(?:earlier\s+|previously\s+|already\s+|initially\s+|first\s+|originally\s+)?(?:reported|documented|said|published|announced)"
_HAD_REPORTED = re.compile(rf"\b(?:{_MONITOR_NAME}|it|we)\s+(?:{_HAD_SAID}|(?:reported|said)\s+(?:yesterday|earlier|last\s+night))\b"
                           rf"[^.;!?]*$|\b(?:earlier|previously|initially)(?:\s+{_WHEN_SAID})?\s*,\s*{_MONITOR_NAME}\s+(?:had\s+)?(?:reported|documented|said)\s+"
                           r"(?:that\s+)?(?:at\s+least\s+)?$", re.IGNORECASE)  # ("Earlier, SOHR reported that 18 militiamen ...")
#: A toll said to have risen, earlier in the text ("the death toll has risen to", "the number of fatalities ... has
#: risen to": round 64).
_ROSE_BEFORE = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims|fatalities))\b[^.;!?]{0,300}?"
                          r"\b(?:risen|rose|rises|climbed|increased|jumped)\s+to\b|"
                          r"\b(?:correct|revis|updat|amend)(?:ed|ing)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:toll|figures?)\b|"
                          r"\b(?:mistakenly|wrongly|erroneously)\s+(?:reported|counted|listed)\b",
                          re.IGNORECASE)  # a corrected toll replaces the earlier report as a risen one does (told before,
#: or in the report's own sentence: "SOHR had initially reported 13 deaths, before correcting the figure")


_TOLL_NOUN = r"(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims|fatalities))"
#: The toll's own words say it was superseded, right before its figure ("Initial reports had spoken of seven dead").
_SUPERSEDED = re.compile(rf"(?:\b(?:an?|the|its|their)\s+(?:earlier|previous|initial|first|preliminary|former)\s+{_TOLL_NOUN}\b[^.;!?]*|"
                         rf"\b{_TOLL_NOUN}\s+had\s+(?:previously\s+|earlier\s+|initially\s+)?(?:stood|been)\s+(?:at\s+)?|"
                         rf"\b{_TOLL_NOUN}\s+(?:previously|earlier|initially|first|originally)\s+(?:stood|was)\s+(?:at\s+)?|"
                         rf"\b{_TOLL_NOUN}\s+(?:was|had\s+been)\s+(?:previously|earlier|initially|first|originally)\s+(?:put|set|placed|estimated)\s+at\s+|"
                         rf"\bwhen\s+(?:the|its)\s+{_TOLL_NOUN}\s+(?:stood|was)\s+(?:at\s+)?|\b{_TOLL_NOUN}\s+then\s+(?:stood|was)\s+(?:at\s+)?|"
                         rf"\bhad\s+(?:(?:earlier|previously|initially|first)\s+(?:{_WHEN_SAID}\s+)?)?put\s+the\s+{_TOLL_NOUN}\s+(?:of\s+[^.;:!?\d]{{1,80}}?\s+)?at\s+|"
                         rf"\b(?:after|having)\s+(?:earlier|previously|initially|first)\s+(?:putting|put|giving|given)\s+(?:the|a)\s+{_TOLL_NOUN}\s+(?:of|at)\s+|"
                         r"\bup\s+from\s+(?:an?|the|its)\s+(?:earlier|previous|initial|first)\s+(?:death\s+)?(?:toll|figure|count)\s+of\s+|"
                         rf"\b(?:initial|earlier|first|preliminary|early)\s+reports?\b[^.;!?\d]{{0,80}}?\b(?:had\s+)?(?:spoken\s+of|spoke\s+of|"
                         rf"talked\s+of|mentioned|suggested|said|reported|put\s+the\s+{_TOLL_NOUN}\s+at)\s+(?:that\s+)?|"
                         r"\b(?:SOHR|the\s+(?:Syrian\s+)?Observatory(?:\s+for\s+Human\s+Rights)?(?:\s+\(SOHR\))?|"
                         r"the\s+(?:(?:Britain|UK|London)-based\s+|war\s+)?monitor|it)\s+(?:had\s+)?"
                         r"(?:initially|first|originally)\s+(?:reported|counted|documented)\s+)"
                         r"(?:at\s+least\s+|only\s+|more\s+than\s+|over\s+|nearly\s+|about\s+)?$", re.IGNORECASE)
#: "SOHR had initially reported that three children were killed, but it turned out ...": the monitor's first account
#: told as a clause, superseded only where the same sentence goes on to say it was revised.
_FIRST_SAID_THAT = re.compile(r"\b(?:SOHR|the\s+(?:Syrian\s+)?Observatory(?:\s+for\s+Human\s+Rights)?(?:\s+\(SOHR\))?|the\s+monitor|it)\s+"
                              r"(?:had\s+)?(?:initially|first|originally)\s+(?:reported|documented|said)\s+that\s+(?:at\s+least\s+)?$",
                              re.IGNORECASE)
#: ... and the words that revise it: "but it turned out ...", "but the toll has since risen", "until medical sources
#: confirmed only three deaths"; not "but gave no names", "shortly before noon", "before documenting two more deaths".
_REVISED_AFTER = re.compile(r"[^.;!?]*?,?\s*\b(?:but|however|before|until)\b[^.;!?]*?\b(?:turned\s+out|emerged|transpired|"
                            r"proved|corrected|revised|in\s+fact|actually|confirmed\s+only|survived|"
                            r"(?:toll|number|figure)\s+(?:has\s+|had\s+)?(?:since\s+|later\s+)?(?:r[io]se|risen|climbed|increased|fell|dropped))\b",
                            re.IGNORECASE)


#: "The toll, which stood at 50 earlier in the day, climbed as ...": a toll told in a relative clause, then said to rise.
_WHICH_STOOD = re.compile(rf"\b{_TOLL_NOUN}\s*,\s*which\s+(?:had\s+)?(?:stood|was)\s+(?:at\s+)?(?:at\s+least\s+)?$", re.IGNORECASE)
_THEN_ROSE = re.compile(r"[^.;]{0,60}?,\s*(?:has\s+|had\s+)?(?:since\s+|later\s+)?(?:climbed|risen|rose|increased|jumped)\b", re.IGNORECASE)


def _first_said(work: str, m: Mention, start: int) -> bool:
    """The figure opens the monitor's first account told as a clause, revised later in its sentence (``_FIRST_SAID_THAT``)."""
    return (_FIRST_SAID_THAT.search(work, max(start, m.quantity.start - 120), m.quantity.start) is not None
            and _REVISED_AFTER.match(work, m.quantity.end) is not None)


def superseded_toll(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """Drop the dead of a toll the text calls superseded (see module doc), with the parts that break it down; its
    wounded stay, marked ``earlier`` (the last injured figure stated, for an incident that tells no other)."""
    if "had" not in work[start:mentions[-1].quantity.start] and not any(
            w in work[start:mentions[-1].quantity.start].lower() for w in ("earlier", "previous", "initial", "preliminary", "first", "former", "which")):
        return mentions
    gone = {i for i, m in enumerate(mentions) if m.role == KILLED and m.parent is None and not m.quantity.vague
            and (_SUPERSEDED.search(work, max(start, m.quantity.start - 200), m.quantity.start) or _first_said(work, m, start)
                 or _WHICH_STOOD.search(work, max(start, m.quantity.start - 60), m.quantity.start) and _THEN_ROSE.match(work, m.quantity.end))}
    if not gone:
        return mentions
    gone |= {i for i, m in enumerate(mentions) if m.parent in gone}
    first = min(mentions[i].quantity.start for i in gone)
    return [replace(m, earlier=m.earlier or m.role == INJURED and m.quantity.start > first)  # ("at 89 dead and 277 injured")
            for m in without(mentions, gone)]


def earlier_report(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """Drop the dead of a sentence that restates the monitor's earlier report ("SOHR had reported that nine soldiers
    were killed ...", "SOHR reported yesterday that four were killed and four others injured") once the text has said the
    toll rose: the risen toll is the incident's (SCHEMA). Its injured are the last injured figure stated, kept (marked
    ``earlier``) for an incident that tells no other injured figure. The wounded still treated beside a risen toll are its
    latest injured figure (``still_treated``)."""
    mentions = _without_overall(superseded_toll(mentions, work, start), work) if mentions else mentions
    if not any(m.role == KILLED for m in mentions):
        return still_treated(mentions, work)
    parted = any(m.parent is not None for m in mentions)  # a breakdown of the first report's dead may be the only one told:
    dropped = {i for i, m in enumerate(mentions) if (m.role != KILLED or not parted)  # its wounded go, its dead stay
               and m.parent is None and not _corrected(m, work, start) and _HAD_REPORTED.search(work, start, m.quantity.start)}
    dropped |= {i for i, m in enumerate(mentions) if m.parent in dropped}
    # the look back over all the text before runs last, only for a sentence that restates an earlier report: run on
    # every sentence it made a long report's time grow with the square of its length
    corrected = any(m.rose and i not in dropped for i, m in enumerate(mentions))  # "had first reported 11, but the toll is nine"
    stop = work.find(".", mentions[-1].group_end)
    if not dropped or not corrected and not _rose_before(work, stop if stop >= 0 else len(work)):
        return still_treated(mentions, work)
    kept = {i for i in dropped if mentions[i].role == INJURED and mentions[i].parent is None}  # the injured last stated
    dropped -= kept
    dead = {mentions[i].side for i in dropped if mentions[i].parent is None}
    at = {i: n for n, i in enumerate(i for i in range(len(mentions)) if i not in dropped)}
    return still_treated([_first_report_hurt(m, dead) if i in kept else replace(m, parent=None if m.parent is None else at[m.parent])
                          for i, m in enumerate(mentions) if i not in dropped], work)


#: A risen toll that runs since a day ("Death toll rises to 54 since outbreak of fighting"): a campaign's total, which
#: supersedes no earlier report of one event's dead (round 67).
_SINCE_AFTER = re.compile(r"\s+(?:at\s+least\s+)?[\d,]+\s+(?:[\w-]+\s+){0,3}?since\b", re.IGNORECASE)


def _rose_before(work: str, stop: int) -> bool:
    """Whether a toll said to have risen, or corrected, is told before ``stop``, other than a campaign's since a day."""
    return any(_SINCE_AFTER.match(work, m.end()) is None for m in _ROSE_BEFORE.finditer(work, 0, stop))


def _first_report_hurt(m: Mention, dead: set[str | None]) -> Mention:
    """The injured of a first report, marked as such; "N others" of no side are of the side of its dead, where they
    are of one side ("three members were killed and 11 others injured": of the incident's side where the dead name
    none)."""
    if m.side not in (None, "unknown") or len(dead) != 1:
        return replace(m, parent=None, earlier=True)
    side = next(iter(dead))
    if side is None:  # the incident's side, as for "others" after dead of no named side ("three members")
        return replace(m, parent=None, earlier=True, side=None, context=True)
    return replace(m, parent=None, earlier=True, side=side)  # ("nine people were killed and 35 others": unknown)


#: "SOHR had first reported 11 dead, but later confirmed that the toll stands at nine": the correction after a contrast.
_BUT_LATER = re.compile(r"\b(?:but|however|yet)\b[^.;!?]*$", re.IGNORECASE)


def _corrected(m: Mention, work: str, start: int) -> bool:
    """A risen toll after "but" in the sentence of the monitor's earlier report: the correction, kept."""
    return m.rose and _BUT_LATER.search(work, start, m.quantity.start) is not None


#: The monitor's earlier report told after a risen toll ("... has risen to five. ... SOHR had reported yesterday that three
#: civilians were killed"): within this many characters of the toll's sentence.
_EARLIER_AHEAD = 600
_HAD_REPORTED_AT = re.compile(rf"\b{_MONITOR_NAME}\s+{_HAD_SAID}\b|\b{_MONITOR_NAME}\s+(?:reported|said)\s+(?:yesterday|earlier)\b",
                              re.IGNORECASE)


def side_told_after(mentions: list[Mention], work: str, end: int, find: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """A risen toll of no side takes the side of the monitor's earlier report told after it, when all that report's dead
    are of one side ("The toll of yesterday's landmine blast has risen to five ... SOHR had reported that three civilians
    were killed": civilians)."""
    risen = [i for i, m in enumerate(mentions) if m.rose and m.side is None and m.role == KILLED and m.parent is None]
    if len(risen) != 1 or any(m.parent is not None for m in mentions):
        return mentions
    hit = _HAD_REPORTED_AT.search(work, end, min(len(work), end + _EARLIER_AHEAD))
    stop = work.find(".", hit.end()) if hit is not None else -1
    if hit is None or stop < 0:
        return _side_told_before(mentions, risen[0], work, find)
    sides = {m.side for m in find(hit.start(), stop) if m.role == KILLED and m.parent is None and not m.quantity.vague}
    if len(sides) != 1 or None in sides or "unknown" in sides:
        return mentions
    out = list(mentions)
    out[risen[0]] = replace(out[risen[0]], side=sides.pop(), generic=True)
    return out


#: How far back (characters) the toll a risen toll of no side restates may be told.
_BEFORE_RISE = 600
_SENTENCE_END = re.compile(r"[.!?\n][^.!?\n]*$")
_PLAIN_DEAD = re.compile(r"\b(?:people|persons|m[ae]n|individuals|youths?|tribesm[ae]n|clansm[ae]n|others)\b", re.IGNORECASE)


def _side_told_before(mentions: list[Mention], i: int, work: str, find: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """"Four tribesmen lost their lives ... The death toll of the clashes has risen to six": a risen toll of no side
    takes the side of the dead told just before it, when they are all of one side of no named group (people,
    tribesmen: unknown) and the sentence names no other victims (tests/test_extract_casualty_risen_toll_side.py)."""
    m = mentions[i]
    if len(mentions) != 1 and any(p.role == KILLED and p is not m for p in mentions):
        return mentions
    cut = _SENTENCE_END.search(work, max(0, m.quantity.start - _BEFORE_RISE), m.quantity.start)
    if cut is None or not _PLAIN_DEAD.search(work, max(0, m.quantity.start - _BEFORE_RISE), cut.start() + 1):
        return mentions  # (figures are read only where people of no named group may be told)
    told = [p for p in find(max(0, m.quantity.start - _BEFORE_RISE), cut.start() + 1)
            if p.role == KILLED and p.parent is None and not p.quantity.vague and p.side is not None]
    if not told or {p.side for p in told} != {"unknown"} or told[-1].value >= m.value:
        return mentions
    out = list(mentions)
    out[i] = replace(m, side="unknown", generic=True)
    return out


#: "The number of people killed in ... has risen to 14": a risen toll of people, of no side.
_PEOPLE_TOLL = re.compile(r"\b(?:the\s+)?(?:number|toll)\s+of\s+(?:people|persons|individuals|victims)\b[^.;:!?]*$", re.IGNORECASE)


def people_toll(mentions: list[Mention], work: str, start: int) -> list[Mention]:
    """A risen toll with no side, opened by "the number of people killed", counts people of no known side (SCHEMA:
    "people" -> unknown), so that its parts ("including five children") break it down rather than replace it; a toll
    with no such parts, or broken down by side, is left as it was."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        parts = [p for p in mentions if p.parent == i]  # "including five children", not "they are: 40 civilians and 12 fighters"
        if m.rose and m.side is None and m.parent is None and parts and all(p.label for p in parts) \
                and _PEOPLE_TOLL.search(work, max(start, m.quantity.start - 400), m.quantity.start):
            out[i] = replace(m, side="unknown", generic=False)
    return out


#: "..., bringing the overall toll to 124": the sum of the sides just told.
_OVERALL_BEFORE = re.compile(r"\b(?:overall|total|combined)\s+(?:death\s+)?(?:toll|number\s+of\s+(?:the\s+)?dead)\s+to\s+"
                             r"(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)


def _without_overall(mentions: list[Mention], work: str) -> list[Mention]:
    """The sentence's figures less an overall toll of no side told after the dead of two or more sides ("28 members of
    the SDF, 89 ISIS members and seven civilians have been killed ..., bringing the overall toll to 124"): their sum,
    not more dead (tests/test_extract_round63_readings.py)."""
    for i, m in enumerate(mentions):
        if m.role != KILLED or m.parent is not None or m.side not in (None, "unknown") or m.group_end != m.quantity.end:
            continue
        if not _OVERALL_BEFORE.search(work, max(0, m.quantity.start - 50), m.quantity.start):
            continue
        sides = {p.side for p in mentions[:i] if p.role == KILLED and p.parent is None and p.side not in (None, "unknown")}
        if len(sides) >= 2:
            return without(mentions, {i})
    return mentions

