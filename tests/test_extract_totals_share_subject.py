"""A share that opens the sentence after a total ("According to SOHR statistics, 913 of them were killed in strikes
by the regime forces, while 186 civilians ... were killed in Russian raids") is of that total's side, not a figure of
no side (totals_pursuits._share_subject); a split of the total by cause with bare figures after the share stays as it
was read. Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2018-03-08")["totals"])


def test_a_share_of_them_killed_by_one_party_while_the_rest_by_another() -> None:
    text = ("SOHR has documented since the 18th of February 2018 the death of 640 civilians in Eastern Ghouta, among them "
            "150 children.\nAccording to SOHR statistics, 502 of them were killed in the air and ground strikes of the "
            "regime forces, while 138 civilians, including 30 children, were killed in Russian raids.")
    found = totals(text)
    assert ("civilians", 502) in found and ("civilians", 138) in found


def test_a_share_after_citing_its_sources_then_another_side() -> None:
    text = ("Since the start of 2023, SOHR has documented the death of 88 civilians in Daraa.\n"
            "Citing its sources, 61 of them were killed by unidentified gunmen, while 27 regime soldiers were killed in "
            "the same period.")
    found = totals(text)
    assert ("civilians", 61) in found


def test_shares_by_cause_with_bare_figures_stay_as_read() -> None:
    text = ("SOHR documented the death of 40 civilians in Idlib in May 2023.\n"
            "Twenty of them were killed by regime shelling, eleven by Russian airstrikes, and nine by landmines.")
    found = totals(text)
    assert ("civilians", 9) not in found
