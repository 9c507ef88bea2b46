"""A "Label: N, they are: ..." line of a daily toll ("Civilians: 5, they are: a woman killed by ...; two young men shot
dead by ...") is a total of the label's side; the people told one by one after "they are" are its parts, not totals
of their own (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_HEAD = ("SOHR has documented the death of 19 people across Syrian territory on Monday, 3 July 2023. The dead are "
         "distributed as follows:\n")
_TAIL = ("\nRegime soldiers: 8, killed in an ISIS ambush in the Palmyra desert.\n"
         "ISIS: 6 members, killed in Russian airstrikes in the Homs desert.")


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2023-07-04")["totals"])


def test_label_line_they_are_is_one_total() -> None:
    got = totals(_HEAD + "Civilians: 5, they are: a woman killed by regime shells in Sarmin; two young men shot dead by "
                         "unknown gunmen in Daraa countryside; and two children killed by a landmine in the desert of "
                         "Deir Ezzor." + _TAIL)
    assert got == [("civilians", 5), ("isis", 6), ("regime", 8)]


def test_label_line_including_is_unchanged() -> None:
    got = totals(_HEAD + "Civilians: 5, including a woman killed by regime shells in Sarmin and two young men shot dead "
                         "by unknown gunmen in Daraa countryside." + _TAIL)
    assert got == [("civilians", 5), ("isis", 6), ("regime", 8)]
