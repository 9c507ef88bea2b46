"""The monitor's first toll told again after a risen one, with "earlier" opening the sentence ("Earlier, SOHR reported
that 12 militiamen had been killed"): no new figure for the incident (``casualty_rises._HAD_REPORTED``). Look-alike:
"Earlier, SOHR reported that a sniper shot dead a soldier" tells of another event.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_earlier_toll_after_a_risen_one_split_by_nationality() -> None:
    text = ("Toll rises\n\nSOHR has learned that the death toll of the strikes on positions of Iranian-backed militias near "
            "Al-Mayadeen has risen to 16. Among the dead are five Syrian members of the militias, while the rest are of "
            "non-Syrian nationalities. Earlier, SOHR reported that 13 militiamen had been killed in the strikes.")
    assert killed(text) == {"pro_iran_foreign": 11, "regime": 5}


def test_earlier_event_told_with_earlier_stays() -> None:
    text = ("Sniper fire\n\nSOHR has learned that the death toll of the shelling on Kansafra has risen to four civilians. "
            "Earlier, SOHR reported that a sniper of HTS shot dead a regime soldier on the Al-Ghab plain front.")
    assert killed(text) == {"civilians": 4, "regime": 1}


def test_earlier_toll_with_the_day_it_was_told() -> None:
    text = ("Toll rises\n\nSOHR has learned that the number of people killed in the ambush which ISIS cells laid today for "
            "a bus carrying regime soldiers near Al-Shula has risen to 19. SOHR sources said that 15 of the dead were "
            "soldiers, while the other four were civilians. Earlier today, SOHR reported that 14 people had been killed, "
            "after gunmen stopped the bus and opened fire on it.")
    assert killed(text) == {"civilians": 4, "regime": 15}


def test_earlier_in_the_day_toll_of_people() -> None:
    text = ("Toll rises\n\nSOHR has learned that the death toll of the strike on a depot of Iranian-backed militias near "
            "Al-Mayadeen has risen to 12, all of them members of the militias. Earlier in the day, SOHR reported that seven "
            "people had been killed.")
    assert killed(text) == {"pro_iran_foreign": 12}
