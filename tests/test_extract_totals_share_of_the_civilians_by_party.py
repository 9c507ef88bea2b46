"""A period's toll of civilians split by who killed them, the first figure told as a share ("200 of the civilians were
killed by regime shelling and 40 by Russian airstrikes"): each figure is a total of civilians, like "200 civilians were
killed by ..., 40 by ..." (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_a_share_of_the_civilians_then_the_next_killer_s_figure() -> None:
    text = (
        "Since the start of the offensive in April 2019, the monitor has documented the deaths of 300 civilians in the "
        "de-escalation zone.\n"
        "The monitor said 200 of the civilians were killed by regime shelling and 40 by Russian airstrikes, while the rest "
        "died in explosions.\n"
    )
    found = total_pairs(titled(text, "2019-09-02"))
    assert ("civilians", 200) in found and ("civilians", 40) in found
