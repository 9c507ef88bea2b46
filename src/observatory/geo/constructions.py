"""String constructions around a place name that the plain matcher does not read.

* :func:`without_qualifier` — "Buqrus Tahtani", "Mulayhah al Gharbiyah", "Bala al Qadimah": a part of a
  village pair (upper/lower, west/east, big/small, old/new) whose base name the gazetteer may know alone.
* :func:`scoped` — "Al Bab district of Aleppo", "Salah al-Din quarter of Aleppo city", "Kafr Nabl, Idlib",
  "Tall Abyad (Raqqa)": a name and the larger place or governorate that contains it.
* :func:`between` — "between Maarat al-Numan and Saraqib": two anchors.

Each returns plain strings; resolving them is the geocoder's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from observatory.geo.normalize import ascii_fold

# Qualifiers written after a name (with or without an article), masculine and feminine forms.
_QUALIFIER_TEXT = (
    "tahtani tahtaniyah tahtaniya tahtania tahtaniyeh foqani fawqani fouqani fuqani fawqaniyah fawqaniya fouqaniyeh "
    "gharbi gharbiyah gharbiya gharbiyeh gharbiyya sharqi sharqiyah sharqiya sharqiyeh sharqiyya shamali shamaliyah "
    "shamaliya janubi janubiyah janubiya jnubi kabir kabirah kabira kebir kbir kabireh saghir saghirah saghira "
    "sghir zghir saghireh qadim qadimah qadima qadimeh jadid jadidah jadida jdideh wusta wustani awsat "
    "western eastern northern southern upper lower big small old new great little"
)
QUALIFIERS = frozenset(_QUALIFIER_TEXT.split())
_ARTICLE = frozenset({"al", "el", "as", "es", "ash", "esh", "ad", "ed", "ar", "er", "az", "ez", "at", "et", "an",
                      "en", "aj"})
_FEATURE_TAIL = re.compile(
    r"\s+(?:village|villages|town|city|hamlet|farm|farms|area|locality)$", re.IGNORECASE)


def without_qualifier(text: str) -> str | None:
    """The name less its trailing qualifier words ("Buqrus Tahtani town" → "Buqrus town"), or None when
    the name carries none (or is nothing but qualifiers)."""
    tail = _FEATURE_TAIL.search(text)
    feature = tail.group(0) if tail else ""
    body = text[: tail.start()] if tail else text
    words = re.split(r"[\s-]+", body.strip())  # "al-Gharbi" is an article and a qualifier
    cut = len(words)
    while cut > 1 and ascii_fold(words[cut - 1]) in QUALIFIERS:
        cut -= 1
        if cut > 1 and ascii_fold(words[cut - 1]) in _ARTICLE:
            cut -= 1
    if cut == len(words) or cut == 0:
        return None
    base = " ".join(words[:cut]).rstrip(" -,")
    if len(ascii_fold(base).replace(" ", "")) < 3:
        return None
    return f"{base}{feature}"


@dataclass(frozen=True, slots=True)
class Scoped:
    """A name placed inside a larger place: ``inner`` lies in ``outer`` (a governorate, district or town)."""

    inner: str
    outer: str
    part: str  # the word that links them ("district", "quarter", "," ...)
    city: bool = False  # the container is written as a city ("... of Homs city") or the part is a city quarter


_PART_WORDS = (r"(?:sub-?district|district|nahiya|nahiyah|neighbou?rhood|quarter|area|suburbs?|outskirts|"
               r"countryside|village|town|camp|hill|mountain|farms?)")
_OF = re.compile(rf"^(?P<inner>.+?)\s+(?P<part>{_PART_WORDS})\s+(?:of|in)\s+(?:the\s+)?(?P<outer>.+?)"
                 r"(?:\s+(?:city|town|governorate|province|district))?$", re.IGNORECASE)
_COMMA = re.compile(r"^(?P<inner>[^,]+?)\s*,\s*(?P<outer>[^,]+?)(?:\s+(?:city|governorate|province))?$", re.IGNORECASE)
_IN = re.compile(r"^(?P<inner>.+?)\s+in\s+(?:the\s+)?(?P<outer>.+?)(?:\s+(?:city|governorate|province|district))?$",
                 re.IGNORECASE)


def scoped(text: str) -> Scoped | None:
    """Split "X district of Y", "X quarter of Y city", "X in Y" and "X, Y" into name and container."""
    text = " ".join(text.split())
    m = _OF.match(text)
    city = re.search(r"\bcity$", text, re.IGNORECASE) is not None
    if m is not None:
        part = m.group("part").lower()
        city = city or part in ("quarter", "neighbourhood", "neighborhood")
        return Scoped(m.group("inner").strip(" -,"), m.group("outer").strip(" -,"), part, city)
    for pattern, part in ((_COMMA, ","), (_IN, "in")):
        m = pattern.match(text)
        if m is not None and len(m.group("inner").strip()) > 2 and len(m.group("outer").strip()) > 2:
            return Scoped(m.group("inner").strip(" -,"), m.group("outer").strip(" -,"), part, city)
    return None


_BETWEEN = re.compile(r"^(?:the\s+)?(?:area\s+|villages?\s+|region\s+)?between\s+(?:the\s+)?(?P<a>.+?)\s+"
                      r"(?:and|&)\s+(?:the\s+)?(?P<b>.+)$", re.IGNORECASE)


def between(text: str) -> tuple[str, str] | None:
    """The two anchors of "between X and Y" (also "the area between X and Y"), or None."""
    m = _BETWEEN.match(" ".join(text.split()))
    if m is None:
        return None
    a, b = m.group("a").strip(" -,"), m.group("b").strip(" -,")
    return (a, b) if len(a) > 2 and len(b) > 2 else None
