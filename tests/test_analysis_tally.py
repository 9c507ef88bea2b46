"""Tallies: documented minimum, reconciliation of merged reports, source totals beside them, statements, CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from observatory.analysis.ontology import load_ontology
from observatory.analysis.statements import rerun_statement, save_statement
from observatory.analysis.tally import TallyQuery, tally
from observatory.cli import cli
from observatory.errors import AnalysisError
from observatory.models import (
    Casualty,
    Count,
    CumulativeClaim,
    Event,
    Extraction,
    GeoPrecision,
    Location,
    Qualifier,
    Report,
)
from observatory.store import Store

PALMYRA = (34.56, 38.28)
SUKHNA = (34.88, 38.87)
DAMASCUS = (33.51, 36.29)


def ev(eid: str, day: date, killed: dict[str, int | Count], *, place: tuple[float, float] = PALMYRA, gov: str = "Homs",
       source: str = "SOHR", etype: str = "attack", perp: str | None = "isis", target: str | None = "regime",
       nationality: dict[str, str] | None = None, report: str | None = None) -> Event:
    cas = tuple(Casualty(side=s, killed=n if isinstance(n, Count) else Count(n, qualifier=Qualifier.AT_LEAST),
                         nationality=(nationality or {}).get(s)) for s, n in killed.items())
    return Event(id=eid, date_start=day, event_type=etype, perpetrator_side=perp, target_side=target, source=source,
                 location=Location(name="x", lat=place[0], lon=place[1], precision=GeoPrecision.PLACE, admin1=gov),
                 casualties=cas, report_id=report)


def add(store: Store, events: list[Event]) -> None:
    with store.batch("test") as (conn, bid):
        store.add_events(conn, bid, events)


@pytest.fixture()
def store(tmp_db: Path) -> Store:
    s = Store.open(str(tmp_db))
    add(s, [
        ev("a", date(2019, 3, 25), {"regime": 10, "russia": 2}, nationality={"russia": "RU"}),
        ev("b", date(2019, 4, 2), {"regime": 5, "pro_iran_foreign": 4}, place=SUKHNA, source="North Press"),
        ev("c", date(2019, 4, 10), {"isis": 7}, perp="regime", target="isis", place=SUKHNA),
        ev("d", date(2019, 4, 25), {"regime": 100}),  # outside the period
        ev("e", date(2019, 4, 5), {"civilians": 3}, perp=None, target="civilians", place=DAMASCUS, gov="Damascus",
           etype="ied_landmine"),
    ])
    return s


Q = TallyQuery(since=date(2019, 3, 24), until=date(2019, 4, 20))


def rows(result: object) -> dict[tuple[str, ...], dict[str, int]]:
    data = result.to_json()  # type: ignore[attr-defined]
    out = {}
    for r in data["rows"]:
        key = tuple(r[b] for b in data["query"]["by"])
        out[key] = {k: r[k] for k in ("minimum", "low", "best", "high", "incidents", "sources")}
    return out


def test_total_and_groups_come_from_the_ontology(store: Store) -> None:
    res = tally(store, TallyQuery(since=Q.since, until=Q.until, by=("group",)))
    assert res.total.best == 10 + 2 + 5 + 4 + 7 + 3
    assert res.total.incidents == 4
    by_group = rows(res)
    assert by_group[("regime_and_allies",)]["best"] == 21
    assert by_group[("regime_and_allies",)]["incidents"] == 2  # not 4: sides of one incident count it once
    assert by_group[("isis",)]["best"] == 7


def test_side_filter_with_group_name_and_nationality(store: Store) -> None:
    q = TallyQuery(since=Q.since, until=Q.until, sides=("regime_and_allies",), by=("nationality",))
    res = tally(store, q)
    assert res.total.best == 21
    nat = rows(res)
    assert nat[("RU",)]["best"] == 2
    assert nat[("non-SY",)]["best"] == 4
    assert nat[("SY",)]["best"] == 15


def test_by_week_month_governorate_type(store: Store) -> None:
    res = tally(store, TallyQuery(since=Q.since, until=Q.until, by=("month", "governorate")))
    got = rows(res)
    assert got[("2019-03", "Homs")]["best"] == 12
    assert got[("2019-04", "Homs")]["best"] == 16
    assert got[("2019-04", "Damascus")]["best"] == 3
    weeks = rows(tally(store, TallyQuery(since=Q.since, until=Q.until, by=("week",))))
    assert set(weeks) == {("2019-03-25",), ("2019-04-01",), ("2019-04-08",)}
    assert sum(v["best"] for v in weeks.values()) == 31


def test_spatial_filters(store: Store) -> None:
    near = tally(store, TallyQuery(since=Q.since, until=Q.until, within_km=20, of_place="34.56,38.28"))
    assert near.total.best == 12  # only the Palmyra event; Sukhnah is ~65 km away
    desert = tally(store, TallyQuery(since=Q.since, until=Q.until, region="Badia"))
    assert desert.total.best == 28  # everything but Damascus
    with pytest.raises(AnalysisError):
        tally(store, TallyQuery(region="Atlantis"))


def test_merged_reports_reconcile_into_a_range(store: Store) -> None:
    from observatory.analysis.dedup import merge_events

    add(store, [ev("a2", date(2019, 3, 25), {"regime": 14, "russia": 2}, source="Enab Baladi"),
                ev("a3", date(2019, 3, 26), {"regime": Count(12, low=8, high=20, qualifier=Qualifier.ABOUT)},
                   source="SANA")])
    before = tally(store, TallyQuery(since=Q.since, until=Q.until, sides=("regime",)))
    assert before.total.best == 10 + 5 + 14 + 12  # three reports of one incident, still counted thrice
    merge_events(store, ["a", "a2", "a3"])
    after = tally(store, TallyQuery(since=Q.since, until=Q.until, sides=("regime",)))
    assert after.total.incidents == 2
    # regime in the merged incident: lows 10, 14, 8 -> minimum 14, low 8; bests 10, 14, 12 -> median 12; high 20
    assert (after.total.minimum, after.total.low, after.total.best, after.total.high) == (14 + 5, 8 + 5, 12 + 5, 20 + 5)
    assert after.total.sources == 4  # SOHR, Enab Baladi, SANA and North Press (event b)


def test_claims_beside_documented_with_difference_explained(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    report = Report(text="A period report.", source="SOHR")
    claim = CumulativeClaim(report_id=report.id, side="regime", killed=69, since=date(2019, 3, 24),
                            until=date(2019, 4, 20), of_which=(("pro_iran_foreign", 9), ("russia", 2)))
    isis = CumulativeClaim(report_id=report.id, side="isis", killed=22, since=date(2019, 3, 24), until=date(2019, 4, 20))
    with store.batch("test") as (conn, bid):
        store.add_reports(conn, bid, [report])
        store.add_extraction(conn, bid, Extraction(report_id=report.id, totals=(claim, isis)), "test")
        store.add_events(conn, bid, [ev("k", date(2019, 4, 1), {"regime": 40, "russia": 2}),
                                     ev("m", date(2019, 4, 3), {"pro_iran_foreign": 10})])
    res = tally(store, Q)
    by_side = {c.side: c for c in res.claims}
    regime = by_side["regime"]
    assert regime.group == "regime_and_allies"
    assert set(regime.sides) == {"regime", "russia", "pro_iran_foreign"}
    assert regime.documented == 52 and regime.difference == 17
    assert "at least 69" in regime.explanation and "sum to 52" in regime.explanation and "17 not itemised" in regime.explanation
    assert by_side["isis"].documented == 0
    data = res.to_json()
    assert data["claims"][0]["of_which"] == {"pro_iran_foreign": 9, "russia": 2}


def test_statement_reruns_and_detects_changes(store: Store) -> None:
    st = save_statement(store, Q)
    again = rerun_statement(store, st.id)
    assert not again.changed
    add(store, [ev("late", date(2019, 4, 15), {"regime": 6})])
    changed = rerun_statement(store, st.id)
    assert changed.changed
    assert changed.new["total"]["best"] == changed.old["total"]["best"] + 6
    assert "CHANGED" in changed.summary()


def test_query_validation() -> None:
    with pytest.raises(AnalysisError):
        TallyQuery(by=("colour",))
    with pytest.raises(AnalysisError):
        TallyQuery(since=date(2020, 1, 2), until=date(2020, 1, 1))
    with pytest.raises(AnalysisError):
        TallyQuery(within_km=5)
    q = TallyQuery(since=date(2019, 1, 1), by=("side", "week"), sides=("regime_and_allies",), bbox=(36.0, 32.0, 42.0, 37.0))
    assert TallyQuery.from_json(json.loads(json.dumps(q.to_json()))) == q


def test_ontology_groups_are_data() -> None:
    onto = load_ontology()
    assert onto.expand(("regime_and_allies",)) == ("regime", "pro_iran_foreign", "russia")
    assert onto.partition_of("russia") == "regime_and_allies"
    assert onto.partition_of("isis") == "isis"


def test_ontology_can_be_extended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "onto.json"
    extra.write_text(json.dumps({"version": "local", "groups": {"jihadists": {"sides": ["isis", "hts_rebels"]}}}))
    monkeypatch.setenv("OBSERVATORY_ONTOLOGY", str(extra))
    assert load_ontology().expand(("jihadists",)) == ("isis", "hts_rebels")
    extra.write_text(json.dumps({"groups": {"bad": {"sides": ["martians"]}}}))
    monkeypatch.setenv("OBSERVATORY_ONTOLOGY", str(extra) + "x")
    from observatory.errors import InputError

    with pytest.raises(InputError):
        load_ontology()


def test_cli_tally_json_save_and_statement(store: Store, tmp_db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["tally", "--db", str(tmp_db), "--since", "2019-03-24", "--until", "2019-04-20",
                              "--by", "group,side", "--json", "--save"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["total"]["best"] == 31
    sid = data["statement"]
    res = runner.invoke(cli, ["statement", "--db", str(tmp_db), sid])
    assert res.exit_code == 0 and "unchanged" in res.output
    add(store, [ev("late", date(2019, 4, 15), {"regime": 6})])
    res = runner.invoke(cli, ["statement", "--db", str(tmp_db), sid])
    assert res.exit_code == 3 and "CHANGED" in res.output
    res = runner.invoke(cli, ["statement", "--db", str(tmp_db), "st-nope"])
    assert res.exit_code == 1 and "no statement" in res.output


def test_cli_tally_table_and_errors(store: Store, tmp_db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["tally", "--db", str(tmp_db), "--since", "2019-03-24", "--until", "2019-04-20",
                              "--by", "side", "--region", "Syrian Desert"])
    assert res.exit_code == 0, res.output
    assert "TOTAL" in res.output and "regime" in res.output
    res = runner.invoke(cli, ["tally", "--db", str(tmp_db), "--by", "colour"])
    assert res.exit_code == 1 and "cannot group by colour" in res.output
    res = runner.invoke(cli, ["tally", "--db", str(tmp_db), "--since", "2019-13-01"])
    assert res.exit_code == 2


def test_index_from_store_gives_the_same_tally(store: Store) -> None:
    from observatory.analysis.rollup import TallyIndex

    index = TallyIndex.from_store(store)
    for q in (Q, TallyQuery(since=Q.since, until=Q.until, by=("group", "side")),
              TallyQuery(since=Q.since, until=Q.until, sides=("regime_and_allies",), by=("nationality",))):
        assert tally(store, q, index=index).to_json() == tally(store, q).to_json()


def test_regional_claims_follow_the_spatial_filter(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    report = Report(text="Regional statistics.", source="SOHR")
    period = {"since": date(2019, 3, 24), "until": date(2019, 4, 20)}
    whole = CumulativeClaim(report_id=report.id, side="isis", killed=22, **period)  # type: ignore[arg-type]
    homs = CumulativeClaim(report_id=report.id, side="regime", killed=30, region="Homs desert", **period)  # type: ignore[arg-type]
    with store.batch("test") as (conn, bid):
        store.add_reports(conn, bid, [report])
        store.add_extraction(conn, bid, Extraction(report_id=report.id, totals=(whole, homs)), "test")
    everywhere = {(c.side, c.region) for c in tally(store, Q).claims}
    assert everywhere == {("isis", None), ("regime", "Homs desert")}
    in_homs = tally(store, TallyQuery(since=Q.since, until=Q.until, governorates=("Homs",))).claims
    assert [(c.side, c.region) for c in in_homs] == [("regime", "Homs desert")]
    in_aleppo = tally(store, TallyQuery(since=Q.since, until=Q.until, governorates=("Aleppo",))).claims
    assert in_aleppo == ()
