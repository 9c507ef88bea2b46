"""Who a casualty figure refers to, read from the text around it (tests in tests/test_extract_casualty_dead_include.py):

* "one of the wounded, a young man in his twenties, died ..., raising the toll to four": the person named after "one of
  the wounded" is the one whose death the risen toll counts, not one more dead (``wounded_apposed``);
* "eight of the victims died in ..., while four others were killed in ...": a part of "the victims" told before is of
  their side, and so are the others after it (``victims_of_told``);
* "Gunmen shot dead a young man ... Local people accused the man of working with Hezbollah": the one victim is of the
  group he is accused of serving (``accused_next``); one accused of dealing drugs is of no side (``drug_accused``, SCHEMA);
* "a member of the factions" after "the factions of Euphrates Shield" / "Turkish-backed factions": Turkey's factions
  (``factions_of_ankara``);
* "four people were killed, three from one family and one from the other": parts by party keep the whole's side
  (``parts_by_party``);
* "Five people (three soldiers and two militiamen) were killed": the role word after the bracket (``bracketed``);
* "... killing five people. They include three soldiers" / "They are ...": parts of the figure before (``they_role``,
  and the restated-toll cues in ``casualty_lists`` and ``casualty_restated``); "Three soldiers were among the dead"
  after a toll of people (``among_the_dead``): "were among the pro-government dead", read against the toll of
  a side they may belong to (``casualty_restated.whole_of_parts``).

(tests/test_extract_casualty_accused_by_whom.py) "the man had been accused by residents of working with X".

Every item of a list "among the dead" is a part (tests/test_extract_casualty_list_among_the_dead.py);
final sides from ``casualty_of_the_named`` and ``casualty_both_sides``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_both_sides import no_doer_side, of_both_sides
from observatory.extract.casualty_former import former_rebel
from observatory.extract.casualty_hurt_whole import hurt_whole_side
from observatory.extract.casualty_joined import actor_in_next
from observatory.extract.casualty_listed import DESCRIBED_THEN_AND as DESCRIBED_THEN_AND
from observatory.extract.casualty_militants_group import militants_of_the_group
from observatory.extract.casualty_of_the_named import of_the_named
from observatory.extract.casualty_other_civilians import before_other_civilians
from observatory.extract.casualty_rest_civil import rest_called_civil
from observatory.extract.casualty_restated import IDENTIFIED_AS, QUALIFIED_DEAD, whole_of_parts
from observatory.extract.casualty_roles import infighting_side
from observatory.extract.factions_of_turkey import BARE_FACTIONS, ankara_factions_before
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import number_words

#: "one of the wounded, " / "two of the injured people, " right before a person who died.
_OF_THE_HURT = re.compile(r"\b" + number_words(r"\d+") + r"\s+of\s+(?:the|those)\s+(?:wounded|injured)(?:\s+(?:people|persons|men))?\s*,\s*$",
                          re.IGNORECASE)
_ONE = ("a", "an")


def wounded_apposed(mentions: list[Mention], work: str) -> list[Mention]:
    """Drop "a young man" in "one of the wounded, a young man ..., died, raising the toll to N" (see module doc)."""
    if not any(m.rose and m.role == KILLED for m in mentions) or any(m.parent is not None for m in mentions):
        return mentions
    return [m for m in mentions
            if m.rose or m.role != KILLED or m.quantity.text.lower() not in _ONE
            or not _OF_THE_HURT.search(work, max(0, m.quantity.start - 40), m.quantity.start)]


#: "One of the dead ISIS members is " right before "a leader of non-Syrian nationality": who one of the dead was.
_ONE_OF_THE_DEAD_IS = re.compile(r"\b(?:one|two|three|\d+)\s+of\s+(?:the|those)\s+(?:dead|killed|slain)(?:\s+[\w-]+){1,3}?\s+"
                                 r"(?:is|was|are|were)\s+(?:also\s+)?(?:reportedly\s+)?$", re.IGNORECASE)


def dead_described(mentions: list[Mention], work: str) -> list[Mention]:
    """Drop "a leader" in "one of the dead ISIS members is a leader of non-Syrian nationality": the predicate tells who
    one of the dead told before was, no death of its own, and their own words ("the dead ISIS members") name their side
    already; "one of the dead was a known drug trafficker" (no side named) gives the dead a side and stays (round 64)."""
    return [m for m in mentions
            if m.role != KILLED or m.quantity.text.lower() not in _ONE
            or not _ONE_OF_THE_DEAD_IS.search(work, max(0, m.quantity.start - 80), m.quantity.start)]


#: "eight of the victims", "three of the dead": a part of a toll told before.
_OF_THE_VICTIMS = re.compile(r"\s*of\s+(?:the|those)\s+(?:victims|dead|killed|fatalities)\s*$", re.IGNORECASE)
_OTHERS = re.compile(r"\s*others?\s*$", re.IGNORECASE)
#: How far before "others" the part of the victims may be told.
_OTHERS_REACH = 200
#: "21 | of the dead were killed in X", "eight of the dead, among them a child, died in Y": a part of the dead told
#: before, told by where or how it died (not "two of the dead were brothers", which only says who they were).
DEAD_PART = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|killed|slain|fatalities)(?:\s*,[^,.;:]{1,60},)?\s+"
                       r"(?:(?:were|was|had\s+been|have\s+been)\s+killed|died|perished)\b", re.IGNORECASE)
#: Cheap test of a sentence (and the words before it) for ``victims_of_told``.
OF_THE_DEAD = re.compile(r"\bof\s+(?:the|those)\s+(?:victims|dead|killed|fatalities)\b", re.IGNORECASE)


def victims_of_told(mentions: list[Mention], work: str, told: list[Mention]) -> list[Mention]:
    """The side of the victims told before for "N of the victims" and the "others" right after it (see module doc)."""
    whole = next((p for p in reversed(told) if p.role == KILLED and p.parent is None and not p.quantity.vague
                  and p.side is not None), None)
    if whole is None or whole.side == "unknown":
        return mentions
    out = list(mentions)
    given = False
    for i, m in enumerate(out):
        if m.role != KILLED or m.parent is not None:
            continue
        words_after = work[m.quantity.end:m.group_end]
        part = m.side is None and m.value <= whole.value and _OF_THE_VICTIMS.fullmatch(words_after) is not None
        # "... six of the victims died in X, while four others were killed in Y" (read also from the second clause alone)
        given = given or OF_THE_DEAD.search(work, max(0, m.quantity.start - _OTHERS_REACH), m.quantity.start) is not None
        if part or given and m.side in (None, "unknown") and _OTHERS.fullmatch(words_after):
            out[i] = m.sided_like(whole)
            given = True
    return out


#: The killer's or the locals' charge told in the sentence after the killing of one victim: "Local people accused the
#: man of working with Hezbollah", "The young man was accused of collaborating with the SDF", "the man had been accused by
#: residents of working with X" (the accusers named).
_ACCUSED_NEXT = re.compile(
    r"\s*[^.!?\n]{0,60}?\b(?:accused\s+(?:the\s+)?(?:young\s+)?(?:man|victim|him|youth|deceased)|(?:the\s+)?(?:young\s+)?"
    r"(?:man|victim|youth|deceased|he)\s+(?:was|had\s+been)\s+(?:reportedly\s+)?accused(?:\s+by\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?)\s+of\s+(?:being\s+)?"
    r"(?:working|collaborating|cooperating|dealing|belonging|serving|spying|fighting|affiliated|an?\s+(?:member|informant|agent|collaborator))\s+"
    r"(?:in\s+the\s+ranks\s+of|with|for|to|of|in)\s+(?:the\s+)?", re.IGNORECASE)
#: A charge of drug dealing: people accused of the drug business are of no side (SCHEMA, Daraa).
_DRUG_CHARGE = re.compile(r"[^.;!?]{0,40}?\b(?:accused|suspected|charged)\s+(?:of|with)\s+(?:being\s+)?(?:involvement\s+in\s+|involved\s+in\s+|"
                          r"dealing\s+(?:in\s+)?|trafficking\s+(?:in\s+)?|trading\s+(?:in\s+)?|promoting\s+|selling\s+|smuggling\s+|"
                          r"a\s+|an\s+)?(?:drugs?|narcotics?|hashish|captagon)", re.IGNORECASE)


def accused_next(m: Mention, work: str, end: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the group one victim of no side is accused of serving in the next sentence (see ``_ACCUSED_NEXT``)."""
    if m.value != 1 or m.parent is not None or m.side not in (None, "unknown") or m.quantity.vague:
        return m
    a = actor_in_next(m, work, end, lexicon, on, _ACCUSED_NEXT)
    return m if a is None or a.side in ("unknown", "civilians") else m.named(a)


def drug_accused(m: Mention, work: str) -> Mention:
    """"a young man accused of dealing in narcotics": of no side, whatever the title or context lends him."""
    if m.side in (None, "unknown", "civilians") or m.parent is not None or not _DRUG_CHARGE.match(work, m.quantity.end, m.group_end + 60):
        return m
    return replace(m, side="unknown", actor=None, nationality=None, generic=False)


def factions_of_ankara(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"a member of the factions" where its paragraph named the factions as Turkey's ("the factions of Euphrates Shield",
    "Turkish-backed factions") after any rebel group: Turkey's factions (SCHEMA: SNA factions -> turkey_factions); a
    paragraph that names no group reads the ones before it (tests/test_extract_casualty_factions_named_before.py)."""
    if m.side != "hts_rebels" or m.parent is not None or "faction" not in work[m.quantity.end:m.group_end].lower():
        return m
    own = lexicon.find(work, m.quantity.end, m.group_end, on)
    if not own or own[0].alias.lower() not in BARE_FACTIONS:
        return m
    turkish, named = ankara_factions_before(work, m.quantity.start, lexicon, on)
    if turkish and named is None:  # "the factions of 'Euphrates Shield'"
        return replace(m, side="turkey_factions", actor=None, nationality=None, generic=False)
    return m.named(named) if named is not None else m


def bare_nouns_named(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """Bare nouns given the group the text named, before the figures after them take their side: "while 12 militants
    died" (the paragraph's one jihadist group: ``casualty_militants_group``), "three members of the factions" the
    paragraph calls Turkish-backed (``factions_of_ankara``, so "and four others" are Turkey's too)."""
    return factions_of_ankara(militants_of_the_group(m, work, lexicon, on), work, lexicon, on)


#: A part told by party of the fight, not by side: "three from one family and one from the other", "two from each clan".
_BY_PARTY = re.compile(r"\s*(?:of|from)\s+(?:one|the\s+other|each|either|both|the\s+first|the\s+second|the\s+same|another)\b",
                       re.IGNORECASE)


def parts_by_party(mentions: list[Mention], work: str) -> list[Mention]:
    """"four people were killed, three from one family and one from the other": the parts are the whole's people,
    split by which party of the quarrel they were of, and keep the whole's side."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.parent is not None and _BY_PARTY.match(work, m.quantity.end, m.group_end):
            whole = out[m.parent]
            out[i] = replace(m, side=whole.side, actor=whole.actor, nationality=whole.nationality, label=None)
    return out


#: The rest of a bracket opened right after a figure's words: "Five people (three soldiers and two ...) were killed".
_BRACKET_REST = re.compile(r"[^()]{1,200}?\)")


def bracketed(work: str, g_end: int, end: int) -> re.Match[str] | None:
    """The bracketed parts after a figure's words, when its group ends on the opening bracket (the role word follows
    the bracket: "Five people (three soldiers and two militiamen) were killed")."""
    if not work[max(0, g_end - 3):g_end].rstrip().endswith("("):
        return None
    return _BRACKET_REST.match(work, g_end, end)


#: A sentence opened by "They are" / "They include" / "These were": the people of the figure told just before.
_THEY_ARE = re.compile(rf"\s*(?:(?-i:They|These)\s+(?:are|were|include[sd]?)|{IDENTIFIED_AS})\s*:?\s*(?:at\s+least\s+)?", re.IGNORECASE)
#: The same cue inside a sentence's span, for the restated-toll readers (after a stop or a line break).
THEY_RESTATE = r"(?:(?<=[.!?]\s)|(?<=\n))(?-i:They|These)\s+(?:are|were|include[sd]?)"
_KILL_WORDS = re.compile(r"\b(?:kill\w*|dead|died|deaths?|fatalit\w*|lives|bodies)\b", re.IGNORECASE)
_HURT_WORDS = re.compile(r"\b(?:injur\w*|wound\w*|hurt)\b", re.IGNORECASE)
#: The hurt word of a death: "succumbed to his injuries", "died of their wounds", "of the wounded died".
_DIED_OF_HURT = re.compile(r"\b(?:succumbed\s+to|died\s+(?:of|from))\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?"
                           r"(?:injur\w*|wound\w*)\b", re.IGNORECASE)


def they_role(work: str, q_start: int, start: int) -> str | None:
    """"... killing five people. They include three soldiers": the figure is of the dead, when "They are/include" opens
    its sentence right before it and the text before last told of deaths (not of the hurt)."""
    if not _THEY_ARE.fullmatch(work, start, q_start):
        return None
    before = work[max(0, start - 300):start]
    kill = max((m.end() for m in _KILL_WORDS.finditer(before)), default=-1)
    died = [m.span() for m in _DIED_OF_HURT.finditer(before)]
    kill = max([kill, *(end for _, end in died)])
    hurt = max((m.end() for m in _HURT_WORDS.finditer(before) if not any(a <= m.start() < b for a, b in died)), default=-1)
    return KILLED if kill > hurt else None  # (the hurt restated by kind are read by ``casualty_rest``, not here)


#: "Three soldiers were among the dead": a part of the toll told before, named before the cue.
AMONG_THE_DEAD = re.compile(rf"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+{QUALIFIED_DEAD}\b",
                            re.IGNORECASE)  # ("were among the pro-government dead")
#: The largest toll a part named so is read against (one event's, not a period's).
_AMONG_MAX = 100
#: The rest of a whole as a part of the side its words give (the whole, the rest, where the parts end), or None.
RestKind = Callable[[Mention, int, int], "Mention | None"]


def among_the_dead(mentions: list[Mention], work: str, told: list[Mention], kind: RestKind | None = None) -> list[Mention]:
    """"... killing five people. Three soldiers were among the dead": the soldiers are of the five, the other two stay
    with the side of the five (the parts replace what the toll said of their sides), or take the side "while the rest
    were members of Syrian security services" gives them (``kind``: ``casualty_rest_kind.rest_of_kind``)."""
    idx = {i for i, m in enumerate(mentions) if m.role == KILLED and m.parent is None and not m.quantity.vague
           and AMONG_THE_DEAD.match(work, m.group_end)}
    idx |= _listed_before(mentions, work, idx)
    parts = [mentions[i] for i in sorted(idx)]
    whole = whole_of_parts(parts, told, parts[0].quantity.start) if parts else None
    if not idx or whole is None or whole.side is None or whole.value > _AMONG_MAX:
        return mentions
    rest = whole.value - sum(p.value for p in parts)
    if rest <= 0 or any(p.side in (None, whole.side) for p in parts):
        return mentions  # (a part of the whole's own side is no new toll of it)
    at = parts[0].quantity.start
    quantity = replace(whole.quantity, value=rest, start=at, end=at, text=str(rest))
    out = [replace(m, rose=True) if i in idx else m for i, m in enumerate(mentions)]
    if whole.side == "unknown" and rest_called_civil(work, parts[-1].group_end):  # ("..., while the other two were civilians")
        return [*out, Mention(KILLED, quantity, "civilians", at, at, None, None, rose=True)]
    if whole.side == "unknown" and kind is not None and (of_kind := kind(whole, rest, max(p.group_end for p in parts))) is not None:
        return [*out, replace(of_kind, quantity=quantity, group_start=at, group_end=at)]
    return [*out, Mention(KILLED, quantity, whole.side, at, at, whole.actor, whole.nationality, rose=True)]


_LIST_JOIN = re.compile(r"\s*(?:,|and|,\s*and)?\s*", re.IGNORECASE)


def _listed_before(mentions: list[Mention], work: str, idx: set[int]) -> set[int]:
    """The items of the list that ends with a part "among the dead" ("nine civilians and four members of the factions
    were among the dead": the civilians too; so with an aside that breaks an item down: "nine civilians, including two
    children, and four fighters ...", round 64)."""
    out: set[int] = set()
    for i in idx:
        nxt, j = i, i - 1
        while j >= 0:
            if mentions[j].parent is not None and mentions[j].parent != nxt:
                j -= 1  # ("including two children": a part of the item before, not an item)
                continue
            m = mentions[j]
            if m.role != KILLED or m.parent is not None or m.quantity.vague or not (
                    _LIST_JOIN.fullmatch(work, m.group_end, mentions[nxt].quantity.start)
                    or _ASIDE_JOIN.fullmatch(work, m.group_end, mentions[nxt].quantity.start)):
                break
            out.add(j)
            nxt, j = j, j - 1
    return out


#: An item's breakdown between two items of a list: ", including two children, and ".
_ASIDE_JOIN = re.compile(r"\s*,\s*(?:including|among\s+them)\s+[^,;.()]{1,40},\s*(?:and\s+)?", re.IGNORECASE)


def parts_of_a_toll(mentions: list[Mention], work: str, span: tuple[int, int], told: Callable[[], list[Mention]],
                    kind: RestKind | None = None) -> list[Mention]:
    """"N of the victims ..." and "N X were among the dead" read against the toll told before (``told`` gives the
    figures of the sentences before, read only when the sentence has the wording)."""
    start, end = span
    if any(m.side in (None, "unknown") for m in mentions) and OF_THE_DEAD.search(work, max(0, start - _OTHERS_REACH), end):
        mentions = victims_of_told(mentions, work, told())
    if any(AMONG_THE_DEAD.match(work, m.group_end) for m in mentions):
        mentions = among_the_dead(mentions, work, told(), kind)
    return mentions


def unowned(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"others" that no figure before them names: of no known side, unless they split a whole "killed and wounded"
    together ("leaving five SDF members killed and wounded: three were killed and two others were injured")."""
    return hurt_whole_side(replace(m, side="unknown"), work, lexicon, on)


def final_side(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The last word on a figure's side: a drug charge (``drug_accused``), Turkey's factions (``factions_of_ankara``),
    some of a group named before (``casualty_of_the_named``), people counted "from both sides" (``casualty_both_sides``),
    a former member of a rebel group whose name is Turkey's factions' today (``casualty_former``), a part of people
    "killed and wounded" together (``casualty_hurt_whole``)."""
    m = hurt_whole_side(former_rebel(factions_of_ankara(drug_accused(m, work), work, lexicon, on), work, lexicon), work, lexicon, on)
    m = before_other_civilians(infighting_side(m, work, lexicon, on), work)  # ("a man was killed and two other civilians ...")
    return no_doer_side(of_both_sides(of_the_named(m, work, lexicon, on), work), work)
