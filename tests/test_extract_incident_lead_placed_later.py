"""A wire lead with its dead but no place or day ("Jihadists ambushed a convoy ..., killing 14 of them, a monitor said
Monday"), then the same kind of event placed and dated with only figures the lead lacks ("... near X on Sunday, adding
that six others were wounded"): one incident, the lead told in detail. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract


def test_lead_then_placed_quote_with_the_wounded_is_one_incident() -> None:
    row = contract("IS ambush kills 14 soldiers\n\nIslamic State jihadists ambushed a convoy of Syrian soldiers in the east of the "
                   "country, killing 14 of them, a war monitor said Monday.\n\n\"IS cells ambushed a military convoy\" "
                   "near the town of Al-Quriyah in Deir Ezzor province on Sunday, the Observatory said, adding that six "
                   "other soldiers were wounded.")
    assert len(row["incidents"]) == 1


def test_look_alike_lead_then_another_kind_with_its_own_dead_stays_apart() -> None:
    row = contract("Attacks in the east\n\nIslamic State jihadists ambushed a convoy of Syrian soldiers in the east of the country, "
                   "killing 14 of them, a war monitor said Monday.\n\nA landmine killed three shepherds near the town of "
                   "Al-Quriyah in Deir Ezzor province on Sunday.")
    assert len(row["incidents"]) == 2
