"""A victim added after the role word of the dead ("left four gunmen dead, as well as a woman ...", "... lost their
lives, in addition to a driver"; also after the shares of the dead told right after "dead": "left three fighters dead,
two from A and one from B, as well as ..."): the added figure is dead too (``casualty_added_dead.ALSO_AFTER_ROLE``). The
wounded "others" of the next sentence take no side from that added civilian (``casualty_added_dead.added_bystander``).
Look-alikes: damage added after "dead", the injured added after "dead", dead of another time, and an aside that is no
share of the dead keep the ordinary reading.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import Row, titled


def _row(text: str) -> Row:
    return titled(text)


def _killed(row: Row) -> list[dict[str, int]]:
    return [i["killed"] for i in row["incidents"]]


def _injured(row: Row) -> list[dict[str, int]]:
    return [i["injured"] for i in row["incidents"]]


_OPEN = "Gunfire erupted on Monday between SDF members and regime forces in the Tay district of Qamishli. "


def test_dead_then_as_well_as_a_bystander() -> None:
    row = _row(_OPEN + "The fighting left two regime soldiers and one SDF fighter dead, in addition to a civilian man whom "
                       "a stray round struck outside his bakery.")
    assert _killed(row) == [{"regime": 2, "sdf": 1, "civilians": 1}]


def test_dead_then_along_with_without_a_comma() -> None:
    row = _row(_OPEN + "The fighting left two regime soldiers and one SDF fighter dead along with a girl from the "
                       "neighbourhood.")
    assert _killed(row) == [{"regime": 2, "sdf": 1, "civilians": 1}]


def test_lost_their_lives_as_well_as() -> None:
    row = _row(_OPEN + "Two regime soldiers and one SDF fighter lost their lives, as well as a civilian driver.")
    assert _killed(row) == [{"regime": 2, "sdf": 1, "civilians": 1}]


def test_slain_in_the_fighting_in_addition_to() -> None:
    row = _row(_OPEN + "Two regime soldiers and one SDF fighter were slain in the fighting, in addition to a shepherd.")
    assert _killed(row) == [{"regime": 2, "sdf": 1, "civilians": 1}]


def test_dead_shares_then_as_well_as() -> None:
    row = _row("Gunfire erupted on Monday between two Turkish-backed factions in Afrin city. The fighting left five "
               "fighters dead, three from Faylaq al-Sham and two from the Hamza Division, as well as a civilian woman.")
    assert _killed(row) == [{"turkey_factions": 5, "civilians": 1}]


def test_others_after_the_added_civilian_are_not_civilians() -> None:
    row = _row("Gunfire erupted on Monday between two rival clans at Hajin, a town east of Deir Ezzor. The feud "
               "left four gunmen from the two clans dead, as well as an elderly woman that a stray round reached "
               "near the market. Six others were wounded.")
    assert _killed(row) == [{"unknown": 4, "civilians": 1}]
    assert _injured(row) == [{"unknown": 6}]


def test_damage_after_dead_is_no_victim() -> None:
    row = _row(_OPEN + "The fighting left two regime soldiers dead, as well as heavy damage to three houses.")
    assert _killed(row) == [{"regime": 2}]


def test_injured_added_after_dead_stay_injured() -> None:
    row = _row(_OPEN + "The fighting left two regime soldiers dead, as well as three others injured.")
    assert _killed(row) == [{"regime": 2}]
    assert _injured(row) == [{"regime": 3}]


def test_an_aside_that_is_no_share_keeps_the_reading() -> None:
    row = _row(_OPEN + "The fighting left five regime soldiers dead, three of them wounded earlier, as well as a "
                       "civilian woman.")
    assert _killed(row) == [{"regime": 5}]
