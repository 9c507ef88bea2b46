"""People of a named group "whose nationality is unknown" in a statistics line are of that group's side, not of side
unknown (SCHEMA: Iranian-backed militiamen of unstated nationality -> pro_iran_foreign; paragraphs written for these
tests). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-08-01"))


_LIST = ("The monitor documented 30 deaths in Quneitra province in July 2022, distributed as follows:\n"
         "- 12 civilians, including two women.\n"
         "- 9 regime soldiers.\n"
         "- 4 collaborators of the Iranian militias, whose nationality is unknown.\n"
         "- 5 persons of unknown identity.")


def test_collaborators_of_a_named_group_of_unknown_nationality_take_its_side() -> None:
    found = totals(_LIST)
    assert ("pro_iran_foreign", 4) in found
    assert ("unknown", 4) not in found


def test_persons_of_unknown_identity_stay_unknown() -> None:
    assert ("unknown", 5) in totals(_LIST)
