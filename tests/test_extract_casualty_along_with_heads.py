""""killing him along with three of his aides", "resulted in the death of the officer along with one of his guards",
"a commander was killed on Monday along with four of his men", "killing him along with his wife and their two
daughters", "shot her dead along with her driver and four other civilians": the figure after "along with" shares the
killing verb before the person it accompanies (``casualty_along_with``).
Look-alike: "killing the officer along with two of his guards" was read before and still is.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def _figures(text: str, opening: str) -> list[tuple[str, int]]:
    return [(role, value) for role, value, _ in sentence_sides(text, opening)]


def test_pronoun_head() -> None:
    text = ("Raid near Atmeh\n\nHelicopters landed near a farm outside Atmeh at night and exchanged fire with a wanted "
            "man, killing him along with three of his aides.")
    # the three aides, and "him" with them, of their side (``casualty_pronoun_along``)
    assert ("killed", 4) in _figures(text, "Helicopters landed")


def test_death_of_head() -> None:
    text = ("Blast in Marea\n\nAn explosive device went off in the car of a Hamza Division officer in Marea on Monday, "
            "resulting in the death of the officer along with one of his guards.")
    assert _figures(text, "An explosive device") == [("killed", 1), ("killed", 1)]


def test_passive_head_with_day_between() -> None:
    text = ("Clashes near Kabani\n\nAn HTS commander was killed on Monday along with four of his men "
            "in clashes with regime forces on the hills of Kabani.")
    assert _figures(text, "An HTS commander") == [("killed", 1), ("killed", 4)]


def test_kin_between_along_with_and_figure() -> None:
    text = ("Strike on a farm\n\nUnidentified warplanes hit a farmhouse in the village of Tell Shihab at dawn, killing "
            "him along with his wife and their two daughters, local sources said of the owner.")
    assert ("killed", 2) in _figures(text, "Unidentified warplanes")


def test_shot_dead_pronoun_head() -> None:
    text = ("Killing near Tafas\n\nGunmen stopped a council official on the road to Tafas on Monday and shot him dead "
            "along with his driver and four other civilians.")
    assert ("killed", 4) in _figures(text, "Gunmen stopped")


def test_article_head_still_read() -> None:
    text = ("Blast in Marea\n\nAn explosive device went off in the car of a Hamza Division officer in Marea on Monday, "
            "killing the officer along with two of his guards.")
    assert ("killed", 2) in _figures(text, "An explosive device")
