"""A kidnapping told as what set off the fighting of the sentence ("The clashes broke out after the gang kidnapped a
farmer from A on Friday") is an incident of its own when it has a day of its own; with no day of its own, or with the
victim's own capture recalled ("found dead two days after he was abducted"), it stays part of the story. Paragraphs
written for these tests; one construction per test."""

from __future__ import annotations

from contract_rows import kinds, place_names, titled

_CLASH = ("Three gunmen were killed on Wednesday night in an exchange of fire between two armed groups in Jasim, in "
          "the northern countryside of Daraa, the monitor said. ")


def test_a_kidnapping_of_its_own_day_that_set_off_the_clashes_is_an_incident() -> None:
    row = titled(_CLASH + "The clashes broke out after members of one group kidnapped a farmer from Inkhil on Friday "
                          "and asked his family for money.")
    assert kinds(row) == ["clash", "abduction"]
    assert place_names(row)[1][:1] == ["Inkhil"]


def test_the_escalation_came_after_a_dated_abduction() -> None:
    row = titled(_CLASH + "The escalation came after gunmen of the rival group abducted two drivers near Tafas on "
                          "Monday evening.")
    assert kinds(row) == ["clash", "abduction"]


def test_a_kidnapping_with_no_day_of_its_own_stays_part_of_the_story() -> None:
    row = titled(_CLASH + "The clashes broke out after members of one group kidnapped a farmer from Inkhil and asked "
                          "his family for money.")
    assert kinds(row) == ["clash"]


def test_a_kidnapping_on_the_day_of_the_clashes_is_one_story() -> None:
    row = titled("Three gunmen were killed on Wednesday in an exchange of fire between two armed groups in Jasim, the "
                 "monitor said. The clashes broke out on Wednesday after members of one group kidnapped a farmer on "
                 "Wednesday.")
    assert kinds(row) == ["clash"]


def test_the_victim_s_own_capture_days_before_is_no_second_incident() -> None:
    row = titled("The body of a teacher was found on Sunday near Nawa with gunshot wounds to the head, the monitor "
                 "said. He was found two days after gunmen abducted him from his school on Friday.")
    assert len(kinds(row)) == 1


def test_a_passive_capture_is_no_second_incident() -> None:
    row = titled("A trader was shot dead on Sunday near Nawa, the monitor said. He was killed after he was abducted "
                 "by masked men on Thursday.")
    assert len(kinds(row)) == 1


def test_a_head_that_only_places_the_story_keeps_the_sentence_whole() -> None:
    row = titled(_CLASH + "The local groups took over a farm near Tafas, after the rival gang kidnapped a doctor on "
                          "Tuesday.")
    assert "Tafas" in place_names(row)[0]
