"""A wanted man who set off his charge when cornered, told at an hour of its own after the fighting, is a suicide
bombing of its own; the cornering may be told before the blast ("surrounded inside a house, set off his explosive
belt") as well as after it (events_cornered, incident_cornered.cornered_kind). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events_cornered import CORNERED

_FIGHT = ("Heavy clashes broke out on Sunday in the town of Tafas, in the western Daraa countryside, between local "
          "fighters and an ISIS cell hiding in a farm. Two local fighters and four ISIS members were killed in the "
          "fighting, SOHR said.\n")


def test_cornering_told_before_or_after_the_blast() -> None:
    for said in ("an ISIS commander, surrounded inside a house on the edge of the town, set off his explosive belt",
                 "Trapped in a farm, the emir triggered his suicide vest",
                 "After being besieged for hours, he blew himself up",
                 "the cell leader detonated his explosive vest after he was encircled by the fighters"):
        assert CORNERED.search(said) is not None, said
    assert CORNERED.search("A suicide bomber blew himself up at a wedding in the town") is None


def test_a_cornered_blast_at_an_hour_of_its_own_is_a_suicide_bombing() -> None:
    for blast in ("Around midday, the cell's commander, surrounded inside a house on the edge of Tafas, set off his "
                  "explosive belt. He was killed, and two local fighters were wounded.",
                  "Later that day, cornered in a farmhouse, the cell's emir triggered his suicide vest. Three local "
                  "fighters were wounded.",
                  "In the evening, trapped inside a barn on the outskirts of Tafas, an ISIS leader detonated his explosive belt, wounding two "
                  "local fighters."):
        assert sorted(kinds(titled(_FIGHT + blast))) == ["clash", "suicide_bombing"], blast


def test_a_cornered_blast_with_no_hour_of_its_own_ends_the_fighting() -> None:
    blast = ("One of the cell's leaders blew himself up with an explosive belt after being surrounded, the "
             "correspondent added; he is counted among the four dead.")
    assert kinds(titled(_FIGHT + blast)) == ["clash"]
