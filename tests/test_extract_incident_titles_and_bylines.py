"""Incidents: a report's title, byline, dateline, caption and the links around its story, in texts whose first line is the
title.

* a title label gives the governorate of an unknown village; a label that is no governorate gives none; a title with a
  pipe is no byline;
* bylines with the governorate or the date first; a capital's dateline places unplaced incidents; a caption's date and
  the story's weekday are one day;
* headlines of linked stories are no incidents, the story goes on after a link line, a sentence opening with "Related"
  is prose;
* the body's first account of the title's event is the same incident; a body that opens with another event keeps both;
* a word cut at the end of a long page is no place; a short text keeps its last place.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, governorates, kinds
from contract_rows import killed_per_incident as killed
from contract_rows import place_names as names
from incident_cases import _links
from incident_report_cases import DAY, run


def test_headlines_under_a_related_label_in_one_block_are_no_incidents() -> None:
    body = "Gunmen shot dead a teacher in the town of Nawa on Monday."
    text = body + "\nRelated posts\nThree farmers killed by landmine explosion near Maarat al-Numan\nTags: Daraa, security chaos"
    assert _links(text, len(body)) == frozenset({1})


def test_the_bodys_first_account_of_the_titles_event_is_the_same_incident() -> None:
    row = contract("Regime shelling on Kansafra kills boy, HTS strikes back near Al-Bara\n\n"
                   "Regime forces pounded Kansafra town and several villages in Jabal al-Zawiya in the southern countryside "
                   "of Idlib with rockets since the morning, killing a boy and wounding two women.\n\n"
                   "In the afternoon, HTS fighters targeted a regime position near Al-Bara with machine guns, killing a "
                   "soldier.", DAY)
    assert kinds(row) == ["shelling", "attack"]


def test_a_body_that_opens_with_another_event_than_the_titles_keeps_both() -> None:
    row = contract("Twelve soldiers killed in ISIS attack near Palmyra\n\n"
                   "On Monday, ISIS gunmen shot dead a soldier in the town of Al-Mayadin in Deir Ezzor.\n\n"
                   "On Sunday, ISIS cells attacked an army post near Palmyra in the eastern countryside of Homs, killing "
                   "12 soldiers.", DAY)
    assert len(kinds(row)) == 2


def test_byline_governorate_for_an_unknown_village() -> None:
    row = run("Regime shelling kills a child\nSOHR\nHama | March 3, 2020\n\n"
              "Regime forces shelled the village of Tell Zawiyat al-Gharbi this morning, killing a child.")
    assert [i["governorate"] for i in row["incidents"]] == ["Hama"]


def test_byline_with_the_date_first() -> None:
    row = run("IED kills two soldiers\nSyrian Observatory for Human Rights\n4 May 2021 | Deir Ezzor | 2 comments\n\n"
              "An IED exploded under a military car near the village of Khirbet Umm Zarzur, killing two soldiers.")
    assert [i["governorate"] for i in row["incidents"]] == ["Deir-ez-Zor"]


def test_a_title_with_a_pipe_is_no_byline() -> None:
    row = run("Security chaos | Gunmen kill a man\nSOHR\n\n"
              "Gunmen shot dead a man in the village of Tell Zawiyat al-Gharbi this morning.")
    assert [i["governorate"] for i in row["incidents"]] == [None]


def test_title_label_gives_the_governorate_of_an_unknown_village() -> None:
    row = run("Deir Ezzor | ISIS kills two SDF members\nSOHR\n\n"
              "ISIS cells killed two SDF members in an attack on their post in the village of Khirbet Umm Zarzur tonight.")
    assert [i["governorate"] for i in row["incidents"]] == ["Deir-ez-Zor"]


def test_title_label_that_is_no_governorate_gives_none() -> None:
    row = run("Security chaos | Gunmen kill a man\nSOHR\n\n"
              "Gunmen shot dead a man in the village of Khirbet Umm Zarzur this morning.")
    assert [i["governorate"] for i in row["incidents"]] == [None]


@pytest.mark.parametrize("caption", [
    "Aftermath of the car bombing, al-Bab, Oct. 6, 2020. Image credit: a local activist.",
    "Smoke rises after the blast in al-Bab on October 6, 2020 (photo: social media).",
])
def test_caption_date_and_weekday_of_the_story_are_one_day(caption: str) -> None:
    row = run(caption + "\n\nA car bomb killed 19 people in the city of al-Bab on Tuesday.", published=None)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["date"] == "2020-10-06"


@pytest.mark.parametrize("text", [
    "A landmine killed two shepherds near the village of Arak on Monday.\nRelated posts\n"
    "Regime jets strike hideouts near Palmyra\nGunmen kill a teacher in Tafas",
    "A landmine killed two shepherds near the village of Arak on Monday.\nRead also: Drone attack kills four soldiers near Raqqa",
    "A landmine killed two shepherds near the village of Arak on Monday.\nRelated stories:\n"
    "- Turkish shelling hits Tal Tamr villages\n- Explosion rocks market in Azaz",
    "A landmine killed two shepherds near the village of Arak on Monday.\nRELATED  |  Clashes leave five dead in Busra al-Harir",
])
def test_headlines_of_linked_stories_are_no_incidents(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["ied_landmine"]
    assert names(row) == [["Arak"]]


def test_story_goes_on_after_a_link_line() -> None:
    row = run("A landmine killed two shepherds near the village of Arak on Monday.\n"
              "Read more: Gunmen kill a teacher in Tafas\n"
              "On Tuesday, regime artillery shelled the town of Kansafra, killing a woman.")
    assert kinds(row) == ["ied_landmine", "shelling"]
    assert killed(row) == [{"civilians": 2}, {"civilians": 1}]


def test_a_sentence_that_opens_with_related_is_prose() -> None:
    row = run("Related to the dispute over the crossing, gunmen shot dead a driver near the village of Arak on Monday.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize(("text", "gov"), [
    ("Camp news\nHASAKAH - A woman was shot dead in the camp of al-Hol on Monday.\n"
     "Hours later, guards found the body of a man near the market of the camp.", "Al-Hasakeh"),
    ("Daily report\nDARAA - Gunmen shot dead a man near Nawa on Monday.\n"
     "The next day, a young man was found dead on the road near a school.", "Dar'a"),
])
def test_capital_dateline_places_unplaced_incidents(text: str, gov: str) -> None:
    row = run(text)
    assert governorates(row) == [gov, gov]


def test_a_word_cut_at_the_end_of_a_long_page_is_no_place() -> None:
    filler = "Observers said the situation remained tense across the region for most of the week. " * 20
    row = run("A landmine killed two shepherds near the village of Arak on Monday.\n" + filler +
              "These attacks followed a campaign to comb the deserts of Palmy")
    assert all("Palmy" not in ns for ns in names(row))


def test_a_short_text_keeps_its_last_place() -> None:
    assert names(run("Landmine kills two shepherds near Arak")) == [["Arak"]]
