"""The actor lexicon: names and aliases of armed groups (and victim nouns) mapped to sides, time-aware.

The default lexicon is ``observatory/data/actors.csv``; a user file with the same columns
(name, aliases, side, nationality, patron, valid_from, valid_to; aliases separated by ``|``)
extends it, its rows taking precedence over default rows with the same alias.
Aliases written in capitals only ("IS", "SDF", "NDF") match case-sensitively, others ignore case.

A name that qualifies a deal ("the Russian-brokered settlement", "a Turkish-sponsored truce") is no match
(tests/test_extract_casualty_brokered_deal_no_side.py). Some names are read in their scene (tests/test_extract_actor_audit.py):
groups of two areas (Faylaq al-Sham, Ahrar al-Sham, the Free Syrian Army) are Turkey's in its held north after August
2016 and the rebels' elsewhere; "the PKK" in a sentence set in Iraq or Turkey names no side; nationals ("two Iraqis") in
a residents' camp such as al-Hol are people of no side, not a foreign militia.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from observatory.errors import InputError
from observatory.extract.actor_idlib_backed import idlib_backed
from observatory.extract.actor_nationals import NATIONAL_ALIAS, national_nouns
from observatory.extract.actor_singulars import with_singulars
from observatory.extract.actor_specified import specified_generics
from observatory.extract.actor_spellings import SpellingIndex
from observatory.extract.actor_the_factions import factions_told_back
from observatory.extract.factions_qualified import qualified_faction
from observatory.models import SIDES, Actor

_COLUMNS = ("name", "aliases", "side", "nationality", "patron", "valid_from", "valid_to")


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """An alias found in text and the actor it names."""

    actor: Actor
    alias: str
    start: int
    end: int

    @property
    def side(self) -> str:
        return self.actor.side


def _date_or_none(value: str, where: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{value!r} is not a date", path=where, fix="write dates as YYYY-MM-DD or leave empty") from None


def read_actor_rows(lines: Iterable[str], where: str) -> list[Actor]:
    """Parse actor CSV lines; a bad row raises InputError naming the file and line."""
    reader = csv.DictReader(lines)
    missing = [c for c in ("name", "aliases", "side") if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}", path=where, fix=f"use the header {','.join(_COLUMNS)}")
    actors = []
    for number, row in enumerate(reader, 2):
        side = (row.get("side") or "").strip()
        if side not in SIDES:
            raise InputError(f"unknown side {side!r}", path=where, line=number, fix=f"use one of {', '.join(SIDES)}")
        aliases = with_singulars(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())  # "a Lebanese fighter"
        name = (row.get("name") or "").strip()
        actors.append(Actor(
            name=name, side=side, aliases=aliases or (name,),
            nationality=(row.get("nationality") or "").strip() or None,
            patron=(row.get("patron") or "").strip() or None,
            valid_from=_date_or_none(row.get("valid_from") or "", f"{where}:{number}"),
            valid_to=_date_or_none(row.get("valid_to") or "", f"{where}:{number}"),
        ))
    return actors


_KEY_BREAKS = re.compile(r"[\s-]+")


@lru_cache(maxsize=4096)  # the same few hundred aliases are found again and again
def _key(alias: str) -> str:
    return _KEY_BREAKS.sub(" ", alias.lower())


_Trie = dict[str, "_Trie"]


def _alias_pattern(aliases: Sequence[str], fold: bool = False) -> str:
    """One regular expression for all aliases, factored as a character trie (a space matches spaces or hyphens).

    Each optional continuation is tried before stopping, so the longest alias at a position wins, as with an
    alternation ordered longest first, but the engine walks shared prefixes once instead of trying every alias."""
    trie: _Trie = {}
    for alias in set(aliases):
        node = trie
        for token in re.sub(r"\s+", " ", alias.lower() if fold else alias):
            node = node.setdefault(token, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: _Trie) -> str:
    branches = [(r"[\s-]+" if token == " " else re.escape(token)) + _trie_regex(child)
                for token, child in sorted(node.items()) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


#: The operations Turkey fought under with its Syrian factions, as a regex fragment: text that names the factions or
#: the areas by them names Turkey's side ("the factions of 'Euphrates Shield'", "the 'Peace Spring' areas").
TURKISH_OPERATIONS = r"(?:Olive\s+Branch|Euphrates\s+Shield|Peace\s+Spring)"

#: Aliases that name a kind of person rather than a group: a more specific actor in the same phrase wins.
GENERIC_ALIASES = frozenset({
    "soldiers", "soldier", "army", "security forces", "officers", "officer", "cadets", "military cadets", "people", "persons",
    "person", "individuals", "individual", "men", "man", "young men", "young man", "youths", "youth", "bodies", "unknown", "unidentified", "loyalists",
    "proxy militias", "proxy militiamen", "workers", "worker", "family", "families",
    # groups named by place or kin: a force named beside them ("local fighters of the Eighth Brigade") is theirs
    "local gunmen", "local fighters", "local armed men", "druze gunmen", "tribal gunmen", "tribal fighters", "clan members",
})


#: Groups of two sides by area: the National Liberation Front's "Faylaq al-Sham" fights in Idlib (SCHEMA: NLF in Idlib ->
#: hts_rebels) and in the Turkish-held north under the Syrian National Army (turkey_factions); so does Ahrar al-Sham
#: (in Idlib with the NLF, in al-Bab and Afrin in the SNA's corps).
_BY_AREA = frozenset({"faylaq al sham", "sham legion", "ahrar al sham", "harakat ahrar al sham"})
_TURKISH_HELD = re.compile(rf"\b(?:Afrin|Rajo|Jind[ae]i?ris|Jandairis|A'?zaz|Al-Bab|Jarablus|Ras al-Ain|Tal Abyad|Sere Kaniye|"
                           # the towns of the Euphrates Shield strip and Afrin's district towns (round 74)
                           rf"al-Ra'?i|Qabasin|Akhtarin|Sawran|Bza'?a|Ma'?batli|Bulbul|Sh(?:a|ei)kh al-Hadid|Suluk|"
                           rf"Syrian National Army|{TURKISH_OPERATIONS})\b|\bMare['’]", re.IGNORECASE)


#: The "Free Syrian Army" after Turkey's first operation (Euphrates Shield, 24 August 2016): in the north Turkey's factions
#: took the name, while ex-rebels in Daraa, Idlib and Homs kept it (SCHEMA: "Free Syrian Army" in Afrin ->
#: turkey_factions; rebels and reconciled ex-rebels -> hts_rebels). The text's scene tells which: Turkey or its held areas.
_FSA = frozenset({"free syrian army", "fsa", "syrian free army"})  # (the last: al-Tanf's, or the FSA misordered)
_TURKEY_IN_SYRIA = date(2016, 8, 24)
#: (Not Turkey named as a place beside Syria: "near the Turkish border", "the Syrian-Turkish border", "the border with
#: Turkey".)
_TURKEY_NAMED = re.compile(r"(?<!\bborder\swith\s)\b(?:Turk(?:ish|ey)|Ankara)\b(?![\s-]+(?:Syrian[\s-]+)?(?:border|borders|frontier)\b)")
#: Jaysh al-Islam: Eastern Ghouta's rebels until its fighters left for the north (April 2018), one of Turkey's factions
#: after (the lexicon's dated rows). A text with no date is read by its scene: Turkey's where it names Turkey or its held
#: areas, the Ghouta rebels' elsewhere (``_by_area``).
_JAYSH_ISLAM = frozenset({"jaysh al islam", "jaish al islam", "army of islam"})
_SNA_NAMED = re.compile(r"\b(?:National\s+Army|SNA)\b")
#: The names read by their scene (``_by_area``).
_BY_SCENE = _BY_AREA | _FSA


def in_turkish_held(text: str, start: int = 0, end: int | None = None, on: date | None = None) -> bool:
    """Whether text[start:end] names an area Turkey and its factions hold (on a day when they held it), or one of
    Turkey's operations."""
    if on is not None and on < _TURKEY_IN_SYRIA:
        return False
    return _TURKISH_HELD.search(text, start, len(text) if end is None else end) is not None


def _by_area(candidates: Sequence[Actor], text: str, key: str, on: date | None) -> Actor | None:
    """The side of a group named in two areas: Turkey's where the text names its held areas, the rebels' elsewhere.

    No group is Turkey's before Turkey fought in Syria; the FSA is Turkey's also where the text names Turkey beside it."""
    turkish = in_turkish_held(text, on=on) or (on is None or on >= _TURKEY_IN_SYRIA) and key in _FSA | _JAYSH_ISLAM and \
        _TURKEY_NAMED.search(text) is not None or key in _JAYSH_ISLAM and _SNA_NAMED.search(text) is not None
    side = "turkey_factions" if turkish else "hts_rebels"
    return next((a for a in candidates if a.side == side), None)


#: Nationals who stand for a foreign militia ("nine Iraqis and three Afghans" killed in a strike) save in a camp, where
#: they are its residents (al-Hol and Roj hold tens of thousands of Iraqis): people of no side (SCHEMA: unknown). The
#: camps are those of residents (al-Hol, Roj, Rukban, camps of the displaced), not a militia's ("the Imam Ali camp").
#: A group described right after its name as made up of Syrians ("an Iran-backed militia, which is mostly made up of
#: Syrian tribesmen", "the Iranian-backed group formed of local Syrian recruits"): explicitly Syrian, the regime's (SCHEMA).
_SYRIAN_MADE = re.compile(r"[\"”’']?(?:\s+(?:militias?|groups?|brigades?|forces?|factions?))?\s*,?\s*(?:(?:which|that|who)\s+(?:is|are|was|were)\s+)?"
                          r"(?:(?:mainly|mostly|largely|entirely|exclusively|wholly|primarily)\s+)?(?:made\s+up|composed|formed|comprised|consisting)"
                          r"\s+(?:(?:mainly|mostly|largely|entirely|exclusively|wholly|primarily)\s+)?of\s+(?:(?:local|native)\s+)?Syrians?\b"
                          # (not "made up of Syrian and Iraqi fighters": a mixed group keeps its foreign side)
                          r"(?![\w\s,-]{0,30}?\b(?:and|or|as\s+well\s+as)\s+(?:non-Syrian|foreign|Iraqi|Afghan|Pakistani|Lebanese|"
                          r"Iranian|Yemeni)s?\b)", re.IGNORECASE)
_NATIONALS = frozenset({"iraqis", "iraqi nationals", "afghans", "afghan nationals", "pakistanis", "pakistani nationals",
                        "iranians", "afghan", "lebanese militiamen"})
#: Men named by nationality and role, then the ranks they serve in ("an Iraqi fighter in the ranks of ISIS").
_NATION_ROLE = re.compile(r"(?:iraqi|lebanese|afghan|pakistani|kurdish|iranian|uyghur|uighur)\s+(?:fighters?|militiam[ae]n|members?)")
_IN_RANKS = re.compile(r"\s+(?:(?:in|within)\s+the\s+ranks\s+of|of)\s+(?:the\s+)?", re.IGNORECASE)
_CAMP = re.compile(r"\b(?:(?:al-)?(?:Hol|Hawl|Roj|Rukban)|displacement|displaced|IDPs?|refugees?|makeshift|tent)\s+camps?\b|"
                   r"\bcamps?\s+(?:for|of)\s+(?:the\s+)?(?:displaced|refugees|IDPs)\b", re.IGNORECASE)  # (not a militia's camp)


#: The PKK by name: in Syria its cadres serve in the SDF's ranks (sdf), but in a sentence set in Iraq or Turkey it is the
#: party fighting there, no side of the Syrian war.
_PKK = frozenset({"pkk", "kurdistan workers' party", "kurdistan workers party"})
_ABROAD = re.compile(r"\b(?:Iraq|Kurdistan\s+Region|Qandil|Duhok|Dohuk|Istanbul|Ankara|inside\s+Turkey|in\s+Turkey|"
                     r"Turkish\s+territory|southeastern\s+Turkey)\b")


def _sentence_has(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] holds ``pattern``."""
    begin = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stop = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text))
    return pattern.search(text, begin, stop) is not None


#: A country's adjective that only names a border ("on the Syrian-Turkish border", "near the Turkish border"), not its
#: border guards or troops (round 60, tests/test_extract_round60_readings.py).
_BORDER_ONLY = re.compile(r"(?:-[A-Z]\w+)?\s+(?:border|frontier)\b(?!\s+(?:guards?|police|forces|posts?|units?|patrols?|troops|"
                          r"soldiers|gendarmerie|crossing\s+guards?))", re.IGNORECASE)
_COUNTRY_ADJECTIVES = frozenset({"turkish", "iraqi", "jordanian", "lebanese", "israeli", "iranian", "russian"})
#: "the Russian-brokered settlement", "a Turkish-sponsored truce": the name qualifies a deal, and names no one's men
#: (tests/test_extract_casualty_brokered_deal_no_side.py).
_BROKERED = re.compile(r"-(?:brokered|sponsored|mediated|guaranteed)\s+(?:[\w-]+\s+)?(?:settlements?|reconciliations?|deals?|"
                       r"agreements?|truces?|ceasefires?|talks|negotiations|accords?)\b", re.IGNORECASE)


class ActorLexicon:
    """Finds actor aliases in text; the longest alias starting earliest wins."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = tuple(actors)
        self._by_alias: dict[str, list[Actor]] = {}
        for actor in reversed(self.actors):  # later rows (user file) first
            for alias in actor.aliases:
                self._by_alias.setdefault(_key(alias), []).append(actor)
        upper = [al for act in self.actors for al in act.aliases if al.isupper() or "*" in al]
        folded = [al for act in self.actors for al in act.aliases if al not in upper]
        self._exact = re.compile(rf"(?<![\w-])(?:{_alias_pattern(upper)})(?![\w])") if upper else None
        self._folded = re.compile(rf"(?<![\w])(?:{_alias_pattern(folded, fold=True)})(?![\w])", re.IGNORECASE)
        self._spellings = SpellingIndex([(al, _key(al), act.side) for act in self.actors for al in act.aliases])
        self._find_cached = lru_cache(maxsize=1024)(self._find)

    @classmethod
    def default(cls, extra: str | Path | None = None) -> ActorLexicon:
        text = resources.files("observatory.data").joinpath("actors.csv").read_text(encoding="utf-8")
        actors = read_actor_rows(text.splitlines(), "observatory/data/actors.csv")
        if extra is not None:
            path = Path(extra)
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise InputError(f"cannot read actor file: {exc.strerror}", path=str(path)) from None
            actors += read_actor_rows(lines, str(path))
        return cls(actors)

    def _actor_for(self, alias: str, on: date | None) -> Actor | None:
        candidates = self._by_alias.get(_key(alias), [])
        if not candidates:
            return None
        if on is not None:
            valid = [a for a in candidates
                     if (a.valid_from is None or a.valid_from <= on) and (a.valid_to is None or on <= a.valid_to)]
            # a row bounded in time is the more specific fact for its period ("government forces" after Dec 2024)
            bounded = [a for a in valid if a.valid_from is not None or a.valid_to is not None]
            if bounded or valid:
                return (bounded or valid)[0]
            existing = [a for a in candidates if a.valid_from is None or a.valid_from <= on]
            if not existing:
                return None  # every group of that name was formed after the report's date
            candidates = existing
        unbounded = [a for a in candidates if a.valid_from is None and a.valid_to is None]
        open_ended = [a for a in candidates if a.valid_to is None]
        return (unbounded or open_ended or candidates)[0]

    def find(self, text: str, start: int = 0, end: int | None = None, on: date | None = None) -> list[ActorMatch]:
        """All non-overlapping alias matches in text[start:end], in text order."""
        return list(self._find_cached(text, start, end, on))

    def find_named(self, text: str, start: int = 0, end: int | None = None, on: date | None = None) -> list[ActorMatch]:
        """The matches of ``find`` that name an armed group by a name of its own: not a generic word ("gunmen",
        "forces"), not civilians, not people of no side."""
        return [a for a in self.find(text, start, end, on) if a.alias.lower() not in GENERIC_ALIASES and a.side not in ("unknown", "civilians")]

    def _serves_other(self, text: str, key: str, actor: Actor, end: int, on: date | None) -> bool:
        """Whether men named by their nationality and role ("an Iraqi fighter", "Kurdish fighters") are said to serve in
        another side's ranks right after ("in the ranks of ISIS", "of the Turkish-backed factions"; tests in
        tests/test_extract_review_r37_rev2.py)."""
        ranks = _IN_RANKS.match(text, end) if _NATION_ROLE.fullmatch(key) else None  # (read past a window's end)
        if ranks is None:
            return False
        after = self._find_cached(text, ranks.end(), min(len(text), ranks.end() + 60), on)
        return bool(after) and after[0].start <= ranks.end() + 1 and after[0].actor.side != actor.side

    def _find(self, text: str, start: int, end: int | None, on: date | None) -> tuple[ActorMatch, ...]:
        stop = len(text) if end is None else end
        raw: list[tuple[int, int]] = []
        for pattern in (self._exact, self._folded):
            if pattern is None:
                continue
            raw.extend((m.start(), m.end()) for m in pattern.finditer(text, start, stop))
        nouns = national_nouns(text, start, stop)  # "two Iraqis and a Lebanese": the singular or "Lebanese" as a noun
        raw.extend(nouns)
        spelt = self._spellings.find(text, start, stop, raw)  # "Al-Fateh al-Mubeen": "Fath al-Mubin" spelt otherwise
        raw.extend(spelt)
        raw.sort(key=lambda se: (se[0], -(se[1] - se[0])))
        found: list[ActorMatch] = []
        last_end = -1
        for s, e in raw:
            if s < last_end:
                continue
            key = _key(text[s:e])
            if (s, e) in nouns:
                key = NATIONAL_ALIAS.get(key, key)
            key = spelt.get((s, e), key)
            actor = self._actor_for(key, on)
            if actor is not None and text.startswith("-", e) and _BROKERED.match(text, e):
                continue  # "the Russian-brokered settlement": a deal the state stood behind, not its men
            if actor is not None and key in _COUNTRY_ADJECTIVES and _BORDER_ONLY.match(text, e):
                continue  # "a house near Atmeh on the Syrian-Turkish border": a place, not Turkey's men
            if actor is not None and (key in _BY_SCENE or on is None and key in _JAYSH_ISLAM):
                actor = _by_area(self._by_alias[key], text, key, on) or actor
            if actor is not None and actor.side == "turkey_factions" and idlib_backed(key, text, in_turkish_held(text, on=on)):
                actor = next(iter(self._by_alias.get("rebels", [])), actor)  # "a Turkish-backed rebel group" in Idlib
            if actor is not None and key in _PKK and _sentence_has(_ABROAD, text, s, e):
                continue  # "clashes with the PKK in northern Iraq": the party abroad, not the SDF's cadres in Syria
            if actor is not None and key in _NATIONALS and _sentence_has(_CAMP, text, s, e):
                actor = next(iter(self._by_alias.get("people", [])), None)  # "two Iraqis shot dead in al-Hol camp"
            if actor is not None and actor.side == "pro_iran_foreign" and actor.nationality is None and _SYRIAN_MADE.match(text, e):
                actor = next(iter(self._by_alias.get("syrian militia", [])), actor)  # "an Iran-backed group made up of Syrians"
            if actor is not None and self._serves_other(text, key, actor, e, on):
                continue  # "an Iraqi fighter in the ranks of ISIS": the side named after
            if actor is not None and found:  # "SNA factions", "Turkish-backed faction members": Turkey's
                actor = qualified_faction(actor, key, found[-1].actor, text[found[-1].end:s])
            if actor is not None:
                found.append(ActorMatch(actor, text[s:e], s, e))
                last_end = e
        turkey = next(iter(self._by_alias.get("syrian national army", [])), None)  # ("the factions" told back: Turkey's)
        return tuple(factions_told_back(specified_generics(found, text), text, turkey))  # "factions of the SNA": Turkey's
