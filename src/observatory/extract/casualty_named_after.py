"""The dead of no named side, named after the figure that counts them (used by ``core._kept`` once the incidents
are kept; tests in tests/test_extract_casualty_named_after.py).

An incident whose dead are all "people" of no side (SCHEMA: ``unknown``) often says who they were a little later:
"killing at least 10 people, all of them civilians", "... killing 14 people. State media said the victims were
military personnel", "The dead are all civilians", "... said all ten were civilians", "The Observatory said the two were members of Lebanon's Hezbollah", "the dead are
believed to be members of ...".
Where the words after such a statement name one side (a group of the actor lexicon, or civilians by the words SCHEMA
gives: civilians, shepherds, truffle hunters, workers, children, families; "military personnel" of no named army: the
regime's), the dead are of that side.

Read only for an incident whose dead are one figure of ``unknown`` side, and only:
* right after the figure's noun (", all of them X", ", all X"; "15 people gathering truffles" is read with the
  figure, by ``casualty_people_at_work``); not ", most of them X": the gold keeps such a mixed toll as ``unknown``;
* in a statement about "the dead"/"the victims"/"all of them"/"they were all" inside the incident or before the next
  incident begins (and at most ``_REACH`` characters after the incident);
* anywhere later for a statement that repeats the figure's number ("all ten were civilians", "the 14 victims were").
For one victim, the statements are about him: ", a former commander in the Free Syrian Army" right after his noun,
"The slain man, a X, ...", "the victim was known as an X", "he was an X", "..., whom local media described as a
collaborator of Hezbollah"; a plural statement ("They were men who
...") is not about him. Two or more said again by their number, with what they were between commas ("the two
brothers, farmers in their twenties, were shot ...") are of the side those words name.
A statement whose words name no side, or two, changes nothing; nor does one about some of them ("Most of the victims
were ...") or about what was done to them ("the victims were executed by ..."), or about most of them ("The dead were mostly
military personnel").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.drafts import Draft
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import words_to_int

_REACH = 400  # how far past its incident a statement about "the dead" is still about them
_WORDS = r"(?P<x>[^.;:\n()]{3,80})"
_AFTER_NOUN = re.compile(
    rf",?\s*(?:all\s+of\s+(?:them|whom)|all)\s+(?:were\s+|are\s+)?{_WORDS}", re.IGNORECASE)
_DEAD = r"(?:dead|victims|deceased|fatalities|slain|killed|people\s+killed)"
_STATED = re.compile(
    rf"\b(?:(?:the|all\s+the|those)\s+(?:(?P<n1>[\w-]+)\s+)?{_DEAD}|all\s+(?:of\s+them|(?:the\s+)?(?P<n2>[\w-]+)"
    rf"(?:\s+of\s+them|\s+{_DEAD})?)|the\s+(?P<n3>two|three|four|five|six|seven|eight|nine|ten|\d+)|they)\s+(?:are|were)\s+"
    rf"(?:all\s+|both\s+)?(?:(?:believed|said|thought|reported|understood)\s+to\s+(?:be|have\s+been)\s+)?{_WORDS}", re.IGNORECASE)
_CIVIL = re.compile(r"\b(?:civilians?|non-combatants|truffle|shepherds?|herders?|farmers?|workers?|labou?rers|children|"
                    r"families|family\s+members)\b", re.IGNORECASE)
_ONE = r"(?:man|young\s+man|youth|victim|person|deceased)"
_ONE_AFTER_NOUN = re.compile(rf",\s*(?=an?\s){_WORDS}")  # "killing its driver, a local man who had worked with X"
_ONE_STATED = re.compile(
    rf"\b(?:(?:the|this)\s+(?:slain\s+|dead\s+|killed\s+|murdered\s+|late\s+)?{_ONE}\s*,\s*(?=an?\s)|"
    rf"(?:the\s+(?:slain\s+|dead\s+|killed\s+)?{_ONE}|he)\s+(?:was|had\s+been)\s+(?:known\s+(?:as|to\s+be)\s+)?"
    rf"(?=an?\s)|\bwhom\s+(?:[\w'-]+\s+){{0,3}}?(?:described|identified|named)\s+as\s+(?=an?\s)){_WORDS}", re.IGNORECASE)
#: "the two brothers, farmers in their twenties, were ...": the victims said again by their number, then an apposition
#: of what they were, closed by a comma (round 70).
_MANY_APPOSED = re.compile(r"\bthe\s+(?P<n>two|three|four|five|six|\d+)\s+(?:young\s+)?(?:men|brothers|cousins|victims|youths)\s*,\s*"
                           r"(?!(?:who|whose|which|both|all|according|sources|witnesses)\b)(?P<x>[^,.;:\n()]{3,60}),", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:of|most|some|many|several|none|half)\s+$", re.IGNORECASE)  # "Most of the victims were"
_DEED = re.compile(r"\s*(?:\w+ed\b(?<!armed)|being|shot|hit|taken|slain|buried|found|still|also|not|mostly|mainly|largely|"
                   r"most|many|some|predominantly|among)\b", re.IGNORECASE)
_MILITARY = re.compile(r"\b(?:military\s+personnel|servicemen)\b", re.IGNORECASE)  # (the lexicon's "soldiers", "army")
_TURNED = re.compile(r"\bturned\b", re.IGNORECASE)
_NOT_SIDE = re.compile(r"\b(?:killed|wounded|injured|near|buried|found)\b",
                       re.IGNORECASE)


def name_unknown_dead(drafts: list[Draft], work: str, lexicon: ActorLexicon, on: date | None) -> None:
    """Give the dead of no side of each incident the side a later statement names (see the module's docstring)."""
    starts = sorted(d.start for d in drafts)
    for draft in drafts:
        killed = [(key, told) for key, told in draft.counts.items() if key[0] == KILLED]
        if not killed:
            _name_generic_dead(draft, work, lexicon, on, next((s for s in starts if s > draft.start), len(work)))
        if len(killed) != 1 or killed[0][0][1] != "unknown":
            continue
        m, at = killed[0][1]
        if m.quantity.vague or m.parent is not None:
            continue
        later = next((s for s in starts if s > draft.start), len(work))
        side = _named(m, work, lexicon, on, min(later, draft.end + _REACH))
        if side is not None and side != "unknown":
            del draft.counts[(KILLED, "unknown")]
            draft.counts[(KILLED, side)] = (replace(m, side=side, generic=False), at)


def _name_generic_dead(draft: Draft, work: str, lexicon: ActorLexicon, on: date | None, later: int) -> None:
    """The one figure of dead of an incident that counts no other dead, told with no side of its own ("shot dead two
    brothers"): of the side a later statement names ("the two brothers, farmers in their twenties, ...")."""
    dead = [k for k, (g, _) in enumerate(draft.generic) if g.role == KILLED and not g.quantity.vague and g.parent is None]
    if len(dead) != 1:
        return
    m, at = draft.generic[dead[0]]
    many = _MANY_APPOSED.search(work, m.group_end, min(later, draft.end + _REACH)) if m.value > 1 else None
    if many is None or words_to_int(many.group("n")) != m.value:
        return  # (not "The dead are 142 civilians ... and 104 soldiers": a breakdown, read elsewhere)
    side = _side_of(work, many.start("x"), many.end("x"), lexicon, on)
    if side is not None and side != "unknown":
        del draft.generic[dead[0]]
        draft.counts[(KILLED, side)] = (replace(m, side=side, generic=False), at)


def _named(m: Mention, work: str, lexicon: ActorLexicon, on: date | None, reach: int) -> str | None:
    """The side the words after ``m`` give its people, or None."""
    noun = _AFTER_NOUN.match(work, m.group_end) or (_ONE_AFTER_NOUN.match(work, m.group_end) if m.value == 1 else None)
    if noun is not None:
        return _side_of(work, noun.start("x"), noun.end("x"), lexicon, on)
    one = _ONE_STATED.search(work, m.group_end, reach) if m.value == 1 else None
    if one is not None:
        return _side_of(work, one.start("x"), one.end("x"), lexicon, on)
    many = _MANY_APPOSED.search(work, m.group_end, reach) if m.value > 1 else None
    if many is not None and words_to_int(many.group("n")) == m.value:
        return _side_of(work, many.start("x"), many.end("x"), lexicon, on)
    for hit in _STATED.finditer(work, m.group_end) if m.value > 1 else ():  # ("They were men who ..." after one victim)
        told = hit.group("n1") or hit.group("n2") or hit.group("n3")  # ("the two were members of Hezbollah")
        number = words_to_int(told) if told else None
        if told and number is None and told.lower() not in ("dead", "victims"):
            continue  # ("all the other victims", "those wounded dead"): not a count of them
        if number is not None and number != m.value or number is None and hit.start() >= reach:
            continue
        if _PART_BEFORE.search(work, max(0, hit.start() - 12), hit.start()) or _DEED.match(work, hit.start("x")):
            continue  # only some of them, or what was done to them ("the victims were executed by ...")
        return _side_of(work, hit.start("x"), hit.end("x"), lexicon, on)
    return None


def _side_of(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> str | None:
    """The one side the words name: a group of the lexicon, or civilians; None for none or more than one."""
    stop = _NOT_SIDE.search(work, start, end)
    end = stop.start() if stop is not None else end
    if _TURNED.search(work, start, end):
        return None  # ("a civilian-turned-fighter who had joined a local group": what he was is not his side)
    sides = {a.side for a in lexicon.find(work, start, end, on)} - {"unknown"}
    if _CIVIL.search(work, start, end):
        sides.add("civilians")
    if not sides and _MILITARY.search(work, start, end):
        sides.add("regime")
    return sides.pop() if len(sides) == 1 else None
