"""Actor names in another transliteration are found by their skeleton (``actor_spellings``).

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import re

from contract_rows import killed_sums as killed
from observatory.extract.actor_spellings import SpellingIndex, skeleton
from observatory.extract.core import default_lexicon


def sk(name: str) -> str:
    return skeleton(re.split(r"[\s-]+", name))


def test_spellings_of_one_name_share_a_skeleton() -> None:
    assert sk("Hurras ad-Deen") == sk("Hurras al-Din")
    assert sk("Al-Fateh al-Mubeen") == sk("Fath al-Mubin")
    assert sk("Ahrar al-Sharqia") == sk("Ahrar al-Sharqiya")
    assert sk("Asayiş forces") == sk("Asayish forces")


def test_other_names_keep_other_skeletons() -> None:
    assert sk("al-Sham Front") != sk("Shamiya Front")
    assert sk("Jaish al-Islam") != sk("Jaish al-Izza")


def test_a_name_spelt_otherwise_is_found_with_its_side() -> None:
    found = default_lexicon().find("Fighters of Hurras ad-Deen and of Liwa al Quds clashed near Kabani.")
    assert [(a.side, a.alias) for a in found] == [("hts_rebels", "Hurras ad-Deen"), ("regime", "Liwa al Quds")]


def test_single_words_and_english_articles_are_not_read_by_skeleton() -> None:
    lexicon = default_lexicon()
    assert lexicon.find("On Sunday the market was quiet.") == []
    assert [a.alias for a in lexicon.find("It hit an Israeli drone base, Lebanon's Hezbollah said.")][-1] == "Hezbollah"


def test_a_skeleton_of_two_sides_is_left_out() -> None:
    index = SpellingIndex([("Liwa al-Quds", "liwa al quds", "regime"), ("Liwaa al-Kuds", "liwaa al kuds", "isis")])
    text = "Men of Lewaa al-Qods were killed."
    assert index.find(text, 0, len(text), []) == {}


def test_an_alias_as_written_wins_over_a_run_around_it() -> None:
    index = SpellingIndex([("Hurras al-Din", "hurras al din", "hts_rebels")])
    text = "Hurras al-Din Commanders met."
    assert index.find(text, 0, len(text), [(0, 13)]) == {}


def test_the_dead_of_a_group_spelt_otherwise_are_its_side() -> None:
    text = (
        "Strike near Jisr al-Shughur\n\nTwo members of Hurras ad-Deen were killed on Monday when Russian warplanes "
        "struck a house near Jisr al-Shughur in the western countryside of Idlib."
    )
    assert killed(text) == {"hts_rebels": 2}
