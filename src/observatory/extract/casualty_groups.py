"""A casualty figure's group of words and the side it names (used by ``casualties`` and ``casualty_unnumbered``).

The group runs from the figure to the first stop word ("were", "in", a role word, a comma); the side is that of the
first specific actor named in it, with Syrian Iranian-backed militiamen moved to the regime and a group mixing
civilians and fighters of no known side. A title's separator ("rises to seven | ISIS claims ...") or a line
break ends the group, and so do "remain" ("Eight others remain under treatment") and "sustained" ("A passer-by
sustained minor injuries": no minors in it). "fell" of people is a death word ("two members fell in the attack";
not "fell on", "fell into the hands of"; tests in tests/test_extract_casualty_fell_killed.py).

(tests/test_extract_casualty_suspected_affiliation.py) "suspected of affiliation with ISIS cells", "of links
to ISIS" keep the group named after "with"/"to" in the figure's words.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.casualty_tribal_councils import tribes_with_council
from observatory.extract.gates import fold

#: A death told of illness or age ("passed away at his home of a heart attack", "passed away of natural causes"): no
#: one killed in the war ("passed away" reads as a death otherwise; tests/test_extract_review_r37_rev8.py).
_NATURAL = (r"(?:\s+[\w'-]+){0,8}?\s+(?:of|from|due\s+to|after)\s+(?:an?\s+|a\s+long\s+)?(?:natural\s+causes|old\s+age|illness|disease|"
            r"cancer|heart\s+attack|heart\s+failure|stroke|chronic\s+\w+)\b")
KILL_WORD = (r"killed|murdered|dead|died|die|dies|death|deaths|fatalities|fatality|lost\s+(?:their|his|her)\s+li(?:ves?|fe)|perished|slain|slaughtered|"
              r"breathed\s+(?:their|his|her)\s+last|"
              r"fell(?!\s+(?:on|upon|near|into|in\s+the\s+hands|captive|prisoners?|under|from|off|silent|ill|back|apart|sick|short|behind|across|"
              r"to(?!\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:bullets?|gunfire|fire|shots?|shrapnel|sniper)\b))\b)|"
              r"fatally\s+(?:shot|stabbed|wounded|injured|hit|struck)|shot\s+dead|gunned\s+down|hanged(?!\s+(?:himself|herself|themselves))|strangled|(?:stabbed|beaten|burned|burnt|tortured|crushed|hacked|bludgeoned)\s+to\s+death|succumbed|passed\s+away(?!" + _NATURAL + r")|martyred|were\s+executed|was\s+executed|executed|beheaded|assassinated|lifeless|"
              r"blew\s+(?:themselves|himself|herself)\s+up|detonated\s+(?:themselves|theirself|theirselves|himself)|"
              r"(?:body|bodies)\s+(?:was|were|had\s+been|have\s+been)\s+(?:later\s+)?found\s+(?:[\w-]+\s+){0,3}?with\s+(?:gunshot|bullet|stab|knife)\s+wounds")
# (the last: "one man, whose body was found with gunshot wounds": the wounds are a dead man's, no injury)
INJURE_WORD = r"injured|wounded|injuries|injury|hurt|wounds|maimed|(?<=gunshot\s)wound|(?<=bullet\s)wound|(?<=shrapnel\s)wound"

GROUP_STOP = re.compile(
    rf"[,;:.\[\]|\n]|\s(?:were|was|(?-i:is)|are|have|has|had|remain|remains|remained|still|sustained|suffered|who|which|that|in|during|on|at|by|after|when|while|near|as|amid|since|"
    rf"following|with|due|because|between|inside|within|to|into|including|among|from\s+the\s+(?:ISIS|attack)|and\s+(?=(?:\w+\s+){{0,2}}(?:\d|injur|wound|kill))|and\s+another\s+(?=of\s)|and\s+(?:his|her|their)\s+(?=(?:Syrian|Iraqi|Afghan|Lebanese|Iranian)\s+(?:bodyguard|escort|driver|companion|aide|deputy)s?\b)|and\s+(?:left|leaving)\b|and\s+(?:blamed|blaming|accused|accusing|said|added|claimed|denied|condemned)\b|"
    rf"and\s+(?:the\s+)?(?:injury|injuring|wounding|death)|(?:along|together)\s+with|{KILL_WORD}|{INJURE_WORD})\b",
    re.IGNORECASE,
)
_SYRIAN_IRAN = re.compile(r"(?<!non-)(?<!non )\bSyrians?\b.*\b(?:Iran|Iranian)|\b(?:Iran|Iranian)[\w-]*\s+Syrians?\b|"
                          r"\b(?:Iran|Iranian)[\w-]*\s+(?:[\w-]+\s+){0,2}?of\s+Syrian\s+nationality", re.IGNORECASE)
COMBATANT_NOUN = re.compile(r"\b(?:fighters|combatants|members|soldiers|militants|gunmen|militiamen|personnel|troops)\b", re.IGNORECASE)
DESCRIPTIVE = re.compile(r"-backed|\bpro-|\bloyal|\bIran|\bproxy|-affiliated|-linked", re.IGNORECASE)
_TIED_TO = re.compile(r"\b(?:loyal|allied|affiliated|belonging|linked|attached|links|ties|connections)$", re.IGNORECASE)
#: "a militia backed by Iran", "groups supported by Turkey": one group with the patron named after "by".
_BACKED_BY = re.compile(r"\b(?:backed|supported|funded|sponsored|financed)$", re.IGNORECASE)
#: "suspected of affiliation with ISIS cells", "accused of links with the SDF": one group with the one named.
_TIED_WITH = re.compile(r"\b(?:affiliation|links|ties|connections)$", re.IGNORECASE)


#: People named only by where they come from ("Iraqis", "non-Syrians", "foreigners").
NATION = (r"non-Syrians?|foreign(?:ers|\s+nationals)?|Syrians?|Iraqis?|Afghans?|Iranians?|Pakistanis?|Lebanese|Jordanians?|"
          r"Saudis?|Tunisians?|Egyptians?|Moroccans?|Libyans?|Chechens?|Uzbeks?|Uighurs?|Uyghurs?|Turkistanis?|Europeans?|"
          r"Palestinians?|Yemenis?|Sudanese|Turks?|Russians?|Kurds?")
#: An alias that names only a nationality, not a group ("non-Syrian nationalities", "Iraqis", "Afghan nationals").
_NATION_ALIAS = re.compile(rf"(?:{NATION}|Afghan|Iranian|Iraqi|Turkish|Pakistani)(?:\s+(?:nationals|nationalities|nationality))?|"
                           r"non-Syrian(?:\s+(?:fighters|militiamen))?", re.IGNORECASE)
#: Sides whose foreign members are still theirs: jihadist groups recruit from abroad.
JIHADIST = ("isis", "hts_rebels")


def _jihadist_after_nation(matches: list[ActorMatch], first: ActorMatch) -> ActorMatch | None:
    """"44 non-Syrian ISIS members", "two Iraqi HTS commanders": the group named after the nationality, if jihadist."""
    if _NATION_ALIAS.fullmatch(first.alias.strip()) is None:
        return None
    return next((m for m in matches if m.start > first.start and m.side in JIHADIST), None)


#: "men from two families", "members of the rival clans": the sides of a feud, no description of civilians.
_FEUDING = re.compile(r"\b(?:two|three|both|rival|feuding|warring|\d+)\s+(?:[\w-]+\s+)?(?:families|clans|tribes)$", re.IGNORECASE)


def group_end(work: str, start: int, limit: int) -> int:
    """Where the words of the figure ending at ``start`` end."""
    m = GROUP_STOP.search(work, start, min(limit, start + 110))
    while m is not None and (m.group().strip().lower() == "to" and _TIED_TO.search(work, start, m.start())
                             or m.group().strip().lower() == "with" and _TIED_WITH.search(work, start, m.start())
                             or m.group().strip().lower() == "by" and _BACKED_BY.search(work, start, m.start())):
        m = GROUP_STOP.search(work, m.end(), min(limit, start + 110))  # "militiamen loyal to Iran": one group
    return m.start() if m else min(limit, start + 110)


def _feuding(work: str, start: int, end: int) -> bool:
    low = fold(work[start:end])
    return ("famil" in low or "clan" in low or "tribe" in low) and _FEUDING.search(work, start, end) is not None


#: "soldiers and Hezbollah fighters", "soldiers and Iranian-backed militiamen": a whole of the army and its allies, of the
#: regime as "regime soldiers and Iranian-backed militiamen" is (SCHEMA: pro-regime fighters without nationality).
_SOLDIERS_AND_ALLIES = re.compile(r"\W*soldiers\s+and\s+(?!(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)",
                                  re.IGNORECASE)


def _army_and_allies(work: str, s: int, e: int, matches: list[ActorMatch]) -> bool:
    """Whether work[s:e] names soldiers of the regime and, as the next item right after "and", allies of Iran ("soldiers
    and Hezbollah fighters"), not soldiers and officers of an allied force ("soldiers and officers of the Iranian
    Revolutionary Guard": all of the Guard)."""
    joined = _SOLDIERS_AND_ALLIES.match(work, s, e)
    return (joined is not None and matches[0].side == "regime" and len(matches) > 1 and matches[1].side == "pro_iran_foreign"
            and matches[1].start == joined.end())


#: An actor's name that tells whose ground it is ("39 people across AANES-held areas", "in regime-controlled areas").
#: A group's prison right after its name ("in regime prisons", "the SDF's jails"): the group is the jailer, not the dead's
#: side (round 70; also read by ``casualty_sentence_sides``).
JAILS: Final = r"(?:['’]s)?\s+(?:prisons?|jails?|detention|dungeons|custody)\b"
JAILS_AFTER: Final = re.compile(JAILS, re.IGNORECASE)
_HELD_AFTER = re.compile(rf"-(?:held|controlled|run|ruled|administered)\b|{JAILS}", re.IGNORECASE)


def side_of(lexicon: ActorLexicon, work: str, s: int, e: int, on: date | None) -> tuple[ActorMatch | None, str | None]:
    """The actor a figure's words work[s:e] name and the side they belong to."""
    matches = [m for m in lexicon.find(work, s, e, on) if not _HELD_AFTER.match(work, m.end)]  # (not "across SDF-held areas", "in regime prisons")
    if not matches:
        return None, None
    matches = [m for m in matches if not _feuding(work, max(s, m.start - 20), m.end)] or matches
    if not matches or _feuding(work, max(s, matches[0].start - 20), matches[0].end):
        return None, None
    first = matches[0]
    if _army_and_allies(work, s, e, matches):
        return first, "regime"  # "11 soldiers and Hezbollah fighters": one toll of the regime and its allies
    if first.alias.lower() in GENERIC_ALIASES:
        first = next((m for m in matches if m.alias.lower() not in GENERIC_ALIASES), first)
    if DESCRIPTIVE.search(first.alias):
        first = next((m for m in matches[matches.index(first) + 1:]
                      if m.alias.lower() not in GENERIC_ALIASES and not DESCRIPTIVE.search(m.alias) and m.alias[:1].isupper()), first)
    first = _jihadist_after_nation(matches, first) or first
    phrase = work[s:e]
    side = first.side
    if side == "pro_iran_foreign" and _SYRIAN_IRAN.search(phrase) and "non-Syrian" not in phrase:
        side = "regime"
    if side == "civilians" and COMBATANT_NOUN.search(phrase):
        return first, "unknown"  # "12 civilians and fighters": a mixed group
    if side == "unknown" and len(matches) > 1 and matches[1].side != "unknown":
        first = matches[1]
        side = first.side
    if side == "sdf" and tribes_with_council(phrase):
        return first, "unknown"  # "27 tribal gunmen and members of the military council": no side label fits
    return first, side
