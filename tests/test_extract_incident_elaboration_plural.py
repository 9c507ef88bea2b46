"""Incidents: a sentence whose subject is the event told before, named by a plural or mass noun ("the strikes", "the
raids", "the shells", "most of the rockets"), and that only says what it hit or where, tells more of that event,
even behind a lead that says who reported it ("According to local sources, ...", "X confirmed the toll, saying the
shelling also hit ..."); its places are the event's.

Look-alike: "This coincided with raids by warplanes on B" tells of raids of their own, another incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _events(text: str) -> list[tuple[str, list[str]]]:
    row = to_contract("t", extract_report(Report(text=text), _GEO))
    return [(i["type"], [p["name"] for p in i["places"]]) for i in row["incidents"]]


def test_the_raids_hit_after_an_attribution_lead_are_the_raids_told() -> None:
    text = ("Warplanes of unknown identity struck positions of Iranian-backed militias near Al-Mayadeen city on Sunday "
            "night, killing five militiamen.\n"
            "According to local sources, the raids hit an ammunition depot near Ain Ali shrine and a truck on the "
            "road to the city.")
    events = _events(text)
    assert [kind for kind, _ in events] == ["airstrike"]
    assert "Ain Ali" in " ".join(events[0][1])


def test_most_of_the_shells_fell_on_names_where_the_shelling_fell() -> None:
    text = ("Regime forces shelled the town of Kafr Oweid in Jabal al-Zawiya this morning, killing a woman.\n"
            "According to the activists, most of the shells fell on the village of Sufuhen and farmland around it.")
    assert [kind for kind, _ in _events(text)] == ["shelling"]


def test_saying_the_bombardment_also_hit_is_the_same_bombardment() -> None:
    text = ("Turkish forces shelled the village of Tal Jihan north of Manbij with artillery on Friday, injuring two "
            "children.\n"
            "The monitor confirmed the injuries, saying the bombardment also hit the outskirts of Arima and Oun "
            "al-Dadat.")
    events = _events(text)
    assert [kind for kind, _ in events] == ["shelling"]
    assert "Arima" in events[0][1]


def test_look_alike_this_coincided_with_raids_is_another_event() -> None:
    text = ("Regime forces shelled areas around the town of Kafr Zita in the northern countryside of Hama; nobody "
            "was hurt, local sources said. This coincided with raids by warplanes on the village of Latmin and "
            "its surroundings.")
    assert [kind for kind, _ in _events(text)] == ["shelling", "airstrike"]
