"""Page notes beside a report: a photo caption (often of an older event) and an editor's note on what an earlier
version said give no toll of the report's event. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds


def test_caption_line_above_the_story_is_no_incident() -> None:
    row = contract("Picture: Neighbours clear rubble after a raid that killed 14 people two years ago (archive)\n\n"
                   "Warplanes bombed farmland west of Saraqeb in the Idlib countryside on Thursday, killing three "
                   "fighters of a rebel faction.")
    assert kinds(row) == ["airstrike"]
    assert killed_per_incident(row) == [{"hts_rebels": 3}]


def test_bracketed_caption_under_the_story_is_no_total() -> None:
    row = contract("A roadside bomb went off under a bus of the army near Maadan in the Raqqa countryside on Friday, "
                   "killing five soldiers.\n\n(File photo: paramedics carry a wounded man after a blast that killed 8 in "
                   "Tabqa last spring)")
    assert kinds(row) == ["ied_landmine"]
    assert killed_per_incident(row) == [{"regime": 5}]
    assert row["totals"] == []


def test_caption_words_do_not_change_the_kind() -> None:
    row = contract("Troops of the US-led coalition stormed a farm near Shuhayl in the Deir Ezzor countryside on Monday "
                   "night, killing two ISIS members.\n\nImage caption: A coalition helicopter over the Euphrates valley. Archive photo, 2020.")
    assert kinds(row) == ["attack"]


def test_earlier_version_figure_is_replaced() -> None:
    row = contract("Three fighters of the Asayish were killed on Tuesday when gunmen opened fire on their checkpoint "
                   "near Tal Tamr in the Hasakah countryside.\n\nEditor's note: an earlier version of this report "
                   "said that seven fighters were killed.")
    assert killed_per_incident(row) == [{"sdf": 3}]


def test_review_body_sentence_led_by_photographs_is_read() -> None:
    row = contract("Photographs shared by residents show that army rockets fell on Kansafra in the Idlib countryside "
                   "on Sunday, killing two civilians.")
    assert killed_per_incident(row) == [{"civilians": 2}]


def test_review_update_that_raises_the_toll_is_kept() -> None:
    row = contract("A mine blew up under a tractor near Maskanah in the Aleppo countryside on Wednesday, killing one "
                   "farmer and wounding two others.\n\nUpdate: one of the wounded farmers died in hospital, bringing "
                   "the toll to two.")
    assert killed_per_incident(row) == [{"civilians": 2}]


def test_review_rev4_wrong_account_after_the_event_keeps_the_event() -> None:
    row = contract("Gunmen of ISIS stormed an army post near Ithriyah in the Hama countryside on Saturday, killing five "
                   "soldiers, while state media wrongly reported that the attack was repelled.")
    assert killed_per_incident(row) == [{"regime": 5}]


def test_review_rev4_raised_toll_against_an_earlier_version_is_read() -> None:
    row = contract("The toll of the ISIS raid on an army post near Ithriyah in the Hama countryside on Saturday has "
                   "risen to seven soldiers, not five as an earlier version of this report said.")
    assert killed_per_incident(row) == [{"regime": 7}]


def test_review_rev4_report_that_is_all_caption_is_read() -> None:
    row = contract("Image: Russian warplanes struck a rebel base near Kabani in the Latakia countryside on Sunday, "
                   "killing three fighters.")
    assert killed_per_incident(row) == [{"hts_rebels": 3}]
