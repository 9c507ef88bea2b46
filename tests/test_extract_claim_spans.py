"""Provenance of casualty figures: every killed/injured claim quotes the words it was read from.

A person told with no figure ("his mother was injured", "the driver of the truck") has no number to point at; the
claim quotes the words that name the person, so `observatory show` marks something. Every sentence here was written
for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.models import Report


def _casualty_quotes(text: str) -> dict[str, str]:
    report = extract_report(Report(text=text))
    return {c.field: text[c.span.start:c.span.end] for c in report.claims if c.field.startswith(("killed.", "injured."))}


def test_a_relative_told_with_no_figure_quotes_the_relative() -> None:
    text = ("Rocket fire on Sarmin\n\nA girl was killed and her grandmother was injured when rockets hit their house in "
            "Sarmin on Tuesday.")
    quotes = _casualty_quotes(text)
    assert quotes["injured.civilians"] == "grandmother"
    assert quotes["killed.civilians"] == "A"


def test_a_relative_hurt_after_a_killing_verb_quotes_the_relative() -> None:
    text = "Mine near Maadan\n\nA landmine went off near Maadan on Friday, killing a farmer and wounding his son."
    quotes = _casualty_quotes(text)
    assert quotes and all(quote.strip() for quote in quotes.values())
    assert quotes["injured.civilians"] == "son"
