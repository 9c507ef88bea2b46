"""A report over a year or a month keeps an event it singles out with its own toll even when it gives only the month
the event happened in (incident_month_told)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _killed(text: str) -> list[dict[str, int]]:
    return [incident["killed"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


_YEAR_HEAD = (
    "Quneitra in 2021 | 140 people killed in shootings and explosions\n"
    "SOHR has documented the deaths of 140 people in Quneitra province throughout 2021.\n"
)


def test_the_deadliest_attack_of_the_year_told_by_month_is_an_incident() -> None:
    text = _YEAR_HEAD + (
        "The deadliest single attack of the year took place in October, when an explosive device "
        "blew up a bus of the Fifth Corps near the town of Khan Arnabah, killing six of its members."
    )
    assert _killed(text) == [{"regime": 6}]


def test_the_deadliest_of_them_with_a_breakdown_is_an_incident() -> None:
    text = _YEAR_HEAD + (
        "The deadliest of them took place in April, when missiles hit a farm near Jubata al-Khashab, "
        "killing eight people, including 3 civilians and 5 members of Hezbollah."
    )
    assert sum(sum(k.values()) for k in _killed(text)) == 8


def test_an_undated_kind_of_event_stays_with_the_totals() -> None:
    text = _YEAR_HEAD + "Most of them were shot dead by unidentified gunmen on the roads between the villages."
    assert _killed(text) == []


def test_an_event_told_by_its_month_with_its_own_toll_is_an_incident() -> None:
    text = _YEAR_HEAD + (
        "In the northern countryside, a landmine went off under a tractor near the village of Jaba "
        "in August, killing two farmers."
    )
    assert _killed(text) == [{"civilians": 2}]


def test_a_month_with_a_count_of_attacks_stays_with_the_totals() -> None:
    text = _YEAR_HEAD + "In March, gunmen carried out 14 attacks on checkpoints in the province, killing 19 soldiers."
    assert _killed(text) == []
