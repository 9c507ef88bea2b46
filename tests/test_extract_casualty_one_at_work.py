"""One plain man the sentence after his tells at civilian work is a civilian (``casualty_one_at_work``; sentences
written for these tests)."""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums

T = "Border news\n\n"


def test_the_n_year_old_was_collecting_firewood() -> None:
    text = T + ("A young man was shot dead on Tuesday by Turkish border guards near the village of Tal Halaf, a local "
                "source said.\nThe 19-year-old was collecting firewood near the border wall when the guards opened fire.")
    assert killed_sums(text) == {"civilians": 1}


def test_he_was_grazing_his_sheep() -> None:
    text = T + ("A man was wounded on Friday when a landmine went off in the countryside of Maadan. He was grazing his "
                "sheep at the time, the source said.")
    assert injured_sums(text) == {"civilians": 1}


def test_the_victim_had_been_on_his_way_to_his_farm() -> None:
    text = T + ("Unidentified gunmen killed a young man on the road near Busra al-Sham on Sunday. The victim had been on his "
                "way to his farm.")
    assert killed_sums(text) == {"civilians": 1}


def test_no_work_told_stays_of_no_side() -> None:
    text = T + ("Unidentified gunmen killed a young man on the road near Busra al-Sham on Sunday. The victim had been "
                "released from prison a month earlier.")
    assert killed_sums(text) == {"unknown": 1}


def test_a_man_of_a_group_is_not_read_so() -> None:
    text = T + ("A young man who had joined the National Defence Forces was shot dead near Mohassan on Sunday. He was "
                "working in his field at the time.")
    assert "civilians" not in killed_sums(text)
