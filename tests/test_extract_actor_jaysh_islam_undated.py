"""Jaysh al-Islam in a text with no date: the Ghouta rebels' unless the text names Turkey or its held areas
(``actors._by_area``; sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from mention_rows import LEXICON, mentions


def _side(text: str, on: date | None = None) -> str:
    found = [a for a in LEXICON.find(text, 0, None, on) if "islam" in a.alias.lower()]
    assert found
    return found[0].side


def test_undated_jaysh_al_islam_in_ghouta_or_qalamoun_is_rebels() -> None:
    assert _side("Regime jets raided Douma, killing two fighters of Jaysh al-Islam.") == "hts_rebels"
    assert _side("Buses carrying Jaish al-Islam fighters and their families left the town of Dumayr.") == "hts_rebels"
    assert mentions("Regime warplanes raided the outskirts of the town, killing a fighter from the Army of Islam.") == [
        ("killed", 1, "hts_rebels")]


def test_undated_jaysh_al_islam_beside_turkey_or_afrin_is_turkey_factions() -> None:
    assert _side("Clashes broke out in Afrin between Jaysh al-Islam and the Hamza Division.") == "turkey_factions"
    assert _side("A Turkish-backed Jaish al-Islam fighter was killed by a landmine near the village.") == "turkey_factions"
    assert _side("An SDF attack near Marea killed three Jaysh al-Islam fighters of the National Army.") == "turkey_factions"


def test_dated_rows_still_decide() -> None:
    assert _side("Two Jaysh al-Islam fighters were killed in Douma.", date(2016, 3, 1)) == "hts_rebels"
    assert _side("Two Jaysh al-Islam fighters were killed in a village.", date(2021, 3, 1)) == "turkey_factions"
