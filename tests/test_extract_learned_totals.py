"""The learned role of casualty numbers (observatory.extract.learned_totals): which numbers are candidates, how a
model's "total" becomes one more period total, and what it never touches. The mechanism is tested with small
hand-built models so that each test fails when its rule breaks; the shipped weights are tested at the end (they load,
and on a paragraph written for these tests they add a tally the rules leave, but not the same tally claimed by a
party)."""

from __future__ import annotations

import json

import pytest

from observatory.extract import extract_report, to_contract
from observatory.extract.core import default_lexicon
from observatory.extract.learned_totals import (
    ROLES,
    RoleModel,
    RuleSpans,
    candidates,
    complete_totals,
    default_model,
    features,
)
from observatory.models import Claim, Extraction, Report, Span

TOTAL = ROLES.index("total_killed")


def always(role: str, conf: float = 0.7, strength: float = 5.0) -> RoleModel:
    """A model that calls every candidate `role` (the bias feature alone)."""
    row = tuple(strength if r == role else 0.0 for r in ROLES)
    return RoleModel({"bias": row}, conf)


TITLE = "Monitor update\n\n"  # a report's first line is its title, whose figures the model leaves alone


def added(text: str, model: RoleModel) -> list[tuple[str, int]]:
    ex = Extraction("t")  # nothing booked by the rules
    out = complete_totals(ex, TITLE + text, default_lexicon(), model)
    return [(t.side, t.killed) for t in out.totals]


def test_candidates_skip_years_dates_and_numbers_far_from_any_casualty_word() -> None:
    text = ("In 2021 the council opened 14 schools in the area.\n\nOn 3 March, a blast killed four soldiers and a "
            "shepherd near the road.")
    values = [c.value for c in candidates(text)]
    assert values == [4, 1]


def test_a_person_word_makes_a_an_a_candidate_but_not_a_thing() -> None:
    assert [c.value for c in candidates("A mine killed a farmer near the village.")] == [1]
    assert candidates("A mine killed people in a car near the village.") == []


def test_a_total_with_a_named_side_is_added_with_its_span() -> None:
    text = TITLE + "Since the start of the year, the desert war has killed 412 regime soldiers and 97 civilians."
    out = complete_totals(Extraction("t"), text, default_lexicon(), always("total_killed"))
    pairs = sorted((t.side, t.killed) for t in out.totals)
    assert pairs == [("civilians", 97), ("regime", 412)]
    span = next(t.span for t in out.totals if t.killed == 412)
    assert span is not None and text[span.start:span.end] == "412"


def test_parts_of_a_figure_told_before_are_not_totals() -> None:
    text = ("Since January, 230 civilians have been killed in the province, including 41 children and nine women; "
            "of them, 60 died in shelling.")
    assert added(text, always("total_killed")) == [("civilians", 230)]


def test_a_number_without_a_side_in_its_noun_group_adds_nothing() -> None:
    assert added("Since January, the war has claimed 300 lives in the region.", always("total_killed")) == []


def test_the_side_comes_from_the_victims_noun_not_from_the_killer_after_it() -> None:
    text = "In the same period, 52 SDF members were killed: 38 by ISIS cells and 14 by Turkish drones."
    assert added(text, always("total_killed")) == [("sdf", 52)]
    text = "Since March, 61 fighters of the SDF died; 40 were killed in ISIS attacks."
    assert added(text, always("total_killed")) == [("sdf", 61)]


def test_shares_of_a_whole_are_not_totals() -> None:
    assert added("Of the total, 23 were members of Iranian-backed militias.", always("total_killed")) == []
    assert added("Since May, 131 of the civilians were killed by landmines.", always("total_killed")) == []
    assert added("Since May, 131 civilians were killed by landmines.", always("total_killed")) == [("civilians", 131)]


def test_people_of_no_side_are_left_to_the_rules() -> None:
    text = "The war has killed more than 387,000 people since it began, and 12 persons died this week."
    assert added(text, always("total_killed")) == []


def test_other_roles_and_low_confidence_add_nothing() -> None:
    text = "Since the start of the year, the desert war has claimed 412 regime soldiers."
    assert added(text, always("incident_killed")) == []
    assert added(text, always("total_killed", conf=0.99, strength=1.0)) == []


def test_a_number_the_rules_booked_is_left_to_the_rules() -> None:
    text = "Monitor update\n\nISIS cells attacked a regime post near al-Sukhnah on Saturday, killing 7 soldiers."
    ex = extract_report(Report(text=text), learned=False)
    seven = next(c for c in candidates(text) if c.value == 7)
    assert RuleSpans.of(ex).role(seven) == "incident_killed"
    assert complete_totals(ex, text, default_lexicon(), always("total_killed")).totals == ex.totals


def test_features_carry_the_rules_role_and_the_noun_group() -> None:
    text = "Since March, 57 fighters of the SDF were killed."
    cands = candidates(text)
    feats = features(text, cands, 0, [], "none")
    assert "rule=none" in feats and "NGlast:fighters" in feats and "pre:since" in feats


def test_weights_naming_other_roles_are_refused() -> None:
    raw = json.dumps({"roles": ["a", "b"], "min_conf": 0.7, "weights": {}})
    with pytest.raises(ValueError, match="expected"):
        RoleModel.from_json(raw)


def test_probabilities_sum_to_one_and_unknown_features_are_ignored() -> None:
    model = RoleModel({"bias": (1.0, 0.0, 2.0, 0.0)}, 0.7)
    p = model.probs(["bias", "never-seen", "bias"])
    assert abs(sum(p) - 1.0) < 1e-9 and p.index(max(p)) == TOTAL


def test_the_shipped_weights_load_and_name_the_roles() -> None:
    model = default_model()
    assert 0.5 <= model.min_conf < 1.0 and "bias" in model.weights
    assert all(len(row) == len(ROLES) for row in model.weights.values())


def test_learned_false_gives_the_rules_alone() -> None:
    text = "Monitor update\n\nISIS cells attacked a regime post near al-Sukhnah on Saturday, killing 7 soldiers."
    a = to_contract("t", extract_report(Report(text=text), learned=False))
    b = to_contract("t", extract_report(Report(text=text)))
    assert a == b  # one incident figure, no total for the model to add


def test_a_sentence_of_wounded_only_gives_no_total_of_dead() -> None:
    text = "Since Monday, 11 regime soldiers were wounded in total, among them seven officers."
    assert added(text, always("total_killed")) == []
    text = "Since Monday, 11 regime soldiers were killed and many were wounded."
    assert added(text, always("total_killed")) == [("regime", 11)]


def test_the_title_a_figure_the_rules_told_and_a_single_person_are_left_alone() -> None:
    model = always("total_killed")
    line = "Since January, 412 regime soldiers were killed."
    assert complete_totals(Extraction("t"), line, default_lexicon(), model).totals == ()  # the title line
    assert added("Since January, a regime officer and 412 regime soldiers were killed.", model) == [("regime", 412)]
    text = TITLE + "Since January, 412 regime soldiers were killed."
    told = Extraction("t", claims=(Claim("t", "e1", "killed.regime", "412", Span(0, 7)),))  # booked elsewhere
    assert complete_totals(told, text, default_lexicon(), model).totals == ()


def test_lines_of_a_list_and_whole_war_tolls_are_left_to_the_rules() -> None:
    model = always("total_killed")
    text = "Since January, 80 civilians were killed in the province. Of the deaths:\n- 30 regime soldiers.\n- 11 civilians."
    assert added(text, model) == [("civilians", 80)]
    assert added("More than 5,100 civilians have been killed since the uprising began in 2011.", model) == []
    assert added("Since Monday, 40 PKK fighters were killed in northern Iraq.", model) == []
    assert added("Since Monday, 40 SDF fighters were killed in Manbij.", model) == [("sdf", 40)]


def test_a_partys_claim_is_no_total() -> None:
    model = always("total_killed")
    assert added("Since May, the group claimed that its units had killed 170 regime soldiers.", model) == []
    assert added("Since May, Ankara says it has neutralised 90 SDF fighters.", model) == []
    assert added("Since May, its units have killed 170 regime soldiers.", model) == [("regime", 170)]


def test_the_shipped_weights_add_a_tally_the_rules_leave_and_not_a_claimed_one() -> None:
    head = "Desert monitor\n\nTwo soldiers were killed by a mine near Palmyra. "
    told = head + "The year's tally in the desert now stands at 312 regime soldiers and 97 civilians."
    rules = to_contract("t", extract_report(Report(text=told), learned=False))
    learned = to_contract("t", extract_report(Report(text=told)))
    assert ("regime", 312) not in {(t["side"], t["killed"]) for t in rules["totals"]}
    assert ("regime", 312) in {(t["side"], t["killed"]) for t in learned["totals"]}
    assert learned["incidents"] == rules["incidents"]
    claimed = head + "The group claimed that the year's tally now stands at 312 regime soldiers."
    assert to_contract("t", extract_report(Report(text=claimed)))["totals"] == []
