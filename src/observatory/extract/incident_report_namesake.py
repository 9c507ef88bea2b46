"""A town whose name several governorates share, read in the governorates the report names.

Construction handled: a report that names its provinces in the sentences of other incidents ("barrel bombs on the
Kallaseh quarter in Aleppo city", "In Deir ez-Zor, clashes ...") and tells one incident in a quarter or village it
places no further ("rockets hit al-Midan neighbourhood in the city"). The incident's own sentences name no
governorate, so the geocoder cannot choose between the namesakes (al-Midan of Aleppo and of Damascus), or takes the
one that outweighs the others in a governorate the report never names. The report's own governorates then say which
namesake is meant: the place is geocoded again with them as context, and the namesake found in one of them is kept.

Left alone: a place the gazetteer does not know at all (no namesake to choose; a loose spelling would match any
village of the report's province), a result already in a governorate the report names, a report that names no
governorate, a second reading that still lies outside the report's governorates, and a place the incident's own
sentences put in "the capital".

A spelling variant of a village that the geocoder would not read on its own, for villages of similar spelling lie in
other governorates ("Joureen" for Jurin of Hama), is read the same way: with the report's governorates as context.

A name of one word (but for its article) matched only fuzzily (a spelling near another village's name, not that name
or its phonetic key) that lies in a governorate the report never names, and whose reading with the report's
governorates finds nothing there, is left unresolved: a wrong governorate is worse than none ("the Al-Masaken
roundabout" in a report on Sweida is not Maskanah of Aleppo); a name of several words so matched ("Maarat
Al-Noaman") is kept.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from observatory.errors import GeoError
from observatory.extract.places import governorate_mentions


def report_governorates(text: str) -> frozenset[str]:
    """The governorates the report names anywhere (headline, lead, background)."""
    return frozenset(p.governorate for p in governorate_mentions(text, 0, len(text)) if p.governorate)


#: The incident's own sentences place it in the capital ("al-Midan neighbourhood of the capital"): Damascus, whatever
#: governorates the report names for its other incidents.
_CAPITAL = re.compile(r"\b(?:the|Syria's|Syrian)\s+capital\b", re.IGNORECASE)


def namesake_in_report(name: str, first: Any, named: frozenset[str], geocoder: Any, told: str) -> Any:
    """``first`` (the place read with the incident's own sentences ``told``), or the namesake of the place in a
    governorate the report names, where ``first`` chose one in a governorate the report never names or could not
    choose (not where ``told`` places it in the capital)."""
    if not named or getattr(first, "admin1", None) in named or not _has_namesakes(first) or _CAPITAL.search(told):
        return first
    try:
        again = geocoder.geocode(name, " ".join(sorted(named)))
    except (ValueError, LookupError, OSError, GeoError):
        return first
    if getattr(again, "lat", None) is None or getattr(again, "admin1", None) not in named:
        return _unconfirmed(first) if _one_word(name) else first
    variant = _VARIANT_OF.match(str(getattr(first, "reason", None) or ""))
    if variant is not None and getattr(again, "matched", None) != variant.group(1):
        return first  # the report's governorates found another village than the one the name is a spelling of
    return again


#: An article before a name ("Al-Masaken", "el-Bab"): no word of its own.
_ARTICLE = re.compile(r"^(?:al|el|as|ad|ar|ash|at|az|an)[-\s]+", re.IGNORECASE)


def _one_word(name: str) -> bool:
    """Whether ``name`` is one word but for its article ("Al-Masaken", "al-Qahtani"): a loose match of one word is a
    chance likeness of spelling, where a loose match of several ("Maarat Al-Noaman") still holds them all."""
    return len(_ARTICLE.sub("", name.strip()).split()) == 1


def _unconfirmed(first: Any) -> Any:
    """``first``, or no place where it is only a fuzzy match (a spelling near another village's name) that lies in a
    governorate the report never names: "the Al-Masaken roundabout" in a report on Sweida is no Maskanah of Aleppo."""
    score = getattr(first, "score", None)
    loose = isinstance(score, float) and score < _LOOSE and getattr(first, "lat", None) is not None
    if not loose or not dataclasses.is_dataclass(first) or isinstance(first, type):
        return first
    empty = dict.fromkeys(("matched", "lat", "lon", "admin1", "admin1_pcode", "admin2", "admin2_pcode", "precision"))
    return dataclasses.replace(first, score=0.0, reason=_LOOSE_ELSEWHERE, **empty)


#: Below this score a reading is a fuzzy one (a spelling only near the name), not the name or its phonetic key.
_LOOSE = 0.9
_LOOSE_ELSEWHERE = "only a loose match, in a governorate the report does not name"


def _has_namesakes(first: Any) -> bool:
    """The first reading found the name in the gazetteer: resolved, or left unresolved for want of a choice."""
    if getattr(first, "lat", None) is not None:
        return True
    reason = str(getattr(first, "reason", None) or "")
    return reason.startswith(("ambiguous", _VARIANT)) or "common place name" in reason


#: The geocoder's reason for a spelling variant of a village of one governorate, left unread because villages of
#: similar spelling lie in others ("Joureen" for Jurin of Hama): the report's governorates say which is meant.
_VARIANT = "only a spelling variant of "
_VARIANT_OF = re.compile(re.escape(_VARIANT) + r"(.+?) \([^()]*\), a village")
