"""The joint toll of several attacks told with the attacks as its subject ("The two attacks left six soldiers dead")
or as the owner of the toll ("put the toll of the attacks at 80 dead: ...") is a total, and each attack stays an
incident without a toll (SCHEMA: "Several attacks ... reported with one joint toll: the toll is a total";
``totals_joint_attacks``).

Paragraphs written for these tests, places real, events invented. Look-alikes: one attack's toll, a toll of "the
strikes" of one raid, a bare figure the toll rose to.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.gates import fold
from observatory.extract.totals_joint_attacks import attacks_joint_toll
from observatory.extract.totals_sentences import is_period_total

_TWO = ("Gunmen of the Islamic State group struck two army posts near Arak and al-Tayba on Tuesday. The first raid hit a "
        "hilltop post, while the second targeted a checkpoint on the desert road. The two attacks left six soldiers dead "
        "and four others wounded.")

_WAVE = ("Jihadists sent suicide bombers and raiding parties against Jableh and three nearby villages on Friday. "
         "Local medics put the toll of the attacks at 80 dead: 52 civilians and 28 soldiers of the regime forces, while "
         "17 of the attackers were killed.")


def _row(text: str) -> dict[str, object]:
    return titled(text, "2022-05-10")


def test_subject_attacks_toll_is_a_total() -> None:
    row = _row(_TWO)
    assert ("regime", 6) in total_pairs(row)
    assert all(not k for k in killed_per_incident(row))


def test_toll_of_the_attacks_is_a_total() -> None:
    row = _row(_WAVE)
    assert {("civilians", 52), ("regime", 28)} <= set(total_pairs(row))
    assert all(not k for k in killed_per_incident(row))


def test_sentence_forms() -> None:
    assert is_period_total("The attacks launched this morning left eleven policemen dead, while four of the gunmen died.")
    assert is_period_total("The death toll of Sunday's coordinated attacks on the town reached 40 people: 25 civilians and 15 guards.")


def test_one_attack_stays_an_incident() -> None:
    row = _row("Gunmen stormed an army checkpoint near Tadmur on Tuesday. The attack left six soldiers dead.")
    assert total_pairs(row) == []
    assert sum(sum(k.values()) for k in killed_per_incident(row)) == 6


def test_strikes_of_one_raid_not_read_here() -> None:
    assert not is_period_total("The strikes left nine militiamen dead and several others wounded.")


def _joint(text: str) -> bool:
    return attacks_joint_toll(text, fold(text))


def test_bare_rising_figure_not_read_here() -> None:
    assert _joint("The monitor put the toll of the attacks on the town at 96 dead, after more bodies were found.")
    assert not _joint("The monitor recorded a rise in the toll of the attacks on the town to 96, after more bodies "
                      "were pulled from the rubble.")


def test_separate_attack_not_read_here() -> None:
    assert _joint("On Friday, the two attacks left five people dead at a bakery.")
    assert not _joint("In a separate incident on Friday, the two attacks left five people dead at a bakery.")


def test_one_of_the_attacks_is_one_attacks_toll() -> None:
    for pick in ("One", "Each", "The first"):
        assert not _joint(f"{pick} of the attacks killed four soldiers.")
    row = _row("ISIS cells attacked two regime posts near al-Sukhnah in Homs desert on Monday. One of the attacks "
               "killed four soldiers.")
    assert total_pairs(row) == []
    assert {"regime": 4} in killed_per_incident(row)
