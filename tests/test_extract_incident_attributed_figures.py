"""Incidents: a sentence that opens with its source ("According to SOHR, ...", "SOHR sources said that ...") and names
no place and no kind of event of its own gives more figures of the incident told just before it, also when it tells
a rising toll with the day the wounded died ("succumbed this morning").

Look-alikes: told with "also", or naming another kind of event, it stays another incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.models import Report


def _kinds(text: str) -> list[str]:
    return [e.event_type for e in extract_report(Report(text=text)).events]


def test_breakdown_after_the_source_is_the_same_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nClashes in Sweida\n\n"
            "Clashes broke out on Friday between local gunmen and a gang linked to the Air Force Intelligence in the "
            "town of Ariqa, leaving five people dead.\n"
            "According to SOHR, four members of the gang and one of the local gunmen were killed, while six others "
            "were injured.")
    assert _kinds(text) == ["clash"]


def test_rising_toll_after_the_source_is_the_same_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nFamily dispute\n\n"
            "Armed clashes erupted on Monday between two families in the town of Al-Busayrah, leaving three people "
            "dead and six injured.\n"
            "According to SOHR sources, the death toll has risen to four, after one of the injured succumbed to his "
            "wounds this morning.")
    assert len(_kinds(text)) == 1


def test_look_alike_another_kind_after_the_source_is_another_incident() -> None:
    text = ("Syrian Observatory for Human Rights\nIdlib\n\n"
            "Regime forces shelled the town of Kansafra on Monday, killing two civilians.\n"
            "According to SOHR sources, a landmine also killed a shepherd.")
    assert len(_kinds(text)) == 2
