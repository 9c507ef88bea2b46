"""Lines of a list whose label carries a gloss in brackets before its colon ("Government forces (army and allied
militias): 12 civilians"; "Eastern desert (two towns named): 40 soldiers ...") are read like plain "Label: N" lines,
in lists by perpetrator and by area (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md).
Bracketed figures, brackets after the colon and brackets in running text stay as they were."""

from __future__ import annotations

from contract_rows import titled, total_pairs
from observatory.extract.totals_glosses import glosses_set_aside


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2021-05-01"))


_HEAD = ("The rights group said it recorded the deaths of 90 civilians in Syria in April 2021, including 20 children.\n"
         "It breaks the toll down by the perpetrator parties as follows:\n")


def test_glossed_party_labels_keep_the_list_going() -> None:
    text = _HEAD + ("Government forces (army, police and allied militias): 40 civilians, including eight children.\n"
                    "Kurdish-led forces (SDF): seven civilians.\n"
                    "Extremist group (the so-called Islamic State): 5 civilians, including one woman.\n"
                    "Other parties: 38 civilians, including 11 children.\n")
    found = totals(text)
    assert all(("civilians", n) in found for n in (90, 40, 7, 5, 38))


def test_glossed_label_in_the_middle_of_plain_ones() -> None:
    text = _HEAD + ("Russian forces: 12 civilians.\n"
                    "Armed opposition (National Army factions): 9 civilians, including two children.\n"
                    "Turkish forces: 6 civilians.\n")
    found = totals(text)
    assert all(("civilians", n) in found for n in (90, 12, 9, 6))


def test_glossed_area_labels_of_a_regional_list() -> None:
    text = ("Since the 1st of January 2021, at least 150 regime soldiers and 70 ISIS members have been killed in the "
            "desert, the monitor said.\nThe toll by area is as follows:\n"
            "Eastern desert (near Palmyra and al-Sukhnah): 90 regime soldiers and 40 ISIS members.\n"
            "Southern desert (Sweida outskirts): 60 regime soldiers and 30 ISIS members.\n")
    found = totals(text)
    assert all(pair in found for pair in (("regime", 150), ("regime", 90), ("regime", 60), ("isis", 40), ("isis", 30)))


def test_the_rewrite_keeps_length_and_figure_places() -> None:
    line = "Kurdish-led forces (SDF): seven civilians.\n"
    out = glosses_set_aside(line)
    assert len(out) == len(line) and out.endswith("Kurdish-led forces: seven civilians.\n") and out.index("seven") == line.index("seven")


def test_near_misses_stay_as_they_are() -> None:
    for text in ("Homs desert (94)\n",  # a bracketed figure is the line's figure
                 "Government forces: (see the note) 12 civilians.\n",  # the bracket stands after the colon
                 "The group (also called Daesh) said: nothing changed.\n",  # no figure after the colon
                 "Civilians (97): see below.\n",  # a bracketed figure before the colon
                 "Fighting went on (the monitor said) near the town: 12 people died.\n"):  # the bracket is mid-sentence
        assert glosses_set_aside(text) == text
