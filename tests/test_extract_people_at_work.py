"""Plain "people" the sentence tells as civilians at work (sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md: shepherds, truffle hunters and farm workers are civilians; ``casualty_people_at_work``):

* the group an attack fell on, told before the toll: the people less the fighters among them are that group;
* the work the people were at when hit, told after the toll ("as they were collecting truffles", "while grazing"), or
  right after their noun ("eleven people gathering truffles").

Near misses that stay of no side: plain people with no work told, people "most of them civilians", people of whom the
text counts the civilians apart, a group at work attacked in an aside about the attackers.
"""

from __future__ import annotations

from contract_rows import killed_sums


def test_group_of_shepherds_attacked_rest_of_people_are_civilians() -> None:
    text = ("Syria, May 4: Masked gunmen raided a group of shepherds near the hamlet of Tell Abu Rish, far to the east "
            "of Palmyra, killing 9 people, among them two members of the National Defense Forces.")
    assert killed_sums(text) == {"civilians": 7, "regime": 2}


def test_people_with_children_killed_while_collecting_truffles() -> None:
    text = ("Syria, May 4: Six people, including three children, died at dawn on Thursday when an old mine blew up "
            "beneath their pick-up as they were collecting truffles in the desert around Tell Abu Rish.")
    assert killed_sums(text) == {"civilians": 6}


def test_many_people_killed_while_grazing_their_sheep() -> None:
    text = ("Syria, May 4: Seven people died on Thursday in the Tell Abu Rish area after a shell left from old fighting "
            "went off while they were grazing their sheep.")
    assert killed_sums(text) == {"civilians": 7}


def test_people_at_a_checkpoint_stay_of_no_side() -> None:
    text = ("Syria, May 4: Masked gunmen raided a checkpoint near the hamlet of Tell Abu Rish, far to the east "
            "of Palmyra, killing 9 people, among them two members of the National Defense Forces.")
    assert killed_sums(text) == {"regime": 2, "unknown": 7}


def test_people_mostly_civilians_stay_of_no_side() -> None:
    text = ("Syria, May 4: Seven people, most of them civilians, died on Thursday in the Tell Abu Rish area after a "
            "shell left from old fighting went off while they were grazing their sheep.")
    assert killed_sums(text) == {"unknown": 7}


def test_people_with_civilians_counted_apart_stay_of_no_side() -> None:
    text = ("Syria, May 4: Twenty people, among them 12 civilians, died in the eastern badlands around Tell Abu Rish "
            "during the last month while they were searching for truffles, the monitor said.")
    assert killed_sums(text).get("civilians", 0) != 20


def test_shepherds_attacked_in_an_aside_do_not_name_the_dead() -> None:
    text = ("Syria, May 4: ISIS cells, which raided shepherds around Tell Abu Rish a week ago, fought regime forces at "
            "the edge of the hamlet of Tell Abu Rish on Thursday, killing 6 people.")
    assert "civilians" not in killed_sums(text)


def test_people_gathering_truffles_are_civilians() -> None:
    text = (
        "Mine in the desert\n\nEleven people gathering truffles were killed on Tuesday when a landmine exploded under "
        "their pick-up truck near al-Sukhnah in the eastern countryside of Homs."
    )
    assert killed_sums(text) == {"civilians": 11}
