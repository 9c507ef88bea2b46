"""An incident that points back at a landmark the report named with its place: it takes that place's governorate.

Construction handled: "an attack on the Ghweiran prison in Hasakah city" or "a prison in the northeastern city of
Hasakah" told first, then "a suicide bomber drove a car bomb into the main gate of the prison" or "strikes hit
buildings near the prison": the definite noun ("the prison", "the camp", "the base", "the checkpoint", "the oil
field", "the camp's first sector") names the same kind of place told before, with its town or province, so the
incident lies where that landmark lies. An incident that names no place but the landmark with its place itself
("inside Syria's al-Hol camp") is read the same way.

Left alone: "the camp of X", "the base of X" (a new landmark, named by what follows); a landmark of the kind named
nowhere in the report with a place the gazetteer knows; landmarks of one kind named in two governorates (which one
the incident points at is not said); "released from the prison", "left the camp" (where a victim came from); a
placed incident that names a landmark only where something was said ("the centre at the Hmeimim base said its jets
struck X"); airports ("Damascus airport" lies in Rural Damascus, not the city's governorate); and every incident that
already has a governorate of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.places import governorate_of

#: The kinds of landmark a report names and then points back at ("the prison", "the air base", "the oil field").
_KINDS = r"(?:prison|jail|camp|air\s*base|base|checkpoint|(?:oil|gas)\s+field)"
_TOKEN = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|es|er|Al|El)-)?[A-Z][A-Za-z]*(?:-[A-Za-z]+)*"
_NAME = rf"{_TOKEN}(?:\s+{_TOKEN}){{0,2}}"
#: Words that open a sentence or stand for no place before a landmark: "The prison", "Its camp".
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "one", "another"})
#: A landmark named by the place before it: "Hasakah prison", "the Ghweiran (al-Sinaa) prison", "Syria's al-Hol camp".
_NAMED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})\s+(?:\([^()\n]{{1,40}}\)\s+)?(?P<kind>(?i:{_KINDS}s?))\b")
#: A landmark named by the place after it: "a prison in the northeastern city of Hasakah", "the camp in Hasakah province";
#: (both also in the plural, "displacement camps in northern Idlib": landmarks of the kind in a second governorate,
#: which "the camp" may point at as well as at "al-Hol camp in Hasakah").
_NAMED_AFTER = re.compile(rf"\b(?P<kind>{_KINDS}s?)\s+(?:in|near|outside)\s+(?:the\s+)?(?:[a-z]+ern\s+)?"
                          rf"(?:(?:city|town|village|province|governorate|countryside)\s+of\s+)?(?P<name>{_NAME})")
#: A landmark pointed back at: "the prison", "the camp's first sector" (not "the camp of X", which names a new one, nor
#: "released from the prison", "left the camp": where a victim came from, not where the event was).
_POINTED = re.compile(rf"(?<!\bfrom\s)(?<!\bleft\s)\bthe\s+(?:main\s+|same\s+|nearby\s+)?(?P<kind>{_KINDS})\b(?!\s+(?:of|in|near|outside)\b)",
                      re.IGNORECASE)

Resolver = Callable[[str], "str | None"]


def _kind_key(kind: str) -> str:
    return re.sub(r"\s+", "", kind.lower()).replace("airbase", "base").removesuffix("s")


def _named_governorate(name: str, resolve: Resolver) -> tuple[str | None, bool]:
    """The governorate of a landmark's place name, trying the name, then its last words ("Syria's al-Hol" -> "al-Hol");
    True where the name is a governorate's own (its capital: "Hasakah prison"), which no small namesake can mislead."""
    words = name.split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    for k in range(len(words)):
        part = " ".join(words[k:])
        own = governorate_of(part)
        gov = own or resolve(part)
        if gov:
            return gov, own is not None
    return None, False


def _told_landmarks(text: str, end: int, resolve: Resolver) -> dict[str, tuple[set[str], set[str]]]:
    """The governorates of the landmarks text[:end] names with their place, by kind: those named by a governorate's
    own name, and those named by a town the gazetteer places."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for pattern in (_NAMED_BEFORE, _NAMED_AFTER):
        for m in pattern.finditer(text, 0, end):
            gov, own = _named_governorate(m.group("name"), resolve)
            if gov:
                found.setdefault(_kind_key(m.group("kind")), (set(), set()))[0 if own else 1].add(gov)
    return found


def told_landmark_governorate(text: str, start: int, end: int, resolve: Resolver, *, placed: bool) -> str | None:
    """The governorate of the landmark the span text[start:end] points back at ("the prison"), where the report names
    landmarks of that kind in one governorate only; for an incident that names no place (not ``placed``), also of the
    landmark it names with its place itself ("inside Syria's al-Hol camp"). None otherwise."""
    kinds = {_kind_key(m.group("kind")) for m in _POINTED.finditer(text, start, end)}
    if kinds:
        landmarks = _told_landmarks(text, end, resolve)
        told = [landmarks.get(kind, (set(), set())) for kind in kinds]
        govs = set().union(*(own for own, _ in told)) or set().union(*(town for _, town in told))
        return govs.pop() if len(govs) == 1 else None  # (a province's own name outweighs a namesake town elsewhere)
    if placed:
        return None  # ("the Reconciliation Centre at the Hmeimim base said ... hideouts in X": where it was said)
    named = {_named_governorate(m.group("name"), resolve)[0] for p in (_NAMED_BEFORE, _NAMED_AFTER)
             for m in p.finditer(text, start, end)}
    return named.pop() if len(named) == 1 else None
