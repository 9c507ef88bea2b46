"""One event told before ", adding that the killing brings the number of ... since ... to N" (the event the subject of
the raising verb) is that event's toll, an incident; only N is a running total (``totals_sentences.event_before_toll``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (a toll that rises: the event is an incident,
the running figure a total). Look-alike: ", raising the number ... to N" after a dated event, unchanged.
"""

from __future__ import annotations

from totals_cases import row


def _totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text)["totals"])


def test_the_attack_raises_the_number_keeps_its_victims_out_of_the_totals() -> None:
    text = ("Gunmen opened fire on two young men in the town of Jasim, the monitor said, adding that the attack raises the "
            "number of people killed in the province since early 2023 to 57.")
    assert _totals(text) == [("unknown", 57)]


def test_the_killing_brings_the_number_tells_one_event() -> None:
    text = ("Gunmen opened fire on a shopkeeper in the town of Jasim, killing him instantly, the monitor said, adding that the "
            "killing brings the number of people assassinated in the province since the beginning of 2023 to 57.")
    found = row(text)
    assert [sum(i["killed"].values()) for i in found["incidents"]] == [1]


def test_raising_after_a_dated_event_unchanged() -> None:
    text = ("Gunmen opened fire on two young men in the town of Jasim on Monday, raising the number of people killed in the "
            "province since early 2023 to 57.")
    assert _totals(text) == [("unknown", 57)]
