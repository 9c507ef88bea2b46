"""A toll told as risen because one of the wounded died stays the toll of that one event when a breakdown of the dead
stands between the figure and its cause ("has risen to 7, among them 2 children, after a man died of his wounds"):
it is no period total, and its event is an incident with the risen toll (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md: when a toll rises, incident `killed` is the latest toll)."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def test_breakdown_before_the_cause_keeps_one_event() -> None:
    assert not is_period_total("The number of civilians killed by the shells fired by the rebels yesterday on the Zahraa "
                               "district has risen to 7, among them 2 children, after a man died of his wounds this morning.")
    assert not is_period_total("The death toll of the regime shelling on the town of Kafr Nabl yesterday has risen to five, "
                               "including a woman, after a child succumbed to his injuries.")
    assert not is_period_total("The toll of the airstrike on the market rose to nine (three of them children) after two "
                               "of the wounded died in hospital.")


def test_a_campaign_toll_with_a_breakdown_stays_a_total() -> None:
    assert is_period_total("The number of civilians killed in the province since the start of the offensive has risen to "
                           "70, among them 20 children, after two of the wounded died.")


def test_the_risen_toll_is_the_incidents() -> None:
    text = ("The number of civilians killed by the shells fired by the factions yesterday on the Hamdaniyah neighbourhood "
            "has risen to 6, including 2 women, after a man died of his wounds this morning, while 10 others are still "
            "being treated.\n")
    row = titled(text, "2016-08-04")
    assert killed_per_incident(row) == [{"civilians": 6}]
    assert ("civilians", 6) not in total_pairs(row)
