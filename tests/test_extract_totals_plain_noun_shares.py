"""Shares of a total by who killed them, opened by the people's own plural noun ("Of the civilians, 300 were killed by
regime forces, 40 by Russian airstrikes ...") (``totals_shares._NAMED_SHARE``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md: each share is a total of
the side the opening names, with the party that killed them as its perpetrator. A look-alike: shares by how they died
("Of the civilians, 12 were killed by landmines ...") are kinds of deaths, not totals by perpetrator.
"""

from __future__ import annotations

from totals_cases import perpetrators

_BY_KILLER = ("The Observatory documented the deaths of 2,410 people across Syria in 2021. The toll is broken down as follows:\n"
              "Civilians: 1,050 civilians, among them 180 children. Among the civilians, 260 were killed by regime forces, "
              "45 by Russian warplanes and 80 by Turkish forces.\n"
              "Regime soldiers: 860.\n"
              "ISIS members: 500.")

_BY_CAUSE = ("Since the beginning of March 2022, SOHR has documented the deaths of 70 people in the desert: 40 civilians, "
             "20 regime soldiers and 10 ISIS members. Of the civilians, 12 were killed by landmines and war remnants, while "
             "the rest were shot dead by ISIS cells.")


def test_shares_by_killer_after_plain_noun() -> None:
    found = perpetrators(_BY_KILLER)
    assert ("civilians", 260, "regime") in found
    assert ("civilians", 45, "russia") in found
    assert ("civilians", 80, "turkey_factions") in found
    assert ("civilians", 1050, None) in found


def test_shares_by_cause_after_plain_noun_stay_out() -> None:
    assert perpetrators(_BY_CAUSE) == [("civilians", 40, None), ("isis", 10, None), ("regime", 20, None)]
