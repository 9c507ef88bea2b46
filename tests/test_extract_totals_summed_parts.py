"""A sentence whose figures add up to the window toll told just before it, in a paragraph of its own
(``totals_summed_parts``): each figure is a total of its side, and no incident counts them; the parts of one event's
risen toll stay the incident's.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract


def _totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in contract(text)["totals"])


def test_parts_in_next_paragraph_of_window_toll_are_totals() -> None:
    text = ("Fighting in Jabal al-Zawiya\n\nAt least 21 fighters have been killed over the past 48 hours in clashes "
            "between government troops and rebels south of Idlib, a war monitor said on Sunday.\nTwelve soldiers and "
            "nine rebels of the Fatah al-Mubin operations room died in battles around Kansafra and Maarat al-Numan, "
            "the Observatory said.")
    result = contract(text)
    assert _totals(text) == [("hts_rebels", 9), ("regime", 12)]
    assert not any(i["killed"] for i in result["incidents"])


def test_parts_that_do_not_add_up_stay_apart() -> None:
    text = ("Fighting in Jabal al-Zawiya\n\nAt least 21 fighters have been killed over the past 48 hours in clashes "
            "between government troops and rebels south of Idlib, a war monitor said on Sunday.\nTwelve soldiers and "
            "five rebels died in an attack on a checkpoint near Kansafra on Saturday night, the Observatory said.")
    assert ("regime", 12) not in _totals(text)


def test_parts_of_one_event_risen_toll_stay_with_the_incident() -> None:
    text = ("Clashes in rural Sweida\n\nThe death toll of the clashes that erupted on Monday between local armed groups "
            "and a gang affiliated with Military Intelligence in the northern countryside of Sweida has risen to 11, a "
            "local source told the agency on Tuesday.\nThe source said that six members of the gang were killed, "
            "alongside three fighters of the local groups, while two civilians fell in the crossfire in the village of "
            "Atil.")
    assert _totals(text) == []
    assert [i["killed"].get("civilians") for i in contract(text)["incidents"]] == [2]
