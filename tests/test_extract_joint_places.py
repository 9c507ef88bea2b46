"""Attacks on several named places told in one sentence, whose joint toll a total gives, are one incident per place;
a bombardment of a bare list of villages, or one that did no harm, stays one incident."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = to_contract("t", extract_report(Report(text=text)))["incidents"]
    return out


def test_each_place_of_a_joint_toll_is_an_attack() -> None:
    text = ("Tribal fighters stormed an army barracks on the edge of Qusayr, a fuel depot beside the road to Talkalakh, "
            "and the radar post outside Taldou on Monday. Nine soldiers and six fighters died in these attacks, "
            "SOHR said.")
    incidents = _incidents(text)
    assert len(incidents) == 3
    assert all(not i["killed"] for i in incidents)


def test_headline_toll_repeated_by_the_total_is_no_incident_figure() -> None:
    text = ("Jets hit the north | 20 dead in Russian strikes since morning\n"
            "SOHR counted the deaths of 20 members of the factions in the Russian strikes which have hit the north "
            "since morning.\n"
            "Russian jets struck faction depots on the edge of Saraqib, a checkpoint beside the road to Ariha, "
            "and an arms store in the centre of Binnish.")
    incidents = _incidents(text)
    assert len(incidents) == 3
    assert all(not i["killed"] for i in incidents)


def test_bare_list_of_villages_stays_one_bombardment() -> None:
    text = ("Regime artillery pounded the villages of Kansafra, Bdama and Kabani on Sunday. Four fighters died in "
            "these attacks, SOHR said.")
    assert len(_incidents(text)) == 1


def test_harmless_bombardment_stays_one_incident() -> None:
    text = ("Regime artillery pounded fields on the edge of Kansafra and olive groves around Bdama on Sunday, "
            "causing material damage only. The attacks of the week killed four fighters, SOHR said.")
    assert len(_incidents(text)) == 1
