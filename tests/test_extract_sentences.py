"""Extraction on sentences written for these tests: one construction per test."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observatory.extract import extract_report, to_contract
from observatory.extract.dates import resolve
from observatory.models import Extraction, Report


def run(text: str, published: date | None = None) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def killed(row: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident["killed"].items():
            out[side] = out.get(side, 0) + n
    return out


def injured(row: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident["injured"].items():
            out[side] = out.get(side, 0) + n
    return out


def test_killing_and_injuring_split_by_side() -> None:
    row = run("Gunmen of ISIS cells stormed an army checkpoint near the village of Tell Hamra on Monday, "
              "killing five soldiers and injuring seven others.")
    assert len(row["incidents"]) == 1
    incident = row["incidents"][0]
    assert incident["killed"] == {"regime": 5}
    assert incident["injured"] == {"regime": 7}
    assert incident["perpetrator"] == "isis"
    assert incident["type"] == "attack"


def test_number_words_and_digits() -> None:
    assert killed(run("Twenty-two members of the SDF were killed in an ambush by ISIS in the desert.")) == {"sdf": 22}
    assert killed(run("A Turkish drone struck a car, killing 3 civilians.")) == {"civilians": 3}


def test_vague_counts_are_not_summed_as_numbers() -> None:
    row = run("Regime warplanes bombed the town, killing several civilians and wounding dozens of others.")
    assert killed(row) == {}
    assert injured(row) == {}
    assert row["incidents"][0]["type"] == "airstrike"


def test_qualified_counts_keep_the_number() -> None:
    assert killed(run("At least nine fighters of Hezbollah were killed in an Israeli strike on a depot.")) == {"pro_iran_foreign": 9}


def test_breakdown_by_nationality_is_subtracted_for_incidents() -> None:
    row = run("An explosion hit a patrol, and 14 members of regime forces, including 2 Russians, were killed.")
    assert killed(row) == {"regime": 12, "russia": 2}


def test_breakdown_of_a_subset_is_not_subtracted() -> None:
    row = run("Rocket fire by regime forces on the market killed 11 civilians, including four children.")
    assert killed(row) == {"civilians": 11}


def test_both_sides_in_one_sentence() -> None:
    row = run("Heavy clashes broke out between the SDF and ISIS near the oil field, leaving 4 SDF fighters and 6 ISIS members dead.")
    assert killed(row) == {"sdf": 4, "isis": 6}
    assert row["incidents"][0]["type"] == "clash"


def test_a_person_counts_one() -> None:
    row = run("Unidentified gunmen shot dead a civilian in the town of Kafr Nabl. A member of the NDF was injured in the attack.")
    assert killed(row) == {"civilians": 1}
    assert injured(row) == {"regime": 1}


def test_others_take_the_side_named_before() -> None:
    row = run("A landmine exploded under a vehicle of the Fatemiyoun militia, leaving two members killed and three others injured.")
    assert killed(row) == {"pro_iran_foreign": 2}
    assert injured(row) == {"pro_iran_foreign": 3}
    assert row["incidents"][0]["type"] == "ied_landmine"


def test_a_restated_toll_is_not_counted_twice() -> None:
    text = ("Four soldiers were killed in an attack by ISIS on a checkpoint near the town of Arak.\n\n"
            "The attack, which took place at dawn, killed four soldiers, the monitor said.")
    row = run(text)
    assert len(row["incidents"]) == 1
    assert killed(row) == {"regime": 4}


def test_two_paragraphs_with_different_days_are_two_incidents() -> None:
    text = ("On Monday, a roadside bomb killed two soldiers near the town of Maadan.\n\n"
            "On Tuesday, Turkish artillery shelled the village of Um Harmala, killing a child.")
    row = run(text, date(2021, 6, 10))
    assert len(row["incidents"]) == 2
    assert [i["type"] for i in row["incidents"]] == ["ied_landmine", "shelling"]
    assert [i["date"] for i in row["incidents"]] == ["2021-06-07", "2021-06-08"]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("on Saturday", date(2019, 4, 20)), ("on Friday", date(2019, 4, 19)), ("yesterday", date(2019, 4, 19)),
    ("last night", date(2019, 4, 19)), ("at dawn today", date(2019, 4, 20)), ("on the 14th of April", date(2019, 4, 14)),
    ("on April 2", date(2019, 4, 2)), ("on 30 December", date(2018, 12, 30)), ("on 3 May 2017", date(2017, 5, 3)),
])
def test_relative_dates_against_the_publication_date(phrase: str, expected: date) -> None:
    assert resolve(phrase, date(2019, 4, 20)) == expected  # a Saturday


def test_relative_dates_without_a_publication_date_stay_unresolved() -> None:
    row = run("On Sunday, ISIS cells attacked an army post near the town of Kabajeb, killing two soldiers.")
    assert row["incidents"][0]["date"] is None
    assert resolve("on 3 May 2017", None) == date(2017, 5, 3)


def test_period_totals_are_kept_apart_from_incidents() -> None:
    text = ("ISIS cells attacked an army post near the town of Kabajeb, killing two soldiers.\n\n"
            "Since the 1st of January 2020, SOHR has documented the death of 310 regime soldiers, including 5 Russians, "
            "while 41 ISIS members were killed in the same period.")
    row = run(text)
    assert killed(row) == {"regime": 2}
    totals = {(t["side"], t["killed"]) for t in row["totals"]}
    assert totals == {("regime", 310), ("isis", 41)}
    regime = next(t for t in row["totals"] if t["side"] == "regime")
    assert regime["since"] == "2020-01-01"
    assert regime["of_which"] == {"russia": 5}


def test_running_total_with_rises_to() -> None:
    text = "Thereby, the number of SDF fighters killed since the start of the year rises to 87."
    row = run(text)
    assert row["incidents"] == []
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("sdf", 87)]


def test_statistics_list_lines_are_totals() -> None:
    text = ("Since early 2023, attacks in the area left many dead; they are as follows:\n"
            "• 16 civilians.\n• 27 members of regime forces.\n• Three ISIS members.")
    row = run(text)
    assert row["incidents"] == []
    assert sorted((t["side"], t["killed"]) for t in row["totals"]) == [("civilians", 16), ("isis", 3), ("regime", 27)]
    assert all(t["since"] == "2023-01-01" for t in row["totals"])


def test_governorate_from_province_words() -> None:
    row = run("Regime artillery shelled villages in the southern countryside of Idlib, killing a woman.")
    assert row["incidents"][0]["governorate"] == "Idleb"
    row = run("A mine blast killed three shepherds in Deir Ezzor desert.")
    assert row["incidents"][0]["governorate"] == "Deir-ez-Zor"
    assert killed(row) == {"civilians": 3}


def test_every_claim_span_points_at_its_words() -> None:
    text = "On Monday, a drone of the coalition targeted a car near Al-Shaddadi in Al-Hasakah countryside, killing two ISIS members."
    report = Report(text=text, published=date(2022, 3, 9))
    extraction = extract_report(report)
    assert extraction.events
    fields = {c.field for c in extraction.claims}
    assert {"type", "date", "place", "perpetrator", "killed.isis"} <= fields
    for claim in extraction.claims:
        assert 0 <= claim.span.start < claim.span.end <= len(text)
    by_field = {c.field: text[c.span.start:c.span.end] for c in extraction.claims}
    assert by_field["killed.isis"] == "two"
    assert by_field["date"] == "On Monday"
    assert extraction.events[0].event_type == "drone_strike"
    assert extraction.events[0].perpetrator_side == "coalition"


def test_event_ids_are_stable() -> None:
    report = Report(text="ISIS cells attacked a post near the town of Arak, killing a soldier.")
    first, second = extract_report(report), extract_report(report)
    assert [e.id for e in first.events] == [e.id for e in second.events]
    assert len(first.events) == 1


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty text"),
    ("   \n\n  ", "empty text"),
    ("<div><p></p><br/></div>", "no incident or total found"),
    ("1234 5678 -- !!", "no text to read (no letters)"),
])
def test_bad_input_gives_a_reason_not_an_exception(text: str, reason: str) -> None:
    extraction = extract_report(Report(text=text))
    assert isinstance(extraction, Extraction)
    assert extraction.events == () and extraction.totals == ()
    assert extraction.reason == reason


def test_arabic_is_detected_and_not_extracted() -> None:
    text = "قتل ثلاثة عناصر من قوات النظام في هجوم لخلايا التنظيم في بادية دير الزور"
    extraction = extract_report(Report(text=text))
    assert extraction.language == "ar"
    assert extraction.reason == "language not supported yet"
    assert extraction.events == ()
    row = to_contract("ar-1", extraction)
    assert row["incidents"] == [] and row["reason"] == "language not supported yet"


def test_a_report_without_incidents() -> None:
    extraction = extract_report(Report(text="The council met on Monday to discuss the harvest and the price of bread."))
    assert extraction.events == () and extraction.reason == "no incident or total found"


def test_mojibake_does_not_crash_and_still_reads_the_numbers() -> None:
    text = "ISIS cellsâ€™ attack on an army post near Arak left 3 soldiers killed â€“ SOHR said. Ã©Ã¨ \ufffd\ufffd"
    row = run(text)
    assert killed(row) == {"regime": 3}


def test_markup_is_ignored_but_offsets_stay_in_the_original_text() -> None:
    text = "<p>Turkish drones <b>struck</b> a car near Qamishli, killing <i>two</i> SDF fighters.</p>"
    extraction = extract_report(Report(text=text))
    claim = next(c for c in extraction.claims if c.field == "killed.sdf")
    assert text[claim.span.start:claim.span.end] == "two"


@pytest.mark.slow
def test_a_one_megabyte_report_finishes_with_a_result() -> None:
    paragraph = ("On Monday, regime artillery shelled the village of Kafr Aya near the town of Salqin, killing a civilian "
                 "and injuring two others, while the market stayed closed and residents left for the fields.\n\n")
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    assert len(text) > 1_000_000
    extraction = extract_report(Report(text=text))  # its time is measured by bench/bench_extract.py --big
    assert extraction.reason is None
    assert extraction.events and extraction.events[0].casualties[0].side == "civilians"
    assert all(0 <= c.span.start < c.span.end <= len(text) for c in extraction.claims)


def test_text_beyond_the_limit_is_cut_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from observatory.extract import core

    monkeypatch.setattr(core, "MAX_CHARS", 200)
    text = "A mine killed two shepherds near the village of Arak. " * 10
    extraction = extract_report(Report(text=text))
    assert extraction.reason == "text cut at 200 characters"
    assert extraction.events


def test_a_total_given_only_as_parts_is_their_sum() -> None:
    text = ("Since the start of 2022, 3 farmers working in the fields, 8 herders and 2 other people were killed "
            "by old mines in the same period.")
    row = run(text)
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("civilians", 13)]


def test_label_lines_of_a_statistics_block_name_the_side() -> None:
    text = ("SOHR documented the death of 90 people in May 2021, distributed as follows:\n\n"
            "Regime soldiers: 31\n\nFighters of HTS and allied factions: 44\n\nUnidentified people: 15\n")
    row = run(text)
    assert row["incidents"] == []
    assert sorted((t["side"], t["killed"]) for t in row["totals"]) == [("hts_rebels", 44), ("regime", 31), ("unknown", 15)]


def test_counts_of_attacks_and_ages_are_not_casualties() -> None:
    text = ("ISIS cells carried out 25 attacks on regime posts near Tadmur in the past week, "
            "and a shepherd, Ahmad al-Khalil, 41, was killed by a landmine near the town of Arak.")
    row = run(text)
    figures = {t["killed"] for t in row["totals"]} | {n for i in row["incidents"] for n in i["killed"].values()}
    assert 25 not in figures and 41 not in figures


def test_general_talk_about_attacks_is_not_an_incident() -> None:
    text = "ISIS continues to carry out attacks and assassinations, exploiting the security vacuum in the region."
    assert run(text)["incidents"] == []


_WORDS = ["ISIS", "regime", "forces", "killed", "injured", "including", "two", "14", "1,200", "a", "civilians", "members",
          "since", "March", "2019", "on", "Monday", "in", "Deir", "Ezzor", "countryside", "attack", ",", ".", ":", "\n", "\n\n",
          "•", "of", "others", "were", "the", "SDF", "drone", "at", "least", "dozens", "رجل", "Ã©", "<b>", "</b>", "(", ")"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=80), st.one_of(st.none(), st.dates()))
def test_any_text_gives_a_well_formed_result(words: list[str], published: date | None) -> None:
    text = " ".join(words)
    extraction = extract_report(Report(text=text, published=published))
    assert extraction.reason is None or not extraction.reason.startswith("extraction failed"), extraction.reason
    for claim in extraction.claims:
        assert 0 <= claim.span.start <= claim.span.end <= len(text)
    row = to_contract("x", extraction)
    assert all(n >= 0 for i in row["incidents"] for n in i["killed"].values())


def test_the_wars_overall_toll_is_background() -> None:
    row = run("Since the conflict broke out in 2011, more than 400,000 people have been killed and millions displaced.")
    assert row["incidents"] == [] and row["totals"] == []


def test_a_colon_list_after_fatalities_is_killed() -> None:
    row = run("Since early 2023, these strikes left 20 fatalities: 5 civilians and 15 SDF fighters, as well as the injury of 30 others.")
    assert sorted((t["side"], t["killed"]) for t in row["totals"]) == [("civilians", 5), ("sdf", 15)]


def test_killing_him_counts_one_of_the_targets_side() -> None:
    row = run("Unknown gunmen opened fire on a commander of the SDF in the town of Hajin, killing him instantly.")
    assert killed(row) == {"sdf": 1}
    assert row["incidents"][0]["type"] == "assassination"
    assert row["incidents"][0]["perpetrator"] == "unknown"


def test_a_closed_period_gives_since_and_until_and_allies_stay_inside_the_total() -> None:
    text = ("SOHR documented the death of at least 40 regime soldiers and loyal militiamen in the period between the 2nd of May "
            "2020 and Sunday, the 31st of May 2020, and among the total number of casualties there are at least 3 Russians, "
            "in addition to 5 pro-Iranian militiamen of non-Syrian nationalities, while 17 ISIS members were killed in the same period.")
    row = run(text)
    assert row["incidents"] == []
    regime = next(t for t in row["totals"] if t["side"] == "regime")
    assert (regime["killed"], regime["since"], regime["until"]) == (40, "2020-05-02", "2020-05-31")
    assert regime["of_which"] == {"russia": 3, "pro_iran_foreign": 5}
    isis = next(t for t in row["totals"] if t["side"] == "isis")
    assert (isis["killed"], isis["since"], isis["until"]) == (17, "2020-05-02", "2020-05-31")


def test_one_long_sentence_telling_of_several_attacks_gives_several_incidents() -> None:
    text = ("Since the start of the month the cells stepped up their operations in the desert, where the Organization attacked "
            "the regime forces near the village of Arak in the eastern desert of Homs, so that was followed by another attack "
            "targeted Kabajeb area in the southern desert of Deir Ezzor, where it ambushed loyal gunmen near the town of Maadan "
            "in the countryside of Raqqa.")
    row = run(text)
    assert [i["type"] for i in row["incidents"]] == ["attack", "attack", "ambush"]
    assert [i["governorate"] for i in row["incidents"]] == ["Homs", "Deir-ez-Zor", "Ar-Raqqa"]
    assert all(i["perpetrator"] == "isis" and i["target"] == "regime" for i in row["incidents"])


def test_a_rising_toll_replaces_the_earlier_figure() -> None:
    text = ("A landmine exploded under an army truck near the town of Maadan, killing two soldiers.\n\n"
            "Later, another soldier died of his wounds, bringing the death toll of the explosion to three.")
    row = run(text)
    assert len(row["incidents"]) == 1
    assert killed(row) == {"regime": 3}
    assert row["totals"] == []


def test_the_number_of_fatalities_rising_to_a_few_is_one_incidents_toll() -> None:
    text = ("A missile fired by Israel struck a flat in the Kafr Sousa district, killing a civilian.\n\n"
            "Later the number of fatalities increased to four; three Hezbollah members and one civilian.")
    row = run(text)
    assert row["totals"] == []
    assert killed(row) == {"civilians": 1, "pro_iran_foreign": 3}


def test_a_person_described_by_affiliation_takes_that_side() -> None:
    row = run("A roadside bomb hit the vehicle of a commander from the Turkish-backed faction of Al-Hamzat near Jarablus, killing him.")
    assert killed(row) == {"turkey_factions": 1}


@pytest.mark.parametrize(("plain_word", "odd_word"), [("Tuesday", "Tue\u017fday"), ("Friday", "Fr\u0131day"),
                                                     ("hours", "hour\u017f"), ("Kafr", "\u212aafr")])
def test_letters_that_only_look_ascii_read_as_their_plain_form(plain_word: str, odd_word: str) -> None:
    """A long s, a dotless i or a Kelvin sign (OCR and font slips) used to lose the whole report to a KeyError in the
    weekday and time-unit tables; the working copy now reads them as the plain letter, at the same offsets."""
    text = ("Regime shelling killed two civilians in Kafr Nabl on Tuesday. On Friday, five soldiers were killed in clashes "
            "near Palmyra.\n\nIn the past 48 hours, nine soldiers were killed in the Syrian desert.")
    odd_text = text.replace(plain_word, odd_word)
    assert odd_text != text and len(odd_text) == len(text)
    plain_row, odd_row = run(text, date(2021, 3, 6)), run(odd_text, date(2021, 3, 6))
    assert odd_row.get("reason") is None
    def without_ids(row: dict) -> list[dict]:  # an event's id hashes the report's text, which differs by the letter
        return [{k: v for k, v in i.items() if k != "id"} for i in row["incidents"]]

    assert without_ids(odd_row) == without_ids(plain_row) and odd_row["totals"] == plain_row["totals"]
    assert [i["date"] for i in plain_row["incidents"]] == ["2021-03-02", "2021-03-05"]
