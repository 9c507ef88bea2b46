"""Incidents: a sentence that opens with a town of its own ("In B, ...", "In the town of B, ...", "In B city in the
western countryside, ...") and tells its own dead there, after an incident told in another named town, is another
incident, even where its dead are fewer than that incident's; not when the town was named by the incident before, when
the lead names no town, or when the dead are told "in the shelling" of the incident before.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract


def _places(text: str) -> list[list[str]]:
    rows = contract(text, date(2024, 6, 2))["incidents"]
    return [[p["name"] for p in r["places"]] for r in rows]


def test_a_town_set_first_with_fewer_dead_is_another_incident() -> None:
    text = (
        "Artillery shells fired by regime forces killed five civilians in Maarat Misrin, north of Idlib. "
        "In Binnish, east of Idlib, a farmer and his son died when a shell hit their tractor."
    )
    got = _places(text)
    assert len(got) == 2
    assert "Binnish" in got[1] and "Binnish" not in got[0]


def test_the_town_of_and_a_countryside_after_the_town() -> None:
    text = (
        "Gunmen on a motorbike shot dead a teacher in Tafas in the western countryside of Daraa on Saturday. "
        "In the town of Inkhil in the northern countryside, a policeman was killed by gunmen near the bakery."
    )
    assert len(_places(text)) == 2


def test_a_town_the_lead_named_stays_a_part_of_its_toll() -> None:
    text = (
        "Regime rockets struck Kansafra and Fleifel in Jabal al-Zawiya, killing four civilians. "
        "In Fleifel, a woman and her daughter were among the dead."
    )
    assert len(_places(text)) == 1


def test_dead_told_in_the_shelling_before_stay_its_own() -> None:
    text = (
        "Regime shelling killed seven civilians in several villages of Jabal al-Zawiya on Monday. "
        "In Bara, a mother and two children were killed in the shelling."
    )
    assert len(_places(text)) == 1
