"""Incidents: after a period total, a line that says a bombardment (or car bombs) went on in whole provinces, with no
toll, day or town ("the regime continued its bombardment of the countryside of Hama, while car bombs kept exploding in
the countryside of Aleppo"), tells how the period went, not of an incident.

Look-alike: a bombardment of a named town on a day of its own after the total stays an incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_TOTAL = ("SNHR: 74 civilians killed in Syria in March 2020\n\n"
          "The Syrian Network for Human Rights said in its monthly report that 74 civilians, including 15 children, were "
          "killed in Syria in March 2020.\n\n")


def test_bombardment_going_on_in_provinces_is_no_incident() -> None:
    row = contract(_TOTAL + "According to the report, regime forces kept up their bombardment of the northern countryside "
                            "of Hama, while car bombs kept going off in the countryside of Aleppo.")
    assert kinds(row) == []


def test_look_alike_bombardment_of_a_town_stays() -> None:
    row = contract(_TOTAL + "According to the report, regime forces kept up their bombardment of the town of Kafr Zita "
                            "in the northern countryside of Hama on Monday.")  # (dated: see test_extract_period_report)
    assert len(kinds(row)) == 1
