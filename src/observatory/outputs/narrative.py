"""The report's words: headline and paragraphs generated from saved statements, each figure cited.

Citations are written as ``[[st-…]]`` markers; each output format turns them into its own links.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from observatory.outputs.report_data import Figure, ReportData, governorate_of

CITE = re.compile(r"\[\[(st-[0-9a-f]+)\]\]")

NATIONALITIES = {
    "SY": "Syrian", "RU": "Russian", "IR": "Iranian", "AF": "Afghan", "PK": "Pakistani", "LB": "Lebanese",
    "IQ": "Iraqi", "TR": "Turkish", "US": "American", "IL": "Israeli", "JO": "Jordanian", "SA": "Saudi",
    "unknown": "of unknown nationality", "unstated": "not stated", "non-SY": "non-Syrian (nationality not stated)",
    "foreign": "non-Syrian (nationality not stated)",
}

PERPETRATOR_NAMES = {
    "isis": "ISIS", "regime": "Regime forces", "russia": "Russian forces", "sdf": "The SDF",
    "turkey_factions": "Turkish forces and allied factions", "hts_rebels": "HTS and rebel factions",
    "coalition": "The International Coalition", "israel": "Israel", "pro_iran_foreign": "Iran-backed militias",
    "unknown": "Unidentified perpetrators", "unstated": "Unidentified perpetrators",
}


def cite(sid: str) -> str:
    return f"[[{sid}]]"


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def nationality_label(code: str) -> str:
    return NATIONALITIES.get(code, code)


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def period_text(since: date | None, until: date | None) -> str:
    if since is None or until is None:
        return "no dated events"
    return f"{_day(since)} to {_day(until)}"


def between(since: date | None, until: date | None) -> str:
    if since is None or until is None:
        return "Over the whole record"
    return f"Between {_day(since)} and {_day(until)}"


VICTIMS = {
    "regime": "regime soldiers and allied militiamen", "pro_iran_foreign": "members of Iran-backed foreign militias",
    "russia": "Russian soldiers", "isis": "ISIS members", "sdf": "SDF fighters",
    "turkey_factions": "fighters of Turkish-backed factions", "hts_rebels": "HTS and rebel fighters",
    "civilians": "civilians", "coalition": "Coalition personnel", "israel": "Israeli personnel",
    "unknown": "people whose affiliation is not stated",
}


#: how a breakdown of a source's total ("of which") is written
OF_WHICH = {
    "russia": "Russians", "pro_iran_foreign": "non-Syrian militiamen loyal to Iran", "children": "children",
    "women": "women", "officers": "officers", "civilians": "civilians",
}


def join_names(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def headline(data: ReportData) -> str:
    t = data.total
    region = data.request.region
    where = f" in {governorate_of(region) or region}" if region else " in Syria"
    if data.empty:
        when = f" from {period_text(data.since, data.until)}" if data.since else ": the database holds no dated events"
        text = f"No incidents recorded{where}{when}"
        if data.claims:
            c = data.claims[0]
            text += f"; the sources' own total is at least {c.killed:,} killed {cite(data.claims_statement)}"
        return text
    claimed = sorted((c for c in data.claims if c.difference > 0), key=lambda c: -c.killed)
    if claimed:
        # the source's own totals are larger than what is itemised: lead with them, as the monitor would
        parts = [f"{c.killed:,} {_claim_name(c.group, c.side)}" for c in claimed[:3]]
        return (f"At least {join_names(parts)} killed{where}, {period_text(data.since, data.until)}, by the "
                f"sources' own count {cite(data.claims_statement)}; {plural(t.incidents, 'incident')} documented, "
                f"with at least {t.minimum:,} killed {cite(t.statement)}")
    return (f"At least {t.minimum:,} killed in {plural(t.incidents, 'documented incident')}{where}, "
            f"{period_text(data.since, data.until)} {cite(t.statement)}")


def _claim_name(group: str | None, side: str) -> str:
    if group == "regime_and_allies" or (group is None and side == "regime"):
        return "regime soldiers and allied militiamen"
    return group.replace("_", " ") if group else VICTIMS.get(side, side)


def paragraphs(data: ReportData) -> list[str]:
    if data.empty:
        return ["The database holds no itemised incidents for this period and area. Ingest reports "
                "(`observatory ingest PATH`) or widen the period, then write the report again."] + _claims(data)
    out = [_overview(data)]
    out += _perpetrators(data)
    nat = _nationalities(data)
    if nat:
        out.append(nat)
    week = _weeks(data)
    if week:
        out.append(week)
    out += _claims(data)
    return out


def _overview(data: ReportData) -> str:
    t = data.total
    text = (f"{between(data.since, data.until)}, Observatory documented "
            f"{plural(t.incidents, 'incident')} from {plural(t.sources, 'source')}, in which at least "
            f"{t.minimum:,} people were killed {cite(t.statement)}")
    if t.high > t.minimum:
        text += f"; counting the highest figures the sources give, up to {t.high:,} {cite(t.statement)}"
    govs = [f for f in data.by_governorate if f.incidents and f.get("governorate") != "unstated"][:3]
    if govs:
        parts = [f"{f.get('governorate')} ({plural(f.incidents, 'incident')}, {f.minimum:,} killed)" for f in govs]
        text += f". Most incidents were in {join_names(parts)} {cite(govs[0].statement)}"
    return text + "."


def _perpetrators(data: ReportData) -> list[str]:
    places: dict[str, list[Figure]] = defaultdict(list)
    for f in data.by_perpetrator_governorate:
        places[f.get("perpetrator")].append(f)
    victims: dict[str, list[Figure]] = defaultdict(list)
    for f in data.by_perpetrator_side:
        victims[f.get("perpetrator")].append(f)
    ranked = sorted(places, key=lambda p: (-sum(f.incidents for f in places[p]), p))
    out = []
    for perp in ranked[:3]:
        out.append(_perpetrator_sentence(perp, places[perp], victims.get(perp, [])))
    return out


def _perpetrator_sentence(perp: str, places: list[Figure], victims: list[Figure]) -> str:
    incidents = sum(f.incidents for f in places)
    names = [f.get("governorate") for f in sorted(places, key=lambda f: -f.incidents) if f.get("governorate") != "unstated"]
    where = f" in {join_names(names)}" if names else ""
    who = PERPETRATOR_NAMES.get(perp, perp.replace("_", " "))
    verb = "were behind" if who.endswith("s") or who.startswith("The ") else "carried out"
    text = f"{who} {verb} {plural(incidents, 'attack')}{where} {cite(places[0].statement)}"
    others = [f for f in victims if f.get("side") != perp and f.minimum > 0]
    own = [f for f in victims if f.get("side") == perp and f.minimum > 0]
    if others:
        killed = sum(f.minimum for f in others)
        parts = [f"{f.minimum:,} {VICTIMS.get(f.get('side'), f.get('side'))}" for f in others[:4]]
        text += (f", killing at least {killed:,} people, among them {join_names(parts)} "
                 f"{cite(others[0].statement)}")
    if own:
        text += f"; at least {own[0].minimum:,} of the attackers were killed {cite(own[0].statement)}"
    return text + "."


def _nationalities(data: ReportData) -> str:
    foreign = [f for f in data.by_nationality
               if f.get("nationality") not in ("SY", "unknown", "unstated", "") and f.minimum > 0]
    if not foreign:
        return ""
    parts = [f"{f.minimum:,} {nationality_label(f.get('nationality'))}" for f in foreign]
    return (f"Among the dead were non-Syrian nationals: {join_names(parts)} {cite(foreign[0].statement)}.")


def _weeks(data: ReportData) -> str:
    weeks = [f for f in data.by_week if f.incidents]
    if len(weeks) < 2:
        return ""
    worst = max(weeks, key=lambda f: (f.minimum, f.incidents))
    return (f"The deadliest week began on {worst.get('week')}: {plural(worst.incidents, 'incident')} with at least "
            f"{worst.minimum:,} killed {cite(worst.statement)}; the chart below shows every week of the period.")


def _claims(data: ReportData) -> list[str]:
    out = []
    for c in data.claims[:4]:
        name = _claim_name(c.group, c.side)
        span = f" for {period_text(c.since, c.until)}" if c.since and c.until else ""
        among = [f"{n:,} {OF_WHICH.get(k, k.replace('_', ' '))}" for k, n in c.of_which if n > 0]
        if among:
            name += f", among them {join_names(among)}"
        text = (f"The source's own total{span} is at least {c.killed:,} {name}; the incidents itemised here account "
                f"for {c.documented:,} of them {cite(data.claims_statement)}")
        if c.difference > 0:
            text += f", so {c.difference:,} deaths are reported without incident details"
        out.append(text + ".")
    return out


METHODOLOGY = (
    "Figures are tallies of incidents extracted from the reports listed below; each figure is a saved "
    "statement whose id is given beside it, so it can be re-run later and shown to have changed or not.",
    "\"At least\" means the documented minimum: the lowest figure the sources give for each incident, "
    "summed over incidents. \"Up to\" uses the highest figures. An incident reported by several sources is "
    "counted once.",
    "Period totals published by sources (\"at least 69 killed since 24 March\") are quoted beside the tally "
    "and never added to it; the difference is what the sources report without itemising the incidents.",
    "Places are geocoded from the report text. Events known only by governorate are drawn at its centre; "
    "the area of activity is the outline of the located events, so it is approximate.",
    "Control areas, when shown, come from an imported control snapshot and are an approximation of who "
    "held what on that date, not a survey.",
)

CAVEATS = (
    "Reports undercount: deaths that no source itemises do not appear in incident tallies.",
    "Sides and nationalities are as the sources state them; fighters of allied militias are often "
    "reported together with the forces they fight beside.",
    "Extraction is automatic and may misread a report; each incident lists its source and the quoted words "
    "so that it can be checked.",
)
