"""A period report that singles out the deadliest of the events it counts ("the deadliest being the shelling of X on
May 12, which killed six civilians", "The bloodiest single clash of 2022 occurred in X on June 3, when fighting
... left nine dead") tells that event with its own toll: an incident, not one more total. A superlative of a month, a
front or a figure names no event and stays with the totals (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import Row, contract, governorates, killed_per_incident, total_pairs


def titled_free(text: str) -> Row:
    """The contract row of a report whose first line is its own title."""
    return contract(text)


_MONTH = ("SNHR: 64 civilians killed in Syria in May 2024\n"
          "The network said it had recorded the killing of 64 civilians across Syria in May 2024, among them nine "
          "children. ")
_YEAR = ("Annual toll | 50 dead in factional fighting during 2022\n"
         "In 2022, SOHR counted 50 people who lost their lives in fighting among the factions north of Aleppo: 40 "
         "fighters and ten civilians. ")


def test_the_deadliest_being_a_dated_shelling_is_an_incident() -> None:
    row = titled_free(_MONTH + "It counted three massacres in the month, the deadliest being the shelling by regime forces "
                               "of a market in Ariha in the southern countryside of Idlib on May 12, which killed six "
                               "civilians.")
    assert killed_per_incident(row) == [{"civilians": 6}]
    assert governorates(row) == ["Idleb"]
    assert ("civilians", 6) not in total_pairs(row)


def test_the_deadliest_single_clash_of_the_year_is_an_incident() -> None:
    row = titled_free(_YEAR + "The bloodiest single clash of 2022 occurred in Jarabulus city on June 3, when "
                              "fighting between the Hamza Division and a tribal force left nine dead.")
    assert len(killed_per_incident(row)) == 1
    assert sum(killed_per_incident(row)[0].values()) == 9


def test_the_largest_of_which_is_an_incident() -> None:
    row = titled_free(_MONTH + "It documented four massacres over the month, the largest of which was committed in "
                               "Kafr Nabl in Idlib countryside on May 20, when regime forces stormed the village, "
                               "killing 23 civilians, including five children.")
    assert killed_per_incident(row) == [{"civilians": 23}]
    assert ("civilians", 23) not in total_pairs(row)


def test_the_deadliest_month_stays_with_the_totals() -> None:
    row = titled_free(_YEAR + "The deadliest month was March, when 17 people were killed in several rounds of "
                              "fighting around Afrin.")
    assert killed_per_incident(row) == []


def test_the_largest_number_of_victims_is_no_event() -> None:
    row = titled_free(_MONTH + "The largest number of victims was recorded in Idlib, where 30 civilians were killed "
                               "during the month.")
    assert killed_per_incident(row) == []


def test_the_deadliest_front_is_no_event() -> None:
    row = titled_free(_MONTH + "The deadliest front was the south of Idlib, where regime shelling killed 25 civilians "
                               "over the month.")
    assert killed_per_incident(row) == []


def test_the_deadliest_attacks_of_a_province_stay_a_total() -> None:
    row = titled_free(_MONTH + "The deadliest attacks took place in Daraa, where 40 people were killed in the month.")
    assert killed_per_incident(row) == []
    assert ("unknown", 40) in total_pairs(row)


def test_the_largest_share_of_a_province_stays_a_total() -> None:
    row = titled_free(_MONTH + "Most deaths fell in five governorates, the largest of which was Idlib, where 30 "
                               "civilians lost their lives over the month.")
    assert killed_per_incident(row) == []
    assert ("civilians", 30) in total_pairs(row)
