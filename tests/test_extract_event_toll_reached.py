"""The rising toll of one event named by its day ("yesterday afternoon's strike", "Friday's bombing") or told as
having "reached" / "stands at" a figure is that event's toll, not a period total (segment._EVENT_TOLL_RISE,
segment._ONE_EVENT_DET). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.segment import is_total


def test_one_event_toll_named_by_its_day_or_reaching_a_figure_is_no_total() -> None:
    for said in ("The number of people killed in yesterday afternoon's Israeli strike on a building in the Mezzeh "
                 "district has reached 16, the monitor said.",
                 "The death toll of Friday's car bombing in the town of Azaz now stands at 11, after two of the "
                 "wounded died in hospital.",
                 "The number of those killed in last night's airstrike on the village of Kansafra has climbed to nine, "
                 "SOHR said."):
        assert not is_total(said), said


def test_a_period_toll_that_reached_a_figure_stays_a_total() -> None:
    assert is_total("The number of people killed since the start of the year has reached 1,200, the monitor said.")


def test_the_event_whose_toll_reached_a_figure_is_an_incident() -> None:
    for said in ("The number of people killed in yesterday afternoon's Israeli strike on a building in the Mezzeh "
                 "district of Damascus has reached 16, after rescuers pulled more bodies from the rubble.",
                 "The death toll of Friday's car bombing in the town of Azaz now stands at 11, after two of the "
                 "wounded died in hospital."):
        assert len(kinds(titled(said))) == 1, said
