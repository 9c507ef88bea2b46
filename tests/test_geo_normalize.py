"""Name normalisation: the spellings reports use for one place meet on one key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observatory.geo.admin import canonical_admin1, governorate_named
from observatory.geo.normalize import feature_hint, name_key, phonetic_key, skeleton_key, transliterate


@pytest.mark.parametrize("variants", [
    ("Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour"),
    ("Al-Suwaidaa", "As Suwayda", "Al-Suwayda"),
    ("As-Sweida", "Sweida", "Al-Sweida"),
    ("Boqruss", "Buqrus"),
    ("al-Kom", "Al-Koum", "al-Kawm"),
    ("Kansafra", "Kansafrah"),
    ("Amude", "Amuda"),
    ("Al-Sokhna", "As Sukhnah town", "Al-Sukhnah desert", "Sukhna"),
    ("Qoqfin", "Quqfin"),
    ("Tal Abyad", "Tell Abyad", "Tall Abyad"),
    ("Ain Issa", "Ayn Issa", "Ein Issa"),
])
def test_spellings_of_one_place_share_the_phonetic_key(variants: tuple[str, ...]) -> None:
    keys = {phonetic_key(v) for v in variants}
    assert len(keys) == 1, keys


def test_vowel_variants_share_the_skeleton_but_not_the_phonetic_key() -> None:
    assert phonetic_key("Sfuhen") != phonetic_key("Sfuhun")
    assert skeleton_key("Sfuhen") == skeleton_key("Sfuhun")
    assert skeleton_key("Bqras") == skeleton_key("Buqrus")


def test_articles_and_feature_words_are_dropped_but_names_are_kept() -> None:
    assert name_key("the al-Mayadin countryside") == "mayadin"
    assert name_key("Jabal al Akrad mountain") == "jabal akrad"
    assert name_key("Ad Dana town") == "dana"
    assert name_key("Assal al Ward town") == "assal ward"  # a name that starts like an article stays whole
    assert name_key("village") == "village"  # nothing but a feature word: kept rather than emptied


def test_feature_hints() -> None:
    assert feature_hint("137th Brigade army base") == "base"
    assert feature_hint("Al-Mayadeen desert") == "desert"
    assert feature_hint("Shair gas field") == "field"
    assert feature_hint("Jabal al Akrad mountain") == "mountain"
    assert feature_hint("Abbad village") == "village"
    assert feature_hint("Palmyra") is None


def test_arabic_script_is_transliterated() -> None:
    assert transliterate("حمص") == "hms"
    assert phonetic_key("الميادين") == phonetic_key("Mayadin") or skeleton_key("الميادين") == skeleton_key("Mayadin")


def test_governorate_aliases() -> None:
    assert governorate_named("Idlib").name == "Idleb"  # type: ignore[union-attr]
    assert governorate_named("Deir Ezzor").name == "Deir-ez-Zor"  # type: ignore[union-attr]
    assert governorate_named("Damascus countryside").name == "Rural Damascus"  # type: ignore[union-attr]
    assert governorate_named("Rif Dimashq").name == "Rural Damascus"  # type: ignore[union-attr]
    assert governorate_named("Damascus").name == "Damascus"  # type: ignore[union-attr]
    assert governorate_named("Palmyra") is None
    assert canonical_admin1("Hasakah") == ("Al-Hasakeh", "SY08")
    assert canonical_admin1(None, "sy13") == ("As-Sweida", "SY13")
    assert canonical_admin1("Nowhere", None) == ("Nowhere", None)


@given(st.text(max_size=60))
def test_keys_never_fail(text: str) -> None:
    for fn in (name_key, phonetic_key, skeleton_key):
        assert isinstance(fn(text), str)
    assert feature_hint(text) is None or isinstance(feature_hint(text), str)
