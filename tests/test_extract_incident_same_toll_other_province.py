"""Incidents: a sentence whose toll equals the incident's (same number, same side) is no restatement of it when it
places its event in another province ("Also, two civilians were killed in rocket fire on X in the countryside of
Aleppo", after two civilians killed by shelling in Idlib): another incident, with its own dead.

Look-alike: the same toll told again in the incident's own province stays one incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _events(text: str) -> list[tuple[str, str | None, int]]:
    out = []
    for e in extract_report(Report(text=text), _GEO).events:
        dead = sum(c.killed.best for c in e.casualties if c.killed is not None)
        out.append((e.event_type, e.location.admin1, dead))
    return out


def test_same_toll_in_another_province_is_another_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nNorth-west Syria\n\n"
            "Two civilians were killed on Monday morning when regime artillery shelled the town of Kafr Nabl in the "
            "southern countryside of Idlib.\n"
            "Also, two civilians were killed by regime rocket fire on the outskirts of Atarib in the western "
            "countryside of Aleppo, according to local sources.")
    assert _events(text) == [("shelling", "Idleb", 2), ("shelling", "Aleppo", 2)]


def test_one_victim_meanwhile_in_another_province_is_another_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nSouthern Syria\n\n"
            "In the countryside of Quneitra, gunmen on a motorcycle shot dead a young man near the town of Khan "
            "Arnabah.\n"
            "Meanwhile, a man was killed when unknown gunmen opened fire on his car near the town of Jasim in the "
            "northern countryside of Daraa.")
    events = _events(text)
    assert len(events) == 2
    assert [gov for _, gov, _ in events] == ["Quneitra", "Dar'a"]


def test_look_alike_same_toll_in_the_same_province_stays_one() -> None:
    text = ("Syrian Observatory for Human Rights\nNorth-west Syria\n\n"
            "Two civilians were killed on Monday morning when regime artillery shelled the town of Kafr Nabl in the "
            "southern countryside of Idlib.\n"
            "The two civilians, a farmer and his son, were killed in the shelling while working in their field in the "
            "southern countryside of Idlib.")
    assert _events(text) == [("shelling", "Idleb", 2)]
