"""Whether a number in a sentence counts people: person nouns, and the numbers that are dates, ages, rates or things.

Moved out of ``casualties`` (which reads roles, sides and breakdowns of the figures kept here). People taken
told by a noun ("the kidnapping of two others", "the arrest of five men") and "one of them a Syrian" (the one said
again) are no count. "infiltrators", "raiders", "intruders" are people (tests/test_extract_casualty_attackers_killed.py). The number in a unit's name ("the 'Liwaa 47'
militia", "Branch 215") counts no one (tests/test_extract_casualty_unit_number.py). Nationalities ("a Pakistani", "two
Jordanians") and "aides"/"assistants" count people (tests/test_extract_casualty_syrian_rest_same_sentence.py,
tests/test_extract_casualty_entourage_of_victim.py); so do "riders" (tests/test_extract_casualty_riders_counted.py)
and "one of unknown nationality" (tests/test_extract_casualty_unknown_nationality_item.py).

"a senior Islamic State group official" is one person (tests/test_extract_casualty_group_named_member.py), "two
senior figures in Hurras al-Din" two (tests/test_extract_round61_readings.py); a mukhtar, dignitary, notable or elder
is a person, and "the house of a teacher" names an owner, no one counted
(tests/test_extract_casualty_local_figures.py). A figure set right in an aside ("three SDF members, not two, were
killed") counts no one more (tests/test_extract_corrected_figure.py); "one fatality", "a death" count one
(``figure_one_death``).
"""

from __future__ import annotations

import re

from observatory.extract.casualty_one_aside import aside_then_verb
from observatory.extract.casualty_placed_ellipsis import placed_another
from observatory.extract.figure_groups import counts_groups
from observatory.extract.figure_labels import label_number
from observatory.extract.figure_one_death import DENIED_BEFORE, ONE_DEATH
from observatory.extract.figure_one_hurt import another_told, one_more_hurt
from observatory.extract.figure_the_other import pair_counted
from observatory.extract.gates import fold, has_any
from observatory.extract.numbers import Quantity, words_to_int
from observatory.extract.person_trades import TRADES

PERSON = (TRADES + r"|members?|soldiers?|civilians?|fighters?|militiamen|militiaman|militia\s?men|militias|militants?|people|persons?|personnel|"
           r"children|child|school(?:children|child|boys?|girls?)|kids?|women|woman|men|man|elements?|officers?|troops|gunm[ae]n|others?|Russians?|Iranians?|Afghans?|"
           r"Iraqis?|Lebanese|Syrians?|Pakistanis?|Jordanians?|Saudis?|Egyptians?|Tunisians?|Palestinians?|Uyghurs?|Uighurs?|Uzbeks?|Chechens?|Tajiks?|"
           r"Kazakhs?|Turkistanis?|Azeris?|Yemenis?|Libyans?|Moroccans?|Algerians?|Sudanese|Somalis?|Kuwaitis?|Americans?|individuals?|recruits?|trainees?|guards?|commanders?|leaders?|emirs?|shepherds?|workers?|policem[ae]n|"
           r"troopers?|collaborators?|dealers?|smugglers?|traffickers?|conscripts?|combatants?|colonel|brigadier|general|servicem[ae]n|jihadists?|rebels?|insurgents?|terrorists?|operatives?|youths?(?!\s+(?:cent(?:re|er)s?|clubs?|leagues?|camps?|hostels?|unions?|wings?|organi[sz]ations?))|boys?|girls?|farmers?|"
           r"citizens?|residents?|victims?|refugees?|tribesm[ae]n|clansm[ae]n|herders?|herdsm[ae]n|pickers?|gatherers?|collectors?|hunters?|bodies|body|dead|detainees?|prisoners?|captives?|hostages?|brothers?|sons?|daughters?|sisters?|siblings?|relatives?|cousins?|nephews?|nieces?|wives|husbands?|(?:fa|mo)thers?(?!\s+of\b)|parents|grandchildren|companions?|comrades?|"
           r"colleagues?|friends?|escorts?|bodyguards?|aides|assistants|officials?|couples?(?!\s+of\b)|(?:(?<=senior\s)(?<!most\ssenior\s)|(?<=leading\s)|(?<=prominent\s)|(?<=top\s)|(?<=key\s))figures?|advis[eo]rs?|experts?|contractors?|"
           r"infants?|students?|teachers?|doctors?|nurses?|journalists?|reporters?|photographers?|cameram[ae]n|mukhtars?|dignitar(?:y|ies)|notables?|elders?|"
           r"staff|cadres?|volunteers?|employees?|truffle|drivers?|pilots?|crewm[ae]n|(?:(?<=its\s)|(?<=their\s)|(?<=the\s))crew|"
           r"captains?|lieutenants?|sergeants?|paramedics?|activists?|fisherm[ae]n|nationals|mercenaries|mercenary(?=\s+(?:of|from|with|in|who|was|belonging|affiliated)\b)|militia(?!\s+(?:positions?|posts?|sites?|"
           r"headquarters|bases?|vehicles?|checkpoints?|groups?|commanders?|leaders?))|"
           r"protesters?|demonstrators?|mourners?|worshippers?|suspects?|agents?|informants?|attackers|assailants|infiltrators|raiders|intruders|passengers?|occupants?|riders?|passers?-by|passersby|passerby|bystanders?|pedestrians?|villagers?|locals|"
           r"of\s+(?:them|whom)|of\s+(?:their|its)\s+own(?=\s*(?:[.,;)]|$|\s+(?:in|and|during|while|as|when|before|after)\b))|of\s+the\s+(?:former|latter)(?=['’]s\b|\s*(?:[.,;)]|$|\s+(?:and|were|was|dead|killed|wounded|injured)\b))|"
           r"more(?=\s*(?:[.,;)]|$|\s+(?:were|was|have|had|are|on|in|at|near|when|while|during|after|and|as)\b))")
PERSON_RE = re.compile(rf"\b(?:{PERSON})\b", re.IGNORECASE)
_MONTH_NEAR = re.compile(r"^\s*(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
                         r"|^\s*(?:st|nd|rd|th)\b|^\s*(?:-|\s)?(?:years?|year-old|yrs|km|kilomet|meters?|metres?|hours?|days?|minutes?|"
                         r"months?|weeks?|mm|%|percent)\b|^-", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Regiment|Division|"
                           r"Brigade|Corps|No\.|number|Resolution|page|Station|Base|Point|Route|Highway|Road|Gate|Sector|Squad|"
                           r"Battalion|Unit|Camp|Field|Article|Phase)\s*$", re.IGNORECASE)

_RATE = re.compile(r"(?:\s+[\w'-]+){0,5}?\s+(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?:a|per|every|each)\s+(?:day|week|month|year)\b"
                   r"(?!\s+(?:earlier|later|before|after|ago|or)\b)|"
                   r"(?:\s+[\w'-]+){0,2}?\s+daily\b", re.I)
#: The words ``_RATE`` may read after a number: a reading spans at most seven words set apart by spaces alone, the
#: unit of time last, so seven such words that hold no unit of time hold no rate.
_RATE_WORDS = re.compile(r"(?:\s+[\w'-]+){1,7}")
_RATE_STEMS = ("day", "week", "month", "year", "daily")
#: A place or vehicle owned by the person after it ("the house of a teacher", "the car of a dignitary").
_OWNED_BEFORE = re.compile(r"\b(?:house|home|shop|farm|tent|residence|office)\s+of\s+$", re.IGNORECASE)
#: The owner a place hit belonged to ("the house belonged to a man wanted on smuggling charges"): no victim.
_BELONGED_TO = re.compile(r"\bbelong(?:ed|s)\s+to\s+$", re.IGNORECASE)
#: A killing named in an accusation: "accused of being behind a string of assassinations, including the killing of (a
#: pharmacist last month)": an earlier death laid at someone's door, not one counted here.
_ACCUSED_KILLING = re.compile(r"\b(?:accused\s+of|blamed\s+for|responsible\s+for|behind)\b[^.;]{0,120}?\b(?:the\s+)?(?:killing|murder|"
                              r"assassination)\s+of\s+$", re.IGNORECASE)
_COLLECTIVE = re.compile(r"\s+(?:group|number|series|unit|cell|band|squad|convoy|team|gang|family|crowd|batch|wave)\s+of\b", re.I)
#: Kin groups counted as such ("two families", "both clans"): no count of people.
_KIN_GROUPS = re.compile(r"\s+(?:[\w-]+\s+)?(?:families|clans|tribes|households)\b", re.IGNORECASE)
#: A verb right before a number that takes people without killing or hurting them.
_OTHER_VERB = re.compile(r"\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|captur(?:ed|ing)|kidnapp?(?:ed|ing)|abduct(?:ed|ing)|rescu(?:ed|ing)|"
                         r"evacuat(?:ed|ing)|releas(?:ed|ing)|freed|recruit(?:ed|ing)|displac(?:ed|ing)|seiz(?:ed|ing)|"
                         r"(?:the\s+)?(?:arrest|detention|capture|kidnapping|abduction|release|disappearance)\s+of)"
                         r"(?:\s+(?:at\s+least|about|nearly|more\s+than|over|some|around))?\s+$", re.IGNORECASE)
#: Every match of ``_MONTH_BEFORE`` and of ``_OTHER_VERB`` holds one of these (tried first: both end in "$", so the
#: patterns are tried at every position of their window).
_MONTH_BEFORE_STEMS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "regiment", "division", "brigade", "corps", "no.", "number", "resolution", "page",
                       "station", "base", "point", "route", "highway", "road", "gate", "sector", "squad", "battalion", "unit",
                       "camp", "field", "article", "phase")
_OTHER_VERB_STEMS = ("arrest", "detain", "captur", "kidnap", "abduct", "rescu", "evacuat", "releas", "freed", "recruit", "displac",
                     "seiz", "detention", "disappearance")
#: "rescued nine wounded civilians", "evacuated 12 injured", "rescued 21 people who were injured": the people saved
#: are told hurt.
_SAVED_HURT = re.compile(r"\s+(?:(?:wounded|injured)\b(?!\s+(?:by|in|on|at|during|when|after)\b)|"
                         r"[\w-]+\s+(?:who|that)\s+(?:were|had\s+been|was)\s+(?:wounded|injured)\b)", re.IGNORECASE)

#: Tried on every number (compiled once): a year, a date or time after it, a sign or digit before it, a name and an age,
#: a name in brackets, "of whom" after it.
_YEAR = re.compile(r"(?:19|20)\d\d")
_SLASH_AFTER = re.compile(r"^\s*[/:]\d")
_SIGN_BEFORE = re.compile(r"[\d/#$]$")
_NAME_COMMA = re.compile(r"[A-Za-z]\s*,\s*$")
#: "... since early 2024, 24 of them ...": a year ends the clause before the part, in place of a word.
_YEAR_COMMA = re.compile(r"\b(?:19|20)\d\d\s*,\s*$")
_AGE_AFTER = re.compile(r"\s*(?:,|\)|years?\b|-year)")
_IN_BRACKETS_BEFORE = re.compile(r"\(\s*[\w-]+\s*$")
_BRACKET_AFTER = re.compile(r"\s*\)")
_OF_WHOM_AFTER = re.compile(r"^\s*(?:of\s+(?:whom|them|which|those|these)|another)\b", re.IGNORECASE)


#: "three SDF members, not two, were killed": a figure told as the one corrected, in an aside of its own.
_CORRECTED_BEFORE = re.compile(r"[\w)],\s*(?:and\s+)?not\s+(?:as\s+many\s+as\s+|only\s+)?$", re.IGNORECASE)
_CORRECTED_AFTER = re.compile(r"\s*(?:as\s+(?:previously\s+|earlier\s+|first\s+)?(?:reported|stated|said)\s*)?,")


#: "one of them " right before "a Syrian": the part named again by what he is.
_ONE_OF_THEM_BEFORE = re.compile(r"\bone\s+of\s+(?:them|whom)\s*,?\s*(?:was\s+|is\s+)?$", re.IGNORECASE)


#: A unit's name ending in its number: "Liwaa 47", "Brigade 313", "Branch 215", "Regiment 46" (capitalised noun).
_UNIT_NUMBER_BEFORE = re.compile(r"\b(?-i:Liwaa?|Brigade|Division|Regiment|Battalion|Corps|Branch|Squadron|Base|Unit|Sector|Group|"
                                 r"Company|Airport|Station)\s+$")


#: A number written out and restated in digits in brackets: "four (4) militiamen", "killing three (3) soldiers".
_SPELLED_BEFORE = re.compile(r"\b(?P<word>[a-z]+(?:-[a-z]+)?)\s*\(\s*$", re.IGNORECASE)


def _restated_in_digits(before: str, q: Quantity) -> bool:
    """Whether the digits in brackets restate the number written out right before them ("four (4)"): the words are the
    count, the digits no one more."""
    spelled = _SPELLED_BEFORE.search(before)
    return bool(spelled and q.text.strip().isdigit() and words_to_int(spelled.group("word")) == q.value)


def _rate_after(work: str, at: int) -> bool:
    """``_RATE.match(work, at)``, not tried where the words it could read hold no unit of time."""
    words = _RATE_WORDS.match(work, at)
    return words is not None and has_any(fold(words.group()), _RATE_STEMS) and _RATE.match(work, at) is not None


def _no_headcount(work: str, q: Quantity, sent_start: int, before: str, after: str) -> bool:
    """Whether ``q`` is a date, a year, an age, a number inside a name or a unit's number: no people counted."""
    digits = q.text.strip().isdigit()
    return bool(
        _MONTH_NEAR.match(after) or has_any(fold(before), _MONTH_BEFORE_STEMS) and _MONTH_BEFORE.search(before)
        or _YEAR.fullmatch(q.text.strip()) or _SLASH_AFTER.match(after) or _SIGN_BEFORE.search(before)
        or _NAME_COMMA.search(before) and _AGE_AFTER.match(after) and digits  # an age after a name ("Jaber, 11, and ...")
        or _AGED.search(work, max(sent_start, q.start - 40), q.start)  # "the two injured children, aged nine and 12"
        or _AGE_OF.search(before) and _AGE_OF_END.match(after)  # "a boy of 12 was wounded", "a girl of seven"
        or _IN_BRACKETS_BEFORE.search(before) and _BRACKET_AFTER.match(after)  # a number inside a name ("(Kurdistan 24)")
        or _restated_in_digits(before, q) and _BRACKET_AFTER.match(after)  # "four (4) militiamen": told again in digits
        or _UNIT_NUMBER_BEFORE.search(before) and digits  # a unit's number ("the 'Liwaa 47' militia", "Branch 215")
        or label_number(q, before, after)  # a clock time's minutes, a short date, a numbered day or site ("Tower 22")
        or pair_counted(work, q, sent_start))  # "injuring two; one of them died, while the other ...": counted already


#: "the shooter was", "the attacker is believed to be": the one who did it, said to be someone.
_DOER_WAS = re.compile(r"\b(?:shooter|gunman|attacker|assailant|perpetrator|killer|bomber|culprit)\s+(?:was|is|had\s+been)\s+"
                       r"(?:(?:believed|said|reported|thought)\s+to\s+(?:be|have\s+been)\s+)?$", re.IGNORECASE)


def is_count(work: str, q: Quantity, sent_start: int) -> bool:
    """Whether ``q`` counts people (not a date, an age, a rate, a group, a thing or people taken)."""
    after = work[q.end: q.end + 30]
    before = work[max(sent_start, q.start - 14): q.start]
    if _no_headcount(work, q, sent_start, before, after):
        return False
    if _CORRECTED_BEFORE.search(before) and _CORRECTED_AFTER.match(after):
        return False  # "three SDF members, not two, were killed": the figure set right, not more people
    if _COLLECTIVE.match(work, q.end) and q.text.strip().lower() in ("a", "an", "one"):
        return False  # "a group of militants": one group, not one person
    if q.text.strip().lower() in ("a", "an") and before.rstrip()[-2:].lower() == "of" \
            and (_OWNED_BEFORE.search(before) or _ACCUSED_KILLING.search(work, max(sent_start, q.start - 200), q.start)):
        return False  # "the house of a tribal dignitary": the owner of the place hit; "accused of ..., including the killing of a pharmacist"
    if q.text.strip().lower() in ("a", "an") and (_BELONGED_TO.search(before) or _DOER_WAS.search(work, max(sent_start, q.start - 40), q.start)):
        return False  # "the house belonged to a man wanted ...": the owner (round 66); "the shooter was a member of X": the doer
    if q.text.strip().lower() in ("a", "an") and (_ONE_OF_THEM_BEFORE.search(before) or _ONE_IS_BEFORE.search(before)):
        return False  # "three militiamen, one of them a Syrian", "one is an Iranian": the one said again, no one more
    if THING_OF_A_NATION.match(after) or _KIN_GROUPS.match(after):
        return False  # "a Russian airstrike", "two Turkish drones", "three men from two families": things, households
    if counts_groups(work, q.end, PERSON_RE):
        return False  # "two fighters of the two factions", "three groups of gunmen": groups or things, not people
    if _rate_after(work, q.end):
        return False  # "nine children a day": a rate, not a count
    verb_from = max(sent_start, q.start - 32)
    if has_any(fold(work[verb_from:q.start]), _OTHER_VERB_STEMS) and _OTHER_VERB.search(work, verb_from, q.start) \
            and not _SAVED_HURT.match(work, q.end):
        return False  # "arrested 198": people taken, not killed or hurt ("rescued nine wounded" are hurt)
    word = q.text.strip().lower().split()[-1]
    if word == "one" and one_more_hurt(work, q.start, q.end, sent_start):
        return True  # "four fighters were killed and one was wounded": one more, hurt
    if word == "another" and _another_more(work, q, sent_start, before, after):
        return True  # "a soldier was killed and another was injured", "a member of X and another of Y were killed"
    if word in ("a", "an") and re.match(r"\s+(?:(?:further|additional)\s+(?:\d|[a-z]+\s+(?:more|others?)?)|total\s+of\b)", after, re.IGNORECASE):
        return False  # "a further three (soldiers)", "a total of four": the article of the number after it
    both = _bare_both(work, q, sent_start, after) if word == "both" else None
    if both is not None:
        return both  # "shot two soldiers, killing both." (the two just named); "both Syrian and non-Syrian" (words)
    if word in ("a", "an", "both", "one", "single", "another"):
        noun = _person_noun(work, q, after, word)
        if noun is None and word != "both":  # "a senior Islamic State group official": the group's name, then the person
            noun = _GROUP_THEN_PERSON.match(work, q.end, q.end + 70)
        if noun is None and word == "one" and _OF_NATIONALITY.match(after):
            return True  # "five Iraqis, three Syrians and one of unknown nationality": an item of a list of nationalities
        if noun is None and word != "both" and ONE_DEATH.match(work, q.end) and not DENIED_BEFORE.search(before):
            return True  # "left one fatality", "caused a death among civilians": the death is the one person counted
        if noun is None or noun.group(0).lower().endswith("militia") or _NATION_GROUP.match(work, q.end + noun.end()):
            return False  # "an Iran-backed militia", "an Iraqi militia" are groups, not persons
        if _THING_CARRYING.search(noun.group(0)) or _THING_ACTING.match(noun.group(0)) or _PLACE_HOSTING.search(noun.group(0)):
            return False  # "a bus carrying members of ...", "a drone targeted members of ...", "a base hosting US troops": a thing
    if _OF_WHOM_AFTER.match(after):
        if (_NAME_COMMA.search(before) or _YEAR_COMMA.search(before)) and PART_OF_THEM.match(after):
            return True  # "15 soldiers, 6 of them non-Syrians" (also after "... since 2023,"): a part of the figure before
        return bool(re.search(r"(?:killed|killing|injured|injuring|wounded|wounding|executed|executing|murdered|murdering|"
                              r"beheaded|beheading|shot\s+dead|shooting\s+dead)\s*$", before, re.IGNORECASE)
                    or re.match(r"\s*of\s+(?:them|whom)\s+(?:were\s+|was\s+|later\s+|have\s+)?(?:later\s+|also\s+)?(?:died|killed|succumbed|passed\s+away|injured|wounded|found\s+dead)",
                                after, re.IGNORECASE)
                    or bool(_LEFT_OF_THEM.search(before) and _OF_THEM_STATE.match(after))
                    or q.text.strip().lower() == "one" and aside_then_verb(work, q.end))  # "One of them, a child, died later"
    return True


def _person_noun(work: str, q: Quantity, after: str, word: str) -> re.Match[str] | None:
    """The person noun a one-word count ("a", "one", "both", ...) counts, or None: none follows (not "a Russian-brokered
    deal"), or it only qualifies a vehicle ("a civilian bus")."""
    reach = 1 if word == "both" else 3  # "both identified by their comrades": the comrades are not the two
    copula = _ONE_IS.match(after) if word == "one" else None  # "..., of whom three are soldiers, one is an Iranian"
    own = _BOTH_OF_OWNER.match(after) if word == "both" else None  # "both of its passengers": the owner's people
    words = _noun_words(work, q, after)[copula.end() if copula else own.end() if own else 0:]
    noun = _PERSON_NOUN[reach].match(words)
    return None if noun is not None and _VEHICLE_AFTER.match(words, noun.end()) else noun


def _noun_words(work: str, q: Quantity, after: str) -> str:
    """The words after an article where its person noun is looked for: further than ``after`` past long plain words ("a
    reconciled former opposition fighter"); a name before the noun is read by ``_GROUP_THEN_PERSON``, and "a position of
    X" names a place."""
    return work[q.end:q.end + _NOUN_REACH] if _PLAIN_WORDS.match(work, q.end) else after


def _another_more(work: str, q: Quantity, sent_start: int, before: str, after: str) -> bool:
    """Whether "another" is one more person by the words around it (see ``is_count``)."""
    if another_told(work, q.end) or re.match(r"\s*(?:[.,;]|$)|\s+(?:near|in|at|on|during|when|while|before|after)\b", after) and re.search(
            r"\b(?:injuring|wounding|killing|injured|wounded|killed)\s+$", work[max(sent_start, q.start - 20):q.start]):
        return True  # "a soldier was killed and another was injured", "killing two and injuring another."
    if placed_another(work, q, sent_start):
        return True  # "shot dead a civilian in A and another in B": one more, at his own place
    # "a member of al-Hamzat and another of Ahrar al-Sharqiya were killed": one more, of another group
    return bool(re.match(r"\s+of\s+(?:the\s+)?[\"“]?[A-Z]", after) and re.search(r"\band\s+$", before))


def _bare_both(work: str, q: Quantity, sent_start: int, after: str) -> bool | None:
    """Whether a "both" is a count by the words around it, or None where they tell nothing (see ``is_count``)."""
    if _BARE_BOTH_AFTER.match(after) and _KILLING_BEFORE.search(work, max(sent_start, q.start - 20), q.start) \
            and _PAIR_NAMED.search(work, sent_start, q.start):
        return True  # "shot two soldiers, killing both.": the two just named, no noun of their own
    if re.match(r"\s+[\w-]+\s+and\s", after):
        return False  # "of both Syrian and non-Syrian nationalities": a pair of words, not two people
    return None


#: A bare "both" that ends its clause, after "killing" ("..., killing both."; "wounding both" is left: the hurt so told
#: take no side from the two named before).
_BARE_BOTH_AFTER = re.compile(r"\s*(?:[.,;]|$)")
_KILLING_BEFORE = re.compile(r"\bkilling\s+$", re.IGNORECASE)
#: The two people that bare "both" counts, named before it: "two (regime) soldiers", "a commander and his brother"
#: (not "two checkpoints of regime forces", "a patrol and a convoy": things; tests/test_extract_review_r37_rev8.py).
_PAIR_NAMED = re.compile(rf"\b(?:two|2|a\s+pair\s+of|a\s+couple\s+of)\s+(?:(?!of\b)[\w'-]+\s+){{0,3}}?(?:{PERSON})\b"
                         rf"|\b(?:{PERSON})\s+and\s+(?:his|her|their|an?|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{PERSON})\b", re.IGNORECASE)
#: "both of its passengers", "both of their sons": "both" counts the people of the owner named before
#: (tests/test_extract_casualty_them_pair.py).
_BOTH_OF_OWNER = re.compile(r"\s+of\s+(?:its|their|his|her|the)(?=\s)", re.IGNORECASE)
#: "one of unknown nationality", "one of Afghan nationality": one person named by nationality.
_OF_NATIONALITY = re.compile(r"\s+of\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?nationality\b", re.IGNORECASE)
#: "one is an Iranian national": an item of a list of parts told with a copula (tests/test_extract_casualty_one_is_item.py).
_ONE_IS = re.compile(r"\s+(?:is|was)(?=\s+an?\s)", re.IGNORECASE)
_ONE_IS_BEFORE = re.compile(r"\bone(?:\s+(?:is|was))?\s+$", re.IGNORECASE)
#: "leaving six of them dead", "left two of them wounded": a part of the people attacked, dead or hurt.
_LEFT_OF_THEM = re.compile(r"\b(?:leaving|left|leaves|leave)\s+(?:at\s+least\s+|about\s+|nearly\s+)?$", re.IGNORECASE)
_OF_THEM_STATE = re.compile(r"\s*of\s+them\s+(?:dead|killed|injured|wounded)\b", re.IGNORECASE)


#: A nationality word that qualifies a group after it ("an Iraqi militia", "a Lebanese group").
_NATION_GROUP = re.compile(rf"\s+(?:militias?|groups?|factions?|forces|army|brigades?|movements?|organi[sz]ations?|parties|party|"
                           rf"units?|regiments?|battalions?|outfits?)\b(?!\s+(?:[\w-]+\s+)?(?:{PERSON})\b)", re.IGNORECASE)
#: A young person's age told after "of" ("a boy of 12", "a girl of seven"), the phrase ending after the number.
_AGE_OF = re.compile(r"\b(?:boy|girl|child|teenager|teen|youth|son|daughter)\s+of\s+$", re.IGNORECASE)
_AGE_OF_END = re.compile(r"(?:\s+years?(?:\s+old)?)?\s*(?:[,.;)]|$|\s+(?:was|were|is|who|from|and|in|died|killed|wounded|injured)\b)", re.IGNORECASE)
#: Ages told after "aged" ("aged nine and 12", "aged between 10 and 14").
_AGED = re.compile(r"\baged\s+(?:between\s+|from\s+)?(?:[\w-]+\s*(?:,|and|to|-)\s*)*$", re.IGNORECASE)
#: "a girls' school", "a children's hospital": a plural owner names the thing after it, not a person.
_NOT_PLURAL_OWNER = r"(?!(?<=s)['’]\s)(?!(?<=en)['’]s\s)"
#: A weapon that acts on the people after it: "a drone targeted members of", "an airstrike hit fighters of".
_THING_ACTING = re.compile(r"\s*(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|shells?|(?:air\s?)?strikes?|bombs?|(?:land)?mines?|"
                           r"explosions?|blasts?|warplanes?|jets?|helicopters?|aircraft)\s+(?:[a-z]+ed|struck|hit|shot|blew|fell)\b",
                           re.IGNORECASE)
#: A vehicle named right after a person word, which is then its adjective ("a civilian bus", "a civilian car"; not "a
#: civilian truck driver").
_VEHICLE_AFTER = re.compile(r"\s+(?:bus|minibus|car|vehicle|truck|van|pickup|motorcycle|motorbike|convoy|tractor)\b"
                            r"(?![\s-]+(?:drivers?|passengers?|owners?|riders?|operators?)\b)", re.IGNORECASE)
_THING_CARRYING = re.compile(r"\b(?:bus|minibus|car|vehicle|truck|pickup|motorcycle|convoy|boat|house|building|tent)\b"
                             r"(?![\s-]+(?:drivers?|passengers?|owners?|riders?|operators?)\b)", re.IGNORECASE)  # (not "a truck driver")
#: A place named by what it holds: "a base hosting US troops", "a camp housing displaced families".
_PLACE_HOSTING = re.compile(r"\b(?:base|camp|school|hospital|post|cent(?:re|er)|academy|prison|facility|headquarters|airport)\s+"
                            r"(?:hosting|housing|sheltering|used\s+by|run\s+by|belonging\s+to)\b", re.IGNORECASE)
THING_OF_A_NATION = re.compile(r"\s+(?:Russian|Iranian|Turkish|Israeli|American|Iraqi|Afghan|Syrian|Lebanese|Jordanian)\s+(?:air\s*strikes?|"
                                r"strikes?|drones?|warplanes?|jets?|helicopters?|planes?|aircraft|missiles?|rockets?|shells?|patrols?|"
                                r"bases?|convoys?|vehicles?|checkpoints?|positions?|attacks?|(?:air\s*)?raids?|bombardment|shelling|sources?)\b",
                                re.IGNORECASE)
PART_OF_THEM = re.compile(rf"\s*of\s+(?:them|whom)\s+(?:(?:were|are)\s+)?(?:[\w'-]+\s+){{0,3}}?(?:non-)?(?:{PERSON}|foreigners)\b", re.IGNORECASE)

#: "a senior Islamic State group official", "an al-Qaeda-linked group commander": a group's name of up to four words
#: and "group" between the article and the person (tests/test_extract_casualty_group_named_member.py); or the name's
#: bracketed short form there ("a senior Islamic State (ISIS) official", "a Syrian Democratic Forces (SDF) fighter":
#: tests/test_extract_casualty_bracketed_group_one.py).
_GROUP_THEN_PERSON = re.compile(rf"\s+(?:[\"'“”]?[\w-]+[\"'“”]?\s+){{1,4}}?(?:group|\([A-Z][\w-]{{1,12}}\))\s+(?:{PERSON})\b",
                                re.IGNORECASE)
#: How far after an article (characters) its person noun is looked for, past up to three words.
_NOUN_REACH = 60
#: Plain (lower-case) words right after the article, none a preposition or "and": adjectives, not a name nor "a position of".
_PLAIN_WORDS = re.compile(r"(?:\s+(?!(?:of|in|on|at|for|with|near|from|by|to|and|or|as)\b)[a-z][\w'-]*){2,3}\s")
#: The person noun a one-word number goes with ("a soldier", "one of the Iraqi fighters"), within 1 or 3 words.
_PERSON_NOUN = {reach: re.compile(rf"^\s*(?:[\"'“”]?[\w-]+(?:['’]s)?[\"'“”]?\s+){{0,{reach}}}?[\"'“]?(?:{PERSON})\b(?!-){_NOT_PLURAL_OWNER}",
                                  re.I) for reach in (1, 3)}
