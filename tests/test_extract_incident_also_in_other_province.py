"""Incidents: a sentence that tells a fight "also" in another province and then names it again ("Clashes also broke
out near X in Idlib, where rebels stormed army posts; ten soldiers were killed in the attack") is another incident,
not more of the one told before in another province; fire "on the same axis" told in a clause of its own, with no
place, lies where the incident before it happened.

Look-alike: "the attack" named in a sentence with no other province stays the incident told.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.admin1) for e in extract_report(Report(text=text), _GEO).events]


def test_also_in_another_province_then_the_attack_is_another_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nDaily toll\n\n"
            "In Hama, six rebel fighters were killed in clashes with regular forces in the town of Kafr Zita.\n"
            "Violent clashes also took place near Idlib military airport, where rebels stormed army posts; nine "
            "soldiers were killed in the attack.")
    assert len(_events(text)) == 2


def test_look_alike_the_attack_in_the_same_province_stays_one() -> None:
    text = ("Syrian Observatory for Human Rights\nAttack in Hama\n\n"
            "ISIS cells attacked a post of the National Defence Forces near the town of Ithriya in Hama countryside.\n"
            "Five members of the NDF were killed in the attack.")
    assert len(_events(text)) == 1


def test_shelling_on_the_same_axis_takes_the_place_before() -> None:
    text = ("Syrian Observatory for Human Rights\nLatakia\n\n"
            "A regime soldier was shot dead by an HTS sniper on the Kabani axis in the countryside of Latakia on "
            "Tuesday, while regime forces shelled HTS positions on the same axis with rockets, with no casualties "
            "reported.")
    assert _events(text) == [("attack", "Lattakia"), ("shelling", "Lattakia")]
