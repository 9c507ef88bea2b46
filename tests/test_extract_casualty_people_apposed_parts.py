"""A figure of people broken down by an apposition before its verb ("Four people, two soldiers and two men from the town,
were killed"): the items that add up to it are its parts, not more dead beside it (``casualty_parts.people_parts``); an
item's own group ("two members of a gang affiliated with ...") counts no one by its article (``casualty_lists``).
Look-alike: the parts told after the verb were read before and stay so.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_people_then_soldiers_and_townsmen_before_the_verb() -> None:
    text = ("Clashes in Inkhil\n\nFour people, two soldiers and two men from the town, were killed in clashes in Inkhil on "
            "Monday.")
    assert killed(text) == {"regime": 2, "unknown": 2}


def test_an_items_group_named_with_an_article() -> None:
    text = ("Clashes in Inkhil\n\nFour people, two members of a gang affiliated with the Military Security and two men "
            "from the town, were killed in clashes in Inkhil on Monday.")
    assert killed(text) == {"regime": 2, "unknown": 2}


def test_parts_after_the_verb_stay_parts() -> None:
    text = ("Clashes in Inkhil\n\nFive people were killed in clashes in Inkhil on Monday, three soldiers and two men from "
            "the town.")
    assert killed(text) == {"regime": 3, "unknown": 2}
