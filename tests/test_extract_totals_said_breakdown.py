"""A breakdown of the total just told, relayed from its source ("The monitor said the dead were ...", "The observatory
added that the victims included ..."), gives the parts of that total as it does without the source; a relayed sentence
about the dead with no figures leaves the whole (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-03-06"))


def test_breakdown_relayed_from_the_monitor_gives_the_parts() -> None:
    found = totals("At least 15 people were killed on Sunday in a wave of drone strikes across the Afrin region, a war monitor "
                   "said.\nThe observatory said the dead were nine SDF fighters, four civilians and two regime soldiers.")
    assert found == [("civilians", 4), ("regime", 2), ("sdf", 9)]


def test_breakdown_added_by_the_source_with_that_gives_the_parts() -> None:
    found = totals("Eight people were killed nationwide on Friday, according to the monitor. The monitor added that the "
                   "victims included five HTS fighters and three civilians.")
    assert ("hts_rebels", 5) in found and ("civilians", 3) in found and ("unknown", 8) not in found


def test_relayed_sentence_about_the_dead_with_no_figures_leaves_the_whole() -> None:
    found = totals("At least 30 people were killed across Syria on Monday, the monitor said. The monitor said the dead had "
                   "been taken to hospitals in Azaz and Afrin.")
    assert found == [("unknown", 30)]
