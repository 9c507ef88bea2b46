"""Turn incident drafts into Events with Claims (the span behind every value), resolving places.

An incident placed between two provinces ("on the administrative border between Raqqa and Deir Ezzor", "in X,
between the deserts of Homs and Raqqa", "the road between Homs and Deir Ezzor") lies in neither (null, and no
governorate lent from the rest of the report), unless a town of it is named "the town of X" or placed elsewhere in
the report in one of them.

Kinds settled here from the whole incident: one person shot by gunmen is an assassination (also when only wounded:
"opened fire on a member of X, wounding him"); a killing by kin or over a private quarrel is a murder (`other`); an
explosion of unknown nature stays `other`. Dead of no named side in clashes that no side started are of no side.
An incident whose towns the report names elsewhere with a governorate, or told "in the same countryside" as the one
before it, takes that governorate.

A body found shot, or stray fire, with no shooter named is `other`; an abduction with dead is typed by the
killing; one person shot dead by those who then fled is an assassination. Places of two governorates as many times
each: the town whose countryside the event is placed in decides; "Damascus province" with "the Damascus countryside"
is Rural Damascus; a clause cut off the sentence of the incident before it ("..., while regime forces shelled A and
B"), whose towns resolve nowhere, lies in that incident's governorate.

One person singled out by his office ("shot dead the mukhtar of the village") is a targeted killing, and so are two or
three people shot by gunmen no side is named for ("unidentified gunmen opened fire on a car, killing two brothers"); an
incident placed only in towns the gazetteer does not know (no road, no stretch "A-B"), in a report that names one
governorate more than once and whose placed incidents all lie in it, takes that governorate (also a road between a
town of it and an unknown one; and, in any report, a road between a town the gazetteer places and a place it does not
know lies in that town's governorate). A toll of no side that "has risen to nine" yields to a later rise that names the
side ("bringing the final toll to 11 civilians").

Of two provinces named with province words, the one the first town lies in, where the sentences that place
the town in it name no other ("jets struck X, north of Idlib city", then "the jets took off from Y in Latakia").

One person told in the passive and only wounded by gunmen ("a member of X was wounded when unknown gunmen
opened fire on him", "... was wounded by gunfire from unidentified gunmen") is singled out (an assassination attempt);
gunmen who opened fire on a patrol or a convoy attacked it.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from observatory.errors import GeoError
from observatory.extract.assemble_placing import (
    ABROAD,
    placed_before,
    placeless,
    road_ends,
    sole_governorate,
    spans,
    towns_only,
    unknown_town,
)
from observatory.extract.casualty_absorbed import more_dead
from observatory.extract.casualty_armed_generic import generic_side
from observatory.extract.casualty_hurt_broken_down import hurt_broken_down, hurt_told_by_sides
from observatory.extract.casualty_rise_by_sides import drop_rise_told_by_sides, whole_told_by_sides, whole_with_rest
from observatory.extract.casualty_risen_sideless import drop_sideless_before_rise
from observatory.extract.incident_anchor_namesake import anchored_namesakes
from observatory.extract.incident_breadcrumbs import told_as_risen_toll
from observatory.extract.incident_city_parts import city_part_governorates
from observatory.extract.incident_clash_started import begun_by_attack
from observatory.extract.incident_company_hurt import company_hurt
from observatory.extract.incident_far_namesake import far_namesakes
from observatory.extract.incident_few_shot import few_shot_dead
from observatory.extract.incident_kinds import (
    FLED,
    UNKNOWN_BLAST,
    killing_kind,
    personal_killing,
    unattributed_shooting,
)
from observatory.extract.incident_landmark import told_landmark_governorate
from observatory.extract.incident_lone_province import lone_province
from observatory.extract.incident_own_paragraph import opening_places
from observatory.extract.incident_placeless import lends_placeless
from observatory.extract.incident_plural_strikes import untyped_kind
from observatory.extract.incident_posts import attacked_post
from observatory.extract.incident_quarrel import armed_quarrel_kind
from observatory.extract.incident_report_namesake import namesake_in_report, report_governorates
from observatory.extract.incident_road_end import road_far_end
from observatory.extract.incident_road_town import road_town_governorate
from observatory.extract.incident_sameness import ANOTHER
from observatory.extract.incident_seized import seized_after_fight
from observatory.extract.incident_shared_province import shared_governorate
from observatory.extract.incident_silenced import silenced_killing
from observatory.extract.incident_spanning_range import spanning_ranges
from observatory.extract.incident_split_towns import settle_split, split_governorates
from observatory.extract.incident_story_town import story_governorate
from observatory.extract.incident_stray_town import settle_strays
from observatory.extract.incident_towns_province import towns_province
from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.numbers import parse_quantity
from observatory.extract.place_facility import facility_or_place
from observatory.extract.place_spans import place_votes, voted
from observatory.extract.places import (
    PlaceMention,
    governorate_mentions,
    governorate_of,
    landmark_governorate,
    placed_relative,
)
from observatory.extract.totals_one_event_rise import one_event_rise
from observatory.models import (
    GOVERNORATES,
    Casualty,
    Claim,
    Count,
    CumulativeClaim,
    DatePrecision,
    Event,
    Extraction,
    GeoPrecision,
    Location,
    Qualifier,
    Report,
    Span,
    stable_id,
)

if TYPE_CHECKING:
    from observatory.extract.core import GeocoderLike
    from observatory.extract.drafts import Draft


_TARGETED = re.compile(r"(?<!loyal\s)(?<!loyalist\s)\bgunmen\b(?!\s+loyal)|\bshot\s+(?:him|her|dead|and\s+killed)|\bopened\s+fire\s+(?:directly\s+)?on\s+(?:a|an|the)\s+\w+|"
                      r"\bassassinat|\bshooting\s+(?:him|her)\b|\bkilled\s+by\s+(?:unknown|unidentified)\s+(?:gunmen|assailants|attackers)",
                      re.IGNORECASE)
_GUNMEN = re.compile(r"\bgunm[ae]n\b", re.IGNORECASE)
#: A fight, not a shooting of one person: "clashes took place", "exchanged fire", "machine guns and RPGs" (not "as he
#: was returning from the frontline": where he had been, round 74).
_BATTLE = re.compile(r"\bclash(?:es|ed)\b|\bexchang\w*\s+(?:of\s+)?fire\b|\bfierce\s+fighting\b|\bRPGs?\b|"
                     r"\b(?:at|on|near)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:checkpoints?|posts?|positions?|patrols?|convoys?)\b|"
                     r"\brocket-propelled\s+grenades?\b|\bbattles?\b|\bsnipers?\b|(?<!from\sthe\s)\bfront[\s-]?lines?\b", re.IGNORECASE)
#: One person singled out: "a man", "a young man", "a member of the SDF", "the head of the local council".
_ONE_VICTIM = re.compile(r"\b(?:killed|shot(?:\s+dead)?|targeted|killing|assassinated|opened\s+fire\s+(?:directly\s+)?on)\s+"
                         r"(?:(?:on|at|last|this|early|late)\s+\w+\s+(?:(?:today|yesterday|morning|evening|night|afternoon)\s+)?|"
                         r"(?:today|yesterday|overnight)\s+)?(?:a|an|one)\s+(?:[\w-]+\s+)?"
                         r"(?:man|woman|member|civilian|commander|officer|leader|dignitary|mukhtar|employee|doctor|teacher|fighter|"
                         r"soldier|official|activist|elder|sheikh|cleric|person|youth)\b|"
                         r"\b(?:killed|shot(?:\s+dead)?|assassinated|killing)\s+the\s+(?:[\w-]+\s+)?(?:mukhtar|mayor|imam|"
                         r"head|director|chief|leader|commander|preacher|dean|principal|governor)\s+of\b|"
                         r"\bopened\s+fire\s+(?:directly\s+)?(?:on|at)\s+(?:him|her)\b|"
                         r"\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:man|woman|member|civilian|commander|officer|leader|mukhtar|employee|"
                         r"fighter|soldier|official|activist|elder|sheikh|person|youth)\b[^.;]{0,120}?\b(?:was|had\s+been)\s+"
                         r"(?:shot|wounded|injured|killed)\b", re.IGNORECASE)


def _version() -> str:
    from observatory.extract.core import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


_CITY_AND_COUNTRYSIDE = frozenset({"Damascus", "Rural Damascus"})
#: "in the countryside of X", "X countryside": the town whose surroundings an event is placed in.
_COUNTRYSIDE_OF = re.compile(r"\bcountryside\s+of\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$", re.IGNORECASE)
_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate)\b", re.IGNORECASE)
_COUNTRYSIDE_AFTER = re.compile(r"\s+countryside\b", re.IGNORECASE)


def _countryside_town(draft: Draft, geo: list[Any], text: str) -> str | None:
    """The governorate of the one town an incident is placed in the countryside of, or None."""
    wide = {p.name for p in draft.places if not p.governorate and (_COUNTRYSIDE_OF.search(text, max(0, p.start - 40), p.start)
                                                                  or _COUNTRYSIDE_AFTER.match(text, p.end))}
    found = {str(getattr(r, "admin1", None)) for r in geo if getattr(r, "name", None) in wide and getattr(r, "admin1", None) in GOVERNORATES}
    return found.pop() if len(found) == 1 else None


def _towns_governorate(draft: Draft, geo: list[Any]) -> str | None:
    """The one governorate the draft's towns lie in, when it names as many governorates as each other ("attacks in the
    deserts of Homs, Hama and Deir ez-Zor, the most violent near Ithriya" -> Hama); None when its towns lie in none or
    in several (strikes "in the desert of Raqqa, Homs and Deir Ezzor" span them)."""
    towns = {p.name for p in draft.places if not p.governorate}
    found = set(place_votes([r for r in geo if getattr(r, "name", None) in towns]))
    return voted(found.pop()) if len(found) == 1 else None


def _governorate(draft: Draft, geo: list[Any], geocoder: GeocoderLike | None, text: str = "") -> str | None:
    """The draft's governorate; where its places leave it none because later paragraphs of background, a quote or
    totals name other provinces, the one its opening paragraph names with a province word, where its places settle."""
    found = _placed_in(draft, geo, geocoder, text)
    own = None if found is not None else opening_places(draft.places, draft.start, text)
    if own is None:
        return found
    names = {p.name for p in own}
    alt = _placed_in(dataclasses.replace(draft, places=own), [r for r in geo if getattr(r, "name", None) in names],
                     geocoder, text)
    return alt if alt in {p.governorate for p in own if p.strong} else None


def _placed_in(draft: Draft, geo: list[Any], geocoder: GeocoderLike | None, text: str = "") -> str | None:
    """The draft's own governorate: a governorate named with a province word, else the one named most, else the one
    its places (or the towns of a compound name such as "Homs-Palmyra road") resolve to; None when it names several
    with province words, or a compound joins towns of two governorates."""
    if _between_provinces(draft, text):
        return None  # "on the border between Raqqa and Deir Ezzor", "the road between Homs and Deir Ezzor": neither
    strong = {p.governorate for p in draft.places if p.governorate and p.strong}
    if len(strong) == 1:
        return strong.pop()
    if strong == _CITY_AND_COUNTRYSIDE and all(_PROVINCE_AFTER.match(text, p.end) for p in draft.places
                                                if p.governorate == "Damascus"):
        return "Rural Damascus"  # "Damascus province: ... towns in the Damascus countryside": the countryside
    if len(strong) > 1:
        return _town_province(draft) or _first_town_province(draft, geo, strong, text) or towns_province(draft.places, geo, strong)
    named = Counter(p.governorate for p in draft.places  # (a road's far end alone still places it)
                    if p.governorate and not (len(draft.places) > 1 and road_far_end(p, text)))
    top = named.most_common()
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return _capital_as_landmark(top[0][0], draft, geo)  # on a tie, the places' own governorates decide
    if len(top) > 1:  # "in the deserts of Homs, Hama and Deir ez-Zor": its towns decide; with none, it spans them
        return _towns_governorate(draft, geo)
    resolved = place_votes(geo)  # (a bank of the Euphrates is no vote; a range over several splits the vote)
    for place in draft.places[:3]:
        found = _compound_governorates(place.name, geocoder)
        if len(found) == 1:
            return found.pop()
        if found:  # a road between two governorates belongs to neither, unless a town on it settles which
            return _town_on_road(draft, place.name, found, geocoder, geo)
    if not resolved:
        resolved = [g for g in (landmark_governorate(p.name) for p in draft.places[:3]) if g]
    votes = Counter(resolved).most_common(2)
    if len(votes) == 2 and votes[0][1] == votes[1][1]:
        # its places lie in two governorates, as many in each: the evidence is split, unless one is the town whose
        # countryside the event is placed in ("in the countryside of X, ... near the village of Y")
        return _countryside_town(draft, geo, text)
    return voted(votes[0][0]) if votes else None


#: "between", "between the deserts of": what comes before the first of two provinces an event lies between.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:deserts?|countrysides?|provinces?|governorates?)\s+of\s+(?:the\s+)?)?$",
                             re.IGNORECASE)
_SETTLEMENT_OF = re.compile(r"\b(?:town|village|city|neighbou?rhood|district)\s+of\s+$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"(?:[\s-]+(?:province|governorate|desert|countryside))?\s+and\s+(?:the\s+)?"
                          r"(?:(?:desert|countryside|province)\s+of\s+)?$", re.IGNORECASE)


def _between_provinces(draft: Draft, text: str) -> bool:
    """The incident lies between two provinces the text names ("on the administrative border between Raqqa and Deir
    Ezzor", "in Jabal al-Bishri, between the deserts of Raqqa and Deir ez-Zor", "on the road between Homs and Deir
    Ezzor"): it belongs to neither (SCHEMA: roads between governorates -> null)."""
    provinces = sorted((p for p in draft.places if p.governorate), key=lambda p: p.start)
    between = [(a, b) for a, b in zip(provinces, provinces[1:], strict=False) if a.governorate != b.governorate and
               0 < b.start - a.end < 40 and _AND_BETWEEN.match(text, a.end, b.start) and
               _BETWEEN_BEFORE.search(text, max(0, a.start - 60), a.start)]
    # a province named alone too ("... in the X desert"), or a town named as such ("in the town of Y"), places the event
    if not between or len(provinces) != 2 * len(between):
        return False
    towns = [p for p in draft.places if not p.governorate]
    pair = {between[0][0].governorate, between[0][1].governorate}
    return not any(_SETTLEMENT_OF.search(text, max(0, p.start - 30), p.start) or _placed_in_one(p.name, pair, text)
                   for p in towns)


def _placed_in_one(name: str, pair: set[str | None], text: str) -> bool:
    """The report names the town elsewhere in one of the two provinces ("X in the desert of A"), not between them."""
    for m in re.finditer(re.escape(name), text):
        after = text[m.end():m.end() + 60]
        if "between" in after.lower():
            continue
        if any(g.governorate in pair for g in governorate_mentions(text, m.end(), m.end() + 60)):
            return True
    return False


def _capital_as_landmark(named: str, draft: Draft, geo: list[Any]) -> str:
    """"near Damascus", "south of the capital", with towns that all lie in Rural Damascus ("the Sayyida Zeinab area
    south of the capital"): the city is the landmark the towns are placed by, and Rural Damascus their governorate."""
    if named != "Damascus":
        return named
    towns = {p.name for p in draft.places if not p.governorate}
    found = {getattr(r, "admin1", None) for r in geo if getattr(r, "name", None) in towns}
    return "Rural Damascus" if found == {"Rural Damascus"} else named


def _town_province(draft: Draft) -> str | None:
    """Of several provinces an incident names, the one its only town is placed in ("shelling on Idlib countryside",
    then "a shell hit a house in X in the western countryside of Aleppo": Aleppo); None when that does not settle it."""
    towns = [p for p in draft.places if not p.governorate]
    if len(towns) != 1:
        return None
    after = [p for p in draft.places if p.governorate and p.strong and 0 <= p.start - towns[0].end <= _BESIDE]
    if not after or any(p.governorate and p.governorate != after[0].governorate and p.start > towns[0].end
                        for p in draft.places):
        return None  # "X desert in Raqqa province and in Deir Ezzor desert": two regions named after the town
    return after[0].governorate


_BESIDE = 60  # "X in the western countryside of Aleppo": the province named right after the town


def _first_town_province(draft: Draft, geo: list[Any], strong: set[str], text: str) -> str | None:
    """Of several provinces an incident names, the one its first town lies in, where the sentences that place the town
    in it name none of the others ("shelling on X, and a sniper kills a soldier in western Aleppo", then "shells hit X
    in the countryside of Idlib": Idlib): the place the incident is told at, not the base its jets took off from or
    the other events of a headline."""
    town = draft.places[0] if draft.places else None
    if town is None or town.governorate or not text:
        return None  # "in Idlib and Latakia, ... X and Y": told over provinces first, it spans them
    found = {str(getattr(r, "admin1", None)) for r in geo if getattr(r, "name", None) == town.name}
    if len(found) != 1 or not found <= strong:
        return None
    own = found.pop()
    names = [p.name for p in draft.places if p.governorate == own]
    others = [p.name for p in draft.places if p.governorate and p.governorate != own]
    placed = False
    for at in (m.start() for m in re.finditer(re.escape(town.name), text)):
        if not any(name in text[at:at + len(town.name) + _BESIDE] for name in names):
            continue
        start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
        stops = [i for i in (text.find(".", at), text.find("\n", at)) if i >= 0]
        if any(name in text[start:min(stops) if stops else len(text)] for name in others):
            return None  # "X in Damascus, as well as Y in Rural Damascus": the event spans both
        placed = True
    return own if placed else None


def _town_on_road(draft: Draft, road: str, ends: set[str], geocoder: GeocoderLike | None,
                  geo: Sequence[Any] = ()) -> str | None:
    """The one governorate, among a road's two, where the other towns of the draft ("near Al-Sanamayn") lie: as the
    incident's own sentences resolved them (a village whose namesakes lie elsewhere is read where the road runs), else
    as the name alone resolves."""
    read = {getattr(r, "name", None): getattr(r, "admin1", None) for r in geo}
    others = {read[p.name] if p.name in read else resolve_admin1(p.name, geocoder)
              for p in draft.places[:4] if p.name != road and not p.governorate}
    others.discard(None)
    return others.pop() if len(others) == 1 and others <= ends else None


_COMPOUND_CUT = re.compile(r"-(?=(?:[Aa][lnrstdz]{1,2}-)?[A-Z][a-z]{2,})")  # ("Palmyra-al-Sukhnah": Palmyra, al-Sukhnah)
_PARTICLES = {"al", "el", "ar", "as", "ad", "ash", "at", "az", "an", "deir", "tal", "tel", "ras", "abu", "ain", "bab", "jabal", "jebel"}


def _compound_governorates(name: str, geocoder: GeocoderLike | None) -> set[str]:
    """Governorates of the towns joined in a compound name ("Homs-Palmyra" -> {Homs}); empty when it is not one."""
    parts: list[str] = []
    for piece in _COMPOUND_CUT.split(name):
        if parts and parts[-1].lower() in _PARTICLES:
            parts[-1] = f"{parts[-1]}-{piece}"
        else:
            parts.append(piece)
    if len(parts) < 2:
        return set()
    found: set[str] = set()
    for part in parts:
        gov = governorate_of(part) or resolve_admin1(part, geocoder)
        if gov is None:
            return set()
        found.add(gov)
    return found


def resolve_admin1(name: str, geocoder: GeocoderLike | None) -> str | None:
    if geocoder is None:
        return None
    try:
        result = geocoder.geocode(name, None)
    except (ValueError, LookupError, OSError, GeoError):
        return None
    admin1 = getattr(result, "admin1", None)
    return str(admin1) if admin1 in GOVERNORATES else None


_CONTEXT_CHARS = 600  # enough for the sentences of one incident, little enough to keep geocoding fast


def _geocode(draft: Draft, geocoder: GeocoderLike | None, text: str = "") -> list[Any]:
    """Resolve the draft's places, with the incident's own sentences (and its section's governorate) as context."""
    if geocoder is None:
        return []
    results = []
    told = " ".join(text[draft.start:draft.end][:_CONTEXT_CHARS].split())
    context = " ".join(filter(None, (told, draft.section))) or None
    named = report_governorates(text)
    for place in draft.places[:6]:
        if place.governorate:
            continue
        try:
            result = facility_or_place(geocoder, place.name, text, place.end, context)
        except (ValueError, LookupError, OSError, GeoError):
            continue  # an unresolvable place: the event keeps its name and governorate
        result = namesake_in_report(place.name, result, named, geocoder, told)  # (al-Midan in a report on Aleppo)
        if getattr(result, "lat", None) is not None:
            results.append(_relative_precision(result, text, place))
    return results


#: Gazetteer classes of a town or a part of one: a phrase around them ("the desert of X") is ACLED precision 2.
_TOWN_CLASSES = frozenset({"city", "capital", "town", "village", "settlement", "neighbourhood", "neighborhood", "suburb"})


def _relative_precision(result: Any, text: str, place: PlaceMention) -> Any:
    """The result with ACLED precision 2 when the text places the event near the town or in a part of it ("the
    southern desert of al-Mayadin", "near X", "between X and Y") rather than at it; a region stays 3."""
    if not text or not dataclasses.is_dataclass(result) or isinstance(result, type) or not placed_relative(text, place):
        return result
    precision = getattr(result, "precision", None)
    if precision == 1 or precision is None or getattr(result, "feature_class", None) in _TOWN_CLASSES:
        return dataclasses.replace(result, precision=2)
    return result


def _location(draft: Draft, geo: list[Any], governorate: str | None) -> Location:
    """The incident's point: its first resolved place that lies in the incident's governorate (a point in another one
    is a namesake's, or a place named beside the event, and would put the map's dot where admin1 says it is not)."""
    first = next((r for r in geo if governorate is None or getattr(r, "admin1", None) in (None, governorate)), None)
    name = _specific_first(draft)[0].name if draft.places else None
    if first is not None:
        precision = getattr(first, "precision", None)
        return Location(name=getattr(first, "name", name), lat=first.lat, lon=first.lon,
                        precision=GeoPrecision(precision) if precision in (1, 2, 3) else None,
                        admin1=governorate)  # None when the incident spans governorates
    return Location(name=name, precision=GeoPrecision.REGION if governorate else None, admin1=governorate)


def _count(m: Mention) -> Count:
    return Count(best=m.value, qualifier=m.quantity.qualifier)


def _casualties(draft: Draft, fallback: str, text: str = "") -> tuple[tuple[Casualty, ...], list[tuple[str, Mention]]]:
    figures: dict[tuple[str, str], Mention] = {k: m for k, (m, _) in draft.counts.items()}
    newer = any(m.role == INJURED and not m.earlier for m in [*figures.values(), *(g for g, _ in draft.generic)])
    if newer:  # the injured of a first report stand only where the incident tells no other injured figure
        figures = {k: m for k, m in figures.items() if not m.earlier}
    # a toll restated by side ("the dead were three Iraqis and a Syrian guard") is not outvoted by an earlier
    # figure that named no side and is no larger than it
    restated = sum(m.value for (role, _), (m, _) in draft.counts.items() if m.rose and role == KILLED)
    parts = sum(m.value for (role, side), m in figures.items() if role == KILLED and side != "unknown")
    sideless = figures.get((KILLED, "unknown"))
    told_at = {key: at for key, (_, at) in draft.counts.items()}
    if sideless is not None and sideless.value == parts and sideless.quantity.end > sideless.quantity.start and (sideless.rose or _broken_down_after(told_at, figures)):
        del figures[(KILLED, "unknown")]  # "bringing the toll to 53", then "46 civilians and seven soldiers": the parts
        # ("killing three people", then "two SDF fighters and a civilian": the headline figure broken down by side; not
        # the rest a breakdown leaves of a whole, a figure of no span: "six people", then "included a child and two
        # pilgrims", three left)
    elif sideless is not None and (rest := _rise_less_parts(sideless, told_at, parts, text)) is not None:
        figures[(KILLED, "unknown")] = dataclasses.replace(sideless, quantity=dataclasses.replace(sideless.quantity, value=rest))
    elif sideless is not None and (rest := _whole_less_parts(sideless, told_at, figures, text)) is not None:
        if rest:  # "leaving ten people dead", then "seven of the gang and three locals": the three of no side are left
            figures[(KILLED, "unknown")] = dataclasses.replace(sideless, quantity=dataclasses.replace(sideless.quantity, value=rest))
        else:
            del figures[(KILLED, "unknown")]
    figures = drop_rise_told_by_sides(drop_sideless_before_rise(figures, told_at, text), told_at, text)  # (a guessed side's rise)
    figures = hurt_broken_down(figures, told_at, text)
    for m, at in draft.generic:
        if m.quantity.vague or m.earlier and newer or (m.role == KILLED and not m.rose and 0 < m.value <= restated):
            continue
        if m.role == KILLED and m.rose and 0 < m.value == parts or whole_told_by_sides(m, at, figures, told_at) or whole_with_rest(m, at, figures, told_at):
            continue  # a risen toll of no side (or a whole told side by side after it) that the sides' dead add up to
        if hurt_told_by_sides(m, at, figures, told_at, text):
            continue  # "injuring four people. Among the injured were three SDF members and a child"
        doer = draft.perpetrator.side if draft.perpetrator is not None else None
        key = (m.role, generic_side(m, at, fallback, text, draft.counts, doer_named=draft.perpetrator is not None, doer_side=doer))
        # (not civilians: "killed four gunmen and a woman")
        old = figures.get(key)
        if old is not None and old.rose and old.value > m.value and told_at.get(key, -1) > at:
            continue  # "has risen to nine", then "bringing the final toll to 11 civilians": the later rise
        if old is not None and _some_of_the_dead(m, at, old, draft, text):
            continue  # "has risen to six", then "the dead include two fighters of Iraqi nationality": some of the six
        if old is None or m.rose or m.value > old.value:
            figures[key] = _less_other_parts(m, at, key, figures, told_at) if old is not None else m
    by_side: dict[str, dict[str, Mention]] = {}
    for (role, side), m in figures.items():
        by_side.setdefault(side, {})[role] = m
    casualties = tuple(
        Casualty(side=side, killed=_count(roles[KILLED]) if KILLED in roles else None,
                 injured=_count(roles[INJURED]) if INJURED in roles else None,
                 nationality=next((m.nationality for m in roles.values() if m.nationality), None),
                 actor=next((m.actor for m in roles.values() if m.actor), None))
        for side, roles in sorted(by_side.items())
    )
    return casualties, [(f"{role}.{side}", m) for (role, side), m in sorted(figures.items())]


def _less_other_parts(m: Mention, at: int, key: tuple[str, str], figures: dict[tuple[str, str], Mention],
                      told_at: dict[tuple[str, str], int]) -> Mention:
    """A risen toll of no side, given the side of a part told after it ("has risen to 42. Among the dead are 11
    children and six members of the SNA factions"): the other sides' parts told after it are of it too, so its side
    keeps the rest (36 civilians, six of the factions), not the whole beside them (round 64)."""
    if key[0] != KILLED or not m.rose or m.side is not None or told_at.get(key, -1) <= at:
        return m
    others = sum(p.value for (role, side), p in figures.items()
                 if role == KILLED and side not in (key[1], "unknown") and told_at.get((role, side), -1) > at and not p.quantity.vague)
    if not 0 < others < m.value:
        return m
    return dataclasses.replace(m, quantity=dataclasses.replace(m.quantity, value=m.value - others))


def _event(report: Report, report_id: str, text: str, index: int, draft: Draft, geo: list[Any],
           governorate: str | None) -> tuple[Event, list[Claim]]:
    event_id = stable_id(report_id, index, "event")
    version = _version()
    event_type = draft.type_hit[0] if draft.type_hit else untyped_kind(text, draft)
    event_type = _begun_fight(event_type, draft, text)
    # (Israel read as the target, "exchanging fire with Israel", is never the side of the dead of no side: round 74)
    fallback = "unknown" if _fight_of_equals(draft, event_type, text) else draft.target.side if draft.target and \
        draft.target.side != "israel" else _main_figure_side(draft)
    casualties, figure_claims = _casualties(draft, fallback, text)
    told = text[draft.start:draft.end]
    perpetrator = draft.perpetrator.side if draft.perpetrator else None
    if draft.type_hit and unattributed_shooting(text[draft.type_hit[1]:draft.type_hit[2]], perpetrator, told):
        event_type = "other"  # "the body was found with bullet wounds", "hit by stray bullets": no side's attack
    event_type = armed_quarrel_kind(killing_kind(event_type, sum(c.killed.best for c in casualties if c.killed), perpetrator, told), told)
    if event_type == "attack" and _single_target(casualties, told) and not _AT_WORK.search(told) and \
            (perpetrator in (None, "unknown") or _GUNMEN.search(told) or _ACCUSED.search(told) or FLED.search(told)):
        # one person shot by gunmen: a targeted killing ("a fighter shot dead by ISIS cell members" is an attack)
        event_type = "assassination"
    if silenced_killing(event_type, told, sum(c.killed.best for c in casualties if c.killed)):
        event_type = "assassination"  # "shot dead with a silenced pistol": a person singled out
    if event_type in ("attack", "assassination") and personal_killing(told, draft.perpetrator.side if draft.perpetrator else None):
        event_type = "other"  # "shot dead by his cousin over an inheritance dispute": a murder, no side's attack
    if event_type in ("ied_landmine", "attack", "drone_strike") and UNKNOWN_BLAST.search(told):
        event_type = "other"  # "an explosion of unknown nature ... whether it was caused by an explosive device"
    claims: list[Claim] = []

    def claim(name: str, value: object, start: int, end: int, qualifier: Qualifier = Qualifier.EXACT) -> None:
        claims.append(Claim(report_id, event_id, name, str(value), Span(start, end), qualifier, version))

    if draft.type_hit:
        claim("type", event_type, draft.type_hit[1], draft.type_hit[2])
    if draft.date:
        claim("date", draft.date.value or draft.date.text, draft.date.start, draft.date.end)
    for place in _specific_first(draft):
        claim("place", place.name, place.start, place.end)
    if draft.perpetrator:
        claim("perpetrator", draft.perpetrator.side, draft.perpetrator.start, draft.perpetrator.end)
    if draft.target:
        claim("target", draft.target.side, draft.target.start, draft.target.end)
    for name, m in figure_claims:  # one person told with no figure ("his mother was injured"): the words naming him
        end = m.quantity.end if m.quantity.end > m.quantity.start else max(m.group_end, m.quantity.start)
        claim(name, m.value, m.quantity.start, end, m.quantity.qualifier)
    for (role, side), m in draft.vague.items():
        claim(f"{role}.{side}", m.quantity.text.strip(), m.quantity.start, m.quantity.end, Qualifier.VAGUE)
    if governorate:
        source = next((p for p in draft.places if p.governorate == governorate), None)
        start, end = (source.start, source.end) if source else (draft.start, draft.end)
        claim("governorate", governorate, start, end)
    target_side = draft.target.side if draft.target else _main_victim(casualties)
    event = Event(
        id=event_id, date_start=draft.date.value if draft.date else None, event_type=event_type,
        date_precision=draft.date.precision if draft.date and draft.date.value else DatePrecision.UNKNOWN,
        perpetrator_side=draft.perpetrator.side if draft.perpetrator else None,
        perpetrator_actor=draft.perpetrator.actor.name if draft.perpetrator else None,
        target_side=target_side, target_actor=draft.target.actor.name if draft.target else None,
        location=_location(draft, geo, governorate), casualties=casualties, source=report.source,
        report_id=report_id, notes=None,
    )
    return event, claims


def _specific_first(draft: Draft) -> list[PlaceMention]:
    """The draft's places, towns before governorates ("Maarat Misrin", then "Idlib"), each in text order."""
    return sorted(draft.places, key=lambda p: p.governorate is not None)


def _single_target(casualties: tuple[Casualty, ...], told: str) -> bool:
    """One person shot by gunmen: killed 1, or no figure but "killed a man" (a targeted killing, not a battle)."""
    if not (_TARGETED.search(told) or _ACCUSED.search(told)) or _BATTLE.search(told) or attacked_post(told):
        return False  # (or gunmen who "attacked a checkpoint of X": the post, not one of its men)
    killed = sum(c.killed.best for c in casualties if c.killed)
    if killed == 2 and (_KIN.search(told) or _THEIR_CAR.search(told) or _PASSER_BY.search(told)):
        return True  # "a man and his brother were shot in their car", or a passer-by with him: the one singled out
    if killed in (2, 3) and _UNKNOWN_SHOOTERS.search(told) and (_PICKED_OUT.search(told) or few_shot_dead(told)) and \
            not _AT_WORK.search(told):
        return True  # "unidentified gunmen opened fire on a car, killing two brothers": a few people picked out
    return killed == 1 and not company_hurt(casualties, told) or killed == 0 and _ONE_VICTIM.search(told) is not None


#: Gunmen no side is named for ("unknown gunmen", "unidentified assailants", "gunmen believed to belong to X").
_UNKNOWN_SHOOTERS = re.compile(r"\b(?:unknown|unidentified|masked|anonymous)\s+(?:armed\s+)?(?:gunm[ae]n|assailants|attackers|persons)\b|"
                               r"\bgunm[ae]n\s+(?:believed|suspected|thought)\s+to\b", re.IGNORECASE)
#: The shots aimed at a few people or what carried them ("opened fire on a car", "shot at the two women").
_PICKED_OUT = re.compile(r"\b(?:opened\s+fire|fired|shot)\s+(?:directly\s+)?(?:at|on|upon)\s+(?:an?|the|their)\s+(?:two\s+|three\s+)?"
                         r"(?:[\w-]+\s+)?(?:car|vehicle|motorcycle|pick-?up|truck|house|home|shop|gathering|men|women|brothers|"
                         r"cousins)\b", re.IGNORECASE)
#: A victim killed for what he was accused of ("on the pretext of dealing with X", "accused of spying"): singled out.
_ACCUSED = re.compile(r"\b(?:on\s+the\s+pretext\s+of|(?:was\s+|been\s+|being\s+)?accused\s+(?:\w+\s+){0,3}?of|on\s+charges?\s+of|"
                      r"for\s+allegedly|under\s+the\s+pretext\s+of|on\s+suspicion\s+of)\b", re.IGNORECASE)
#: Someone killed at work in the open ("a shepherd grazing his sheep", "truffle hunters"): one of those the gunmen
#: came upon, not a person singled out (an attack, not an assassination).
_AT_WORK = re.compile(r"\b(?:shepherds?|sheep\s?herders?|herders?|herdsm[ae]n|truffle\s+(?:hunters?|gatherers?|pickers?|collectors?)|"
                      r"grazing|herding|harvesting|collecting\s+truffles|searching\s+for\s+truffles)\b", re.IGNORECASE)
#: "X and his brother", "a commander and his driver", "together with his 15-year-old son": one person singled out, with kin
#: or escort beside him.
_KIN = re.compile(r"\b(?:and|(?:together|along)\s+with)\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:brother|son|father|wife|cousin|nephew|uncle|companion|driver|bodyguard|"
                  r"escort|friend)\b", re.IGNORECASE)
#: "a member of the Military Security and a passer-by were killed": a bystander hit beside the one singled out.
_PASSER_BY = re.compile(r"\bpass(?:er|ers)[\s-]?by\b|\bpassers?by\b|\bbystanders?\b", re.IGNORECASE)
#: "opened fire on their car", "shot at his vehicle": a car picked out, not a position.
_THEIR_CAR = re.compile(r"\b(?:fire|fired|shot|shooting)\s+(?:at|on)\s+(?:their|his|her)\s+(?:car|vehicle|motorcycle|truck)\b",
                        re.IGNORECASE)


#: "The dead include ", "among the dead were ": some of the dead told before, right before the figure.
_DEAD_INCLUDE = re.compile(r"\b(?:the\s+(?:dead|victims|fatalities)\s+(?:include|included|including)|(?:among|\w+\s+of)\s+the\s+"
                           r"(?:dead|victims|fatalities)\s+(?:are|were|is|was))\s+(?:at\s+least\s+)?$", re.IGNORECASE)

#: " of the dead", " of those killed": the figure counts some of the dead told before ("One of the dead was an Iraqi").
_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the\s+(?:dead|victims|fatalities)|those\s+killed)\b", re.IGNORECASE)


def _some_of_the_dead(m: Mention, at: int, whole: Mention, draft: Draft, text: str) -> bool:
    """``m`` counts some of the dead of ``whole`` told before it ("has risen to six", then "the dead include two
    fighters of Iraqi nationality", "One of the dead was an Iraqi"), not all of them told by side ("has risen to 17",
    then "the dead included 11 members of the group and six local fighters": those figures add up to the 17).
    ``casualties._parts_of_told`` reads "the dead included" for figures with a side at the mention step; this one is
    for the figures of no side that only the incident's fallback side keys here."""
    if m.role != KILLED or whole.value <= m.value:
        return False
    if not (_DEAD_INCLUDE.search(text, max(0, m.quantity.start - 40), m.quantity.start) or _OF_THE_DEAD.match(text, m.quantity.end)):
        return False
    told = [g for g, a in draft.generic if a == at and g.role == KILLED] + [c for c, a in draft.counts.values() if a == at and c.role == KILLED]
    return sum(g.value for g in told) < whole.value


def _broken_down_after(told_at: dict[tuple[str, str], int], figures: dict[tuple[str, str], Mention]) -> bool:
    """Every dead of a named side is told after the dead of no side ("killing three people", then "the strike killed
    two fighters and a civilian"), or after it in its own sentence ("killing three people, a commander in the SDF and two
    of his companions"; not "a commander along with his companion": the one after is no part): those figures break the
    first one down."""
    first = told_at.get((KILLED, "unknown"))
    whole = figures.get((KILLED, "unknown"))
    if first is None or whole is None or (told := parse_quantity(whole.quantity.text)) is not None and told.value != whole.value:
        return False  # (a rest left of a stated toll, "ten people, including five Iranians": no whole of its own)
    later = [(at, figures[key].quantity.start) for key, at in told_at.items()
             if key[0] == KILLED and key[1] != "unknown" and key in figures]
    return bool(later) and all(at > first or at == first and whole.value > 1 and start > whole.quantity.start for at, start in later)


def _whole_less_parts(whole: Mention, told_at: dict[tuple[str, str], int], figures: dict[tuple[str, str], Mention],
                      text: str) -> int | None:
    """The dead of no side left of a whole ("killing six people, including civilians") once the dead of named sides that
    later sentences tell are taken out of it ("three civilians and a fighter were among the dead": two left), where they
    fit in it; None where no sentence after the whole names the side of any dead, where such a sentence tells of more
    dead ("A soldier was also killed"), or where they outgrow the whole."""
    first = told_at.get((KILLED, "unknown"))
    told = parse_quantity(whole.quantity.text)
    if first is None or told is None or told.vague or told.value < whole.value:
        return None
    sided = [(key, m) for key, m in figures.items() if key[0] == KILLED and key[1] != "unknown" and not m.quantity.vague]
    later = [m for key, m in sided if told_at.get(key, first) > first]
    if not later or any(more_dead(s, ANOTHER.search(s) is not None) for s in (_sentence_of(text, m) for m in later)):
        return None
    parts = sum(m.value for _, m in sided)
    return told.value - parts if parts <= told.value else None


def _rise_less_parts(rise: Mention, told_at: dict[tuple[str, str], int], parts: int, text: str) -> int | None:
    """The people of no side a risen toll adds to the dead of named sides told in sentences before it ("killing five
    civilians. Two more people died, bringing the number of people killed in the explosion to seven": two), where the
    rise (of one event, ``totals_one_event_rise``) outgrows them; None otherwise."""
    at = told_at.get((KILLED, "unknown"))
    if not rise.rose or at is None or not 0 < parts < rise.value or not one_event_rise(_sentence_of(text, rise)):
        return None
    if any(key[0] == KILLED and key[1] != "unknown" and told_at[key] >= at for key in told_at):
        return None
    return rise.value - parts


def _begun_fight(event_type: str, draft: Draft, text: str) -> str:
    """A clash whose account names the side that began it is that side's attack: "seized the town after three days of
    fighting" (the side that took it attacked), "prompting local gunmen to attack the checkpoint" (round 71)."""
    if event_type != "clash":
        return event_type
    if draft.type_hit and seized_after_fight(text, draft.type_hit[1], draft.type_hit[2]):
        return "attack"
    if begun_by_attack(text[draft.start:draft.end]) and not _INFIGHTING.search(text, draft.start, draft.end):
        return "attack"
    return event_type


def _sentence_of(text: str, m: Mention) -> str:
    """The sentence a figure stands in (from the stop before it to the stop after it)."""
    start = max(text.rfind(". ", 0, m.quantity.start), text.rfind("\n", 0, m.quantity.start)) + 1
    ends = [i for i in (text.find(". ", m.quantity.end), text.find("\n", m.quantity.end)) if i >= 0]
    return text[start:min(ends, default=len(text))]


def _fight_of_equals(draft: Draft, event_type: str, text: str) -> bool:
    """Clashes that no side started ("clashes between regime forces on one side and local gunmen on the other, killing
    two soldiers and three gunmen"), whose dead of the side named first are counted on their own: the dead of no named
    side are the others' (of no side), not more of its dead. In infighting ("clashes between fighters of X and Y, both
    affiliated with the National Army", a title or account that says "infighting"), "three fighters were killed" are
    of the one side both belong to."""
    if event_type != "clash" or draft.perpetrator is not None or draft.target is None:
        return False
    if _INFIGHTING.search(text, draft.start, draft.end) or _INFIGHTING.search(text, 0, text.find("\n") % (len(text) + 1)):
        return False
    return any(side == draft.target.side for _, side in draft.counts)


#: A fight within one side: "infighting", "factional clashes", "between ... and ..., both affiliated with X".
_INFIGHTING = re.compile(r"\b(?:infighting|in-fighting|(?:factional|internal|intra-factional)\s+(?:clashes|fighting|infighting)|"
                         r"(?:both|all)\s+(?:of\s+them\s+)?(?:affiliated|belonging|loyal|linked|allied)\s+(?:with|to))\b",
                         re.IGNORECASE)


def _main_figure_side(draft: Draft) -> str:
    """The side of the largest named figure of an incident: "18 others were wounded" after "7 soldiers were killed"."""
    perpetrator = draft.perpetrator.side if draft.perpetrator else None
    named = sorted(((m.value, side) for (_, side), (m, _) in draft.counts.items() if side not in ("unknown", perpetrator)),
                   reverse=True)
    return named[0][1] if named else "unknown"


def _main_victim(casualties: tuple[Casualty, ...]) -> str | None:
    killed = sorted(casualties, key=lambda c: -(c.killed.best if c.killed else 0))
    return killed[0].side if killed else None


def assemble(report: Report, report_id: str, text: str, drafts: list[Draft], totals: tuple[CumulativeClaim, ...],
             geocoder: GeocoderLike | None, default_gov: str | None, *, wire_dateline: bool = False) -> Extraction:
    """Events and claims of the drafts; ``report_id`` is passed in because report.id hashes the whole text."""
    geos = [_geocode(draft, geocoder, text) for draft in drafts]
    own = settle_strays(drafts, [_governorate(d, g, geocoder, text) for d, g in zip(drafts, geos, strict=True)], text)
    own = city_part_governorates(drafts, own, text)
    own = settle_split(own, [split_governorates(g) if towns_only(d, text) else set() for d, g in zip(drafts, geos, strict=True)])
    own = far_namesakes(drafts, geos, own, text)  # (a village the gazetteer holds only two provinces away)
    own = anchored_namesakes(drafts, geos, own, text)  # ("Zorava, east of Kobani": the far namesake of a village)
    governorates = _with_fallbacks(drafts, own, default_gov, text, wire_dateline)
    for k, draft in enumerate(drafts):
        if governorates[k] is None and not any(p.governorate for p in draft.places):  # "near the prison", told before
            governorates[k] = told_landmark_governorate(text, draft.start, draft.end, lambda n: resolve_admin1(n, geocoder),
                                                        placed=bool(draft.places))
        if governorates[k] is None and not geos[k] and (unknown_town(draft, text) or placeless(draft, text)):
            counted_placeless = bool(draft.counts) and placeless(draft, text)
            governorates[k] = sole_governorate(text, governorates) or \
                ((shared_governorate(text, governorates) or lone_province(text, draft.start, draft.end, governorates))
                 if counted_placeless else None)
        if governorates[k] is None and k and not geos[k] and towns_only(draft, text) and not draft.abroad and \
                lends_placeless(text, draft.start, draft.end):  # (not "Elsewhere, ...": a new scene)
            governorates[k] = story_governorate(governorates[k - 1], draft.places, text, drafts[k - 1].end, draft.end,
                                                lambda n: resolve_admin1(n, geocoder))
    for k, draft in enumerate(drafts):
        ends = road_ends(draft, text)
        named = any(p.governorate for p in draft.places if ends is None or p not in ends)
        if ends is not None and geocoder is not None and not named:  # "on the road between A and B" (no province
            # named): both ends in one province, or none
            found = {p.governorate or resolve_admin1(p.name, geocoder) for p in ends}
            sole = sole_governorate(text, governorates)  # (ends the gazetteer does not know in the report's one province)
            known = found - {None}  # (one end a town of a province, the other unknown: a local road of that province)
            governorates[k] = sole if sole is not None and known <= {sole} else known.pop() if len(known) == 1 else \
                road_town_governorate(draft.places, ends, geos[k], {str(g) for g in known}, text)  # ("..., near C")
    governorates = spanning_ranges(drafts, geos, governorates, text)  # ("Jabal al-Bishri and the desert of X")
    events: list[Event] = []
    claims: list[Claim] = []
    for index, draft in enumerate(drafts):
        gov = None if draft.abroad else governorates[index]  # an event abroad: no governorate, whatever town it names
        event, event_claims = _event(report, report_id, text, index, draft, geos[index], gov)
        events.append(event)
        claims.extend(event_claims)
    reason = None if events or totals else "no incident or total found"
    return Extraction(report_id, tuple(events), tuple(claims), totals, "en", reason)


def _with_fallbacks(drafts: list[Draft], own: list[str | None], default_gov: str | None, text: str,
                    wire: bool = False) -> list[str | None]:
    """Governorates for drafts whose places give none: the section they stand under ("Damascus Province:"), the one
    governorate that all the report's located incidents share, or the report's dateline (unless those incidents all
    lie elsewhere: "DAMASCUS, Syria" is then where the story was filed; a wire dateline is not lent either when one
    located incident lies elsewhere). Events abroad get none."""
    located = [gov for gov in own if gov]
    shared = located[0] if len(located) >= 2 and len(set(located)) == 1 else None  # two incidents agree, none differs
    dateline = shared if shared and default_gov and shared != default_gov else default_gov
    if wire and dateline == default_gov and any(gov != default_gov for gov in located):
        dateline = None  # the story was filed in one governorate and tells of events in another
    out: list[str | None] = []
    for k, (draft, gov) in enumerate(zip(drafts, own, strict=True)):
        if gov is None and not spans(draft) and not ABROAD.search(text, draft.start, draft.end) and \
                not _between_provinces(draft, text):
            gov = draft.section or placed_before(k, drafts, own, text) or (shared if draft.places else None) or \
                (None if wire and told_as_risen_toll(text, draft.start, draft.end) else dateline)
        out.append(gov)
    return out
