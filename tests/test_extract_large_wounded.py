"""The wounded of one attack told in a sentence of their own, however many ("The monitor said the shelling also wounded
more than 150 people"), are the attack's; after a period's toll they stay out of the incidents. A monitor's earlier
toll told with "because" and the injured after it keeps its own role (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from casualty_cases import T, run


def _injured(text: str) -> list[dict[str, int]]:
    return [i["injured"] for i in run(T + text)["incidents"]]


def test_many_wounded_by_the_raids_of_one_bombardment() -> None:
    text = ("Government jets bombed a busy square in the town of Ariha on Friday, killing at least 47 civilians, the "
            "monitor reported. It said the raids also wounded more than 160 civilians, and that clinics ran out of beds.")
    assert _injured(text) == [{"civilians": 160}]


def test_many_others_wounded_in_the_raids_of_one_bombardment() -> None:
    text = ("Government jets bombed a busy square in the town of Ariha on Friday, killing at least 47 civilians, the "
            "monitor reported. The monitor added that over 130 others were hurt in the raids, many of them children.")
    assert _injured(text) == [{"civilians": 130}]


def test_many_wounded_after_a_year_toll_stay_out() -> None:
    text = ("The monitor documented 61 Turkish drone attacks on the region over 2022. The attacks killed 74 people, "
            "among them 20 civilians. The attacks also injured 180 others.")
    assert all(i == {} for i in _injured(text))


def test_earlier_toll_before_because_is_no_wounded_figure() -> None:
    text = ("Russian jets hit a training camp near Sarmin on Monday, killing at least 61 fighters and wounding more than "
            "80 others, the monitor said. The monitor, which had earlier put the number of dead at 27, said the toll "
            "could climb because many of the injured were in a grave state.")
    assert _injured(text) == [{"unknown": 80}]


def test_earlier_toll_put_earlier_in_the_day_is_superseded() -> None:
    text = ("Russian jets hit a training camp near Sarmin on Monday, killing at least 61 fighters and wounding more than "
            "80 others, the monitor said. The monitor had earlier in the day put the number of dead at 27.")
    row = run(T + text)
    assert [i["killed"] for i in row["incidents"]] == [{"unknown": 61}]
