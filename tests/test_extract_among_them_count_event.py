"""A sentence that opens with "Among them" and a count, and ties that part of the line's toll to one event ("Among
them 39 civilians, including 10 children, were killed in the chemical weapons attack on Douma city on April 7") tells
that event, an incident with the part as its toll; the line before stays a total (paragraphs written for these tests,
judged by ../shared/data/sohr/SCHEMA.md: an incident is one violent event the text locates or dates, including
background events)."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds, total_pairs
from observatory.extract.incident_share_event import part_told_as_event

_ROUNDUP = ("Monthly toll: 600 civilians killed in May 2019, including 20 in the shelling of Kafr Nabl\n"
            "SNHR documented in its monthly report the killing of 600 civilians in Syria in May 2019, including 150 "
            "children and 90 women.\n"
            "The distribution of victims by the main perpetrators:\n"
            "- Syrian regime forces: 400 civilians, including 100 children and 50 women. Among them 20 civilians, "
            "including 6 children, were killed in the rocket attack on Kafr Nabl on May 12.\n"
            "- Russian forces: 87 civilians, including 22 children.\n- ISIS: 30 civilians.\n")


def test_among_them_a_count_tied_to_one_attack_is_an_event() -> None:
    assert part_told_as_event("Among them 39 civilians, including 10 children and 15 women, were killed in the chemical "
                              "weapons attack on Douma city on April 7.")
    assert part_told_as_event("Among them, 12 civilians died in the massacre in the village of Tal Hamees on May 3.")


def test_among_them_a_count_tied_to_attacks_in_general_stays_a_share() -> None:
    assert not part_told_as_event("Among them 90 civilians were killed in airstrikes on several areas of Idlib.")


def test_the_event_is_an_incident_with_the_part_as_toll() -> None:
    row = contract(_ROUNDUP)
    assert killed_per_incident(row) == [{"civilians": 20}]
    assert kinds(row) == ["shelling"]
    assert ("civilians", 400) in total_pairs(row)
