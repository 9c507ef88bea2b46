"""Where an incident's own places begin and end inside the sentences it is told over (incident_place_scope): a later
sentence about the events of the wider war in the plural ("The attacks left ... without power") adds none of its
places; a sentence telling "the latest incident" after sentences of totals takes none of theirs. Sentences written for
these tests; each rule has look-alikes that must not change."""

from __future__ import annotations

from types import SimpleNamespace

from observatory.extract import extract_report, to_contract
from observatory.extract.incident_place_scope import latest_told, wider_events
from observatory.models import Report


class _Gazetteer:
    """Knows two made-up villages and nothing else."""

    known = {"Tell Warda": "Ar-Raqqa", "Wadi Saqr": "Hama", "Kafr Tala": "Idleb"}

    def geocode(self, name: str, context: object = None) -> object:
        admin1 = self.known.get(name)
        if admin1 is None:
            return None
        return SimpleNamespace(name=name, lat=35.0, lon=38.0, admin1=admin1, precision=1, feature_class="village")


def _governorates(text: str) -> list[str | None]:
    row = to_contract("t", extract_report(Report(text=text), _Gazetteer()))
    return [i["governorate"] for i in row["incidents"]]


def test_plural_events_after_a_placed_incident_add_no_province() -> None:
    text = ("On March 3, a drone hit a pickup truck close to the hamlet of Tell Warda east of Tabqa, killing two SDF "
            "fighters.\n"
            "The attacks have cut water and power to much of Deir Ezzor and Mayadin for several weeks.\n")
    assert _governorates(text) == ["Ar-Raqqa"]


def test_latest_incident_after_sentences_of_totals_is_placed_by_its_own_sentence() -> None:
    text = ("It should be noted that the figures leave out the victims of the attack on the central prison in Homs "
            "city in March.\n"
            "In the same period, security raids killed 12 ISIS members.\n"
            "The latest incident was recorded on Monday, when gunmen shot dead a teacher in Wadi Saqr, east of "
            "Salamiyah.\n")
    assert _governorates(text) == ["Hama"]


def test_look_alikes_keep_their_places() -> None:
    assert not wider_events("The strikes hit the villages of Kafr Nabl and Hass in Idlib countryside.")
    assert not wider_events("The army said a rocket fell on a school yard.")
    assert wider_events("These Turkish attacks have left thousands in Qamishli without water.")
    assert not latest_told("The latest figures show 40 dead in Hama.")
    assert not latest_told("The last strike of the day hit a bakery in Ariha.")
    assert not latest_told("The latest attack came a week after an ambush near Palmyra.")
    assert latest_told("The most recent killing was recorded yesterday, when gunmen shot a teacher in Tafas.")


def test_latest_told_with_no_place_of_its_own_keeps_the_places_before() -> None:
    text = ("Gunmen shot dead a school teacher on Monday evening in Wadi Saqr, east of Salamiyah, a relative said.\n"
            "The latest killing took place hours after a funeral, the relative added.\n")
    assert _governorates(text) == ["Hama"]
