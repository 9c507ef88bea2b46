""""A Lebanese fighter", "an Iraqi militiaman", "a Kurdish fighter": one of the men a plural alias of the lexicon names
("Lebanese fighters", "Iraqi militiamen", "Kurdish fighters") is of the same side (``actor_singulars``). Look-alikes:
"an Iraqi national" told of someone already named keeps that person's side; one word ("an Afghan") is unchanged.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from contract_rows import killed_sums as killed
from observatory.extract.actor_singulars import singular_alias, with_singulars


@pytest.mark.parametrize(("text", "side"), [
    ("A Pakistani fighter lost his life on Wednesday when ISIS gunmen opened fire on a checkpoint near al-Bukamal.",
     "pro_iran_foreign"),
    ("An Iraqi militiaman died on Wednesday after ISIS gunmen fired at his car on the road near al-Quriyah.",
     "pro_iran_foreign"),
    ("A Lebanese fighter was killed on Wednesday in an explosion of a mine on the outskirts of al-Qusayr.",
     "pro_iran_foreign"),
    ("A Kurdish fighter was killed on Wednesday when a Turkish drone struck a car on the road near Amuda.", "sdf"),
    ("A loyal militiaman was killed on Wednesday when ISIS gunmen fired at a checkpoint near Ithriyah.", "regime"),
    ("An opposition fighter was killed on Wednesday by regime sniper fire on the frontline near Kansafra.", "hts_rebels"),
])
def test_one_of_a_plural_role_alias_is_of_its_side(text: str, side: str) -> None:
    assert killed(text) == {side: 1}


def test_a_national_told_of_a_named_man_keeps_his_side() -> None:
    text = ("Gunmen killed an ISIS official in a raid on a house in al-Busayrah on Wednesday, SOHR said. The slain man, "
            "an Iraqi national, had been collecting money for the group in the area.")
    assert killed(text) == {"isis": 1}


def test_singular_alias_keeps_one_word_and_nationals_as_written() -> None:
    assert singular_alias("Lebanese fighters") == "Lebanese fighter"
    assert singular_alias("NDF members") == "NDF member"
    assert singular_alias("Afghans") is None
    assert singular_alias("Iraqi nationals") is None
    assert with_singulars(["Iraqi fighters", "Iraqi fighter"]) == ("Iraqi fighters", "Iraqi fighter")
