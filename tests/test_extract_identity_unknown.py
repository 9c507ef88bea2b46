"""People the text says are of unknown identity ("three persons whose identities remain unknown", "two people of unknown
identity", "four men whose affiliation could not be established") stay of side unknown, though a sentence near them
tells of civilians at work (mention_sides.civilian_victim). Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md ("unidentified individuals" whose affiliation the text does not give -> unknown)."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in titled(text, "2023-04-02")["totals"]}


_AFTER = ("\nSOHR had reported last week that a civilian was killed and two others were injured when a mine exploded near "
          "Palmyra, while they were collecting truffles.")


def test_persons_whose_identities_remain_unknown() -> None:
    text = ("The number of people killed by landmines in the Syrian desert since the beginning of 2023 has risen to 27, "
            "including 10 regime soldiers, 14 civilians, and three persons whose identities remain unknown." + _AFTER)
    found = totals(text)
    assert ("unknown", 3) in found and ("civilians", 3) not in found


def test_people_of_unknown_identity() -> None:
    text = ("Since early 2023, SOHR has documented the death of 20 people in the Badia: 9 ISIS members, 9 civilians and "
            "two people of unknown identity." + _AFTER)
    found = totals(text)
    assert ("unknown", 2) in found and ("civilians", 2) not in found


def test_men_whose_affiliation_could_not_be_established() -> None:
    text = ("Since the start of the year, 30 people have been killed in the desert of Hama, among them 12 regime soldiers, "
            "14 civilians and four men whose affiliation could not be established." + _AFTER)
    found = totals(text)
    assert ("unknown", 4) in found and ("civilians", 4) not in found
