"""Shared helpers of the extraction tests that read the scorer's contract row (what `observatory extract --format
jsonl` writes for one report): run a text through the extractor, then pick fields out of the row."""

from __future__ import annotations

from datetime import date
from typing import Any

from observatory.extract import extract_report, to_contract
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions
from observatory.extract.text import working_copy
from observatory.models import Report

Row = dict[str, Any]
#: The title the totals tests put before their paragraphs (a report's first line is its title).
TOTALS_TITLE = "Monitor update\n\n"


def contract(text: str, published: date | None = None) -> Row:
    """The contract row of one report."""
    return to_contract("t", extract_report(Report(text=text, published=published)))


def titled(text: str, published: str | None = None) -> Row:
    """The contract row of ``text`` under a neutral title; ``published`` as YYYY-MM-DD."""
    return contract(TOTALS_TITLE + text, date.fromisoformat(published) if published else None)


def kinds(row: Row) -> list[str]:
    return [i["type"] for i in row["incidents"]]


def killed_per_incident(row: Row) -> list[dict[str, int]]:
    return [i["killed"] for i in row["incidents"]]


def place_names(row: Row) -> list[list[str]]:
    return [[p["name"] if isinstance(p, dict) else p for p in i["places"]] for i in row["incidents"]]


def governorates(row: Row) -> list[str | None]:
    return [i["governorate"] for i in row["incidents"]]


def total_pairs(row: Row) -> list[tuple[str, int]]:
    """(side, killed) of each total, sorted."""
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def summed(row: Row, field: str, *, drop_zero: bool = False) -> dict[str, int]:
    """``field`` ("killed" or "injured") added up by side over the row's incidents, as the scorer compares them."""
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident[field].items():
            if n or not drop_zero:
                out[side] = out.get(side, 0) + n
    return out


#: The publication date the casualty tests give their reports (a Monday).
CASUALTY_TESTS_DAY = date(2021, 3, 1)


def killed_sums(text: str) -> dict[str, int]:
    """Killed per side (zeros left out), summed over the incidents extracted from ``text``."""
    return summed(contract(text, CASUALTY_TESTS_DAY), "killed", drop_zero=True)


def injured_sums(text: str) -> dict[str, int]:
    """Injured per side (zeros left out), summed over the incidents extracted from ``text``."""
    return summed(contract(text, CASUALTY_TESTS_DAY), "injured", drop_zero=True)


def sentence_sides(text: str, sentence_start: str) -> list[tuple[str, int, str | None]]:
    """(role, value, side) of the figures of the sentence opening with ``sentence_start``."""
    work = working_copy(text)
    start = work.index(sentence_start)
    end = work.find(".", start) + 1
    return [(m.role, m.value, m.side) for m in find_mentions(work, start, end, ActorLexicon.default())]
