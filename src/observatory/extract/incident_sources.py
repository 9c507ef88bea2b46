"""Who gives an incident's figures: the monitor itself, or another source (state media, wire agencies, activists, a
ministry, a claimant such as Amaq, and rescue services such as the White Helmets / Syrian Civil Defence, a
health authority or the Red Crescent); the monitor's figures win where both give them. (rescue services
are a source only where they are said to give figures, "the White Helmets said", "according to the Civil Defence";
told at work, "while Civil Defence teams are still searching for survivors", they credit no figure.)

A party's or an outlet's own account is another source too: media, outlets and websites ("Iraqi media outlets close to
the militias spoke of four dead", "Local media put the toll at 20"), sources close to a party, statements ("the SDF
said in a statement", "In a statement, the media centre said"), officials, a party telling its figures ("the SDF
said its fighters killed 11"), and a toll anyone but the monitor puts. Not a party confirming its own dead ("the
Asayish confirmed the death of two of its members"), which agrees with the monitor rather than rivals it. An
attacker's own claim ("Amaq said ...", "claimed", "claimed late on Monday that", "claiming to have killed", tests in
tests/test_extract_casualty_claim_told_when.py) is told apart (``own_claim``): its count never stands beside the
monitor's. Any speaker telling what its own fighters or strikes killed ("the X operations room said its fighters had
killed 20 soldiers") gives a party's account too, whatever name it goes by (incident_own_deed.py)."""

from __future__ import annotations

import re

from observatory.extract.gates import folded, has_any
from observatory.extract.incident_own_deed import own_deed_told
from observatory.extract.incident_source_told import source_told
from observatory.extract.incident_source_words import office_source
from observatory.extract.text import stop_before

MONITOR, OTHER = "monitor", "other"
#: The monitor's own word: "SOHR", "the Observatory", "the war monitor", "an opposition monitoring group".
_MONITOR_SOURCE = re.compile(r"\bSOHR\b|\bObservatory\b|\b(?:war\s+)?monitor(?:ing\s+group)?\b|\bRami\s+Abd", re.IGNORECASE)
#: Rescue services and health authorities: a source of figures only where they are said to give them ("the White
#: Helmets said", "according to the Civil Defence"), not where they are told at work ("Civil Defence teams are still
#: searching for survivors").
_RESCUE = (r"(?:\bWhite\s+Helmets\b|\bCivil\s+Defen[cs]e\b|\brescue\s+(?:group|teams?|workers?|services?)\b|"
           r"\bhealth\s+(?:authority|authorities|directorate|officials?|boards?|committees?|departments?)\b|\bRed\s+Crescent\b)")
#: A party's or an outlet's own account: media and outlets ("Iraqi media outlets close to the militias spoke of four
#: dead", "Local media in X put the toll at 20", "according to local media"), sources close to a party, a statement
#: ("the SDF said in a statement", "In a statement, the media centre said"), officials ("local officials said"), a
#: party telling its own figures ("The SDF said its fighters killed 11"), and a toll put by anyone but the monitor
#: ("The Douma Local Council put the toll at 30": the monitor is named first where it is the one).
_TELLS = r"(?:said|say|says|reported|reports|spoke|speak|speaks|put|puts|claimed|claims|announced|stated|cited|published|confirmed)"
_PARTY_ACCOUNT = (r"\b(?:media|outlets?|websites?|news\s+sites?)\b[\s,]+(?:[\w'\u2019()-]+[\s,]+){0,6}?" + _TELLS + r"\b|"
                  r"\b(?:according\s+to|citing|cited\s+by|said|reported|told)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:media|outlets?|websites?)\b|"
                  r"\bsources?\s+close\s+to\b|\b(?:in|issued|released|published)\s+a\s+statement\b|"
                  r"\ba\s+statement\s+(?:by|from|issued|released|published)\b|"
                  r"\bofficials?\s+(?:said|say|says|told|reported|confirmed)\b|"
                  r"\b(?:SDF|YPG|Asayish|Internal\s+Security\s+Forces|Military\s+Council|CENTCOM|Central\s+Command|"
                  r"Reconciliation\s+Cent(?:re|er))\b[\s,]+(?:[\w()'\u2019-]+[\s,]+){0,3}?(?:said|says|announced|claimed|stated)\b|"
                  r"\b(?:put|puts|putting|placed)\s+the\s+(?:death\s+|casualty\s+)?toll\b")
#: The United Nations and its offices giving figures ("The UN says", "the UN's humanitarian office, OCHA, said").
_UN = (r"\b(?:(?-i:UN)|United\s+Nations|OCHA|UNICEF)\b(?:['\u2019]s)?[\s,]+(?:[\w()'\u2019-]+[\s,]+){0,6}?"
       r"(?:said|say|says|reported|told|stated|put|counted|documented|recorded)\b")
#: Another source's figure: state media, wire agencies, activists, a ministry, hospitals.
_OTHER_SOURCE = re.compile(r"\bSANA\b|\bstate(?:-run)?\s+(?:media|news|television|TV|agency|outlets?)\b|"
                           r"\bofficial\s+(?:news|media)\b|\bnews\s+(?:agency|outlet)\b|\bReuters\b|\bAFP\b|"
                           r"\bAgence\s+France|\bAssociated\s+Press\b|\(AP\)|\bactivists?\s+(?:said|say|says|reported|told)\b|"
                           r"\b(?:said|say|says|according\s+to|cited)\s+(?:local\s+|opposition\s+)?activists?\b|"
                           r"\b(?:health|interior|defen[cs]e)\s+ministry\b|\bministry\s+of\b|\b(?:medical|hospital)\s+sources?\b|"
                           r"\bAmaq\b|\bAmjad\b|\bclaimed\s+responsibility\b|" + _UN + "|"
                           r"\baccording\s+to\s+(?:the\s+)?(?-i:UN)\b|\bclaim(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:to\s+have|that)\b|"
                           r"\b(?:said|say|says|reported|told|according\s+to|cited)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _RESCUE + "|"
                           + _RESCUE + r"[\s,]+(?:[\w()-]+[\s,]+){0,5}?(?:said|say|says|reported|told|announced|stated|counted|put|"
                           r"documented|recorded|confirmed)\b", re.IGNORECASE)
_PARTY_RE = re.compile(_PARTY_ACCOUNT, re.IGNORECASE)


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
    if whole != MONITOR or not _other_named(folded(text), text):
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
    if not _other_named(span, sentence):
        return None
    return None if "death" in span and _OWN_LOSSES.search(sentence) else OTHER


#: A party confirming its own dead ("the Asayish confirmed the death of two of its members in a statement"): their
#: number, not a rival account of the monitor's.
_OWN_LOSSES = re.compile(r"\b(?:confirmed|confirms|mourned|mourns)\s+the\s+deaths?\s+of\s+(?:[\w-]+\s+){0,3}?(?:its|their)\s+"
                         r"(?:own\s+)?(?:members|fighters|comrades|personnel|soldiers)\b", re.IGNORECASE)


#: Words each match of _MONITOR_SOURCE / _OTHER_SOURCE holds (a sentence without any cannot match).
_MONITOR_STEMS = ("sohr", "observatory", "monitor", "rami")
_OTHER_STEMS = ("sana", "state", "official", "news", "reuters", "afp", "agence", "associated", "(ap)", "activist", "ministry",
                "source", "amaq", "amjad", "claimed", "claiming", "white helmet", "civil defen", "rescue", "health", "red crescent",
                "un ", "un's", "un\u2019s", "united nations", "ocha", "unicef")
_PARTY_STEMS = ("media", "outlet", "website", "news site", "statement", "close to", "official", "sdf", "ypg", "asayish",
                "internal security", "military council", "centcom", "central command", "reconciliation", "put the",
                "puts the", "putting the", "placed the")


def _other_named(span: str, text: str) -> bool:
    """Another source is named in ``text`` (``span``: its folded form, for the gates)."""
    return has_any(span, _OTHER_STEMS) and _OTHER_SOURCE.search(text) is not None or \
        has_any(span, _PARTY_STEMS) and _PARTY_RE.search(text) is not None or office_source(span, text) or \
        source_told(span, text) or own_deed_told(span, text)


def own_report(work: str) -> bool:
    """The report is the monitor's own (its unattributed figures are the monitor's)."""
    return _OWN_REPORT.search(work, 0, 800) is not None



#: The attackers' own claim ("Amaq said its fighters killed nine militiamen", "the group claimed responsibility"):
#: its count of the dead is of its foes, however the sentence's words read.
_OWN_CLAIM = re.compile(r"\bAmaq\b|\bAmjad\b|\bEbaa\b|\bclaim(?:ed|s|ing)?\b", re.IGNORECASE)


def _sentence_around(work: str, pos: int) -> tuple[int, int]:
    """The bounds of the sentence around ``pos``: from the stop before it to the stop after it."""
    start = stop_before(work, pos)
    ends = [e for e in (work.find(". ", pos), work.find("\n", pos)) if e >= 0]
    return start, min(ends, default=len(work))


def own_claim(work: str, pos: int) -> bool:
    """The sentence around ``pos`` is a party's claim of its own attack."""
    return _OWN_CLAIM.search(work, *_sentence_around(work, pos)) is not None


#: The attackers' own outlets or a claim of the attack: the attacker speaks, not state media or a rival.
_ATTACKER_OUTLET = re.compile(r"\bAmaq\b|\bAmjad\b|\bEbaa\b|\bclaimed\s+responsibility\b", re.IGNORECASE)


def attacker_claim(work: str, pos: int, doer: str | None) -> bool:
    """The sentence around ``pos`` is the attacker's own claim: told through its outlet or as a claim of the attack, or
    a claim whose claimant is ``doer`` (the incident's perpetrator as the text names it: "ISIS claimed that ...")."""
    start, end = _sentence_around(work, pos)
    sentence = work[start:end]
    if _ATTACKER_OUTLET.search(sentence):
        return True
    claim = re.search(r"\bclaim(?:ed|s)\b", sentence, re.IGNORECASE)
    return bool(doer and claim and doer.lower() in sentence[:claim.start()].lower())
