"""A joint toll whose parts the report gives as totals, one per side, is no incident's figure (incident_joint_toll):
"the toll since Monday has risen to 15, they are: ..." and a headline "Toll climbs to 15" restate the totals' sum.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.extract.incident_joint_toll import joint_tolls
from observatory.models import CumulativeClaim, Report, Span


def run(text: str, published: date | None = date(2022, 3, 9)) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def all_killed(row: dict) -> list[int]:
    return [n for i in row["incidents"] for n in i["killed"].values()]


def test_headline_whole_of_a_split_toll_is_not_an_incidents() -> None:
    row = run("Raids near Tabqa | Death toll climbs to 15 in battles between SDF and ISIS cells\n"
              "Fighting went on for a third day around the dam road west of Tabqa, SOHR sources said.\n"
              "By the count of SOHR, the toll of dead since the battles began on Monday has gone up to 15, they are: "
              "8 members of the SDF, 6 ISIS members and one civilian.\n"
              "Coalition helicopters later flew over the villages north of the road.")
    assert 15 not in all_killed(row)
    assert {(t["side"], t["killed"]) for t in row["totals"]} >= {("sdf", 8), ("isis", 6)}


def _claim(side: str, killed: int, start: int) -> CumulativeClaim:
    return CumulativeClaim("t", side, killed, span=Span(start, start + 2), since_text="since Monday")


def test_wholes_are_sums_of_runs_of_distinct_sides_on_one_line() -> None:
    work = "aa bb cc dd ee ff gg\nhh ii"
    claims = [_claim("sdf", 8, 0), _claim("isis", 6, 3), _claim("civilians", 1, 6), _claim("regime", 9, 22)]
    wholes = joint_tolls(claims, work)
    assert wholes[15] == {"sdf", "isis", "civilians"}
    assert wholes[14] == {"sdf", "isis"}
    assert 24 not in wholes and 10 not in wholes  # across a line break


def test_an_incident_figure_of_another_side_that_shares_the_sum_stays() -> None:
    row = run("Regime jets struck the market of Ariha on Sunday, killing 20 civilians, SOHR said.\n"
              "In separate fighting on the southern front, 12 regime soldiers and 8 fighters of the factions have been "
              "killed since Friday.")
    assert 20 in all_killed(row)


def test_an_incident_figure_that_only_shares_the_sum_elsewhere_in_the_body_stays() -> None:
    row = run("Monitor update\n\n"
              "Clashes between the SDF and ISIS in the countryside of Deir ez-Zor since Tuesday have killed 4 SDF fighters "
              "and 7 ISIS members.\n\n"
              "Separately, a coalition drone strike killed 11 ISIS members near Hajin in Deir ez-Zor countryside on Monday.")
    assert {"isis": 11} in [i["killed"] for i in row["incidents"]]


def test_a_sideless_whole_on_the_line_before_its_parts_is_not_an_incidents() -> None:
    row = run("Fighting flares in Daraa\n"
              "Regime forces shelled the town of Tafas on Tuesday, as violence across the province claimed 15 lives, "
              "the monitor said.\n"
              "SOHR said 9 civilians and 6 soldiers have been killed in the province since Monday.")
    assert 15 not in all_killed(row)
