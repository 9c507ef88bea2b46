"""Turkey's own name as "Türkiye" (and "Turkiye") names Turkey's forces and factions as "Turkey" does: "Türkiye-backed
factions" are Turkey's factions (SCHEMA: SNA factions -> turkey_factions), not the rebels."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident
from mention_rows import LEXICON
from observatory.extract.events import roles
from observatory.extract.text import working_copy


def test_dead_of_turkiye_backed_factions() -> None:
    row = contract(
        "Clashes near Tell Qasr\n\nFour fighters were killed on Sunday in clashes between two Türkiye-backed "
        "factions in the village of Tell Qasr, north of Aleppo."
    )
    assert killed_per_incident(row) == [{"turkey_factions": 4}]


def test_dead_of_turkiye_backed_factions_without_diacritic() -> None:
    row = contract(
        "Clashes near Kafr Zaid\n\nThree fighters were killed on Sunday in clashes between two "
        "Turkiye-backed factions near the village of Kafr Zaid, north of Aleppo."
    )
    assert killed_per_incident(row) == [{"turkey_factions": 3}]


def test_turkiye_as_the_doer() -> None:
    work = working_copy("A drone of Türkiye struck a car near the hamlet of Tell Qasr, killing its driver.")
    perp = roles(work, 0, len(work), LEXICON, None).perpetrator
    assert perp is not None and perp.side == "turkey_factions"
