"""A village the gazetteer knows only in a far governorate, in a report headed by another one.

Construction handled: a report whose headline names one governorate ("Quneitra: ...", "... in the Quneitra
countryside") and names no other anywhere, and an incident placed only by a village ("near the town of X") that
the gazetteer holds in a governorate the report never names and that does not even border the headline's. Many
villages share a name across Syria, and the gazetteer often holds only one of them: the report's own governorate
says which is meant, not the gazetteer's one namesake two provinces away.

Left alone: a place of a governorate that borders the headline's (Palmyra in a report headed "Deir Ezzor": the story
may well cross the line), an incident whose own sentences name a governorate, a report naming two governorates or
none in its headline, an incident told "Elsewhere, ...", a report that names the place's governorate anywhere, a wire dateline ("DAMASCUS, Syria:",
where the story was filed) and the capital in a headline ("strike near Damascus": national news told from the capital).
Nor a headline's governorate told as whence ("displaced from the Idlib countryside", "fighters of Daraa"), a report
of one paragraph (no headline), a town or city the gazetteer ranks as such, and an incident its sentences place by a
part of Syria or a landmark that leaves out the headline's governorate ("In northeastern Syria, ...", "near the
Turkish border", "on the Euphrates").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from observatory.extract.incident_report_namesake import report_governorates
from observatory.extract.places import governorate_mentions, governorate_of

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: The governorates each governorate borders (Damascus lies inside Rural Damascus).
_BORDERS: Final[dict[str, frozenset[str]]] = {
    "Damascus": frozenset({"Rural Damascus"}),
    "Rural Damascus": frozenset({"Damascus", "Quneitra", "Dar'a", "As-Sweida", "Homs"}),
    "Quneitra": frozenset({"Rural Damascus", "Dar'a"}),
    "Dar'a": frozenset({"Quneitra", "Rural Damascus", "As-Sweida"}),
    "As-Sweida": frozenset({"Dar'a", "Rural Damascus"}),
    "Homs": frozenset({"Rural Damascus", "Hama", "Tartous", "Deir-ez-Zor", "Ar-Raqqa"}),
    "Hama": frozenset({"Homs", "Tartous", "Lattakia", "Idleb", "Aleppo", "Ar-Raqqa"}),
    "Tartous": frozenset({"Lattakia", "Hama", "Homs"}),
    "Lattakia": frozenset({"Tartous", "Hama", "Idleb"}),
    "Idleb": frozenset({"Lattakia", "Hama", "Aleppo"}),
    "Aleppo": frozenset({"Idleb", "Hama", "Ar-Raqqa"}),
    "Ar-Raqqa": frozenset({"Aleppo", "Hama", "Homs", "Deir-ez-Zor", "Al-Hasakeh"}),
    "Deir-ez-Zor": frozenset({"Ar-Raqqa", "Al-Hasakeh", "Homs"}),
    "Al-Hasakeh": frozenset({"Ar-Raqqa", "Deir-ez-Zor"}),
}

#: "Elsewhere, ..." (anywhere in its span): the incident is told as lying away from the story's place, wherever the headline is.
_ELSEWHERE = re.compile(r"\belsewhere\b", re.IGNORECASE)

#: The province as where: a label ("Quneitra: ...", "Raqqa | ...") or "Syria's Quneitra" (with a province word or
#: "in X", ``strong``, as well).
_LABEL = re.compile(r"\s*[:|]")
_OF_SYRIA = re.compile(r"\bSyria['’]s\s+\Z")

#: Before a headline's governorate, whence someone came ("displaced from the Idlib countryside", "Sons of Daraa",
#: "tribal fighters of Daraa"): whom the story is about, not where it happened.
_ORIGIN = re.compile(r"(?:\bfrom|\b(?:sons|daughters|people|men|natives?|fighters|tribesmen|youths?|families|refugees|displaced)"
                     r"\s+of)\s+(?:the\s+)?(?:\w+ern\s+)?\Z", re.IGNORECASE)

#: The gazetteer's own rank for a well-known town: a city or town it holds is the one meant, not an obscure namesake.
_KNOWN: Final = frozenset({"city", "town"})

#: The incident's own sentences place it by a part of Syria or a landmark ("In northeastern Syria, ...", "close to
#: the Turkish border", "on the Euphrates"): the governorates each fits; one that leaves out the headline's says the
#: incident lies away from the story's place (tests/test_extract_review_r39_rev7.py).
_PARTS: Final[tuple[tuple[re.Pattern[str], frozenset[str]], ...]] = (
    (re.compile(r"\bnorth[-\s]?east(?:ern)?\s+Syria|\bnorth[-\s]?east\s+of\s+(?:Syria|the\s+country)", re.I),
     frozenset({"Al-Hasakeh", "Ar-Raqqa", "Deir-ez-Zor", "Aleppo"})),
    (re.compile(r"\bnorth[-\s]?west(?:ern)?\s+Syria|\bnorth[-\s]?west\s+of\s+(?:Syria|the\s+country)", re.I),
     frozenset({"Idleb", "Aleppo", "Hama", "Lattakia"})),
    (re.compile(r"\beast(?:ern)?\s+Syria|\beast\s+of\s+(?:Syria|the\s+country)", re.I),
     frozenset({"Deir-ez-Zor", "Al-Hasakeh", "Ar-Raqqa", "Homs"})),
    (re.compile(r"\bnorth(?:ern)?\s+Syria|\bnorth\s+of\s+(?:Syria|the\s+country)", re.I),
     frozenset({"Aleppo", "Idleb", "Ar-Raqqa", "Al-Hasakeh", "Hama", "Lattakia"})),
    (re.compile(r"\bsouth(?:ern)?\s+Syria|\bsouth\s+of\s+(?:Syria|the\s+country)", re.I),
     frozenset({"Dar'a", "Quneitra", "As-Sweida", "Rural Damascus"})),
    (re.compile(r"\b(?:Turkish|Turkey)\s+border|\bborder\s+with\s+Turkey", re.I),
     frozenset({"Lattakia", "Idleb", "Aleppo", "Ar-Raqqa", "Al-Hasakeh"})),
    (re.compile(r"\b(?:Iraqi|Iraq)\s+border|\bborder\s+with\s+Iraq", re.I), frozenset({"Al-Hasakeh", "Deir-ez-Zor", "Homs"})),
    (re.compile(r"\bEuphrates\b", re.I), frozenset({"Aleppo", "Ar-Raqqa", "Deir-ez-Zor"})),
)

#: The capital heads national news ("Israeli strike near Damascus"): a point of reference, not the report's province.
_CAPITAL: Final = "Damascus"


def heading_governorate(text: str) -> str | None:
    """The one governorate the report's headline (its first line) names as where (a province
    word, "in X", a label, "Syria's X"), unless it names the capital ("near
    Damascus" reads as Rural Damascus, yet the capital is still only a point of reference)."""
    end = text.find("\n") % (len(text) + 1)
    if end == len(text):
        return None  # one paragraph with no headline: its "in the Idlib countryside" is one incident's place
    mentions = [p for p in governorate_mentions(text, 0, end) if not _ORIGIN.search(text, 0, p.start)]
    named = {p.governorate for p in mentions if p.governorate}
    if not any(p.strong or _LABEL.match(text, p.end) or _OF_SYRIA.search(text, 0, p.start) for p in mentions):
        return None  # "Deir Ezzor detainee": whom the story is about, not where it is
    capital = any(governorate_of(p.name) == _CAPITAL for p in governorate_mentions(text, 0, end))
    return named.pop() if len(named) == 1 and not capital else None


def far_namesakes(drafts: list[Draft], geos: list[list[Any]], own: list[str | None], text: str) -> list[str | None]:
    """``own``, with the headline's governorate for an incident placed only by villages the gazetteer holds in one
    governorate that the report never names and that does not border the headline's."""
    head = heading_governorate(text)
    if head is None or report_governorates(text) != {head}:
        return own
    out = list(own)
    for k, (draft, geo) in enumerate(zip(drafts, geos, strict=True)):
        found = {getattr(r, "admin1", None) for r in geo}
        if own[k] is None or own[k] == head or found != {own[k]} or any(p.governorate for p in draft.places) \
                or _ELSEWHERE.search(text, draft.start, draft.end) or _placed_away(geo, head, text, draft):
            continue
        if head not in _BORDERS.get(str(own[k]), frozenset({head})):
            out[k] = head
    return out


def _placed_away(geo: list[Any], head: str, text: str, draft: Draft) -> bool:
    """A town or city the gazetteer ranks as such, or an incident whose sentences place it by a part of Syria or a
    landmark that leaves out the headline's governorate ("In eastern Syria, ...", "near the Turkish border")."""
    if any(getattr(r, "feature_class", None) in _KNOWN for r in geo):
        return True
    return any(head not in fits for pattern, fits in _PARTS if pattern.search(text, draft.start, draft.end))
