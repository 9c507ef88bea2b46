"""Incidents: the event told so far named again with a quoted word between the article and the noun ("three soldiers
were killed in the \"terrorist\" blast", "the 'treacherous' attack"): the same incident, as "the blast" is.

Look-alike: a sentence naming another blast in a town of its own stays its own incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.models import Report

_HEAD = ("Syrian Observatory for Human Rights\nMine blast\n\n"
         "A lieutenant was among five soldiers killed on Sunday when a landmine exploded under their truck in the "
         "desert east of Palmyra.\n")


def _count(text: str) -> int:
    return len(extract_report(Report(text=text)).events)


def test_quoted_word_before_the_blast_names_it_back() -> None:
    assert _count(_HEAD + "Loyalist news pages mourned the lieutenant and said that four soldiers had been killed in "
                          "the \"terrorist\" blast.") == 1


def test_look_alike_another_blast_elsewhere_stays_apart() -> None:
    assert _count(_HEAD + "On Monday, another landmine exploded near the town of Al-Sukhnah, killing a shepherd.") == 2

