"""Incidents: "In the same context," (or "In the same vein,") opens a sentence the way "In a related context," does:
a transition to another event, here the other side's sniper killing one of the shelling side's soldiers on another
front, not the attackers' own losses in the shelling.

Look-alike: without the transition, a sentence that only adds the shelling side's dead in the same place stays the
incident told.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.segment import TRANSITION_RE
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _kinds(text: str) -> list[str]:
    return [e.event_type for e in extract_report(Report(text=text), _GEO).events]


def test_same_context_sniper_after_shelling_is_another_incident() -> None:
    text = ("Escalation in the south of Idlib\n\n"
            "A woman and her son were killed this morning when regime forces shelled their house in the village of "
            "Balyun in Jabal al-Zawiya in the southern countryside of Idlib.\n\n"
            "In the same context, a factions' sniper on the Marayan front in Jabal al-Zawiya shot a regime soldier "
            "dead.")
    assert _kinds(text) == ["shelling", "attack"]


def test_same_vein_is_a_transition() -> None:
    assert TRANSITION_RE.match("In the same vein, gunmen opened fire on a checkpoint near the town.") is not None


def test_look_alike_same_context_inside_a_sentence_is_no_transition() -> None:
    assert TRANSITION_RE.match("The shelling came in the same context of escalation on the town.") is None


def test_look_alike_same_context_before_a_count_is_no_transition() -> None:
    assert TRANSITION_RE.match("In the same context, the number of families displaced from the town has passed 3,000.") is None
