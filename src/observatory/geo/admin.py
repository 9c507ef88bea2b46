"""Syria's 14 governorates: OCHA names and p-codes, spellings reports use, GeoNames admin1 codes.

OCHA COD-AB (v02) p-codes SY01-SY14; GeoNames admin1 codes of Syria 01-14 (a different order). The
spellings are the common English, French and transliterated forms of each governorate's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from observatory.geo.normalize import ascii_fold, name_key, phonetic_key, token_words


@dataclass(frozen=True, slots=True)
class Governorate:
    name: str  # the OCHA English name, as models.GOVERNORATES spells it
    pcode: str
    arabic: str
    geonames_code: str
    capital: str
    lat: float  # the capital's approximate position
    lon: float
    aliases: tuple[str, ...]


GOVERNORATE_TABLE: tuple[Governorate, ...] = (
    Governorate("Damascus", "SY01", "دمشق", "13", "Damascus", 33.513, 36.292,
                ("Damascus", "Dimashq", "Damas", "al-Sham", "Damascus city")),
    Governorate("Aleppo", "SY02", "حلب", "09", "Aleppo", 36.202, 37.134, ("Aleppo", "Halab", "Alep", "Haleb")),
    Governorate("Rural Damascus", "SY03", "ريف دمشق", "08", "Duma", 33.572, 36.402,
                ("Rural Damascus", "Rif Dimashq", "Damascus countryside", "Reef Dimashq", "Rif Damascus",
                 "Damascus Rural", "Rif Dimashk", "Outer Damascus")),
    Governorate("Homs", "SY04", "حمص", "11", "Homs", 34.731, 36.709, ("Homs", "Hims", "Homs city")),
    Governorate("Hama", "SY05", "حماة", "10", "Hama", 35.131, 36.757, ("Hama", "Hamah", "Hamat", "Hamah city")),
    Governorate("Lattakia", "SY06", "اللاذقية", "02", "Lattakia", 35.523, 35.792,
                ("Lattakia", "Latakia", "Al-Ladhiqiyah", "Ladhiqiyah", "Lattaquie", "Al Ladhiqiyah", "Latakiya")),
    Governorate("Idleb", "SY07", "إدلب", "12", "Idleb", 35.931, 36.632, ("Idleb", "Idlib", "Edlib", "Edleb")),
    Governorate("Al-Hasakeh", "SY08", "الحسكة", "01", "Al-Hasakeh", 36.502, 40.748,
                ("Al-Hasakeh", "Hasakah", "Hasaka", "Al-Hasakah", "Hassakeh", "Hasakeh", "Hassakah", "Hasake",
                 "Al Hasakah")),
    Governorate("Deir-ez-Zor", "SY09", "دير الزور", "07", "Deir-ez-Zor", 35.336, 40.141,
                ("Deir-ez-Zor", "Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour", "Deir Ez Zour",
                 "Deir al-Zor", "Deir Ezzour", "Deir Zor", "Deirezzor", "Dayr al Zawr")),
    Governorate("Tartous", "SY10", "طرطوس", "14", "Tartous", 34.889, 35.887,
                ("Tartous", "Tartus", "Tartouss", "Tortosa")),
    Governorate("Ar-Raqqa", "SY11", "الرقة", "04", "Ar-Raqqa", 35.950, 39.010,
                ("Ar-Raqqa", "Raqqa", "Al-Raqqa", "Raqqah", "Ar Raqqah", "Rakka", "Al-Raqqah")),
    Governorate("Dar'a", "SY12", "درعا", "06", "Dar'a", 32.619, 36.102,
                ("Dar'a", "Daraa", "Deraa", "Dara'a", "Der'a", "Daraa city")),
    Governorate("As-Sweida", "SY13", "السويداء", "05", "As-Sweida", 32.709, 36.567,
                ("As-Sweida", "Sweida", "Suwayda", "As Suwayda", "Al-Suwaidaa", "Al-Suwayda", "Sweidaa", "Swaida",
                 "Soueida", "Al-Sweida", "As-Suwayda")),
    Governorate("Quneitra", "SY14", "القنيطرة", "03", "Quneitra", 33.126, 35.824,
                ("Quneitra", "Al-Qunaytirah", "Qunaytirah", "Kuneitra", "Qunaitra", "Al Qunaytirah")),
)

BY_PCODE = {g.pcode: g for g in GOVERNORATE_TABLE}
BY_NAME = {g.name: g for g in GOVERNORATE_TABLE}
BY_GEONAMES = {g.geonames_code: g for g in GOVERNORATE_TABLE}


@lru_cache(maxsize=1)
def _alias_keys() -> dict[str, Governorate]:
    keys: dict[str, Governorate] = {}
    for gov in GOVERNORATE_TABLE:
        for alias in (gov.name, gov.arabic, *gov.aliases):
            if name_key(alias) == name_key(alias, keep_features=True):  # "Damascus countryside" is not Damascus
                keys[phonetic_key(alias)] = gov
    return keys


_RURAL_KEYS = ("damascus countryside", "rural damascus", "countryside damascus")


@lru_cache(maxsize=1)
def _key_words() -> frozenset[str]:
    """Every word of a key that names a governorate (phonetic alias keys, and the strict keys of Rural Damascus)."""
    return frozenset(word for key in (*_alias_keys(), *_RURAL_KEYS) for word in key.split())


@lru_cache(maxsize=16384)  # context words recur across reports
def may_name_governorate(token: str) -> bool:
    """Whether a token of :func:`ascii_fold`'s output may be part of a name of a governorate: False when every word it
    can leave in a key (:func:`token_words`) is one no governorate's key has."""
    words = token_words(token)
    return not words or any(word in _key_words() for word in words)


@lru_cache(maxsize=16384)  # context words and n-grams recur across reports
def governorate_named(text: str | None) -> Governorate | None:
    """The governorate a name or alias denotes ("Idlib" → Idleb), or None."""
    if not text or not all(map(may_name_governorate, ascii_fold(text).split())):
        return None  # most n-grams of a context hold a word no governorate's key has
    if name_key(text, keep_features=True) in _RURAL_KEYS:
        return BY_NAME["Rural Damascus"]
    return _alias_keys().get(phonetic_key(text))


def canonical_admin1(name: str | None, pcode: str | None = None) -> tuple[str | None, str | None]:
    """Map an imported admin1 name or p-code onto the OCHA name and p-code."""
    by_code = BY_PCODE.get(pcode.upper()) if pcode else None
    if by_code is not None:
        return by_code.name, by_code.pcode
    by_name = governorate_named(name)
    if by_name is not None:
        return by_name.name, by_name.pcode
    return name, pcode
