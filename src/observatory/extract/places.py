"""Places as written in a sentence, and governorates named in text (with province words).

This is not a gazetteer: only the 14 governorates and their spellings are known here; other
place names are resolved by ``observatory.geo`` when a geocoder is given.

A place after "nearby", "neighbouring" or "adjacent" ("in the nearby X neighbourhood") is read as well, and so is one
after who holds it ("the SDF-held X district", "regime-controlled Y"). The capital named as the government ("accused
Damascus and Tehran of ...") is no place; Damascus named as "the capital" is a governorate where a sentence opens
with it ("In the capital, a mortar round ...") or where fire lands on it ("rocket fire on the capital").

A town named only as what was struck ("regime forces shelled Kafr Nabl", "jets pounded X", "responded by shelling X",
"a shell hit X") is a place where the sentence names no other town; not "shelled Jaysh al-Izza positions" (whose positions).

A band known by a man's or a family's name ("members of the Falhout group", "the Shaitat clan", "the Bu Kamil
tribe") is who, not where.

Governorates listed under one province word ("the deserts of Homs, Hama and Deir Ezzor") name a region over all of
them: none is the one province meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from observatory.extract.capital_airport import capital_airport_end
from observatory.extract.gates import covering_stems, folded, has_any
from observatory.extract.place_person_apposed import person_apposed
from observatory.extract.place_shot_down import shot_down_over

GOVERNORATE_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "Aleppo": ("Aleppo", "Halab"),
    "Al-Hasakeh": ("Al-Hasakah", "Al-Hasakeh", "Al-Hasaka", "Hasakah", "Hasakeh", "Hasaka", "Hassakeh", "Hassakah",
                   "Al-Hassakeh", "Hasake", "Al Hasakah"),
    "Ar-Raqqa": ("Ar-Raqqa", "Al-Raqqah", "Al-Raqqa", "Raqqah", "Raqqa", "Rakka", "Raqa", "Ar-Raqqah", "Al Raqqa"),
    "As-Sweida": ("As-Sweida", "As-Suwayda", "Al-Suwaidaa", "Al-Suwaida", "Al-Suwayda", "Suwaidaa", "Suwaida", "Suwayda",
                  "Sweida", "Sweidaa", "Al-Sweida", "Swaida", "Al-Swaidaa", "As-Suwaidaa", "As-Suwaida", "Al-Suwaydaa",
                  "Suwaydaa", "Swaydaa", "As-Swaida", "Al-Swaida", "As-Sweidaa", "Al-Sweidaa"),
    "Damascus": ("Damascus",),
    "Dar'a": ("Dar'a", "Daraa", "Deraa", "Dara'a", "Der'a", "Daraa's", "Dera'a"),
    "Deir-ez-Zor": ("Deir Ezzor", "Deir ez-Zor", "Deir ez Zor", "Deir-ez-Zor", "Deir al-Zour", "Deir al-Zor", "Deir Ez-Zur",
                    "Deir az-Zour", "Deir az-Zor", "Der Ezzour", "Deir Ezzour", "Deir el-Zour", "Deir Al-Zour", "Deir Ezzur",
                    "Dayr az Zawr", "Deir Ez-Zour", "Deir Ezor", "Deir Al Zour", "Deir Ez-Zor", "Deir Ezzur", "Deir Ez Zor",
                    "Deir Zor", "Deir el-Zor", "Deir-Ezzor"),
    "Hama": ("Hama", "Hamah", "Hamaa"),
    "Homs": ("Homs", "Hims"),
    "Idleb": ("Idlib", "Idleb", "Edlib"),
    "Lattakia": ("Latakia", "Lattakia", "Al-Lathiqiyah", "Lattakiya", "Latakiya"),
    "Quneitra": ("Quneitra", "Al-Quneitra", "Qunaitra", "Qunaytirah", "Al-Qunaitrah"),
    "Rural Damascus": ("Rural Damascus", "Rif Dimashq", "Rif Damascus", "Reef Damascus", "Rif Dimashk", "Damascus countryside",
                       "countryside of Damascus", "Damascus Countryside", "Eastern Ghouta", "Western Ghouta", "Qalamoun",
                       "Damascus desert", "Damascus Desert"),
    "Tartous": ("Tartus", "Tartous", "Tartouss", "Tartos"),
}

_VARIANTS = sorted(((v, g) for g, vs in GOVERNORATE_NAMES.items() for v in vs), key=lambda vg: len(vg[0]), reverse=True)
_SPELLING_MARKS = re.compile(r"[\s'-]+")
_LOOKUP = {_SPELLING_MARKS.sub("", v.lower()): g for v, g in _VARIANTS}


def _by_first_letter(spellings: list[str]) -> str:
    """The alternation of the spellings (a space read as spaces or hyphens), grouped by first letter: at a position
    only the spellings of one letter can match, so the engine tries only theirs, in the order given, as the flat
    alternation would."""
    groups: dict[str, list[str]] = {}
    for spelling in spellings:
        groups.setdefault(spelling[0].lower(), []).append(re.escape(spelling[1:]).replace(r"\ ", r"[\s-]*"))
    return "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())


_GOV_RE = re.compile(r"(?<![\w-])(?:" + _by_first_letter([v for v, _ in _VARIANTS]) + r")(?![\w])", re.IGNORECASE)
#: Each spelling holds one of these stems within a word, so a span without any names no governorate.
_GOV_STEMS: Final = covering_stems(v for v, _ in _VARIANTS)
#: Words showing that a governorate name means the province ("Homs countryside", "Deir Ezzor province").
_PROVINCE_AFTER = re.compile(r"^['’]?s?\s*(?:provinces?|governorates?|countryside|desert|badia|rural|outskirts|region|suburbs|"
                             r"eastern|western|northern|southern)\b", re.IGNORECASE)
_PROVINCE_BEFORE = re.compile(r"(?:province|governorate|countryside|desert|badia|outskirts|suburbs|rural|rif|areas|"
                              r"parts|countrysides|city)\s+of\s+(?:the\s+)?$|(?:\bin|\bof)\s+(?:the\s+)?(?:\w+ern\s+|(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+)?$",
                              re.IGNORECASE)

_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ath|an|ez|es|er|bin|ibn|abu|umm|um|bani|beni|tal|tel|deir|ain|wadi|jabal|jebel|of|the)"
_CAP = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"(?:{_PARTICLE}[-\s]+)*{_CAP}(?:[-\s]+(?:{_PARTICLE}[-\s]+)*{_CAP}){{0,4}}"
_PLACE_LEAD = (
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|of|from|towards|toward|to|[Aa]round|[Oo]utside|[Ii]nside|between|and|on|through|targeting|targeted|"
    r"village of|town of|city of|area of|areas of|vicinity of|outskirts of|countryside of|desert of|road|linking|connecting|"
    r"(?P<verb>shelled|bombed|bombarded|pounded|struck|shelling|bombarding|pounding|striking|hit|hitting))\s+")
_PLACE_TAIL = (
    rf"(?:the\s+)?(?:(?:capital|city|town|province|enclave)['’]s\s+)?"  # "on the capital's Bab Touma neighborhood"
    rf"(?:(?:nearby|neighbou?ring|adjacent)\s+)?"  # "in the nearby Ghweran neighbourhood"
    rf"(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)[-\s]?(?:east|west)(?:ern)?\s+)?"
    rf"(?P<name>{_NAME})"
)
_PLACE_RE = re.compile(_PLACE_LEAD + _PLACE_TAIL)
#: "shot down a drone over X" (place_shot_down): read apart, so that "over" never takes text another lead would read.
_OVER_RE = re.compile(r"\bover\s+(?P<verb>(?!))?" + _PLACE_TAIL)
#: A name led by who holds or backs it ("SDF-held Mashlab", "ISIS-controlled Hajin"): the place is what follows.
_HELD_BY = re.compile(r"[\w-]+-(?:held|controlled|run|besieged)\s+(?=[A-Z])")
#: Before a verb of striking in -ing: a campaign begun or going on ("began shelling X"), not one strike.
_ONGOING = re.compile(r"\b(?:beg[ai]n|begun|begins|start(?:ed|s)?|continu(?:ed|es|e)|keeps?|kept|resumed?|resumes)\s+$")
#: After a name struck as a verb's object: what of whom was struck ("shelled HTS positions"), not a place.
_WHOSE = re.compile(r"['’]?s?\s+(?:positions?|posts?|points?|headquarters|bases?|forces|fighters|members|militants|militiamen|"
                    r"troops|soldiers|convoys?|patrols?|vehicles?|gatherings?|fortifications|sites?|lines?|defences|defenses|"
                    r"checkpoints?|barracks|depots?|warehouses?)\b")
_NOT_PLACE = re.compile(
    r"^(?:The|A|An|SOHR|Syrian Observatory|Observatory|ISIS|IS|Islamic State|SDF|HTS|NDF|Russian|Turkish|Iranian|"
    r"Syria|Syrians?|Israel|Israeli|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Daesh|Hezbollah|Amaq|North Press|Kurdistan|"
    r"National|Regime|Government|Army|Al-Qaeda|Coalition|US|U\.S|Euphrates|Iraq|Turkey|Lebanon|Jordan|Russia|Iran|"
    r"Iraqi|Lebanese|Captagon|Afghan|Afghani|Pakistani|Palestinian|Kurdish|Kurds|Arab|Arabic|Arabs|Shi'?ite|Shia|Sunni|Alawite|Druze|"
    r"Britain|British|UK|United\s+Kingdom|London|Tehran|Ankara|Moscow|Washington|Israel|American|Americans|Uzbek|Chechen|"
    r"Tel\s+Aviv|Jerusalem|Baghdad|Amman|Cairo|Riyadh|Doha|Geneva|Brussels|Paris|Guards|Revolutionary|"
    r"International|Global|Human|Fourth|Fifth|Local|Military|Media|Islamic|Islamists?|Jihadists?|Salafists?|Turkmen|Asayish|YPG|PKK|Ynet|Reuters|AFP|SANA|"
    r"Shi'?ites|Ashura|Ashoura|Ashourah|Ashurah|Newroz|Nowruz|Ramadan|Eid|Defen[cs]e|Interior|Foreign|Ministry|Minister|President|Prime)(?![\w-])"
    r"|^[\w-]+-(?:backed|based|held|controlled|led|affiliated|linked|loyal)\b|^[\w-]+'s$"
    r"|^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$|^[A-Z]\.?$"  # "on Feb 15": a month; "U.S.", "on X": a letter
    r"|^(?:RPGs?|PKMs?|ATGMs?|TOWs?|IEDs?|MANPADS|BMPs?|SVBIEDs?|VBIEDs?)$"  # weapons named by their acronyms
    r"|^(?:Station|Regiment|Brigade|Battalion|Division|Institute|Counterterrorism|Extremism|Terrorism)$"  # a word of a unit or body
    r"|^.*\s(?:Regiments?|Brigades?|Battalions?|Divisions?|Corps)$"  # "the First Coastal Division": a unit named, not a place
    r"|^(?:UN|U\.N|United\s+Nations|European|EU)\b|^.*\s(?:Council|Committee|Commission|Conventions?|Part(?:y|ies)|Network|Agency|League|Organi[sz]ation|Observatory|Coordinators|Movement|Federation|Syndicate|Office|Bureau)$"  # bodies
    r"|^(?:White\s+Helmets|Civil\s+Defen[cs]e|Middle\s+East|Zaman\s+al-Wasl|Enab\s+Baladi|Hawar|Rudaw|Asharq)\b"  # outlets, bodies
    r"|^(?:Twitter|Facebook|Telegram|WhatsApp|Instagram|YouTube|TikTok)$"  # "wrote on Twitter": a platform
    r"|^(?:Syrian|Turkish|Iraqi|Jordanian|Lebanese|Israeli)-(?:Syrian|Turkish|Iraqi|Jordanian|Lebanese|Israeli)$"  # "the Syrian-Turkish border"
    r"|^Operation\s"  # "the Operation Peace Spring zone": a military operation's name
    r"|^(?:North|South|East|West|Northern|Southern|Eastern|Western)(?:\s+Syria)?$|^(?:North|South)-?(?:east|west)(?:ern)?\s+Syria$"  # "of North and East Syria": a region of the country
)
#: A man's name: a given name, then more of the name ("Ahmed Sattam al-Jasim", "Khalil al-Hamad").
_PERSON = re.compile(r"(?:Mohammed|Muhammad|Mohammad|Mohamed|Ahmed|Ahmad|Hussein|Husayn|Hassan|Khalil|Khaled|Khalid|Mahmoud|"
                     r"Mustafa|Youssef|Yousef|Abdullah|Abdulrahman)\s+(?:al-|el-)?[A-Z]")
#: After a name: a band known by it ("the Falhout group", "the Berri clan", "the Jaafar gang"), not a place.
_BAND_AFTER = re.compile(r"['’]?s?\s+(?:group|gang|clan|militia|family|tribe|faction|cell)\b(?!\s+of\b)")
#: "since the Idlib battles", "since the outbreak of the Gaza war" (round 65): a past war named by its place.
_SINCE_THE = re.compile(r"\bsince\s+(?:the\s+(?:outbreak|start|beginning|eruption)\s+of\s+)?the\s+$", re.IGNORECASE)
#: "since the war in Gaza began", "the war in Lebanon": a war named by where it is fought (round 66).
_WAR_IN = re.compile(r"\bthe\s+(?:\w+\s+)?war\s+(?:in|on)\s+$", re.IGNORECASE)
_PAST_BATTLE = re.compile(r"\s+(?:battles?|war|offensive|campaign|fighting|clashes)\b", re.IGNORECASE)
#: After a name: "nationality" ("one of Egyptian nationality"): a people, not a place; " 24" ("the Sweida-based
#: network Suwayda 24", "Daraa 24"): a local news network named after its province.
_NATIONALITY_AFTER = re.compile(r"\s+nationalit(?:y|ies)\b", re.IGNORECASE)
_OUTLET_AFTER = re.compile(r"\s+24\b(?!\s*(?:km|kilomet|hours|miles|percent|%))", re.IGNORECASE)
#: The network named as one, before or after its name: "the Sweida-based network Suwayda 24", "Suwayda 24 reported".
_OUTLET_WORD = re.compile(r"\b(?:network|website|site|outlet|page|agency|news|media)\b", re.IGNORECASE)
_OUTLET_SAID = re.compile(r"\s*(?:network|website|reported|said|says|told|quoted|published|documented|recorded)\b", re.IGNORECASE)


def _outlet(work: str, s: int, e: int) -> bool:
    """Whether the name at ``s``..``e`` is a local news network named after its province ("Suwayda 24", "Daraa 24"),
    said to be one by the words around it (not "Deir Ezzor 24" in a list of tolls)."""
    after = _OUTLET_AFTER.match(work, e)
    return after is not None and (_OUTLET_WORD.search(work, max(0, s - 30), s) is not None
                                  or _OUTLET_SAID.match(work, after.end()) is not None)
#: "Damascus-backed militias", "Idlib-based fighters": who, not where.
_ADJECTIVE_AFTER = re.compile(r"-(?:backed|based|held|controlled|led|affiliated|linked|loyal|allied|funded|supported|run)\b",
                              re.IGNORECASE)


_COMPOUND_AFTER = re.compile(r"-(?:Al-|al-)?[A-Z][a-z]")
_COMPOUND_BEFORE = re.compile(r"[A-Za-z]{3}-(?:Al-|al-)?$")
_RURAL_AFTER = re.compile(r"^\s*(?:countryside|desert|suburbs?|outskirts|environs|Countryside)\b", re.IGNORECASE)
_RURAL_BEFORE = re.compile(r"(?:\bnear|\boutside|\baround|\boutskirts\s+of|\bsuburbs?\s+of|\bvicinity\s+of|\bcountryside\s+of|"
                           r"(?<!\bin\sthe\s)\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of)\s+(?:the\s+)?(?:capital,?\s+)?$",
                           re.IGNORECASE)  # ("in the west of Damascus": a part of the city, not around it)

#: A bank of the Euphrates, which the words above never read as a place (the river is not one).
_BANK_RE = re.compile(r"\b(?:west|east|left|right)(?:ern)?\s+(?:bank|side)\s+of\s+(?:the\s+)?Euphrates(?:\s+[Rr]iver)?\b",
                      re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    name: str
    start: int
    end: int
    governorate: str | None = None  # when the mention is itself a governorate name
    strong: bool = False  # a province word shows the governorate is meant


#: The oil pipeline's pumping stations, named as landmarks of the desert fighting ("near the T3 station"); no gazetteer
#: knows them by these names.
_LANDMARKS: Final = {"t2": "Deir-ez-Zor", "t3": "Homs", "t4": "Homs"}


def landmark_governorate(name: str) -> str | None:
    """The governorate of a desert landmark named by its code ("T3", "the T4 station"), or None."""
    key = re.sub(r"^the\s+|\s+(?:pumping\s+)?(?:station|airbase|air\s+base|airport)$", "", name.strip().lower())
    return _LANDMARKS.get(re.sub(r"[\s-]+", "", key))


@lru_cache(maxsize=4096)
def governorate_of(name: str) -> str | None:
    """The governorate a spelling names ("Deir ez-Zor" -> "Deir-ez-Zor"), or None."""
    return _LOOKUP.get(_SPELLING_MARKS.sub("", name.lower()))


def governorate_mentions(work: str, start: int, end: int) -> list[PlaceMention]:
    """Governorate names in work[start:end]; ``strong`` when a province word goes with them."""
    return list(_governorate_mentions(work, start, end))


@lru_cache(maxsize=512)  # sentences are read for governorates more than once; the cache holds a few reports' calls
def _governorate_mentions(work: str, start: int, end: int) -> tuple[PlaceMention, ...]:
    found: list[PlaceMention] = []
    capital = _the_capital(work, start, end)
    if not has_any(folded(work, start, end), _GOV_STEMS):
        return (capital,) if capital else ()
    if capital is not None:
        found.append(capital)
    for m in _GOV_RE.finditer(work, start, end):
        gov = governorate_of(m.group(0))
        if gov is None or _COMPOUND_AFTER.match(work, m.end()) or _COMPOUND_BEFORE.search(work[max(0, m.start() - 12):m.start()]):
            continue  # "the Aleppo-Hama-Raqqa triangle", "the Homs-Palmyra road": a line between places, not the province
        after = work[m.end(): m.end() + 25]
        before = work[max(0, m.start() - 40): m.start()]
        if gov == "Damascus" and (_RURAL_AFTER.match(after) or _RURAL_BEFORE.search(before)):
            gov = "Rural Damascus"  # around the capital, not in it: Rif Dimashq
        if gov == "Damascus" and _AIRPORT_AFTER.match(after):
            continue
        if _RULERS.match(after) or _ADJECTIVE_AFTER.match(after):
            continue  # "Damascus government forces", "Damascus-backed militias": who, not where
        if gov == "Damascus" and (_CAPITALS_AFTER.match(after) or _ACCUSER_BEFORE.search(before) or _ALLIED.match(work, m.end())
                                  or _CAPITAL_SPEAKS.match(after)):
            continue  # "accused Damascus and Tehran of ...", "Damascus and its ally Moscow deny ...", "Damascus denies
            # targeting civilians": the government
        strong = bool(_PROVINCE_AFTER.match(after) or _PROVINCE_BEFORE.search(before)) or _shares_province_word(work, found, m.start())
        if found and not found[-1].strong and strong and _PAIRED.fullmatch(work, found[-1].end, m.start()) and \
                _PLURAL_PROVINCE.match(after):  # "Homs and Deir Ezzor provinces": both are provinces
            found[-1] = PlaceMention(found[-1].name, found[-1].start, found[-1].end, found[-1].governorate, True)
        if found and found[-1].strong and _LISTED.fullmatch(work, found[-1].end, m.start()) and \
                _SHARED_WORD.search(work, max(0, found[-1].start - 40), found[-1].start):
            # "the deserts of Homs, Hama and Deir Ezzor": a region over the three, not the first one's province
            found[-1] = PlaceMention(found[-1].name, found[-1].start, found[-1].end, found[-1].governorate, False)
        found.append(PlaceMention(m.group(0), m.start(), m.end(), gov, strong))
    return tuple(found)


#: "In the capital, a mortar round crashed near a school", "rebel rocket fire on the capital killed two": Damascus
#: named as "the capital", where a sentence opens with it or where fire lands on it.
_THE_CAPITAL = re.compile(r"In\s+(?P<open>the\s+(?:Syrian\s+)?capital)\s*,|\b(?:fire|shells|shelling|rockets|mortars|"
                          r"mortar\s+(?:shells|rounds)|missiles|projectiles)\s+(?:\w+\s+)?(?:on|at|into)\s+(?P<target>the\s+"
                          r"(?:Syrian\s+)?capital)\b(?!['’]s|\s+of\b)", re.IGNORECASE)


def _the_capital(work: str, start: int, end: int) -> PlaceMention | None:
    """Damascus named as "the capital" in work[start:end]: a sentence that opens "In the capital," or fire "on the
    capital"; None when the window holds neither."""
    if work.find("apital", start, end) < 0:
        return None
    m = _THE_CAPITAL.search(work, start, end)
    if m is None:
        return None
    name = "open" if m.group("open") is not None else "target"
    if name == "open" and work[start:m.start()].strip():
        return None  # (only where the sentence opens with it)
    return PlaceMention(m.group(name), m.start(name), m.end(name), "Damascus", False)


def _served(gov: str | None, work: str, start: int) -> bool:
    """The capital named at ``start`` as the government a side serves ("fighters loyal to Damascus", "backed by
    Damascus"): who, not where."""
    return gov == "Damascus" and _ACCUSER_BEFORE.search(work, max(0, start - 40), start) is not None


_AIRPORT_AFTER = re.compile(r"^\s*International\s+Airport|^\s*airport", re.IGNORECASE)


def _shares_province_word(work: str, found: list[PlaceMention], start: int) -> bool:
    """The second of two governorates joined under one province word ("the countryside of Homs and Damascus",
    "the deserts of Raqqa and Deir Ezzor"): a province too, as the first is."""
    if not found or not found[-1].strong or not _JOINED.fullmatch(work, found[-1].end, start):
        return False
    shared = _SHARED_WORD.search(work, max(0, found[-1].start - 40), found[-1].start)
    return shared is not None and not _BORDER.search(work, max(0, shared.start() - 30), shared.start())


_BORDER = re.compile(r"\b(?:border|boundary|line)s?\s+(?:between|of)\s+(?:the\s+)?\Z|\bbetween\s+(?:the\s+)?\Z", re.IGNORECASE)


_JOINED = re.compile(r"\s+and\s+")  # two names, not a list ("Hama, Homs and Deir Ezzor" names a region)
_SHARED_WORD = re.compile(r"\b(?:provinces|governorates|countrysides?|deserts?|badia)\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
#: The capital as a government: beside other capitals ("Damascus and Tehran"), or accused, blamed, urged, or the one a
#: side is loyal to or backed by ("fighters loyal to Damascus").
_CAPITALS_AFTER = re.compile(r"\s*(?:,|and|or)\s+(?:Tehran|Moscow|Ankara|Washington|Beirut|Baghdad|Amman|Riyadh|Tel\s+Aviv)\b")
#: The capital as the government that speaks or acts as a state: "Damascus denies", "Damascus says", "Damascus has accused".
_CAPITAL_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:denie[sd]|deny|says|said|claims|claimed|accuse[sd]|insists|insisted|"
                             r"rejecte?[sd]|vowed|vows|blames|blamed|condemned|condemns|responded|warned|warns)\b")
#: The capital as a government beside its allies: "Damascus and its ally Moscow deny ...", "Damascus and its Russian
#: backers say ...", "Damascus, and its allies, rejected ..." (a city has no allies).
_ALLIED = re.compile(r"\s*,?\s*and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:ally|allies|backers?|partners?|patrons?)\b")
_ACCUSER_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|call(?:ed|s|ing)\s+on|"
                             r"held|holding|"  # (and sides named by whom they serve: "tribal fighters loyal to Damascus")
                             r"loyal\s+to|(?:backed|supported|armed|funded)\s+by|(?:allied|affiliated|aligned)\s+(?:to|with)|close\s+to)\s+$",
                             re.IGNORECASE)
_RULERS = re.compile(r"[^\S\n]*(?:government|regime|authorities|officials)\b", re.IGNORECASE)  # (not across a line: "| Daraa\nRegime shelling")
#: "the Latakia government hospital": a building of the town, where (tests/test_extract_review_r33.py).
_BUILDING = re.compile(r"[^\S\n]*government\s+(?:hospital|compound|building|palace|house|offices?|headquarters|square|"
                       r"complex|school|bakery)\b", re.IGNORECASE)
_PAIRED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")
_LISTED = re.compile(r"\s*,\s*")  # "Homs, Hama and ...": the first names of a list
_PLURAL_PROVINCE = re.compile(r"\s*(?:provinces|governorates)\b", re.IGNORECASE)


_AREA_WORD = re.compile(r"^(?:\s+(?:Province|Governorate|Countryside|City|Desert|Badia|Rural|Outskirts|Suburbs))+$", re.IGNORECASE)


def _same_area(name: str, governorate_name: str) -> bool:
    """ "Hama" in "Hama Province" (or "Hama City"): the name is the governorate's, with a word for the area."""
    return name == governorate_name or name.startswith(governorate_name) and _AREA_WORD.match(name[len(governorate_name):]) is not None


MAX_PLACES = 60  # places read per sentence: a "sentence" naming more is a list or junk, and merging is quadratic


def place_mentions(work: str, start: int, end: int) -> list[PlaceMention]:
    """Capitalised place phrases after locative words, in text order; governorate names flagged."""
    return list(_place_mentions(work, start, end))


@lru_cache(maxsize=512)  # as for governorate mentions
def _place_mentions(work: str, start: int, end: int) -> tuple[PlaceMention, ...]:
    found: list[PlaceMention] = []
    struck: set[int] = set()  # places read only as the object of a strike ("shelled Kafr Nabl")
    for m in _place_matches(work, start, end):
        name = m.group("name").rstrip(" -'")
        s = m.start("name")
        lead = _LEADING_OF_THE.match(name)
        if lead:
            name, s = name[lead.end():], s + lead.end()
        name = _TRAILING_OF_THE.sub("", name)
        held = _HELD_BY.match(name)
        if held:  # "the SDF-held Mashlab district": the district, past who holds it
            name, s = name[held.end():], s + held.end()
        inner = _INNER_OF.search(name)
        if inner and governorate_of(inner.group(1).split(" ")[0]) is not None:
            name = name[:inner.start()]  # "Tariq Halab of Hama city": the place, then its governorate on its own
        upper = len(name) > 3 and name.replace(" ", "").replace("-", "").isupper()
        if upper and (governorate_of(name) is None or _DATELINE.match(work[s + len(name): s + len(name) + 12])):
            continue  # a dateline or an acronym ("DAMASCUS, Syria:", "ANHA"), not where the event happened
        if not name or (_NOT_PLACE.match(name) or _PERSON.match(name)) and governorate_of(name) is None or _ARTICLE.match(name):
            continue  # "the body of an Iraqi woman": an English article, not the particle of a name ("an-Nabk"); a man named
        if _named_otherwise(work, s, s + len(name)):
            continue  # "near al-Rawi, an Iraqi whose ...": a man described; "the Berri clan": a band named after a family
        if m.group("verb") and _WHOSE.match(work, s + len(name)):
            continue  # "shelled Jaysh al-Izza positions": whose positions were struck, not where
        if m.group("verb") and m.group("verb").endswith("ing") and _ONGOING.search(work, max(start, m.start() - 30), m.start()):
            continue  # "began shelling X", "continued pounding X": a campaign's target, not one event's place
        if found and found[-1].start <= s < found[-1].end:  # matches come in text order
            continue
        if _QUOTED.match(work, s + len(name)) and _QUOTE_OPEN.search(work, max(0, s - 40), s):
            continue  # 'the "Dawn of Freedom" operation': the name of an operation, not a place
        gov = governorate_of(name)
        airport = capital_airport_end(work, s + len(name)) if gov == "Damascus" else None
        if airport is not None:  # "Damascus international airport": the airport, in Rural Damascus, not the city
            name, gov = work[s:airport], None
        if gov and _RULERS.match(work, s + len(name)) and not _BUILDING.match(work, s + len(name)) or _served(gov, work, s):
            continue  # "soldiers of the Damascus government", "fighters loyal to Damascus": who, not where
        if m.group("verb"):
            struck.add(s)
        found.append(PlaceMention(name, s, s + len(name), gov, False))
        if len(found) >= MAX_PLACES:
            break
    if struck and any(p.start not in struck and not p.governorate for p in found):
        found = [p for p in found if p.start not in struck]  # a town named as struck counts only where no other is named
    banks = _BANK_RE.finditer(work, start, end) if "euphrates" in folded(work, start, end) else iter(())
    for b in banks:  # "the west bank of the Euphrates": a region of its own
        if not any(p.start < b.end() and b.start() < p.end for p in found):
            found.append(PlaceMention(b.group(0), b.start(), b.end()))
    for g in governorate_mentions(work, start, end)[:MAX_PLACES]:
        if _DATELINE.match(work[g.end:g.end + 12]) and g.name.isupper() or _outlet(work, g.start, g.end) or _past_war(work, g.start, g.end):
            continue  # dateline; "Suwayda 24": a news network; "since the Idlib battles": a past war
        if not any(p.start <= g.start < p.end for p in found):  # a name inside "countryside of Damascus" is that mention
            found = [p for p in found if not (g.start <= p.start and p.end <= g.end)] + [g]
        elif any(p.start == g.start and p.end < g.end for p in found):
            found = [g if p.start == g.start else p for p in found]
        else:
            found = [PlaceMention(p.name, p.start, p.end, g.governorate if _same_area(p.name, g.name) else p.governorate,
                                  p.strong or g.strong) if p.start <= g.start < p.end else p for p in found]
    found.sort(key=lambda p: p.start)
    return tuple(found)


def _past_war(work: str, s: int, e: int) -> bool:
    """Whether the name at ``s``..``e`` names an earlier war ("since the Idlib battles in early 2020", "since the
    outbreak of the Gaza war", "since the war in Gaza began")."""
    return _PAST_BATTLE.match(work, e) is not None and _SINCE_THE.search(work, max(0, s - 40), s) is not None \
        or _WAR_IN.search(work, max(0, s - 40), s) is not None


def _named_otherwise(work: str, s: int, e: int) -> bool:
    """Whether the name at ``s``..``e`` names something other than where the event happened, by the words around it: a
    man described ("near al-Rawi, an Iraqi whose ..."), a band named after a family ("the Berri clan"), a nationality
    ("one of Egyptian nationality"), a news network ("Suwayda 24"), or an earlier war ("since the Idlib battles")."""
    return _past_war(work, s, e) or _outlet(work, s, e) or person_apposed(work, e) or any(p.match(work, e) for p in (_BAND_AFTER, _NATIONALITY_AFTER))


def _place_matches(work: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of the place words in text order, with "over" after a drone or aircraft brought down."""
    found = _lead_matches(work, start, end)
    if "over" not in work[start:end]:
        return found
    found += [m for m in _OVER_RE.finditer(work, start, end) if shot_down_over(work, m.start(), start)]
    return sorted(found, key=lambda m: m.start())


def _lead_matches(work: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of the place words; after a name that is no place but runs on through an English word the name
    pattern also reads as a particle ("from Iraq at the Boukamal crossing": "Iraq at the Boukamal"), the search goes on
    right after the first word, so that the place led by that word is still read."""
    found: list[re.Match[str]] = []
    pos = start
    while (m := _PLACE_RE.search(work, pos, end)) is not None:
        found.append(m)
        name = m.group("name")
        inner = _RUN_ON.search(name)
        pos = m.start("name") + inner.start() if inner and _NOT_PLACE.match(name) and governorate_of(name) is None \
            else m.end()
    return found


#: An English preposition inside a matched name, before a capitalised word: where a second place phrase may begin.
_RUN_ON = re.compile(r"\s(?=(?:at|in|of)\s+(?:the\s+)?[A-Z])")


_LEADING_OF_THE = re.compile(r"(?:(?:of|the)\s+)+", re.IGNORECASE)
_TRAILING_OF_THE = re.compile(r"\s+(?:of|the|and)$")
_INNER_OF = re.compile(r"\s+of\s+(?:the\s+)?(\S.*)$")
_DATELINE = re.compile(r"\s*(?:,\s*Syria|\()")
_ARTICLE = re.compile(r"an\s")
_QUOTED = re.compile(r"[\"”’']")
_QUOTE_OPEN = re.compile(r"(?:^|\s)[\"“‘'][^\"”’]*$")


_AREA_WORDS = r"(?:desert|badia|badiya|steppe|countryside|outskirts|suburbs?|environs|surroundings|vicinity|farms|orchards)"
_COMPASS = r"(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?"
#: Words before a place that put the event near it or in a part of it: "near X", "the southern desert of X",
#: "east of X", "the outskirts of the town of X", "between X and Y".
_RELATIVE_BEFORE = re.compile(
    rf"(?:\b(?:near|nearby|outside|around|close\s+to|next\s+to)|\b{_AREA_WORDS}\s+(?:of|around|near)|"
    rf"\b{_COMPASS}\s+(?:of|from)|\bbetween(?:\s+[^,.;:()]{{1,40}}?\s+and)?)\s+(?:the\s+)?"
    rf"(?:(?:town|city|village|area)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
#: Words after a place that do the same: "X desert", "X's eastern countryside", "X outskirts".
_RELATIVE_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:{_COMPASS}\s+)?(?:{_AREA_WORDS}|area)\b", re.IGNORECASE)
_RELATIVE_IN_NAME = re.compile(rf"\s{_AREA_WORDS}$", re.IGNORECASE)


def placed_relative(work: str, place: PlaceMention) -> bool:
    """Whether the text puts the event near the place or in a part of it rather than at it ("near X", "the desert
    of X", "X countryside", "east of X", "between X and Y"): ACLED geo-precision 2 for a town, not 1."""
    before = work[max(0, place.start - 80):place.start]
    after = work[place.end:place.end + 40]
    return bool(_RELATIVE_BEFORE.search(before) or _RELATIVE_AFTER.match(after) or _RELATIVE_IN_NAME.search(place.name))
