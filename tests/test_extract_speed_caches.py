"""The speed-ups give what the plain code gave: memoised folds and counts, prefix-nested alternations,
digit gates on the date patterns, and the word test that lets ``governorate_named`` skip most n-grams."""

from __future__ import annotations

import random
import re
from datetime import date

from observatory.extract import dates, numbers
from observatory.extract.gates import folded
from observatory.extract.numbers import NUMBER_RE, QUALIFIERS, SCALES, TENS, UNITS, VAGUE, find_quantities
from observatory.geo.admin import GOVERNORATE_TABLE, _alias_keys, _key_words, governorate_named
from observatory.geo.normalize import ascii_fold, name_key, phonetic_key, token_words

_SAMPLE = ("At least 12 regime soldiers were killed on 14/04/2024 and two dozen more on the 3rd of this month, "
           "while about twenty-five ISIS members died in Deir ez-Zor countryside on Monday morning; "
           "SOHR documented no fewer than 1,250 deaths since the 2024-01-05 attack, a few of them civilians.")


def test_folded_is_memoised_and_bounded() -> None:
    info = folded.cache_info()  # type: ignore[attr-defined]
    assert info.maxsize is not None and 256 <= info.maxsize <= 4096  # a report's spans fit; a stream does not grow it
    plain = folded.__wrapped__  # type: ignore[attr-defined]
    for start, end in ((0, None), (3, 40), (-5, 12), (10, -1), (50, 500)):
        assert folded(_SAMPLE, start, end) == plain(_SAMPLE, start, end) == folded(_SAMPLE, start, end)


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def test_trie_matches_as_the_longest_first_alternation() -> None:
    rng = random.Random(18)
    for table in (list(QUALIFIERS), list(VAGUE), sorted({*UNITS, *TENS, *SCALES} - {"a", "an", "no", "another"})):
        trie = re.compile(rf"(?:{numbers._trie(table)})(?:\s+of)?\b", re.IGNORECASE)
        flat = re.compile(rf"(?:{_alternation(table)})(?:\s+of)?\b", re.IGNORECASE)
        for _ in range(300):
            text = " ".join(rng.choice([*table, "the", "Of", "tens", "ten", "x", "AT", "a"]) for _ in range(6))
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text
            assert [m.span() for m in trie.finditer(text.upper())] == [m.span() for m in flat.finditer(text.upper())]


def test_number_pattern_skips_only_words_no_count_begins_with() -> None:
    for word in (*QUALIFIERS, *VAGUE, *UNITS, *TENS, *SCALES, "another", "both", "a couple of", "a pair of"):
        assert word[0] in numbers._FIRSTS, word
    assert [q.value for q in find_quantities("Killed: twenty-two; wounded: 7, a dozen, Thirteen.")] == [22, 7, 12, 13]


def test_find_quantities_gives_a_fresh_list_each_time() -> None:
    first = find_quantities(_SAMPLE, 10)
    first.append(first[0])
    again = find_quantities(_SAMPLE, 10)
    assert len(again) == len(first) - 1
    assert [(q.start, q.end, q.value) for q in again] == [
        (m.start() + 10, m.end() + 10, q.value) for m, q in zip(NUMBER_RE.finditer(_SAMPLE), again, strict=False)]


def test_date_gates_skip_no_date() -> None:
    published = date(2024, 4, 20)
    texts = [_SAMPLE, "on 1.2.2023, and on the 2nd, on the 14TH of last month.", "the 21st", "on 2024-13-40"]
    for text in texts:
        gated = dates._figures(text, 0, len(text), published)
        plain = [d for d in map(dates._numeric, [*dates._NUMERIC.finditer(text), *dates._ISO.finditer(text)]) if d]
        plain.extend(dates._ordinal(m, published) for m in dates._ORDINAL.finditer(text))
        assert gated == plain, text
    assert [d.text for d in dates.find_dates(_SAMPLE, 0, len(_SAMPLE), published)] == [
        "on 14/04/2024", "on the 3rd of this month", "on Monday morning", "2024-01-05"]
    eve = "Several were killed on the\neve of the feast, however."
    assert [d.text for d in dates.find_dates(eve, 0, len(eve), published)] == ["on the\neve"]
    assert dates.find_dates("Several, however, were seven.", 0, 29, published) == []


def _slow_governorate(text: str) -> str | None:
    if name_key(text, keep_features=True) in ("damascus countryside", "rural damascus", "countryside damascus"):
        return "Rural Damascus"
    gov = _alias_keys().get(phonetic_key(text))
    return gov.name if gov else None


def test_governorate_word_test_rejects_no_governorate() -> None:
    names = [alias for gov in GOVERNORATE_TABLE for alias in (gov.name, gov.arabic, *gov.aliases)]
    variants = [f"{prefix}{name}{suffix}" for name in names for prefix in ("", "al-", "the ", "Rural ")
                for suffix in ("", " city", " countryside", " Governorate", "'s")]
    words = ["Idlib", "Hama", "town", "of", "Mayadin", "Ezzor", "Tall", "Abyad", "village", "desert", "al", "Ain", "Arab"]
    rng = random.Random(5)
    grams = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(400)]
    for text in (*variants, *grams):
        found = governorate_named(text)
        assert (found.name if found else None) == _slow_governorate(text), text
    assert all(word in _key_words() for word in token_words("idlib")[1:2])
    assert token_words("al") == () and token_words("village") == ()
    assert ascii_fold("Dayr az-Zawr") == "dayr az zawr"
