"""Incidents: a toll listed place by place, each item with its own count in its own town ("nine civilians today, they
are: four ... in A; three children in B; and two women in C", "Eight were killed by barrel bombs on A, and five others
died in airstrikes on B"), is one incident per item, not one incident with the sum (nor none, where the sentence is
also a day's total). An item that names no verb of death counts the dead; a later item with no kind of event of its
own is of the kind told before it.

Look-alikes: a sentence with one place and two figures ("two soldiers were killed and three others injured when an
IED exploded near A") stays one incident; a headline in title case that joins two statistics is no list of places.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _incidents(text: str) -> list[tuple[str, dict[str, int], str]]:
    row = to_contract("t", extract_report(Report(text=text), _GEO))
    return [(i["type"], i["killed"], i["places"][0]["name"] if i["places"] else "") for i in row["incidents"]]


def test_a_day_toll_listed_by_town_is_one_incident_per_town() -> None:
    text = ("SOHR documented the deaths of nine civilians in regime shelling on Idlib countryside today, they are: "
            "four farmers in Kafr Nubl, who were killed when a shell hit their tractor; three children in Maarrat "
            "Misrin; and two women in Binnish.")
    found = _incidents(text)
    assert [place for _, _, place in found] == ["Kafr Nubl", "Maarrat Misrin", "Binnish"]
    assert [killed for _, killed, _ in found[1:]] == [{"civilians": 3}, {"civilians": 2}]
    assert all(kind == "shelling" for kind, _, _ in found)


def test_two_tolls_in_two_towns_joined_by_and_are_two_incidents() -> None:
    text = ("Eight civilians were killed when regime helicopters dropped barrel bombs on Kafr Zita, and five others "
            "died in airstrikes on Latmin.")
    found = _incidents(text)
    assert [place for _, _, place in found] == ["Kafr Zita", "Latmin"]
    assert found[0][1] == {"civilians": 8}


def test_look_alike_two_figures_of_one_blast_stay_one_incident() -> None:
    text = ("Two regime soldiers were killed and three others were injured when an IED exploded in their car near the "
            "town of Nawa, and gunmen fled towards the west.")
    assert len(_incidents(text)) == 1


def test_look_alike_a_title_case_headline_is_no_list() -> None:
    text = ("43 Civilian Deaths, Including 9 Children, and Two Deaths due to Torture Documented in Syria in May 2021\n"
            "The network documented the killing of 43 civilians in May 2021.")
    assert _incidents(text) == []
