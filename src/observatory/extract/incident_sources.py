"""Who gives an incident's figures: the monitor itself, or another source (state media, wire agencies, activists, a
ministry, a claimant such as Amaq, and rescue services such as the White Helmets / Syrian Civil Defence, a
health authority or the Red Crescent); the monitor's figures win where both give them. (rescue services
are a source only where they are said to give figures, "the White Helmets said", "according to the Civil Defence";
told at work, "while Civil Defence teams are still searching for survivors", they credit no figure.)"""

from __future__ import annotations

import re

from observatory.extract.gates import folded, has_any

MONITOR, OTHER = "monitor", "other"
#: The monitor's own word: "SOHR", "the Observatory", "the war monitor", "an opposition monitoring group".
_MONITOR_SOURCE = re.compile(r"\bSOHR\b|\bObservatory\b|\b(?:war\s+)?monitor(?:ing\s+group)?\b|\bRami\s+Abd", re.IGNORECASE)
#: Rescue services and health authorities: a source of figures only where they are said to give them ("the White
#: Helmets said", "according to the Civil Defence"), not where they are told at work ("Civil Defence teams are still
#: searching for survivors").
_RESCUE = (r"(?:\bWhite\s+Helmets\b|\bCivil\s+Defen[cs]e\b|\brescue\s+(?:group|teams?|workers?|services?)\b|"
           r"\bhealth\s+(?:authority|authorities|directorate|officials?)\b|\bRed\s+Crescent\b)")
#: Another source's figure: state media, wire agencies, activists, a ministry, hospitals.
_OTHER_SOURCE = re.compile(r"\bSANA\b|\bstate(?:-run)?\s+(?:media|news|television|TV|agency|outlets?)\b|"
                           r"\bofficial\s+(?:news|media)\b|\bnews\s+(?:agency|outlet)\b|\bReuters\b|\bAFP\b|"
                           r"\bAgence\s+France|\bAssociated\s+Press\b|\(AP\)|\bactivists?\s+(?:said|say|says|reported|told)\b|"
                           r"\b(?:said|say|says|according\s+to|cited)\s+(?:local\s+|opposition\s+)?activists?\b|"
                           r"\b(?:health|interior|defen[cs]e)\s+ministry\b|\bministry\s+of\b|\b(?:medical|hospital)\s+sources?\b|"
                           r"\bAmaq\b|\bAmjad\b|\bclaimed\s+responsibility\b|\bclaimed\s+(?:to\s+have|that)\b|"
                           r"\b(?:said|say|says|reported|told|according\s+to|cited)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _RESCUE + "|"
                           + _RESCUE + r"[\s,]+(?:[\w()-]+[\s,]+){0,5}?(?:said|say|says|reported|told|announced|stated|counted|put|"
                           r"documented|recorded|confirmed)\b",
                           re.IGNORECASE)


#: A report written by the monitor itself ("Daraa province - Syrian Observatory for Human Rights:", "SOHR activists
#: have documented ...") rather than an article quoting it.
_OWN_REPORT = re.compile(r"[-\u2013\u2014]\s*(?:The\s+)?Syrian\s+Observatory\s+for\s+Human\s+Rights\s*:|"
                         r"^\s*(?:SOHR|Syrian\s+Observatory)\s+(?:activists|sources|has|have)\b", re.IGNORECASE | re.MULTILINE)


#: Where a sentence that names both the monitor and another source passes from one to the other.
_SOURCE_BREAK = re.compile(r",\s+(?:while|whereas|but)\b|;\s+|,\s+and\s+(?=(?:the\s+)?(?:SOHR|Syrian\s+Observatory|Observatory|"
                           r"state|SANA|Reuters|AFP|activists)\b)", re.IGNORECASE)


def source_spans(work: str, start: int, end: int, default: str | None) -> tuple[tuple[int, int, str | None], ...]:
    """Who gives the figures of work[start:end], by part: one source for the sentence, unless it names the monitor and
    another source in parts of their own ("SANA said five civilians died, while SOHR said three soldiers were killed")."""
    text = work[start:end]
    whole = figure_source(text) or default
    if whole != MONITOR or not (has_any(folded(text), _OTHER_STEMS) and _OTHER_SOURCE.search(text)):
        return ((start, end, whole),)
    cuts = [start] + [start + m.start() for m in _SOURCE_BREAK.finditer(text)] + [end]
    parts = [(a, b, figure_source(work[a:b]) or default) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    return tuple(parts) if len({src for _, _, src in parts}) > 1 else ((start, end, whole),)


def figure_source(sentence: str) -> str | None:
    """Who a sentence credits with its figures: the monitor (which wins when both are named: "SOHR said 37 soldiers
    were killed, AFP reported"), another source, or nobody."""
    span = folded(sentence)
    if has_any(span, _MONITOR_STEMS) and _MONITOR_SOURCE.search(sentence):
        return MONITOR
    return OTHER if has_any(span, _OTHER_STEMS) and _OTHER_SOURCE.search(sentence) else None


#: Words each match of _MONITOR_SOURCE / _OTHER_SOURCE holds (a sentence without any cannot match).
_MONITOR_STEMS = ("sohr", "observatory", "monitor", "rami")
_OTHER_STEMS = ("sana", "state", "official", "news", "reuters", "afp", "agence", "associated", "(ap)", "activist", "ministry",
                "source", "amaq", "amjad", "claimed", "white helmet", "civil defen", "rescue", "health", "red crescent")


def own_report(work: str) -> bool:
    """The report is the monitor's own (its unattributed figures are the monitor's)."""
    return _OWN_REPORT.search(work, 0, 800) is not None

