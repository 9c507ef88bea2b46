"""A victim's relative clause in the present tense that ties him to a group ("a young man who works with Hezbollah",
"who collaborates with the SDF"): the group's side (``mention_sides.JOINED``); a Syrian working for Hezbollah is the
regime's (SCHEMA). Look-alike: "who works in a bakery" names no group (a worker: civilians).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_who_works_with_hezbollah() -> None:
    text = ("Blast in Hader\n\nA young man who works with Hezbollah was killed on Tuesday when a bomb planted under his "
            "motorcycle went off in Hader.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_who_collaborates_with_the_sdf() -> None:
    text = ("Killing in Al-Shuhayl\n\nGunmen shot dead a man who collaborates with the SDF in Al-Shuhayl on Friday night.")
    assert killed(text) == {"sdf": 1}


def test_a_syrian_who_works_for_hezbollah_is_the_regimes() -> None:
    text = ("Strike near Khan Arnabah\n\nA drone fired a missile at a car near Khan Arnabah on Sunday, killing a Syrian "
            "man from the town who works for Hezbollah.")
    assert killed(text) == {"regime": 1}


def test_who_works_in_a_bakery_names_no_group() -> None:
    text = ("Killing in Nawa\n\nGunmen shot dead a young man who works in a bakery in Nawa on Friday night.")
    assert killed(text) == {"civilians": 1}  # no group; told at work: a worker (tests/test_extract_casualty_at_work_clauses.py)
