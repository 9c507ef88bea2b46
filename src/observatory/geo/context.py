"""The context of a place string: what a report's text says about where its places are, for the geocoder.

* ``Context``: the governorates the text names (a name alone, or an n-gram of proper words), the places it names
  unambiguously (one governorate), a governorate in brackets at the end of the text, and the first town or village;
  Damascus and Rural Damascus support each other;
* which words may name a place (capitalised Latin or Arabic-script words, no stop word: ``CONTEXT_STOPWORDS``);
* distances in km (``km_between``) and the candidate clearly nearest the context's places (``nearest_to_context``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from observatory.geo.admin import governorate_named
from observatory.geo.feature_words import DESCRIPTIVE_WORDS
from observatory.geo.index import SETTLEMENT_CLASSES, Entry
from observatory.geo.normalize import ARTICLES, ascii_fold, name_key
from observatory.models import Place

if TYPE_CHECKING:
    from observatory.geo.geocoder import Geocoder


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dy = (lat1 - lat2) * 111.0
    dx = (lon1 - lon2) * 111.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


@dataclass(frozen=True, slots=True)
class Context:
    """What a report's context says about where its places are."""

    governorates: frozenset[str]
    points: tuple[tuple[float, float, str], ...]  # places named unambiguously: lat, lon, governorate
    scope_governorate: str | None = None
    settlement: Entry | None = None  # the first town or village the context names

    def supports(self, place: Place, km: float = 40.0, *, nearby_only: bool = False) -> bool:
        """Whether the context names the place's governorate (unless nearby_only) or a place within km of it."""
        if not nearby_only and (place.admin1 in self.governorates or _CAPITAL_PAIR.get(place.admin1 or "") in self.governorates):
            return True  # "near Damascus" places the towns of Rural Damascus around the capital, and the other way round
        return any(km_between(place.lat, place.lon, lat, lon) <= km for lat, lon, _gov in self.points)

    @classmethod
    def of(cls, geocoder: Geocoder, text: str) -> Context:
        if not text.strip():
            return _EMPTY
        return _context(geocoder, text[:2000])


_EMPTY = Context(frozenset(), ())


_CAPITAL_PAIR = {"Damascus": "Rural Damascus", "Rural Damascus": "Damascus"}


_CONTEXT_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@lru_cache(maxsize=16384)  # the words of reports recur
def _context_word(word: str) -> tuple[str, bool]:
    """A context word's fold (less a possessive "'s") and whether it may name a place (a proper word, no stop word)."""
    raw = word[:-2] if word.endswith(("'s", "’s")) else word  # "Idlib's"
    fold = ascii_fold(raw)
    return fold, _looks_proper(raw) and fold not in CONTEXT_STOPWORDS


@lru_cache(maxsize=4096)
def _context(geocoder: Geocoder, text: str) -> Context:
    facts = [_context_word(w) for w in _CONTEXT_WORD.findall(text)]
    words, proper = [fold for fold, _ in facts], [is_proper for _, is_proper in facts]
    govs: set[str] = set()
    covered: set[int] = set()
    whole = governorate_named(text)  # a context that is just a governorate's name, in any case
    if whole is not None:
        govs.add(whole.name)
        covered.update(range(len(words)))
    found: list[tuple[int, Entry]] = []
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if not all(proper[i:i + n]):
                continue
            gram = " ".join(words[i:i + n])
            if len(gram) < 4:
                continue
            gov = governorate_named(gram) if not covered.intersection(range(i, i + n)) else None
            if gov is not None:  # "Rural Damascus" is not also Damascus
                govs.add(gov.name)
                covered.update(range(i, i + n))
            ids = geocoder.index.by_name.get(name_key(gram))
            if ids and len(gram) >= 5:
                entries = [geocoder.index.entries[j] for j in ids]
                if len({e.place.admin1 for e in entries}) == 1:
                    found.append((i, max(entries, key=lambda e: e.weight)))
    found.sort(key=lambda ie: ie[0])
    points = tuple((e.place.lat, e.place.lon, e.place.admin1 or "") for _, e in found)
    towns = [e for _, e in found if e.place.feature_class in SETTLEMENT_CLASSES]
    return Context(frozenset(govs), points, scope_governorate_of(text), towns[0] if towns else None)


CONTEXT_STOPWORDS = DESCRIPTIVE_WORDS | frozenset(
    ["syria", "syrian", "syrians", "observatory", "human", "rights", "sohr", "regime", "isis", "is", "daesh", "sdf", "hts", "russian", "russia", "turkish", "turkey", "iranian", "iran", "israeli", "israel", "american", "coalition", "forces", "force", "army", "militia", "militias", "government", "opposition", "factions", "faction", "islamic", "state", "kurdish", "arab", "arabs", "people", "killed", "injured", "dead", "wounded", "members", "member", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "breaking", "update", "units", "unit"])


def _looks_proper(word: str) -> bool:
    """Capitalised Latin words and Arabic-script words may name places; lower-case English words do not."""
    if not word:
        return False
    first = word[0]
    return first.isupper() or "\u0600" <= first <= "\u06ff" or word.lower() in ARTICLES


def without_own_name(context: str | None, name: str) -> str | None:
    """The context less the name being resolved: a place the text names is no evidence of where that very name lies
    (a village "Saida" written in the sentence does not place the string "Saida" by the one Saida the gazetteer knows)."""
    if not context or not name.strip():
        return context
    pattern = r"(?<![^\W_])" + r"[\s-]+".join(map(re.escape, name.split())) + r"(?![^\W_])"
    return re.sub(pattern, " ", context, flags=re.IGNORECASE)


def scope_governorate_of(text: str) -> str | None:
    m = re.search(r"\(([^()]+)\)\s*$", text)
    gov = governorate_named(m.group(1)) if m else None
    return gov.name if gov else None


def nearest_to_context(entries: list[Entry], points: tuple[tuple[float, float, str], ...]) -> Entry | None:
    scored = []
    for e in entries:
        d = min(km_between(e.place.lat, e.place.lon, lat, lon) for lat, lon, _ in points)
        scored.append((d, e))
    scored.sort(key=lambda de: de[0])
    best_d, best = scored[0]
    rivals = [d for d, e in scored[1:] if e.place.admin1 != best.place.admin1]
    if best_d <= 60.0 and (not rivals or rivals[0] >= 2.0 * best_d + 10.0):
        return best
    return None
