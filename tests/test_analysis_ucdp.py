"""On the real UCDP-AEC Syria file, monthly tallies by side equal a straightforward pandas computation."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from observatory.analysis.tally import TallyQuery, tally
from observatory.store import Store

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def pandas_reference(path: Path) -> dict[tuple[str, str], int]:
    """Deaths per (month of start_date, side): each side's deaths to its side-map side; civilians, unknown apart."""
    from observatory.ingest.side_map import load_side_map

    sides = load_side_map()
    df = pd.read_json(path, lines=True)
    df["month"] = pd.to_datetime(df["start_date"]).dt.strftime("%Y-%m")
    parts = [
        pd.DataFrame({"month": df["month"], "side": df["side_a_name"].map(lambda n: sides.side(n) or "unknown"),
                      "deaths": df["deaths_side_a"]}),
        pd.DataFrame({"month": df["month"], "side": df["side_b_name"].map(lambda n: sides.side(n) or "unknown"),
                      "deaths": df["deaths_side_b"]}),
        pd.DataFrame({"month": df["month"], "side": "civilians", "deaths": df["deaths_civilian"]}),
        pd.DataFrame({"month": df["month"], "side": "unknown", "deaths": df["deaths_unknown"]}),
    ]
    long = pd.concat(parts)
    sums = long.groupby(["month", "side"])["deaths"].sum()
    return {k: int(v) for k, v in sums.items() if v > 0}


def test_monthly_tally_by_side_equals_pandas(shared_data: Path, tmp_db: Path) -> None:
    from observatory.ingest.acled import import_dataset

    path = shared_data / "ucdp" / "ucdp_aec_syria_2011_2020.jsonl"
    store = Store.open(str(tmp_db))
    import_dataset(store, path)
    result = tally(store, TallyQuery(by=("month", "side")))
    ours = {(r.key[0][1], r.key[1][1]): r.best for r in result.rows if r.best > 0}
    expected = pandas_reference(path)
    assert len(expected) > 300
    assert ours == expected
    assert result.total.best == sum(expected.values())
    assert result.total.incidents == len(pd.read_json(path, lines=True))
