"""Sides of casualty figures read from beyond the figure's own words: what the text says of the victims elsewhere
("the victim was a civilian", "the slain man was said to collaborate with ISIS"), the group described earlier ("the 3
gunmen"), the group the sentence says was hit (for vague figures), the attackers (also "repelled the assailants, killing
four of them"), and figures before them ("others").

The fifth pass (hearsay, unidentified victims, cells, bare militias, "lost N fighters") is in
``mention_context_passes``. ``headline_one`` reads "SDF member killed" in a title; ``title_side`` lends it.
"military personnel", "servicemen" are the state's where the text names no other army and the sentence no regime force.

(tests in tests/test_extract_casualty_attackers_killed.py, test_extract_casualty_victims_described.py,
test_extract_casualty_turkish_zone_factions.py) the attacker named through words after "an attack by" ("by 'Inghimasi' fighters
of HTS"), unidentified attackers' own dead (unknown), "infiltrators"/"raiders" as attackers; victims said to be workers
or of no military affiliation, "the injured were civilians"; "a fighter of an Iranian-backed brigade, of Syrian
nationality" (regime); "the factions" of the "Olive Branch"/"Euphrates Shield"/"Peace Spring" areas (Turkey's).

The ``Mention`` record lives here so that ``casualties`` (which finds the figures) and this module can share it.

(tests/test_extract_casualty_others_after_mixed_dead.py, ..._pronoun_victim_named_before.py,
..._settled_then_served.py, ..._syrian_told_after.py, ..._truffle_victims.py) "others" with a verb of their own after dead
of two sides are of no one side; "opened fire on a former rebel ..., killing him" (the pronoun's antecedent); "joined the
settlement and was working with X" (X's side); "the commander was a Syrian" a sentence later (regime); a risen toll whose
victims "were collecting truffles" (civilians). ``Mention.context`` marks "others" of the context's side (``casualty_others``).

A Syrian named after "and the" ("four Iraqi militiamen and the Syrian civilian driver") does not make the
figure Syrian (tests/test_extract_casualty_and_the_driver.py).

"killing an SDF fighter and injuring three others" (``casualty_object_others``); a victim tied to a group named in
quotes or "working as an informant for X" (tests/test_extract_casualty_victim_tied_described.py).

"who works with Hezbollah", "who collaborates with the SDF" (present tense, tests/test_extract_casualty_works_for_group.py);
"was a former fighter of an opposition faction" ("an" before the group); "five passengers of the bus" of the bus's side
(tests/test_extract_casualty_passenger_no_side.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from observatory.extract.actor_jihadists import jihadist_named
from observatory.extract.actors import GENERIC_ALIASES, TURKISH_OPERATIONS, ActorLexicon, ActorMatch, in_turkish_held
from observatory.extract.casualty_attackers_toll import toll_among_attackers
from observatory.extract.casualty_border_crossers import crossing_in_sentence, crossing_told
from observatory.extract.casualty_fended_attack import FENDED, fended_attackers, fended_by_group_noun
from observatory.extract.casualty_kurdish_security import kurdish_security
from observatory.extract.casualty_local_druze import daraa_town_fighters, in_sweida
from observatory.extract.casualty_object_others import object_then_hurt
from observatory.extract.casualty_tie_target import CIVIL_TRADES, former_of, tie_target
from observatory.extract.casualty_unstated_nationality import unstated_nationality
from observatory.extract.casualty_victim_words import (
    AND_THEN_SERVED,
    KIN_WORDS,
    antecedent_words,
    kin_apart,
    militia_of_nations,
    mixed_before,
    syrian_told_after,
)
from observatory.extract.casualty_work_told import group_named_at, told_tie_at
from observatory.extract.gates import folded, has_any, word_start
from observatory.extract.numbers import ORDINAL_ONE_RE, Quantity, words_to_int
from observatory.extract.text import NAME_ARTICLE, line_around
from observatory.models import ARMED_SIDES, Qualifier

KILLED, INJURED = "killed", "injured"


def verb_role(verb: str) -> str:
    """The role a harm verb gives its victims: "injuring", "wounded" -> INJURED; "killing", "killed" -> KILLED."""
    return INJURED if verb.lower().startswith(("inj", "wound")) else KILLED


@dataclass(frozen=True, slots=True)
class Mention:
    """One casualty figure in a sentence."""

    role: str  # "killed" or "injured"
    quantity: Quantity
    side: str | None
    group_start: int
    group_end: int
    actor: str | None = None
    nationality: str | None = None
    label: str | None = None  # a subset label: children, women, officers
    parent: int | None = None  # index of the mention this one breaks down
    rose: bool = False  # "the toll rose to N": replaces earlier figures
    generic: bool = False  # side guessed from context, not named
    context: bool = False  # "N others" after dead of no named side: of the side the incident gives them
    earlier: bool = False  # told in a restated earlier report of a toll since risen: stands only where nothing newer is told
    kin: bool = False  # a victim's relative told in a sentence of his own ("His son was wounded"): of the incident's side
    # only where all its dead are civilians (``core._absorb``)

    @property
    def value(self) -> int:
        return self.quantity.value

    def named(self, a: ActorMatch) -> Mention:
        """The same figure, of the side, actor and nationality that ``a`` names (no longer a guess)."""
        return replace(self, side=a.side, actor=a.actor.name, nationality=a.actor.nationality, generic=False)

    def sided_like(self, other: Mention) -> Mention:
        """The same figure, of the side, actor and nationality of ``other`` (no longer a guess)."""
        return replace(self, side=other.side, actor=other.actor, nationality=other.nationality, generic=False)


def without(mentions: list[Mention], gone: set[int]) -> list[Mention]:
    """The mentions less those at the indexes ``gone``, each part's ``parent`` renumbered to its parent's new index (None
    where the parent went)."""
    index = {old: new for new, old in enumerate(i for i in range(len(mentions)) if i not in gone)}
    return [replace(m, parent=None if m.parent is None else index.get(m.parent)) for i, m in enumerate(mentions) if i not in gone]


THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: How far back (characters) "the 3 gunmen" may look for the gunmen the text has described.
ANAPHORA_WINDOW = 1500


def named_earlier(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"the killing of the 3 gunmen" after "gunmen believed to be of cells of ISIS": the group the text gave them."""
    if not THE_BEFORE.search(work, max(0, m.quantity.start - 6), m.quantity.start):
        return m
    noun = re.match(r"\s*(?:[\w'-]+\s+){0,2}?(gunmen|men|fighters|militants|members|elements|attackers|assailants|militiamen)\b",
                    work[m.quantity.end:m.group_end + 1], re.IGNORECASE)
    if noun is None:
        return m
    said = re.compile(rf"\b{noun.group(1)}\s*,?\s+(?:who\s+(?:are|were)\s+)?(?:believed|said|thought|suspected|reported)\s+to\s+be\s+"
                      r"(?:(?:of|from|members\s+of)\s+)?(?:the\s+)?(?:cells?\s+of\s+)?(?:the\s+)?", re.IGNORECASE)
    hits = list(said.finditer(work, max(0, m.quantity.start - ANAPHORA_WINDOW), m.quantity.start))
    if not hits:
        return m
    found = [a for a in lexicon.find(work, hits[-1].end(), min(len(work), hits[-1].end() + 60), on) if a.side != "unknown"]
    if not found or found[0].start - hits[-1].end() > 3:
        return m
    a = found[0]
    return m.named(a)


#: Words that make the group named right after them the one that was hit ("on the positions of pro-Iranian militias").
_HIT_CUE = re.compile(r"\b(?:among|ranks\s+of|positions?\s+of|posts?\s+of|sites?\s+of|headquarters\s+of|checkpoints?\s+of|"
                      r"vehicles?\s+of|convoys?\s+of|bases?\s+of|targeting|targeted|against|on|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$",
                      re.IGNORECASE)


def vague_side(m: Mention, work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"documented several fatalities following airstrikes on the positions of pro-Iranian militias": a vague figure with
    no side named takes the group the sentence says was hit. (Vague figures are never summed; the side only says whose
    losses the phrase describes.)"""
    for a in lexicon.find(work, start, end, on):
        if a.side == "unknown" or a.alias.lower() in GENERIC_ALIASES:
            continue
        if _HIT_CUE.search(work, max(start, a.start - 40), a.start):
            return m.named(a)
    return m


#: How far (characters) from a figure a statement that the victims were civilians may stand.
CIVILIAN_SAID_WINDOW = 700


#: The text says who the victims were: "the victim was a civilian", "the victim, a 24-year-old civilian" (the victim told
#: before, not "a man, a civilian", a new one; not "a civilian-turned-fighter"), "neither man belonged to any armed group",
#: "the two were farm workers", "who had no military affiliation" (people shot crossing into Turkey: ``casualty_border_crossers``).
_CIVILIAN_SAID = re.compile(
    word_start(r"\b(?:(?:the\s+)?(?:victims?|dead|deceased|man|young\s+man|two\s+men|slain)|he|she|they|(?-i:[A-Z][\w'-]+))\s+(?:was|were)\s+"
    r"(?:a\s+|both\s+|all\s+)?civilians?\b|"
    r"\bthe\s+(?:victim|deceased|dead\s+man|slain\s+man|man|young\s+man)\s*,\s*an?\s+(?:[\w-]+\s+){0,2}?civilian\b(?!-)|"
    r"\b(?:all|both)\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+|being\s+)?civilians\b|"
    r"\b(?:victims?|he|she|they|(?-i:[A-Z][\w'-]+))\s+(?:had|has|have|did)\s+not\s+(?:joined|join|belong(?:ed)?\s+to|serve[ds]?\s+in)\s+any\s+"
    r"(?:military|armed|security)|"
    r"\b(?:people|persons|men|villagers|residents|locals)\s+(?:who\s+were\s+)?(?:grazing|herding|tending|collecting|gathering|picking|"
    r"harvesting|farming|fishing|hunting)\b"), re.IGNORECASE)
#: Every match of ``_CIVILIAN_SAID`` holds one of these stems (checked first: the pattern is slow on long texts).
_CIVILIAN_SAID_STEMS: Final = ("civilian", "join", "belong", "serve", "grazing", "herding", "tending", "collecting", "gathering",
                               "picking", "harvesting", "farming", "fishing", "hunting")


def _civilian_said(work: str, start: int = 0, end: int | None = None) -> bool:
    stop = len(work) if end is None else min(end, len(work))
    return has_any(folded(work, start, stop), _CIVILIAN_SAID_STEMS) and _CIVILIAN_SAID.search(work, start, stop) is not None


#: The text ties the victim to a group: "the slain man was said to collaborate with ISIS", "he belonged to the SDF".
VICTIM_TIED = re.compile(
    r"\b(?:the\s+)?(?:victims?|dead\s+(?:man|person|youth)|deceased|slain\s+man|young\s+man|man|he|(?:two|both)\s+(?:young\s+)?men|both(?=\s+(?:were|had))|they|"
    r"(?P<n>two|three|four)(?:\s+(?:young\s+)?men|\s+victims)?|(?:all|both)\s+of\s+them)(?P<appos>\s*,\s*[^,.;]{1,60}?,)?\s+"
    r"(?:is|was|were|are|had\s+been|has\s+been|have\s+been)\s+(?:both\s+|all\s+)?(?:(?:known|said|believed|reported)\s+(?:as|to\s+be)\s+)?"
    r"(?:(?:accused|suspected)\s+of\s+(?:working|collaborating|cooperating|dealing)\s+(?:with|for)|"
    r"(?:members?|operatives?)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?cell\s+(?:working|operating)\s+(?:with|for)|"
    r"an?\s+(?:(?:former|known|senior|prominent|local)\s+)?(?:member|fighter|commander|collaborator|informant|agent)\s+(?:of|in|with|for)|"
    r"(?:former\s+)?(?:members|fighters|operatives|collaborators|informants)\s+(?:of|in|with|for)|"
    r"affiliated\s+(?:with|to)|"
    r"(?:working|serving)\s+as\s+(?:an?\s+)?[\w-]+\s+(?:of|in|with|for)|"
    r"(?:working|collaborating|cooperating|dealing)\s+(?:with|for))\s+(?:the\s+|an?\s+)?[\"“']?", re.IGNORECASE)


def tied_victim(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"a man was found dead ... locals say he collaborated with ISIS": of that group; "the young man, a Syrian from the
    town, was working for Hezbollah": a Syrian working for an Iranian-backed group is the regime's (SCHEMA)."""
    if m.side != "unknown" or m.value > 4 or m.parent is not None or not _PLAIN_PERSON.match(work, m.quantity.end, m.group_end + 1):
        return m
    hit = VICTIM_TIED.search(work, m.group_end, m.group_end + CIVILIAN_SAID_WINDOW)
    if hit is None or m.value > 2 and (hit.group("n") is None or words_to_int(hit.group("n")) != m.value):
        return m  # (three or four victims: only where the statement counts them, "the three were members of ...")
    at = tie_target(work, hit.end())  # ("a member of a local group affiliated with X", "former rebels who joined X")
    found = lexicon.find(work, at, min(len(work), at + 40), on)
    if not found or found[0].start != at or found[0].side in ("unknown", "civilians"):
        return m
    a = found[0]
    if a.side == "pro_iran_foreign" and hit.group("appos") and _SYRIAN_WORD.search(hit.group("appos")):
        return replace(m, side="regime", actor=a.actor.name, nationality="SY", generic=False)  # "the man, a Syrian, ..."
    return m.named(a)


_SYRIAN_WORD = re.compile(r"(?<!non-)\bSyrian\b", re.IGNORECASE)
_PLAIN_PERSON = re.compile(r"\s*(?:young\s+)?(?:man|men|person|persons|people|individuals?|youths?)\b", re.IGNORECASE)
ALL_CIVILIANS = re.compile(r"[^.;]{0,120}?,\s*(?:all|both)\s+(?:of\s+(?:them|whom)\s+)?(?:were\s+|are\s+|being\s+)?civilians\b",
                            re.IGNORECASE)
_SAID_CACHE: dict[tuple[str, int], bool] = {}
#: "persons whose identities remain unknown", "people of unknown identity", "men whose affiliation is not known".
_IDENTITY_UNKNOWN = re.compile(r"\s*,?\s*(?:whose\s+(?:identit|affiliation|nationalit)|of\s+(?:unknown|unidentified)\s+(?:identit|affiliation))",
                               re.IGNORECASE)
#: "the two men ... had no military affiliation", "the two were farm workers", "the victim worked in a money exchange
#: shop" (read only where a stem is in the text).
_DESCRIBED_CIVIL = re.compile(
    r"\b(?:who|victims?|he|she|they|men|man)\s+(?:had|has|have)\s+no\s+(?:known\s+)?(?:military|armed|political|security)\s+"
    r"(?:affiliations?|background)|"
    r"\b(?:who|victims?|he|she|they|men|man)\s+(?:was|were)\s+not\s+(?:known\s+to\s+(?:be|have\s+been)\s+)?(?:affiliated|linked|tied)\s+"
    r"(?:with|to)\s+any\s+(?:armed|military|political)?|"
    r"\b(?:victims?|he|she|they|men|man)(?:,\s+[^,.;]{1,40},)?\s+(?:had\s+)?(?:worked|works|was\s+working|were\s+working|(?:was|were|is|had\s+been)\s+employed)\s+"
    r"(?:in|at)\s+(?:an?|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:shop|store|bakery|market|restaurant|pharmacy|factory|workshop|garage|farm|office)\b|"
    r"\b(?:(?:the\s+)?(?:victims?|dead|deceased|two\s+men|men|man|young\s+m[ae]n)|they|he)\s+(?:was|were)\s+(?:both\s+|all\s+)?(?:an?\s+)?"
    r"(?:(?:farm|car|day|construction|repair|factory|oil)\s+)?(?:workers?|farmers?|labou?rers?|students?|merchants?|traders?|shopkeepers?|employees?)\b|"
    r"\b(?:the\s+)?(?:victims?|dead|deceased|they)(?:,\s+[^,.;]{1,40},)?\s+(?:was|were)\s+(?:collecting|gathering|picking|searching\s+for|"
    r"hunting\s+for)\s+truffles\b",  # truffle hunters are civilians (SCHEMA)
    re.IGNORECASE)
_DESCRIBED_STEMS = ("affiliation", "affiliated", "linked", "tied", "employed", "background", "worked", "works", "working", "worker", "farmer", "labourer", "laborer", "student", "merchant", "trader",
                    "shopkeeper", "employee", "truffles")


def _described_civil(work: str, start: int = 0, end: int | None = None) -> bool:
    """Whether work[start:end] describes the victims as people of no armed group by their work or lack of affiliation."""
    part = work[start:end]
    return any(stem in part for stem in _DESCRIBED_STEMS) and _DESCRIBED_CIVIL.search(part) is not None


#: The text says the people hurt were civilians: "the injured were civilians who were passing", "the wounded are all civilians".
_HURT_CIVILIAN = re.compile(r"\b(?:injured|wounded)(?:\s+(?:people|persons|men))?\s+(?:were|are)\s+(?:all\s+|both\s+)?civilians\b",
                            re.IGNORECASE)


def said_civilian(work: str) -> bool:
    key = (work[:200], len(work))
    if key not in _SAID_CACHE:
        if len(_SAID_CACHE) > 256:
            _SAID_CACHE.clear()
        hurt = "ivilians" in work and _HURT_CIVILIAN.search(work) is not None  # ("Civilians" in a title)
        _SAID_CACHE[key] = bool(hurt or _civilian_said(work) or _described_civil(work) or crossing_told(work)) and len(work) < 20_000
    return _SAID_CACHE[key]


def civilian_victim(m: Mention, work: str) -> Mention:
    """"Two young men were killed" in a text that says the victims were civilians: civilians."""
    if (m.side == "unknown" and m.parent is None and _PLAIN_PERSON.match(work, m.quantity.end, m.group_end + 1)
            and ALL_CIVILIANS.match(work, m.group_end)):
        return replace(m, side="civilians")  # "Four people died in the shelling, all of them civilians"
    if m.side is None and m.rose and m.role == KILLED and m.parent is None and not work[m.quantity.end:m.group_end].strip() \
            and _described_civil(work, m.group_end, m.group_end + 300):  # (the next sentence)
        return replace(m, side="civilians")  # "has risen to six. The victims were collecting truffles"
    person = _PLAIN_PERSON.match(work, m.quantity.end, m.group_end + 1)
    if m.side != "unknown" or m.value > 4 or person is None or _IDENTITY_UNKNOWN.match(work, person.end()):
        return m  # ("three persons whose identities remain unknown": the text says who they were is not known)
    window = (max(0, m.quantity.start - 200), m.group_end + CIVILIAN_SAID_WINDOW)
    if m.role == KILLED:
        said = (_civilian_said(work, *window) or _described_civil(work, *window)
                or crossing_in_sentence(work, m.quantity.start, m.group_end))  # "shot dead while trying to cross into Turkey"
    else:  # "the injured were civilians passing by"
        said = bool(_HURT_CIVILIAN.search(work, *window))
    if not said:
        return m
    return replace(m, side="civilians")


#: The nouns for the men who attacked (also read by ``casualty_of_the_named.attackers_of_incident``).
ATTACKER_NOUNS = r"(?:attackers|assailants|infiltrators|raiders|intruders)"
_ATTACKERS = re.compile(rf"\b(?:{ATTACKER_NOUNS}|attacking\s+(?:force|forces|fighters|group))\b", re.IGNORECASE)
#: The verb of the attack after its doer, also past a relative clause on the doer ("NDF gunmen who had crossed the river
#: attacked ..."; tests/test_extract_casualty_attackers_relative.py); not the one that fended it off ("SDF fighters
#: repelled an attack by ...": ``casualty_fended_attack``).
_ATTACK_VERB = re.compile(r"\s*(?:\)\s*)?(?:,?\s*(?:who|which)\s+(?:(?!(?:was|were|is|are)\b|killed|wounded|injured)[\w'-]+,?\s+){1,10}?)?"
                          r"(?:(?!" + FENDED + r"\b)\w+\s+){0,2}?(?:attacked|ambushed|stormed|raided|assaulted|launched|carried\s+out|attacks?|attempted)\b",
                          re.IGNORECASE)
#: The attacker named after the attack ("an infiltration attempt by Ankara-backed factions", "an assault launched by ISIS");
#: not the defender after a verb of its own ("an attempt repelled by the SDF").
_ATTACK_BY = re.compile(r"\b(?:attacks?|assaults?|attempts?|infiltrations?|offensives?|raids?|incursions?)\s+(?:(?!" + FENDED + r"\b)\w+\s+)?by\s+(?:the\s+)?"
                        r"(?:(?!(?:on|against|at|in|near|of)\s)[\"“]?[\w'-]+[\"”]?\s+){0,2}?(?:(?:fighters|members|militants|elements|cells)\s+of\s+(?:the\s+)?)?$",
                        re.IGNORECASE)  # "an attack by 'Inghimasi' fighters of HTS"
#: Attackers the text calls unidentified: "one of the attackers" killed is of their (unknown) side.
_UNNAMED_DOER = re.compile(r"(?:unknown|unidentified|anonymous)\s", re.IGNORECASE)
_OF_THEM_ONLY = re.compile(r"\s+of\s+them\s*", re.IGNORECASE)
_LOSER = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+(?:lost|loses|losing)\s+$", re.IGNORECASE)


def attackers_side(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"the attackers lost 4 fighters", "killing 6 of the attackers": the side that attacked (also named after the attack:
    "an infiltration attempt by Ankara-backed factions"); "ISIS lost 14 members": ISIS."""
    out = []
    actors: list[ActorMatch] | None = None
    for m in mentions:
        if m.side is None and m.parent is None:
            if actors is None:
                actors = lexicon.find(work, start, m.quantity.start, on)
            near = work[max(start, m.quantity.start - 40):m.quantity.start]
            loser = next((a for a in reversed(actors) if _LOSER.fullmatch(work, a.end, m.quantity.start)), None)
            told = _ATTACKERS.search(work, m.quantity.end, m.group_end + 1) or _ATTACKERS.search(near)  # (else no attacker is read)
            attacker = next((a for a in actors if _ATTACK_VERB.match(work, a.end)
                             or _ATTACK_BY.search(work, max(start, a.start - 50), a.start)), None) if told else None
            if loser is None and attacker is not None and (_ATTACKERS.search(work, m.quantity.end, m.group_end + 1)
                                                          or _ATTACKERS.search(near) and _LOSER.search(near)):
                loser = attacker
            if loser is None:
                loser = fended_attackers(actors, work, start, m.quantity.start, m.quantity.end) \
                    or fended_by_group_noun(actors, work, start, m.quantity.start, m.quantity.end, lexicon, on)  # "foiled an attempt by X, killing two of them"
            if loser is None and _ATTACKERS.search(near) and _OF_THEM_ONLY.fullmatch(work, m.quantity.end, m.group_end):
                loser = attacker or attacker_told_before(work, start, lexicon, on)  # "repelled the assailants, killing four of them"
            if loser is None and attacker is None and (_ATTACKERS.search(work, m.quantity.end, m.group_end + 1) or toll_among_attackers(
                    work, start, m.quantity.start) or told and _LOSER.search(near)):  # ("while the attackers lost two of their members")
                loser = attacker_told_before(work, start, lexicon, on)  # "Four attackers were also killed": a sentence before
            if loser is not None and (loser.side not in ("civilians", "unknown") or _UNNAMED_DOER.match(loser.alias)):
                m = m.named(jihadist_named(loser, work, lexicon, on))  # ("Islamic State jihadists attacked ...": ISIS)
        out.append(m)
    return out


#: How far back (characters) "the attackers" may look for the group the text said attacked.
ATTACKERS_WINDOW = 1200


def attacker_told_before(work: str, start: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The last group an earlier sentence made the subject of an attack ("ISIS cells launched an assault ...") or named
    after it ("repelled an infiltration attempt by Turkish-backed factions")."""
    begin = max(0, start - ATTACKERS_WINDOW)
    found = [a for a in lexicon.find(work, begin, start, on)
             if (_ATTACK_VERB.match(work, a.end) or _ATTACK_BY.search(work, max(begin, a.start - 50), a.start))
             and (a.side not in ("civilians", "unknown") or _UNNAMED_DOER.match(a.alias)) and a.alias.lower() not in GENERIC_ALIASES]
    return found[-1] if found else None


#: What ends a clause between two figures: ", and", ", while", ";", "whereas".
CLAUSE_BREAK = re.compile(r",\s*(?:and|while|whereas|but)\b|;|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _clause_source(work: str, before: list[Mention], m: Mention) -> Mention | None:
    """"..., killing 3 soldiers, and clashes with the attackers left 2 ISIS members dead and 4 others wounded": the
    others are of the last group named in their own clause, when the sentence has several clauses."""
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(work, before[0].quantity.start, m.quantity.start)]
    if not breaks:
        return None
    own = [p for p in before if p.quantity.start >= breaks[-1]]
    return own[-1] if own else None


_RANK = re.compile(r"\s*(?:(?!(?:gang|cell|clan|tribe|tribal|family|group|band)\s)[\w-]+\s+)?(?:officers?|commanders?|leaders?|members?|fighters?|militants?|elements?|personnel|"
                   r"militiam[ae]n|recruits?|conscripts?|colonels?|majors?|captains?|lieutenants?|brigadiers?|generals?|sergeants?|soldiers?)\s+(?:and|,)\s*$", re.IGNORECASE)


def share_side(mentions: list[Mention], work: str) -> list[Mention]:
    """"An officer and two soldiers of the regime forces were injured", "a colonel and 4 soldiers", "a first lieutenant
    and a soldier": the group named after both (or the soldiers' own side) is theirs."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        m, nxt = out[i], out[i + 1]
        if (m.side is None and m.parent is None and nxt.parent is None and nxt.side not in (None, "unknown", "civilians")
                and not nxt.generic and m.role == nxt.role and m.group_end == nxt.quantity.start
                and _RANK.fullmatch(work, m.quantity.end, m.group_end)
                and (re.search(r"\s(?:of|from|in|within)\s+(?:the\s+)?\S", work[nxt.quantity.end:nxt.group_end])
                     or re.fullmatch(r"\s*(?:soldiers?|troops|servicem[ae]n|conscripts?)\s*", work[nxt.quantity.end:nxt.group_end], re.I))):
            out[i] = m.sided_like(nxt)
    return out


_AND_VERB = re.compile(r"\s+and\s+(?:wounded|injured|wounding|injuring|killed|killing)\s+(?:at\s+least\s+)?", re.IGNORECASE)


def group_after(mentions: list[Mention], work: str) -> list[Mention]:
    """"The ambush killed two and wounded five members of the Fifth Corps": a bare figure shares the group of the figure
    that the next verb takes."""
    out = list(mentions)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if (m.side is None and m.parent is None and nxt.parent is None and nxt.side not in (None, "unknown")
                and not work[m.quantity.end:m.group_end].strip() and _AND_VERB.fullmatch(work, m.group_end, nxt.quantity.start)):
            out[i] = m.sided_like(nxt)
    return out


def inherit_sides(mentions: list[Mention], work: str) -> list[Mention]:
    """"others", "members" without a named side take the side of the figure before them in the sentence."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.side is None and out:
            before = [p for p in out if p.side is not None and p.parent is None]
            another = m.quantity.text.strip().lower().endswith("another") or bool(ORDINAL_ONE_RE.fullmatch(m.quantity.text.strip()))
            bare = not work[m.group_start:m.group_end].strip() and m.role != before[-1].role if before else False
            if before and (another or bare or re.search(rf"\bothers?\b|\bmore\b|\bmembers?\b|\bof (?:them|whom)\b|\b(?:{KIN_WORDS}|"
                                                         r"comrades|companions|colleagues|escorts|bodyguards)\b", work[m.group_start:m.group_end], re.I)):
                source = _clause_source(work, before, m) or object_then_hurt(work, before[-1], m) or (
                    before[0] if m.role != before[-1].role else before[-1])
                if mixed_before(before, m, work, out) and source is before[0] and not any(p.parent == i for p in mentions):
                    source = militia_of_nations(before, work) or replace(  # (others "including N civilians": the rest)
                        source, side="unknown", actor=None, nationality=None)
                if source.side in ARMED_SIDES and kin_apart(work, m.group_start, m.group_end):
                    source = replace(source, side="unknown", actor=None, nationality=None)  # ("and wounding his brother")
                m = m.sided_like(source)
        out.append(m)
    return out


#: "a former member of the factions who had joined the 8th Brigade": the group the victim belonged to at the end (also
#: "who had settled his status and joined X", "who has been working for X", "who later became a member of X").
JOINED = re.compile(r",?\s+who\s+(?:had\s+|has\s+|have\s+)?(?:later\s+|recently\s+)?"
                    r"(?:(?:reconciled|settled|signed|accepted|agreed|surrendered|defected)(?:\s+[\w'-]+){0,3}?\s+and\s+(?:then\s+|later\s+)?)?"
                    r"(?:joined|enlisted\s+in|(?:worked|works|been\s+working|been\s+serving)\s+(?:for|with)|became\s+(?:an?\s+)?members?\s+of|"
                    r"(?:collaborated|cooperated|collaborates|cooperates)\s+with|(?:worked|works|served|was\s+working|is\s+working)\s+as\s+(?:an?\s+)?"
                    r"(?:collaborators?|informants?|agents?)\s+(?:with|for|of)|"
                    r"(?:is|was|were|are)\s+(?:now\s+)?(?:a\s+member\s+of|members\s+of|working\s+(?:for|with)|serving\s+(?:in|with)|"
                    r"(?:an?\s+)?(?:collaborators?|informants?)\s+(?:with|for|of)))\s+"
                    r"(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?", re.IGNORECASE)


#: The victim's former group between the victim and "who had joined" ("a former commander in the opposition factions who");
#: not past the next person of a list ("a commander in the NDF and a young man who worked with X": the young man's tie).
_FORMER_GROUP = re.compile(r"\s+(?:in|of|from)\s+(?:the\s+)?(?:(?!\s+and\s+(?:an?|one|two|three|four|five|\d+)\s)[^,.;]){1,50}?(?=,?\s+who\s)",
                           re.IGNORECASE)


#: A service to a group, whatever it is called: "worked as a recruiter for", "served as a guard with", "known (locally)
#: to work with", "known for his close ties to" (tests/test_extract_casualty_victim_served.py).
SERVICE = (r"(?:(?:had\s+|has\s+)?(?:worked|works|served|serves|was\s+working|is\s+working)\s+as\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+"
           r"(?:for|with|in)|(?:was\s+|is\s+)?(?:(?:widely|locally|reportedly)\s+)?known\s+(?:locally\s+)?(?:to\s+(?:work|be\s+working|"
           r"have\s+worked|cooperate|collaborate|be\s+(?:collaborating|cooperating)|have\s+(?:collaborated|cooperated))\s+(?:for|with)|for\s+(?:his|her|their)\s+(?:close\s+)?(?:ties|links|relations|"
           r"connections|cooperation|collaboration|dealings)\s+(?:to|with)))\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?")
SERVED = re.compile(rf",?\s+(?:who\s+)?{SERVICE}", re.IGNORECASE)


def joined_at(work: str, at: int) -> re.Match[str] | None:
    """ "who had joined ..." right after a victim's words ending at ``at``, or after the group he was of before; "who
    worked as a recruiter for ...", "known to work with ..." (``SERVED``). None where the clause goes on to say he left
    the group ("who has been serving with X until he left it")."""
    hit = JOINED.match(work, at) or SERVED.match(work, at) or told_tie_at(work, at) or _INFORMER.match(work, at)
    if hit is None and (known := work.rfind(" known", max(0, at - 30), at)) >= 0:  # ("a young man known locally" read as his words)
        hit = SERVED.match(work, known)
    if hit is None and (former := _FORMER_GROUP.match(work, at)) is not None:
        hit = JOINED.match(work, former.end())
    return None if hit is not None and _LEFT_AFTER.match(work, hit.end()) else hit


#: "who collected information on Israeli positions ... for Lebanon's Hezbollah", "who spied for the SDF", "who passed
#: intelligence to the coalition": the group he gathered information for, at the end of the clause.
_INFORMER = re.compile(r",?\s+who\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:(?:allegedly|reportedly)\s+)?(?:(?:collected|collecting|gathered|gathering|passed|"
                       r"passing|provided|providing|supplied|supplying)\s+(?:information|intelligence|data)\b[^.;:,()]{0,120}?\s+(?:for|to)|"
                       r"(?:spied|spying)\s+for)\s+(?:the\s+)?", re.IGNORECASE)


#: The clause after the group joined goes on to say the victim left it: "until last year when he left it", "before
#: quitting", "and later deserted".
_LEFT_AFTER = re.compile(r"[^.;!?\n]{0,60}?\b(?:until\b[^.;!?\n]{0,40}?\b(?:left|quit|defected|deserted)|before\s+(?:leaving|quitting|"
                         r"defecting|deserting)|and\s+(?:later\s+|then\s+)?(?:left|quit|defected\s+from|deserted))\b", re.IGNORECASE)


def joined_side(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the group a victim had joined ("... who had joined the 8th Brigade" -> regime), when the text names it."""
    hit = joined_at(work, m.group_end)
    if hit is None or m.parent is not None:
        return m
    at = hit.end()
    if (then := AND_THEN_SERVED.match(work, at)) is not None:  # "who had joined the settlement and was working with X"
        at = then.end()
    a = group_named_at(work, at, m.quantity.start, lexicon, on)
    return m if a is None or a.side in ("unknown", "civilians") else m.named(a)


#: A headline that names one victim without a number: "HTS fighter dies in drone strike near ...".
_HEADLINE_ONE = re.compile(r"(?:^|[|:–]\s*)(?P<who>(?:[\w'-]+\s+){1,3}?(?:member|soldier|fighter|officer|commander|militiaman|gunman|"
                           r"leader|recruit|conscript))\s+(?:(?P<kill>killed|dies|died|shot\s+dead|assassinated|executed)|"
                           r"injured|wounded)\b", re.IGNORECASE)


def headline_one(title: str, lexicon: ActorLexicon, on: date | None) -> tuple[Mention, ...]:
    """The one victim a headline names ("SDF member killed ..."), with the side of the group it names; () if none."""
    out: list[Mention] = []
    for hit in _HEADLINE_ONE.finditer(title):
        s, e = hit.start("who"), hit.end("who")
        named = [a for a in lexicon.find(title, s, e, on) if a.alias.lower() not in GENERIC_ALIASES and a.side != "unknown"]
        if not named:
            continue
        a = named[0]
        out.append(Mention(KILLED if hit.group("kill") else INJURED, Quantity(1, Qualifier.EXACT, s, s, ""), a.side, s, e,
                           a.actor.name, a.actor.nationality))
    return tuple(out)


LOST = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:lost|loses|losing)\s+(?:(?:at\s+least|about|nearly|almost|around|more\s+than|over|"
                   r"some)\s+)?$", re.IGNORECASE)


_POLICE = re.compile(r"\bpolice(?:m[ae]n|\s+officers?|\s+members?|\s+personnel)?\b|"
                     r"\b(?P<army>(?:military|army)\s+(?:personnel|men)|servicem[ae]n|service\s+members|armed\s+forces)\b", re.IGNORECASE)
#: The sides that field an army of their own in the areas they hold: "military personnel" in a text that names one
#: of them (the SDF's areas, Turkey's) need not be the state's.
_OWN_ARMY = frozenset({"sdf", "turkey_factions", "coalition"})


_OWN_POLICE = frozenset({"sdf", "turkey_factions", "hts_rebels", "isis", "coalition", "russia"})


#: The fall of ISIS's last pocket (Baghouz): it has held no town with a police of its own since.
_ISIS_TERRITORY_LOST = date(2019, 3, 23)


def _policeless(side: str, on: date | None) -> bool:
    """ISIS has held no town with a police of its own since March 2019: "ISIS cells attacked a checkpoint, killing two
    soldiers and three policemen" names the state's (a report of no date is read as recent)."""
    return side == "isis" and (on is None or on >= _ISIS_TERRITORY_LOST)


def state_police(m: Mention, work: str, lexicon: ActorLexicon, span: tuple[int, int], on: date | None) -> Mention:
    """"wounding two policemen" (or "14 military personnel", "servicemen") where the sentence names no other
    authority: the police (army) of the state (those in a sentence that names the Asayish or the factions are left to
    the rules that read that side); police in a sentence set in the Turkish-held north (Afrin, Azaz, Ras al-Ain, ...)
    are the factions' (their "military police" and the local councils' police); plain "security forces" in a sentence
    of the Kurdish-led forces are theirs (``casualty_kurdish_security``)."""
    m = kurdish_security(m, work, lexicon, span, on)
    police = _POLICE.search(work, m.group_start, m.group_end)
    if m.side not in (None, "unknown") or police is None:
        return m
    if any(a.side in _OWN_POLICE and not former_of(work, a.start) and not _policeless(a.side, on)
           for a in lexicon.find(work, span[0], span[1], on)):
        return m
    if police.group("army") and (any(a.side in _OWN_ARMY for a in lexicon.find(work, 0, span[1], on))
                                 or any(a.side == "regime" for a in lexicon.find(work, span[0], span[1], on))):
        return m  # (the regime's soldiers told apart in the same sentence: the personnel are someone else's)
    if police.group("army") is None and in_turkish_held(work, *span, on):
        return replace(m, side="turkey_factions", generic=True)  # the police of the factions' local councils
    return replace(m, side="regime", generic=True)


def title_side(m: Mention, title: tuple[Mention, ...]) -> Mention:
    """"Two young men were killed" under the title "Gunmen kill two civilians": the title names who they were."""
    if m.side not in (None, "unknown") or m.parent is not None or m.quantity.vague:
        return m
    named = [t for t in title if t.role == m.role and t.value == m.value and t.side not in (None, "unknown")]
    if len({t.side for t in named}) != 1:
        return m
    t = named[0]
    return m.sided_like(t)


_WITH_BEFORE = re.compile(r",\s*with\s*$", re.IGNORECASE)
_AMONG_DEAD = re.compile(r"[^.;,]{0,60}?\bamong\s+(?:the\s+)?(?:dead|victims|fatalities|casualties|them|those\s+killed)\b", re.IGNORECASE)


def among_the_dead(work: str, before: str, q: Quantity) -> bool:
    """"2,744 people have been killed ..., with more than 2,500 soldiers among the dead": a part of the figure before."""
    return bool(_WITH_BEFORE.search(before)) and bool(_AMONG_DEAD.match(work, q.end))


#: Relatives named as a family ("two members of his family", "four members of one family", "family members", "members of
#: three families": tests/test_extract_casualty_members_of_families.py).
_FAMILY = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:members?\s+of\s+(?:his|her|their|the\s+same|one|a|the\s+victim's|the)\s+"
                     r"(?:[\w-]+\s+)?family|members?\s+of\s+(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+)?families|"
                     r"family\s+members?|relatives)\b", re.IGNORECASE)
#: The victims counted as a household: "a family of five (people) was killed" (the figure after "family of").
_FAMILY_OF = re.compile(r"\b(?:an?|one|whole|entire)\s+(?:[\w-]+\s+)?family\s+of\s+$", re.IGNORECASE)
_FAMILY_OF_NOUN = re.compile(r"\s*(?:people|persons|members)?\s*$", re.IGNORECASE)
#: Work in the fields or with flocks, told of the victim ("while working on his land", "while harvesting wheat").
AT_WORK = re.compile(r"\b(?:while\s+(?:(?:he|she|they|the\s+family)\s+(?:was|were)\s+)?|(?:as|when)\s+(?:he|she|they)\s+(?:was|were)\s+|"
                      r"who\s+(?:was|were)\s+)(?:working\s+(?:on|in)\s+(?:his|her|their)\s+(?:land|field|fields|farm|farmland|farmlands)|"
                      r"harvesting|farming|fishing|ploughing|plowing|tending|grazing|herding|picking|gathering|collecting\s+(?:truffles|wood|"
                      r"firewood)|(?:searching|looking|hunting|foraging)\s+for\s+(?:truffles|wood|firewood|mushrooms))\b|"
                      r"\b(?:as|while|when)\s+(?:he|she|they)\s+(?:searched|looked|hunted|foraged)\s+for\s+truffles\b|"
                      r"\bout\s+(?:(?:searching|looking|hunting|foraging)\s+for|collecting|gathering|picking)\s+(?:truffles|wood|firewood|mushrooms)\b|"  # ("men out looking for truffles")
                      # ("two brothers working in an oil refinery", "a man who worked in trading crude oil")
                      r"\b(?:who\s+(?:worked|works|(?:was|were)\s+working)|working)\s+(?:in|at)\s+(?:(?:an?|the)\s+)?(?:(?:oil|gas)\s+)?"
                      r"(?:refinery|refineries|factory|bakery|quarry|workshop|mill|sector|trade|trading)\b|"
                      r"\b(?:working|works|worked)\s+as\s+an?\s+(?:[\w-]+\s+)?" + CIVIL_TRADES, re.IGNORECASE)
_PLAIN_ONE = re.compile(r"\s*(?:young\s+|old\s+|elderly\s+)?(?:m[ae]n|wom[ae]n|persons?|people|boys?|girls?|youths?|brothers)\b", re.IGNORECASE)
#: How far after the figure "while working on his land" may come.
AT_WORK_WINDOW = 200


def family_or_work(m: Mention, work: str, end: int, alone: bool) -> Mention:
    """Victims of no named side who are relatives ("three members of the same family were injured", "a family of five
    was killed": tests/test_extract_family_of_n.py) or, the only victims
    of the sentence, were at work on their land or flock ("a young man was wounded ... while working on his land") are
    civilians (with two victims, whose work it was is unclear)."""
    if m.side not in (None, "unknown") or m.quantity.vague:
        return m
    if _FAMILY.match(work, m.quantity.end, m.group_end + 40) or _FAMILY_OF.search(work, max(0, m.quantity.start - 40), m.quantity.start) \
            and _FAMILY_OF_NOUN.fullmatch(work, m.quantity.end, m.group_end):
        return replace(m, side="civilians", generic=False)
    if alone and m.value <= 3 and _PLAIN_ONE.match(work, m.quantity.end, m.group_end + 1) and \
            AT_WORK.search(work, m.quantity.end, min(end, m.group_end + AT_WORK_WINDOW)):  # ("a man working as a baker")
        return replace(m, side="civilians", generic=False)
    return m


_OF_THE_CARRIER = re.compile(r"\s*(?:[\w-]+\s+)?(?:(?:members?|occupants?|passengers?|personnel)\s+of\s+the\s+(?P<what>convoy|patrol|bus|"
                             r"vehicle|car|truck|column|unit|checkpoint|post|position|groups|group|gang)|of\s+the\s+(?P<whose>gang|group|patrol|"
                             r"convoy)['’]s\s+(?:members|men|fighters|gunmen)|(?P<compound>gang|cell|patrol|convoy)\s+(?:members?|men|fighters|gunmen))\b",
                             re.IGNORECASE)
#: How far back "a convoy of regime forces" may be told before "members of the convoy".
CARRIER_WINDOW = 800


def carrier_side(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"nine members of the convoy" after "ambushed a convoy of regime forces and Russian military police": the side of the
    group the text said the convoy (patrol, bus, checkpoint) belonged to, over a side guessed from the sentence; "two
    members of the groups" after "groups backed by Military Intelligence"."""
    if not (m.generic or m.side is None or m.side == "unknown" and m.actor == "People") or m.quantity.vague:
        return m  # ("five passengers of the bus": plain people, of the bus's side)
    hit = _OF_THE_CARRIER.match(work, m.quantity.end, m.group_end + 1)
    if hit is None:
        return m
    what = hit.group("what") or hit.group("whose") or hit.group("compound")
    told = re.compile(rf"\b{what}\s+(?:of|belonging\s+to|carrying|for|(?:affiliated|associated)\s+(?:with|to)|(?:linked|tied|loyal)\s+to|"
                      r"working\s+for|(?:backed|supported|run|led)\s+by)\s+(?:the\s+)?", re.IGNORECASE)
    found = list(told.finditer(work, max(0, m.quantity.start - CARRIER_WINDOW), m.quantity.start))
    if not found:
        return m
    actors = lexicon.find_named(work, found[-1].end(), min(len(work), found[-1].end() + 60), on)
    if not actors or actors[0].start - found[-1].end() > 3:
        return m
    a = actors[0]
    return m.named(a)


_SYRIAN_PART = re.compile(r"\s*(?:of\s+(?:them|whom)\s+(?:were\s+|are\s+)?)?(?:(?:[\w-]+\s+){0,2}?(?<!non-)Syrians?\b(?!\s+(?:army|regime|government))|"
                          r"(?:of\s+)?(?:the\s+)?Syrian\s+nationality\b)", re.IGNORECASE)


#: How far past a part's own words "Syrian" may come ("three of whom were Syrians": the group stops at "were").
SYRIAN_REACH = 20


def _foreign_whole(mentions: list[Mention], parent: int) -> bool:
    """Whether the whole is the Iranian-backed militias': of that side, or of no side with a non-Syrian part."""
    side = mentions[parent].side
    return side == "pro_iran_foreign" or side is None and any(p.parent == parent and p.side == "pro_iran_foreign" for p in mentions)


def syrian_parts(mentions: list[Mention], work: str) -> list[Mention]:
    """"five militiamen, three of them Iraqis and two Syrians", "four Iranian-backed fighters, including two of Syrian
    nationality": the part the text says is Syrian is the regime's (SCHEMA), the rest stays with the foreign militias."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.side not in (None, "pro_iran_foreign") or m.parent is None or not _foreign_whole(mentions, m.parent):
            continue
        if _SYRIAN_PART.match(work, m.quantity.end, m.group_end + SYRIAN_REACH):  # "three of whom were Syrians"
            out[i] = replace(m, side="regime", nationality="SY", generic=False)
    return unstated_nationality(out, work)  # "and two others whose nationality remains unknown": the whole's side


#: (Not the country's ground: "across Syrian territory", "in the Syrian desert", "on the Syrian-Iraqi border".)
_SYRIAN_OWN = re.compile(r"(?<!non-)(?<!non\s)\bSyrians?\b(?!\s+(?:Observatory|regime|army|government|Arab\s+Army|Democratic))"
                         r"(?!\s+(?:territor(?:y|ies)|soil|lands?|desert|badia|coast|borders?|geography|airspace|side)\b|-[A-Z])",
                         re.IGNORECASE)
SYRIAN_OWN = _SYRIAN_OWN  # people whose own words call them Syrian
#: The nationality told in an apposition right after the figure's words.
_SYRIAN_APPOSED = re.compile(r"[\"”’']?\s*,\s*(?:(?:both|all)\s+)?(?:of\s+Syrian\s+nationality|(?:an?\s+)?Syrians?(?:\s+nationals?)?\s*[,.;]|"
                             r"who\s+(?:is|was|are|were)\s+(?:a\s+)?Syrians?\b)", re.IGNORECASE)


#: Another person named after the figure's own people ("and the Syrian civilian driver of the truck").
_AND_THE = re.compile(r"\s+and\s+the\s", re.IGNORECASE)


def syrian_named(m: Mention, work: str) -> Mention:
    """"A Hezbollah commander and two Syrian members of a militia fighting alongside it": a figure that takes the Iranian-backed
    side from the figure before it, but whose own words call its people Syrian, is the regime's (SCHEMA)."""
    words = work[m.quantity.start:m.group_end]
    words = words[:cut.start()] if (cut := _AND_THE.search(words)) else words  # "four Iraqi militiamen and the Syrian driver"
    if m.side == "pro_iran_foreign" and _SYRIAN_APPOSED.match(work, m.group_end):
        return replace(m, side="regime", nationality="SY")  # "a fighter of the Iranian-backed 'Al-Abbas Brigade', of Syrian nationality"
    if m.side == "pro_iran_foreign" and m.value == 1 and m.parent is None and syrian_told_after(m, work, antecedent_words(m, work, words)):
        return replace(m, side="regime", nationality="SY")
    if m.side != "pro_iran_foreign" or not _SYRIAN_OWN.search(words) or re.search(r"non[-\s]Syrian", words, re.IGNORECASE):
        return m
    return replace(m, side="regime", nationality="SY")


#: A group named by its bare kind ("the factions", "the militias"): the text named the kind in full before.
_BARE_KIND = re.compile(r"(?P<kind>faction|militia)(?:s|\s+(?:members?|fighters?))?$", re.IGNORECASE)


def _kind_after(work: str, at: int, kind: str) -> bool:
    """Whether the kind follows the name ending at ``at`` ("the Turkish-backed 'Sultan Murad' faction")."""
    return re.match(rf"[\"”’']?\s+{kind}", work[at:at + 20], re.IGNORECASE) is not None


_PLACE_NAMED = re.compile(rf"\b(?:in|near|of|at|around|outside|from|to)\s+(?:the\s+)?({NAME_ARTICLE}?[A-Z][a-z]{{2,}}"
                          rf"(?:[- ]{NAME_ARTICLE}?[A-Z][a-z]+)?)")


def _same_area(work: str, named_at: int, paragraph: int) -> bool:
    """Whether the paragraph at ``paragraph`` names a place the text named between ``named_at``'s paragraph and it
    (a roundup that moves to another area does not carry "the factions" of the one before), or names none (the story
    goes on: "According to SOHR sources, the attempt left nine members of the factions killed and wounded")."""
    here = {p.group(1) for p in _PLACE_NAMED.finditer(work, paragraph, line_around(work, paragraph)[1])}
    before = work[line_around(work, named_at)[0]:paragraph]
    return not here or any(re.search(rf"\b{re.escape(place)}\b", before) for place in here)


def _kinds_named(work: str, s: int, e: int, kind: str, lexicon: ActorLexicon, on: date | None) -> list[ActorMatch]:
    """The groups of a kind named in full in work[s:e] ("the Turkish-backed factions")."""
    return [a for a in lexicon.find(work, s, e, on) if (kind in a.alias.lower() or _kind_after(work, a.end, kind))
            and not _BARE_KIND.fullmatch(a.alias) and a.side not in ("unknown", "civilians")]


#: The areas Turkey and its factions hold, named by its operations ("the 'Olive Branch' areas"): their factions are its own
#:.
_TURKISH_ZONE = re.compile(rf"\b{TURKISH_OPERATIONS}[\"”’']?\s+(?:areas?|regions?|zones?)\b|"
                           rf"\b(?:areas?|regions?|zones?)\s+of\s+[\"“‘']?{TURKISH_OPERATIONS}\b|"
                           r"\b(?:Turkish|Turkey)-(?:controlled|held|occupied)\b", re.IGNORECASE)


def kind_named_before(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"clashes between Turkish-backed factions and the SDF, leaving two members of the factions dead": "the factions" are
    the kind of group the text named in full before (its own side), not the rebels a bare "factions" stands for; so are
    "three faction members" after "the Turkish-backed 'Sultan Murad' faction" (a name followed by the kind); "the
    factions" in a paragraph set in the Turkish-held north ("a bomb in Al-Bab killed two members of the factions") are
    Turkey's (after August 2016: actors.in_turkish_held)."""
    if m.side in (None, "unknown", "civilians") or m.quantity.vague:
        return m
    own = lexicon.find(work, m.quantity.end, m.group_end, on)
    if not own:  # "the factions lost six members": the group that lost them
        own = [a for a in lexicon.find(work, max(0, m.quantity.start - 40), m.quantity.start, on) if LOST.fullmatch(work, a.end, m.quantity.start)]
    if len(own) != 1 or not (bare := _BARE_KIND.fullmatch(own[0].alias)) or not (
            THE_BEFORE.search(work, max(0, own[0].start - 6), own[0].start) or not work[m.quantity.end:own[0].start].strip()):
        return m  # "two members of the factions", "three faction members"
    kind = bare.group("kind").lower()
    paragraph = work.rfind("\n", 0, m.quantity.start) + 1  # the kind named in the same paragraph (a roundup moves on at a break)
    named = _kinds_named(work, max(paragraph, m.quantity.start - ANAPHORA_WINDOW), own[0].start, kind, lexicon, on)
    if not named:  # an earlier paragraph on the same area ("... in Al-Bab." / "... near Qabasin, east of Al-Bab")
        named = _kinds_named(work, max(0, m.quantity.start - ANAPHORA_WINDOW), own[0].start, kind, lexicon, on)
        same_area = bool(named) and _same_area(work, named[-1].start, paragraph)
        named = named if same_area and len({a.side for a in named}) == 1 else []
    if not named and kind == "faction" and m.side != "turkey_factions" and (
            _TURKISH_ZONE.search(work, paragraph, m.group_end) or in_turkish_held(work, paragraph, m.group_end, on)):
        return replace(m, side="turkey_factions", generic=False)  # "fights among the factions in the areas of 'Olive Branch'"
    if not named or named[-1].side == m.side:
        return m
    a = named[-1]
    return m.named(a)


_PLAIN_OR_OTHERS = re.compile(r"\s*(?:other\s+|more\s+)?(?:young\s+)?(?:others?|man|men|person|persons|people|individuals?|youths?)\b", re.I)


def all_civilians_after(m: Mention, work: str) -> Mention:
    """"killing two people and wounding five others, all of them civilians": people of no named side before "all of them
    civilians" are civilians, the injured as well as the dead."""
    if m.side not in (None, "unknown") or m.quantity.vague or m.parent is not None:
        return m
    if _PLAIN_OR_OTHERS.match(work, m.quantity.end, m.group_end + 1) and ALL_CIVILIANS.match(work, m.group_end):
        return replace(m, side="civilians", generic=False)
    return m


#: Words after "local gunmen" that tie them to a force ("local gunmen affiliated with the Military Security").
TIED_TO_FORCE = r"affiliated|linked|loyal|belonging|tied|working|of\s+the|from\s+the|with\s+the"
_LOCAL_GUNMEN = re.compile(r"\s*(?:(?:of\s+the\s+)?(?:[\w-]+\s+)?local\s+(?:gunmen|gunman|fighters?|armed\s+men|militants?)|"
                           r"(?P<group>(?:gunm[ae]n|members?|fighters?)\s+(?:of|from)\s+(?:the\s+|a\s+)?local\s+(?:armed\s+)?groups?))\b"
                           rf"(?!\s+(?:{TIED_TO_FORCE}))", re.IGNORECASE)


def local_gunmen(m: Mention, work: str) -> Mention:
    """"three local gunmen were wounded", "two members of the local group" (Daraa, Sweida): the local factions (SCHEMA:
    hts_rebels), unless the text ties them to a force ("local gunmen affiliated with the Military Security", "a member
    of a local group working for the Military Security"); Sweida's "members of the local groups" are left as they are."""
    hit = _LOCAL_GUNMEN.match(work, m.quantity.end, m.group_end + 60) if m.side in (None, "unknown") or m.generic else None
    if hit is None and m.side is None and daraa_town_fighters(work, m.quantity.end, m.group_end):
        return as_local(m, "hts_rebels")  # "two fighters from Daraa al-Balad": Daraa's local factions
    side = local_side(work, m.quantity.start) if hit else None
    if side is None or hit and hit.group("group") and side == "unknown":
        return m  # (Sweida's "local groups": gold gives them no one side)
    return as_local(m, side)


def local_side(work: str, at: int) -> str:
    """The side of local gunmen told at ``at``: of no side in Sweida (its Druze armed men), else the local factions
    (SCHEMA: hts_rebels)."""
    return "unknown" if in_sweida(work, at) else "hts_rebels"


def as_local(m: Mention, side: str) -> Mention:
    """``m`` as local gunmen of ``side`` (``local_side``)."""
    return replace(m, side=side, actor="local gunmen" if side == "unknown" else "local factions", generic=False)
