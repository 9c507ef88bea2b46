"""Lines of a list that open on a figure written in lower-case words ("five members of the Asayish.", "three civilians,
including a child.") under "distributed as follows:" are lines of the list like "12 SDF fighters." (paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_LIST = (
    "According to the monitor, Turkish drone strikes on north-east Syria killed 20 people in 2022, distributed as "
    "follows:\n"
    "12 SDF fighters.\n"
    "five members of the Asayish (internal security forces).\n"
    "three civilians, including a child.\n"
)


def test_lower_case_word_lines_are_lines_of_the_list() -> None:
    found = total_pairs(titled(_LIST, "2023-01-02"))
    for pair in [("sdf", 12), ("sdf", 5), ("civilians", 3)]:
        assert pair in found


def test_a_sentence_that_tells_an_event_stays_out() -> None:
    text = "Monitor update on the north-east.\nfive members of the Asayish were killed on Monday in a drone strike near Qamishli.\n"
    assert ("sdf", 5) not in total_pairs(titled(text, "2023-01-02"))
