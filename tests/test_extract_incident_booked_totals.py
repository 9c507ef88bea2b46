"""A figure booked as a period total in a sentence of many events with no day of its own is no incident's toll
(``incident_booked_totals``): the events named keep their kind and sides without it; a single event or a dated one
told inside the statistics keeps its dead.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract


def _killed(text: str) -> list[dict[str, int]]:
    return [i["killed"] for i in contract(text)["incidents"]]


def _totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in contract(text)["totals"])


def test_total_told_with_many_strikes_is_no_incident_toll() -> None:
    text = ("The Badia in May\n\nAccording to SOHR's documentation, 33 regime soldiers and members of loyal militias "
            "lost their lives in May 2020, in ISIS attacks across the Syrian desert. The Organization lost 19 of its "
            "members in the same month, most of them in strikes by Russian warplanes, which carried out hundreds of "
            "raids on the areas of Palmyra and al-Sukhnah.")
    assert ("isis", 19) in _totals(text)
    assert all("isis" not in k for k in _killed(text))


def test_one_dated_killing_inside_the_statistics_keeps_its_dead() -> None:
    text = ("Attacks in Manbij\n\nTwo members of the Asayish were killed on Saturday when a booby-trapped motorcycle "
            "exploded next to a checkpoint in Manbij, a security source told the agency.\nISIS claimed the attack later "
            "in the day through its Amaq agency.\nIn recent months, Manbij has seen several attacks by ISIS cells, "
            "including the killing of a member of the Manbij Military Council near Abu Qalqal in April.")
    assert _totals(text) == [("sdf", 1)]
    assert sum(k.get("sdf", 0) for k in _killed(text)) == 3
