""""Gunmen opened fire on a former opposition fighter who had refused to join any regime formation, killing him": "him"
is the person the attack was made on, of the side that person's words name (``mention_context_passes.joined_before_pronoun``);
"refused to join" joins no group. Look-alikes: "who had joined the Military Security, killing him" (the group
joined) and "a man" (of no side) keep their readings.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_him_is_the_former_rebel_shot_at() -> None:
    text = ("Killing in Daraa countryside\n\nOn Sunday night, unidentified gunmen opened fire on a former opposition "
            "fighter who had refused to join any regime formation after the settlement, killing him near his house in Inkhil.")
    assert killed(text) == {"hts_rebels": 1}


def test_him_after_the_group_joined_is_of_that_group() -> None:
    text = ("Killing in Daraa countryside\n\nOn Sunday night, unidentified gunmen opened fire on a former rebel commander "
            "who had joined the Air Force Intelligence, killing him near his house in Inkhil.")
    assert killed(text) == {"regime": 1}


def test_him_after_a_man_is_of_no_side() -> None:
    text = ("Killing in Daraa countryside\n\nOn Sunday night, unidentified gunmen opened fire on a man in his thirties near "
            "Inkhil, killing him instantly.")
    assert killed(text) == {"unknown": 1}
