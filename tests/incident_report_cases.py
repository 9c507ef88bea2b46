"""Helpers shared by the incident test files whose texts are whole reports, their first line the title: how they run such a
text through the extractor on a fixed publication day.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract

DAY = date(2022, 3, 14)


def run(text: str, published: date | None = DAY) -> dict:
    return contract(text, published)
