"""A detail sentence under a roundup's side header that splits the header's figure into shares, each told with its own
verb ("Four of them were killed in A, two were killed by shelling on B"), tells one event per share
(incident_roundup.detail_parts)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _killed(text: str) -> list[dict[str, int]]:
    return [incident["killed"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_shares_told_with_their_own_verbs_are_incidents_each() -> None:
    text = (
        "Daily toll | 40 people killed across Syria on Sunday\n"
        "SOHR documented the deaths of 40 people across Syria yesterday, Sunday, March 1, 2020. They are as follows:\n"
        "Civilians: 7 civilians were killed, among them two children. Four of them were killed by regime artillery "
        "shelling on the town of Sarmin, and three were killed by the explosion of a landmine near the village of "
        "Jubb al-Jarrah.\n"
    )
    assert sorted(sum(k.values()) for k in _killed(text)) == [3, 4]
