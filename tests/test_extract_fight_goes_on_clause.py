"""A clause that tells the day's fighting going on ("..., and clashes continued between the two sides around X",
"and fighting resumed on the Y front") after another kind of event (shelling, an airstrike) is an incident of its own;
after an attack, the fighting that went on is the attack's (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md: events without casualties are incidents; `clash` = fighting with no clear initiator)."""

from __future__ import annotations

from contract_rows import kinds, place_names, titled


def _row(sentence: str):  # type: ignore[no-untyped-def]
    return titled("Regime helicopters dropped barrel bombs on the al-Kallaseh neighbourhood this morning, killing 4 "
                  "civilians, SOHR said.\n" + sentence + "\n", "2016-08-04")


def test_clashes_continued_after_shelling_are_their_own_incident() -> None:
    row = _row("Meanwhile, the factions fired several locally-made shells on the al-Hamdaniyah neighbourhood in the western "
               "part of the city, injuring a number of civilians, and clashes continued between the two sides around the "
               "Sheikh Saeed crossing, with no information about casualties.")
    assert sorted(kinds(row)) == ["airstrike", "clash", "shelling"]
    assert any("Sheikh Saeed" in names and "al-Hamdaniyah" not in names for names in place_names(row))


def test_fighting_resumed_after_an_airstrike_paraphrase() -> None:
    row = _row("Warplanes also struck the town of Hreitan with several missiles, wounding three people, and fighting "
               "resumed on the outskirts of the Mallah farms between regime forces and the rebels.")
    assert sorted(kinds(row)) == ["airstrike", "airstrike", "clash"]


def test_clashes_continuing_after_an_attack_are_the_attacks() -> None:
    row = _row("Later, rebel fighters attacked regime positions near the village of Khan Touman, killing 3 soldiers, "
               "and clashes continued between the two sides around the village of Zeitan.")
    assert sorted(kinds(row)) == ["airstrike", "attack"]
    row = _row("ISIS cells attacked a position of the 5th Corps in the desert of Sukhnah at dawn, killing two soldiers, "
               "and fierce clashes continued between the two sides on the outskirts of Tadmur.")
    assert sorted(kinds(row)) == ["airstrike", "attack"]
