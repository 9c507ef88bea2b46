"""How a place string is written, read before its name is looked up by the geocoder.

* alternatives written in one string ("X/Y village" -> "X village", "Y village"; "X (Y) town"; ``alternatives``);
* a governorate that ends the string ("... Idlib governorate": ``trailing_governorate``) or stands in brackets
  ("military Research Center (Aleppo)": ``scope_from_text``);
* a feature word that names a part of a settlement (a suburb, farms, a pocket, a project: ``part_of_place``);
* a leading "Jabal"/"Mount" left out (``without_generic``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.geo.admin import governorate_named

if TYPE_CHECKING:
    pass


_PART_OF_PLACE = re.compile(r"\b(?:suburbs?|farms?|pocket|housing|project)\b", re.IGNORECASE)


def part_of_place(text: str) -> bool:
    """True when the string's feature word names a part of a settlement (a suburb, farms, a pocket, a project)."""
    return _PART_OF_PLACE.search(text) is not None


def trailing_governorate(text: str) -> str | None:
    """The governorate of "... Idlib governorate" / "... Hama province", when it is the only one the string names."""
    m = re.search(r"^(.*?)\s*\b(?:governorate|province|muhafazah)\s*$", text, re.IGNORECASE)
    if m is None or re.search(r"\b(?:between|and|to|from)\b", m.group(1), re.IGNORECASE):
        return None
    words = m.group(1).split()
    for size in range(min(4, len(words)), 0, -1):
        gov = governorate_named(" ".join(words[-size:]))
        if gov is not None:
            return gov.name
    return None


def scope_from_text(text: str) -> str | None:
    """A governorate named in parentheses ("military Research Center (Aleppo)") scopes the name."""
    m = re.search(r"\(([^()]+)\)", text)
    if m and governorate_named(m.group(1)) is not None:
        return m.group(0)
    return None


_GENERIC_LEAD = re.compile(r"^(?:the\s+)?(?:jabal|jebel|jbel|mount|mt\.?)\s+", re.I)


def without_generic(text: str) -> str:
    return _GENERIC_LEAD.sub("", text).strip()


def alternatives(text: str) -> list[str]:
    """"X/Y village" → ["X village", "Y village"]; "X (Y) town" → ["X town", "Y town"]."""
    hint_word = ""
    m = re.search(r"\s(village|town|city|area|mountain|camp)s?$", text, re.I)
    if m:
        hint_word, text = m.group(0), text[: m.start()]
    parts: list[str] = []
    paren = re.match(r"^(.*?)\(([^()]+)\)(.*)$", text)
    if paren:
        parts = [paren.group(1) + paren.group(3), paren.group(2)]
    elif "/" in text or " or " in text:
        parts = re.split(r"/| or ", text)
    elif "," in text:
        parts = text.split(",")
    return [p.strip() + hint_word for p in parts if len(p.strip()) > 2]
