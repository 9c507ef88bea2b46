"""Incidents: the events a sentence lists as examples of the attacks it speaks of ("The attacks included an ambush
on A, an attack on B, and the storming of C"), one incident each.

Look-alikes: a list of kinds with no article ("including armed attacks, IED explosions and assassinations") and an
item with no town of its own list no events; the attacks an operation came after are left to their own rule.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names
from observatory.extract.incident_included_events import included_events
from observatory.extract.text import sentences, working_copy

_HEAD = "Syrian Observatory for Human Rights\nCells step up attacks in the desert\n\n"


def _items(text: str) -> int:
    work = working_copy(text)
    return sum(len(included_events(work, s)) for s in sentences(work))


def test_each_listed_attack_is_an_incident() -> None:
    row = contract(
        _HEAD + "SOHR has documented the death of 11 soldiers in a wave of attacks by the cells in the desert of "
        "Deir Ezzor over the past week. The attacks included an ambush on a fuel convoy near Al-Kharita, an attack "
        "on a checkpoint of the Fifth Corps in Al-Masrab, and the storming of a militia post west of Al-Tabni."
    )
    assert len(kinds(row)) == 3
    assert [names[0] for names in place_names(row)] == ["Al-Kharita", "Al-Masrab", "Al-Tabni"]


def test_one_example_after_including_is_an_incident() -> None:
    assert (
        _items(
            _HEAD + "In recent weeks, the town has seen several attacks by the cells, including the killing of a "
            "council member near Tal Hamis in April."
        )
        == 1
    )


def test_kinds_without_article_list_no_event() -> None:
    assert (
        _items(
            _HEAD + "The cells carried out 40 operations in the province, including armed attacks, IED explosions "
            "and assassinations in Tal Hamis and Al-Masrab."
        )
        == 0
    )


def test_item_without_a_town_lists_no_event() -> None:
    assert (
        _items(
            _HEAD + "The attacks included an ambush on a fuel convoy near Al-Kharita and an attack on a checkpoint of "
            "the Fifth Corps."
        )
        == 0
    )


def test_attacks_an_operation_came_after_are_left_alone() -> None:
    assert (
        _items(
            _HEAD + "The committee said the campaign came after a series of assassinations, including the killing of "
            "a teacher in Tal Hamis."
        )
        == 0
    )
