"""Casualty phrasings read by their construction, whatever the report (sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md):

* one victim told again in an apposition that gives his age ("a tribal elder, a farmer in his seventies,") is one
  person (``casualty_one_apposed``);
* a relative named after another relative ("wounding his wife and their son") takes the role of that relative, not the
  one of the victim killed before them (``casualty_unnumbered.bare_singular_mentions``);
* "wounded"/"injured" before the noun ("nine wounded fighters of the SDF") names the people by that noun
  (``casualty_hurt_adjective``).
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_aged_apposition_is_the_same_person() -> None:
    text = ("Syria, March 1: Masked men shot dead a tribal elder, a farmer in his seventies, outside the mosque of "
            "the village of Tayyana in the Deir Ezzor countryside.")
    assert killed_sums(text) == {"civilians": 1}


def test_aged_apposition_with_aged_years() -> None:
    text = ("Syria, March 1: Masked men shot dead a shepherd, a civilian aged 58, on the main road of the "
            "village of Tayyana in the Deir Ezzor countryside.")
    assert killed_sums(text) == {"civilians": 1}


def test_kin_after_kin_keeps_the_hurt_role() -> None:
    text = ("Syria, March 1: Rocket fire by regime forces struck a farmhouse near the village of Kansafra in the Idlib "
            "countryside, killing an old man and injuring his daughter and her son.")
    assert injured_sums(text) == {"civilians": 2}
    assert sum(killed_sums(text).values()) == 1


def test_hurt_adjective_before_the_noun_names_the_side() -> None:
    text = ("Syria, March 1: A convoy came under fire near the town of Tal Tamr in the Hasakah countryside, and "
            "medics later treated nine wounded fighters of the SDF at a field clinic.")
    assert injured_sums(text) == {"sdf": 9}
