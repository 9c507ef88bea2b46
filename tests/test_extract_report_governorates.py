"""Incidents whose own sentences leave the governorate open, settled by the governorates the report names.

- a place-less incident with a toll, in a report that names one governorate once and whose located incident lies in
  it, takes that governorate.

Near misses left alone: a place-less event "in northern Syria" or told as a new scene ("Meanwhile, ..."), a report
that names a second governorate.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from incident_report_cases import run

_POCKET = ("Rebels besieged in Kafr Nabl\n\n"
           "Government troops resumed their push yesterday on the last streets held by rebels in Kafr Nabl, a town of "
           "southern Idlib, killing seven rebels{extra}.\n\n")


def _govs(text: str) -> list[str | None]:
    return [i["governorate"] for i in run(text)["incidents"]]


def test_a_placeless_follow_up_takes_the_one_province_named() -> None:
    text = _POCKET.format(extra="") + ("Russian warplanes carried out overnight raids on a field clinic on the edge of "
                                       "the pocket, killing three nurses and a doctor.")
    assert _govs(text) == ["Idleb", "Idleb"]


def test_a_placeless_event_in_a_wide_part_of_the_country_is_not_lent_it() -> None:
    text = _POCKET.format(extra="") + ("Russian warplanes carried out overnight raids on a field clinic in northern "
                                       "Syria, killing three nurses and a doctor.")
    assert _govs(text) == ["Idleb", None]


def test_a_placeless_event_told_as_a_new_scene_is_not_lent_it() -> None:
    text = _POCKET.format(extra="") + ("Meanwhile, warplanes carried out overnight raids on a field clinic, killing "
                                       "three nurses and a doctor.")
    assert _govs(text) == ["Idleb", None]


def test_a_placeless_event_in_a_report_naming_two_provinces_is_not_lent_one() -> None:
    text = _POCKET.format(extra=", as families fled towards Hama province") + (
        "Russian warplanes carried out overnight raids on a field clinic on the edge of the pocket, killing three "
        "nurses and a doctor.")
    assert _govs(text)[-1] is None
