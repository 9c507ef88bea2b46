"""Incidents: an incident whose towns the gazetteer puts in two governorates, one each, where one is a city, town or
village and the other only a bare populated name, lies where the report's other located incidents lie when that is
the settlement's governorate; a desert, or a report whose other incidents lie elsewhere, leaves it without one.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from incident_cases import DAY


class _Found:
    def __init__(self, name: str, admin1: str, feature_class: str) -> None:
        self.name, self.admin1, self.lat, self.lon = name, admin1, 1.0, 1.0
        self.precision, self.feature_class, self.matched = 1, feature_class, name


class _Gazetteer:
    """Knows a market town and a village of one province, a bare name shared by a hamlet far away, and a town of a
    third province."""

    _KNOWN = {"Tell Marsouf": ("Aleppo", "town"), "Khirbet Nour": ("Aleppo", "village"),
              "al-Karaj": ("Homs", "populated"), "Salhab": ("Hama", "town")}

    def geocode(self, name: str, context: object = None) -> _Found:
        if name not in self._KNOWN:
            raise LookupError(name)
        gov, kind = self._KNOWN[name]
        return _Found(name, gov, kind)


def _govs(text: str) -> list[str | None]:
    from observatory.extract import extract_report
    from observatory.models import Report

    extraction = extract_report(Report(text=text, published=DAY), _Gazetteer())
    return [e.location.admin1 for e in extraction.events]


_FIRST = ("A roadside bomb killed two fighters of a local faction on Tuesday on the edge of the town of Tell "
          "Marsouf, near the al-Karaj crossroads, residents told the monitor.")
_SECOND_HERE = ("On Wednesday, a sniper shot dead a shepherd as he led his flock near the village of Khirbet Nour, "
                "the monitor said.")
_SECOND_ELSEWHERE = ("On Wednesday, a sniper shot dead a shepherd as he led his flock near the town of Salhab, "
                     "the monitor said.")


def test_a_town_tied_with_a_bare_name_lies_where_the_other_incidents_lie() -> None:
    assert _govs("Two bombs in the north\n\n" + _FIRST + "\n\n" + _SECOND_HERE) == ["Aleppo", "Aleppo"]


def test_the_other_incidents_in_a_third_province_settle_nothing() -> None:
    assert _govs("Two bombs in the north\n\n" + _FIRST + "\n\n" + _SECOND_ELSEWHERE) == [None, "Hama"]


def test_a_desert_named_by_two_towns_is_left_without_a_governorate() -> None:
    first = ("A roadside bomb killed two fighters of a local faction on Tuesday in the desert between Tell Marsouf "
             "and al-Karaj, residents told the monitor.")
    assert _govs("Two bombs in the north\n\n" + first + "\n\n" + _SECOND_HERE)[0] is None


def test_a_road_between_the_two_towns_is_left_without_a_governorate() -> None:
    first = ("A roadside bomb killed two fighters of a local faction on Tuesday on the road between Tell Marsouf "
             "and al-Karaj, residents told the monitor.")
    assert _govs("Two bombs in the north\n\n" + first + "\n\n" + _SECOND_HERE)[0] is None
