"""Patterns of the statistics lines that ``totals.TotalsBuilder`` reads (moved out of ``totals``).

* ``REGION``: "Label:" at a line's start; ``CONTINUATION``: openings that continue the total before ("In addition",
  the other side's figure after "In turn,", "In return,", "On the other hand,", "For its part,", "Of them,", "Among them:" (no area label of ``REGION_LINE``); "Among the SDF members, 11 were killed by ...", a share of the people of a line before); ``LINE``/``LABEL_LINE``/``PAREN_LINE``/``BARE_PAIR``/``REGION_LINE``/``WORD_LINE``: lines of a list ("- 41 ...",
  "Civilians: 338", "Hama desert 22", "Homs desert: 30 soldiers", "Iranian-backed militias: six members"; round
  fourteen: labels of up to 60 characters, "Al-Nusra Front and other jihadist factions: 595 fighters", where those
  past 40 hold no figure);
* ``LIST_HEADER``/``DOCUMENTED``: list headers (also "By area, ... are:", "distributes the death toll by perpetrator:") and a monitor's documented count; ``EVENT_VERB``/``EVENT_COUNT``/
  ``EVENT_WORD``: words of one attack, of counts of events and of causes; ``BY``/``AREA_LABEL``/``SUBHEADER``/
  ``CLAUSE_LABEL``: a killer before a name, a label naming an area, a figureless sub-header, a clause before a colon;
* ``INSIDE``: parts a total of the first side holds ("regime soldiers and loyalists, including two Russians":
  "35 civilians ... They are: 20 men, 10 children and five women").
"""

from __future__ import annotations

import re

from observatory.extract.gates import fold, has_any
from observatory.extract.numbers import CARDINAL_WORD, PLURAL_WORD

REGION = re.compile(r"^\s*(?:[•\-*▪●◦·]\s*)?([A-Z](?:[\w' -]{1,40}?|[A-Za-z' -]{41,60}?))\s*:")
CONTINUATION = re.compile(r"\s*(?:In\s+addition\b|As\s+well\s+as|Also|While|Besides|Moreover|Meanwhile|And|(?:In\s+(?:turn|return),|On\s+the\s+other\s+hand,|For\s+(?:its|their)\s+part,)(?!\s*(?:an?|one)\s)(?![^.;]*,\s*(?:killing|wounding|injuring|leaving)\b)|"
                           r"(?:Of|Among)\s+(?:them|these|those|this\s+(?:toll|number|total))\s*[,:]|"
                           r"(?:Of|Among)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:losses|dead|deaths|fatalities|victims)\s*,|"
                           r"(?:Of|Among)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:civilians|soldiers|fighters|members|militiamen)\s*,\s*(?:\d[\d,]*|" + PLURAL_WORD
                           + r")\s+(?:were|was|of\s+them)\b|"
                           # "The remaining 44 deaths were attributed to other parties": the rest of the total before
                           r"The\s+(?:remaining|other)\s+(?:\d[\d,]*|" + PLURAL_WORD + r")\s+(?:(?:deaths|victims|fatalities|people|civilians)\s+)?"
                           r"(?:were|was)\s+(?!(?:wounded|injured|hurt)\b))", re.IGNORECASE)
LINE = re.compile(r"\s*[-–]?\s*(?:\d[\d,]*|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An|"
                  r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[^\n]{0,200}$")
#: The noun a list line may put after its figure ("Civilians: 1,505 people", "SDF and its affiliated forces: 154 members"):
#: people of no side, or members and fighters, who are of the side the label names (not "Hama desert: 15 soldiers",
#: a region's line whose noun gives the side).
LINE_NOUN = r"people|persons|fatalities|dead|members|fighters"
LABEL_LINE = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?P<label>[A-Z][^:\n–—]{2,200}?)(?::|\s+[–—-])\s*(?i:(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately)\s+)?"
                         rf"(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))\s*(?:{LINE_NOUN})?\s*\.?\s*$")
#: "Homs desert (94)", "- Civilians (97)": a label with its figure in brackets, set as a line of its own.
PAREN_LINE = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?P<label>[A-Z][^:\n()–—\d]{2,80}?)\s*\((?P<num>\d[\d,]*)\)\s*[.;]?\s*$")
BARE_PAIR = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?P<label>[A-Z][\w' -]{1,40}?)\s+(?P<num>\d[\d,]*)\s*[.;]?\s*$")
REGION_LINE = re.compile(r"(?!\s*(?i:of|among)\s+(?i:them|these|those|whom)\s*:)\s*(?:[\w\"“”' -]{2,40}|[A-Za-z\"“”' -]{41,60}):\s*(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An)\b")
#: "Iranian-backed militias: six non-Syrian members." (a figure in words, no verb): a line of a list by side; "Idlib: two
#: soldiers were killed by ..." tells an event of the province instead.
#: A side's label in capitals ("NON-SYRIAN MILITIAS: nine members ..., killed in drone strikes") heads a line of the list
#: whatever the line goes on to tell of how they died (tests/test_extract_round57_readings.py).
WORD_LINE = re.compile(r"\s*(?:[A-Z][A-Z\"“”' -]{1,40}:\s*" + CARDINAL_WORD + r"\b|"
                       r"[\w\"“”' -]{2,40}:\s*" + CARDINAL_WORD + r"\b(?![^.;]*\b(?:killed|died|dead|shot|executed|wounded|injured)\b))")
#: also a split opened "By area, ... are:" / "By province, the toll of X is:" before its figures.
LIST_HEADER = re.compile(r"\b(?:as\s+follows|distributed\s+(?:regionally\s+)?as|divided\s+as|regional\s+distribution|"
                          r"the\s+following\s+(?:death\s+)?(?:toll|tally|statistics|figures|breakdown)\b[^.]*:\s*$)|"
                          r"^\W*by\s+(?:areas?|regions?|provinces?|governorates?)\s*,[^.:;]{0,80}:(?=\s*\d)|"
                          # "The report distributes the death toll by perpetrator:", "breaks the dead down by party:"
                          r"\b(?:distribut|divid|break|broke|split)\w*\s+(?:down\s+)?(?:the\s+)?(?:death\s+)?(?:toll|tally|dead|deaths|victims|fatalities)"
                          r"\s+(?:down\s+)?(?:by|according\s+to)\s+(?:the\s+)?(?:perpetrators?|part(?:y|ies)|sides?|killers?)\s*:|"
                          # "The report details the death toll by perpetrator:", "... killed in May, at the hands of
                          # the parties to the conflict:" (a header of lines by killer, whatever its verb)
                          r"\b(?:death\s+)?(?:toll|tally|deaths|victims|fatalities)\s+by\s+(?:the\s+)?(?:main\s+)?perpetrators?(?:\s+part(?:y|ies))?\s*:\s*$|"
                          r"\bat\s+the\s+hands\s+of\s+(?:the\s+)?(?:main\s+|various\s+|different\s+)?parties\b[^.:]{0,60}:\s*$", re.IGNORECASE)
#: Every match of ``LIST_HEADER`` holds one of these.
_LIST_HEADER_STEMS = ("follows", "distribut", "divid", "regional", "following", "area", "region", "provinc", "governorate", "break",
                      "broke", "split", "perpetrator", "hands")


def list_header(chunk: str) -> bool:
    """Whether ``LIST_HEADER`` occurs in ``chunk`` (tried only where one of the words it needs is there)."""
    return has_any(fold(chunk), _LIST_HEADER_STEMS) and LIST_HEADER.search(chunk) is not None


DOCUMENTED = re.compile(r"\b(?:documented|recorded|registered)\s+(?:the\s+)?(?:killing|death|deaths|loss)\s+of\b", re.IGNORECASE)
EVENT_VERB = re.compile(r"\b(?:attacked|targeted|shelled|struck|exploded|ambushed|bombed|fired|stormed|detonated|opened\s+fire)\b",
                         re.IGNORECASE)
EVENT_COUNT = re.compile(r"\W*[\w\s'/-]{1,30}:\s*(?:\w+\s+){0,2}?(?:attacks?|operations?|murders?|crimes?|incidents?|explosions?|"
                          r"bombings?)\b", re.IGNORECASE)
BY = re.compile(r"\b(?:by|in)\s+(?:the\s+)?(?:\w+\s+){0,2}?$", re.IGNORECASE)


AREA_LABEL = re.compile(r"\b(?:areas?|held|controlled|region|desert|countryside|province|governorate|city|town|zone)\b", re.I)


#: Parts told after a total of the first side that it holds ("regime soldiers and loyalists, including two Russians").
INSIDE = frozenset({("regime", "russia"), ("regime", "pro_iran_foreign"), ("civilians", "unknown"), ("pro_iran_foreign", "regime"),
                    ("pro_iran_foreign", "pro_iran_foreign")})
#: The ``of_which`` key of a part of another side inside a total: the Syrian members of Iran's militias.
PART_KEY: dict[tuple[str, str | None], str] = {("pro_iran_foreign", "regime"): "iran_backed_syrian"}
#: Words that make "12 in Russian airstrikes" a cause, not a region.
EVENT_WORD = re.compile(r"\b(?:attacks?|air\s?strikes|strikes|raids|shelling|bombardment|clashes|explosions?|ambush(?:es)?|"
                         r"bombings?|fire|operations?)\b", re.IGNORECASE)
#: Also lettered or numbered: "A. Main parties to the conflict:", "2) Other parties:".
SUBHEADER = re.compile(r"\s*(?:(?:[A-Z]|\d{1,2})[.)]\s+)?[A-Z][^\d:.\n]{2,60}:\s*")


#: A "label" that is a clause ("The rest were combatants: ...", "They include: ...", "Combatants accounted
#: for the rest: ...").
CLAUSE_LABEL = re.compile(r"\b(?:were|are|was|is|include[sd]?|included|comprised?|follows|accounted|account|made\s+up|make\s+up|"
                          r"consist(?:ed|s)?|numbered|totall?ed|broken\s+down|distributed|divided)\b", re.IGNORECASE)
