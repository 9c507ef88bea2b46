"""Normalising Syrian place names so that spellings of one place meet on one key.

Three levels, from strict to loose:

* :func:`name_key`  lower-case ASCII, Arabic script transliterated, articles (al-, el-, as-, ad-, ...),
  apostrophes, hyphens and trailing feature words ("village", "desert", "countryside") removed,
  common word variants unified (Tal/Tell → tall, Ain/Ein → ayn, Jebel → jabal, Deir/Dayr → dayr).
* :func:`phonetic_key`  the name key with spelling-level variants folded: doubled letters, ou/oo → u,
  ee → i, final -eh/-ah/-a → a, q → k, dh/th → z/t, sh/ch → s.
* :func:`skeleton_key`  the phonetic key without inner vowels: Sfuhen/Sfuhun, Balyon/Balyun, Amude/Amuda.

:func:`feature_hint` reads the feature word a string carries ("mountain", "desert", "army base") so the
matcher can prefer entries of that class.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic letters → a plain Latin transliteration close to what reports use.
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "ـ": "", "\u064b": "", "\u064c": "",
    "\u064d": "", "\u064e": "a", "\u064f": "u", "\u0650": "i", "\u0651": "", "\u0652": "", "پ": "p",
    "چ": "ch", "گ": "g", "ڤ": "v", "ک": "k", "ی": "y",
}

ARTICLES = frozenset({"al", "el", "il", "ul", "as", "es", "ad", "ed", "ar", "er", "ash", "esh", "at", "et", "az",
                      "ez", "an", "en", "ath", "adh", "ats", "ag", "a"})

# Word variants reports use for the same generic word (first element of a name, mostly).
_WORD_VARIANTS = {
    "tal": "tall", "tell": "tall", "tel": "tall", "til": "tall", "tall": "tall", "tl": "tall",
    "ain": "ayn", "ein": "ayn", "ayin": "ayn", "aien": "ayn", "ayn": "ayn", "en": "ayn",
    "jebel": "jabal", "jabel": "jabal", "jbel": "jabal", "jebal": "jabal", "jabal": "jabal", "jbal": "jabal",
    "deir": "dayr", "dair": "dayr", "der": "dayr", "dayr": "dayr", "dier": "dayr",
    "kfar": "kafr", "kafar": "kafr", "kaffar": "kafr", "kfer": "kafr", "kefr": "kafr", "kfr": "kafr", "kafer": "kafr",
    "um": "umm", "om": "umm", "omm": "umm", "oum": "umm", "umm": "umm",
    "abou": "abu", "abo": "abu", "abu": "abu",
    "khirbet": "khirbat", "kherbet": "khirbat", "khirbeh": "khirbat", "khurbat": "khirbat", "kherbeh": "khirbat",
    "khirbat": "khirbat", "khirba": "khirbat", "khirbah": "khirbat", "kharbat": "khirbat",
    "beer": "bir", "bir": "bir", "bier": "bir",
    "kasr": "qasr", "qasr": "qasr", "qsar": "qasr",
    "housh": "hawsh", "hosh": "hawsh", "hawsh": "hawsh", "haush": "hawsh",
    "tulul": "tlul", "tloul": "tlul", "tlul": "tlul",
    "mazraat": "mazraa", "mazraet": "mazraa", "mazraa": "mazraa", "mazrat": "mazraa",
    "ras": "ras", "raas": "ras",
    "sheikh": "shaykh", "shaikh": "shaykh", "sheik": "shaykh", "shaykh": "shaykh", "shekh": "shaykh",
    "saint": "mar", "mount": "jabal", "mt": "jabal",
    "city": "", "st": "mar",
}

# Feature words: dropped from the key, kept as a hint of the feature class. Longest phrases first.
_FEATURES: tuple[tuple[str, str], ...] = (
    ("army base", "base"), ("air base", "base"), ("airbase", "base"), ("military base", "base"),
    ("military airport", "base"), ("military airbase", "base"), ("airport", "base"), ("base", "base"),
    ("pumping station", "station"), ("station", "station"), ("checkpoint", "checkpoint"),
    ("oil field", "field"), ("gas field", "field"), ("oilfield", "field"), ("gasfield", "field"),
    ("oil fields", "field"), ("gas fields", "field"), ("oilfields", "field"), ("fields", "field"),
    ("field", "field"), ("oil wells", "field"), ("wells", "field"), ("reservoir", "lake"), ("island", "area"),
    ("salt pan", "area"), ("ruins", "area"), ("ruin", "area"), ("valley", "area"), ("stream", "river"),
    ("factory", "base"), ("locality", "village"), ("suburbs", "area"), ("suburb", "area"), ("pocket", "area"),
    ("enclave", "area"), ("castle", "area"), ("project", "area"), ("amp", "camp"), ("hamlet", "village"),
    ("school", "building"), ("hospital", "building"), ("mosque", "building"), ("church", "building"),
    ("roundabout", "building"), ("square", "building"), ("street", "building"), ("market", "building"),
    ("bakery", "building"), ("neighborhood", "building"), ("neighbourhood", "building"),
    ("mountains", "mountain"), ("mountain", "mountain"), ("mount", "mountain"), ("mountain range", "mountain"),
    ("hills", "mountain"), ("hill", "mountain"),
    ("desert", "desert"), ("badia", "desert"), ("badiya", "desert"), ("steppe", "desert"),
    ("countryside", "area"), ("outskirts", "area"), ("suburbs", "area"), ("area", "area"), ("region", "area"),
    ("plain", "area"), ("plains", "area"), ("sub district", "district"), ("subdistrict", "district"),
    ("district", "district"), ("nahiya", "district"), ("nahiyah", "district"), ("nahia", "district"),
    ("mintaqa", "district"), ("mintaqah", "district"), ("heliport", "base"), ("air field", "base"),
    ("airfield", "base"),
    ("neighbourhood", "area"), ("neighborhood", "area"), ("quarter", "area"), ("farms", "area"), ("farm", "area"),
    ("governorate", "admin1"), ("province", "admin1"),
    ("village", "village"), ("villages", "village"), ("town", "town"), ("city", "city"), ("camp", "camp"),
    ("dam", "dam"), ("river", "river"), ("lake", "lake"), ("bridge", "bridge"), ("prison", "base"),
    ("crossing", "checkpoint"), ("border crossing", "checkpoint"), ("junction", "junction"),
)
_FEATURE_WORDS = frozenset(w for phrase, _ in _FEATURES for w in phrase.split())
_DROP_WORDS = frozenset({"the", "of", "in", "and"})
_SUN_LETTERS = frozenset("tdrzsnl")


def transliterate(text: str) -> str:
    """Arabic script to Latin letters (other characters unchanged)."""
    if text.isascii() or not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    out: list[str] = []
    words = text.split()
    for word in words:
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        elif word.startswith("وال") and len(word) > 4:
            word = word[3:]
        out.append("".join(_ARABIC.get(ch, ch) for ch in word))
    return " ".join(out)


@lru_cache(maxsize=16384)
def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces."""
    text = transliterate(text)
    text = text.replace("ʿ", "").replace("ʾ", "").replace("‘", "").replace("’", "").replace("'", "").replace("`", "")
    if text.isascii():  # nothing to decompose, no combining marks, none of the letters replaced below
        plain = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        plain = plain.replace("ı", "i").replace("ø", "o").replace("ß", "ss").lower()
    return " ".join(_NOT_ALNUM.sub(" ", plain).split())


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=16384)  # name_key reads each name twice (with and without its feature words)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_unglued(tok) for tok in ascii_fold(name).split())


def _unglued(tok: str) -> str:
    """One folded token less an article written together with it."""
    if len(tok) > 5 and tok[:2] in ("al", "el") and tok[2] not in "aeiouy" and tok not in _WORD_VARIANTS:
        return tok[2:]  # "Alsukhnah", "Elmayadin"
    if len(tok) > 4 and (tok[0] == "e" or tok[1] != "s") and tok[1] in _SUN_LETTERS and tok[2] == tok[1] \
            and tok[0] in "ae":
        return tok[2:]  # "Ezzor", "Assukhnah", "Addana": a sun-letter article
    return tok


@lru_cache(maxsize=16384)  # context words recur across reports
def token_words(token: str) -> tuple[str, ...]:
    """The words one token of :func:`ascii_fold`'s output can leave in a key: its :func:`name_key` word, then the
    :func:`phonetic_key` words it may fold to (that of a construct form too); () when a key may drop the token (an
    article, a joining word, a variant that empties it, a feature word). So a name none of whose keys could be made
    of some words has a token whose words all lie outside them (see ``admin.governorate_named``)."""
    glued = _unglued(token)
    word = _WORD_VARIANTS.get(glued, glued)
    if glued in ARTICLES or glued in _DROP_WORDS or not word or word in _FEATURE_WORDS:
        return ()
    variants = _phonetic_variants()
    forms = (word, word[:-1]) if len(word) > 4 and word[-2:] in ("at", "et", "it") else (word,)
    return (word, *(variants.get(f, f) for f in map(_fold_word, forms)))


def feature_hint(name: str) -> str | None:
    """The feature class a string names ("As Sukhnah town" → "town"), or None."""
    folded = f" {ascii_fold(name)} "
    for phrase, cls in _SPACED_FEATURES:
        if phrase in folded:
            return cls
    return None


_SPACED_FEATURES = tuple((f" {phrase} ", cls) for phrase, cls in _FEATURES)  # whole words only


@lru_cache(maxsize=65536)
def name_key(name: str, *, keep_features: bool = False) -> str:
    """The strict matching key of a name (see module doc); '' when nothing is left."""
    tokens = _tokens(name)
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok in ARTICLES and (i + 1 < len(tokens)):
            continue
        if tok in _DROP_WORDS:
            continue
        tok = _WORD_VARIANTS.get(tok, tok)
        if tok:
            out.append(tok)
    if not keep_features:
        stripped = _strip_features(out)
        if stripped:
            out = stripped
    return " ".join(out)


def _strip_features(tokens: list[str]) -> list[str]:
    """Drop feature words at the end (and a leading one when more words follow)."""
    out = list(tokens)
    while len(out) > 1 and out[-1] in _FEATURE_WORDS:
        out.pop()
    while len(out) > 1 and out[0] in _FEATURE_WORDS and out[0] not in ("jabal",):
        out.pop(0)
    return out


_PHONETIC_RULES: tuple[tuple[str, str], ...] = (
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ay"), ("ey", "ay"), ("ai", "ay"), ("aw", "aw"), ("ow", "aw"),
    ("dh", "z"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("kh", "k"), ("gh", "\u0121"), ("g", "j"), ("\u0121", "g"),
    ("ph", "f"), ("q", "k"),
    ("ck", "k"), ("c", "k"), ("x", "ks"), ("dj", "j"), ("e", "a"), ("o", "u"), ("iy", "i"), ("uw", "u"),
)


@lru_cache(maxsize=65536)
def phonetic_key(name: str) -> str:
    """The name key with spelling variants folded (see module doc)."""
    tokens = name_key(name).split()
    words = []
    variants = _phonetic_variants()
    for position, word in enumerate(tokens):
        if position < len(tokens) - 1 and len(word) > 4 and word[-2:] in ("at", "et", "it"):
            word = word[:-1]  # the construct form of a feminine noun: Mleihat Gharbiyyeh, Mulayhah al Gharbiyah
        word = _fold_word(word)
        words.append(variants.get(word, word))
    return " ".join(words)


@lru_cache(maxsize=16384)
def _fold_word(word: str) -> str:
    """One word's spelling variants folded (the rules of :func:`phonetic_key`)."""
    for old, new in _PHONETIC_RULES:
        word = word.replace(old, new)
    word = _DOUBLED.sub(r"\1", word).replace("iy", "i").replace("uw", "u")  # -iyyeh/-iyah, -uww-
    word = _AW.sub("u", word)  # Zawr/Zour/Zor, Kawm/Koum/Kom
    word = _FINAL_A.sub("a", word) if len(word) > 3 else word
    return _DOUBLED.sub(r"\1", word)


_DOUBLED = re.compile(r"(.)\1+")
_AW = re.compile(r"aw(?=[^aeiouy]|$)")
_FINAL_A = re.compile(r"(ah|a|h)$")


@lru_cache(maxsize=1)
def _phonetic_variants() -> dict[str, str]:
    """The generic-word table at the phonetic level, so that spellings it does not list but that fold like
    one it does ("Tuloul" like "Tloul") meet too: folded variant → folded canonical word."""
    table: dict[str, str] = {}
    for variant, canonical in _WORD_VARIANTS.items():
        folded = _fold_word(variant)
        if canonical and len(folded) > 3:  # short folds ("dar" from "der") are words of their own
            table.setdefault(folded, _fold_word(canonical))
    for canonical in set(_WORD_VARIANTS.values()):
        if canonical:
            table[_fold_word(canonical)] = _fold_word(canonical)
    return table


@lru_cache(maxsize=65536)
def letters_key(name: str) -> str:
    """The strict key less what transliterations disagree on without meaning another letter: vowels, a final
    -h after a vowel, doubled letters. Consonants that are distinct Arabic letters stay distinct (sh/s, kh/k,
    q/k, dh/z, th/t, gh/g), so "Harisha" and "Harisah" differ while "Shoula" and "Shulah" do not."""
    words = []
    for word in name_key(name).split():
        word = re.sub(r"([aeiouy])h$", r"\1", word.replace("ou", "u").replace("ee", "i"))
        word = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "", word))
        words.append(word or "-")
    return " ".join(words)


@lru_cache(maxsize=65536)
def consonant_key(name: str) -> str:
    """The phonetic key without vowels but with the semivowels y and w, spaces dropped: stricter than
    :func:`skeleton_key` (Sayyadah "syd" and Suwaydiyah "swydy" differ; Misrab and Masrab meet on "msrb")."""
    words = (re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "", w)) for w in phonetic_key(name).split())
    return "".join(words)  # doubles collapse within a word only: "Bab Salama" keeps its two b's


@lru_cache(maxsize=65536)
def skeleton_key(name: str) -> str:
    """Consonants only (h kept, y and w dropped), spaces dropped: the loosest key."""
    out = []
    for word in phonetic_key(name).split():
        consonants = re.sub(r"[aeiouyw]", "", word)
        out.append(consonants or word)
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def compact(name: str) -> str:
    """The phonetic key without spaces (for fuzzy scoring)."""
    return phonetic_key(name).replace(" ", "")


# Names made of a common word (a shrine, a bridge, "the new one", a tribe's name...) that many Syrian
# villages share. A gazetteer rarely holds every one of them, so a lone match is not trusted without context.
_COMMON_TEXT = (
    "Taybah Tayyibah Tiba Mansoura Mansura Ziyarah Salihiyah Karamah Jadidah Jdeideh Judaydah Hawija Hawijah  "
    "Qantarah Mushrifah Mushayrifah Mushrafa Malha Mallaha Sabkha Rawdah Shajarah Qaryah Mazraa Mazraah Duwayr  "
    "Rabiah Hamra Hamrat Khadra Bayda Sawda Ghazala Jazirah Rahbah Qasr Burj Majdal Safsafah Sukkariyah Bahra  "
    "Saida Shamiyah Husayniyah Hamidiyah Uthmaniyah Qasimiyah Amiriyah Aziziyah Mahmudiyah Nasiriyah Umariyah  "
    "Malikiyah Aliyah Hurriyah Qarah Qara Uwaynah Ruwaydah Khirbah Mughayr Mughara Maghara Qalaa Qalat Hisn  "
    "Hammam Salamah Marj Sahl Nahr Jisr Qanat Tahun Tahunah Khan Qubbah Suq Markaz Mahattah Salam Nur Huda  "
    "Tall Ayn Bir Shaykh Sheikh Kabir Saghir Gharbi Sharqi Shamali Janubi Wadi Jubb Dayr Kafr"
)
_COMMON_NAMES = _COMMON_TEXT.split()


def is_common_name(name: str) -> bool:
    """Whether a name (feature words aside) is one of the common names many villages share."""
    return phonetic_key(name) in _common_keys()


@lru_cache(maxsize=1)
def _common_keys() -> frozenset[str]:
    return frozenset(phonetic_key(n) for n in _COMMON_NAMES)
