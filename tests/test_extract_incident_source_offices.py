"""Other sources named by office: a minister, a governor, a mayor, a spokesman, an administration or the authorities. Their figures are another source's, so the monitor's
count of the same dead wins. Look-alikes: the same words without telling any figure ("civilians who work for the
administration", "the minister visited the wounded") credit nothing.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from contract_rows import killed_sums
from observatory.extract.incident_sources import MONITOR, OTHER, figure_source


@pytest.mark.parametrize("sentence", [
    "The province's health minister said 40 people were killed and 90 wounded.",
    "Eleven soldiers died in the blast, the governor of the border province said on Friday.",
    "Eleven soldiers died in the blast, according to the regional administration.",
    "The mayor of the town put the toll at nine.",
    "Nine civilians were killed, the Turkish authorities announced.",
    "A spokesman for the group said seven of its men were killed.",
])
def test_office_holders_administrations_and_named_outlets_are_another_source(sentence: str) -> None:
    assert figure_source(sentence) == OTHER


@pytest.mark.parametrize("sentence", [
    "Gunmen shot dead two civilians who worked for the regional administration.",
    "The health minister visited the hospital where 20 wounded were treated.",
    "Two members of the security forces were killed in the ambush.",
    "Eleven soldiers died in the blast near the governor's office.",
])
def test_the_same_words_without_telling_credit_no_source(sentence: str) -> None:
    assert figure_source(sentence) is None


def test_monitor_named_with_an_office_holder_is_the_monitor() -> None:
    assert figure_source("The Syrian Observatory put the toll at 14, while the governor said 12.") == MONITOR


def test_monitor_count_wins_over_the_ministers() -> None:
    text = ("Drone strike on a wedding in Homs\n\n"
            "A drone struck a wedding hall in the city of Homs on Saturday evening. The regional health minister said "
            "nine civilians were killed.\n"
            "The Syrian Observatory for Human Rights said seven civilians were killed in the strike.")
    assert killed_sums(text) == {"civilians": 7}


def test_monitor_count_wins_over_an_administrations() -> None:
    text = ("Turkish drone strike near Qamishli\n\n"
            "A Turkish drone struck a car near Qamishli on Tuesday, killing four civilians, according to the "
            "regional administration.\n"
            "The Syrian Observatory for Human Rights said three civilians were killed in the strike.")
    assert killed_sums(text) == {"civilians": 3}
