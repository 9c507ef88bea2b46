""""Two boys and an elderly man were killed and at least nine other civilians were injured", "killing a man and his two
sons and wounding six other civilians": plain people told before "other civilians" in their sentence are civilians
too (``casualty_other_civilians``). Look-alike: with "people" after them instead they stay of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_elderly_man_before_other_civilians() -> None:
    text = ("Strikes near Harem\n\nTwo boys and an elderly man were killed and at least nine other civilians were injured "
            "when Russian warplanes struck a camp near Qah on Monday.")
    assert killed(text) == {"civilians": 3}


def test_man_and_his_sons_before_other_civilians() -> None:
    text = ("Shelling on Hamdaniya\n\nOn Monday, rebel shells hit Hamdaniya, killing a man and his two sons and wounding six "
            "other civilians.")
    assert killed(text) == {"civilians": 3}


def test_man_before_people_stays_of_no_side() -> None:
    text = "Shelling on Hamdaniya\n\nOn Monday, rebel shells hit Hamdaniya, killing a man and wounding six people."
    assert killed(text) == {"unknown": 1}
