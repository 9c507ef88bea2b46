"""One victim's side told in the sentence after the killing, by his work for a group or by the group he was in:
"the man had been working as a recruiter for the Lebanese 'Hezbollah'" (``casualty_tied``, any work noun, a nation's
adjective and quotes before the name), "The young man was a former fighter of an opposition faction" (``mention_sides``
``VICTIM_TIED``, "an" before the group). Look-alike: work for a firm names no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_working_as_a_recruiter_for_a_quoted_group() -> None:
    text = ("Killing in Quneitra\n\nGunmen opened fire on a man near Jubata al-Khashab on Monday night, killing him. "
            "According to local sources, the man had been working as a recruiter for the Lebanese 'Hezbollah' in the area.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_a_former_fighter_of_an_opposition_faction() -> None:
    text = ("Body near Tafas\n\nFarmers found the body of a young man with gunshot wounds near Tafas on Sunday. The young "
            "man was a former fighter of an opposition faction.")
    assert killed(text) == {"hts_rebels": 1}


def test_work_for_a_firm_names_no_side() -> None:
    text = ("Killing in Quneitra\n\nGunmen opened fire on a man near Jubata al-Khashab on Monday night, killing him. "
            "According to local sources, the man had been working as a driver for a transport company.")
    assert killed(text) == {"unknown": 1}
