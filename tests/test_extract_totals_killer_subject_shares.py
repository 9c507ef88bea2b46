"""A share told with "accounted for" whose subject is a means of killing ("Regime artillery and rocket fire accounted
for 40 of the deaths", "ISIS attacks accounted for 90 of the dead"): the side named is the killer's, never the side of
the dead. After a civilian total the share stays a civilian total by that killer, and a ranking by place told next is
of the civilians (not of people of several sides).

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_CIVILIANS = (
    "Bombardment by government forces and Russian jets has killed 58 civilians, including 15 children, in the "
    "northwest since Sept. 9, rescuers said on Monday.\n"
)


def _totals(text: str) -> list[tuple[str, int, object, object]]:
    totals = contract(text)["totals"]
    assert isinstance(totals, list)
    return sorted((t["side"], t["killed"], t.get("perpetrator"), t.get("region")) for t in totals)


def test_killer_subject_is_no_side_of_the_dead() -> None:
    found = _totals(
        "Fighting in the east left 310 people dead in 2022, the monitor said.\nISIS attacks accounted for 90 of the dead."
    )
    assert not any(side == "isis" for side, *_ in found)


def test_ranking_after_killer_shares_is_of_the_civilians() -> None:
    found = _totals(
        _CIVILIANS + "Regime shelling and missile fire accounted for 40 of the deaths, and Russian warplanes for 18, "
        "the rescuers said.\nThe town of Ariha recorded the highest number of deaths with 13, followed by Sarmin with 9 "
        "and Binnish with six.\n"
    )
    assert ("civilians", 40, "regime", None) in found
    assert [(side, killed) for side, killed, _, region in found if region] == [
        ("civilians", 6),
        ("civilians", 9),
        ("civilians", 13),
    ]
