"""A ranking of regions after a civilian toll ("X saw the highest toll with 30 victims, followed by Y with 20, most of
them killed by Turkish strikes"): the party named after the ranked figures is who killed them, not their side
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2021-06-01"))


_TOLL = "The network documented the deaths of 90 civilians in Syria in May 2021.\n"


def test_killer_after_the_ranking_leaves_the_civilian_side() -> None:
    found = totals(_TOLL + "Aleppo saw the highest toll with 30 victims, followed by Raqqa with 20, most of them killed "
                           "in Turkish drone strikes.")
    assert ("civilians", 30) in found and ("civilians", 20) in found
    assert all(side != "turkey_factions" for side, _ in found)


def test_side_named_after_the_ranking_without_a_killer_word_stays_their_side() -> None:
    found = totals("The monitor documented the deaths of 90 people in Syria in May 2021.\n"
                   "Aleppo saw the highest toll with 30, followed by Raqqa with 20, all of them members of the regime forces.")
    assert ("regime", 30) in found and ("regime", 20) in found
