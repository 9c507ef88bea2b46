"""Casualty mentions in one sentence: a count, killed or injured, the side it belongs to, and its span.

A count is a casualty figure when a killed/injured word governs it on the left ("killing 4 soldiers",
"the death of two members") or follows its noun phrase on the right ("three others were injured").
Breakdowns ("14 members, including 2 Russians") become child mentions of the figure they break down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.numbers import Quantity, find_quantities
from observatory.models import Qualifier

KILLED, INJURED = "killed", "injured"

_PERSON = (r"members?|soldiers?|civilians?|fighters?|militiamen|militiaman|militia\s?men|militants?|people|persons?|personnel|"
           r"children|child|kids?|women|woman|men|man|elements?|officers?|troops|gunmen|others?|Russians?|Iranians?|Afghans?|"
           r"Iraqis?|Lebanese|Syrians?|individuals?|recruits?|guards?|commanders?|leaders?|shepherds?|workers?|policemen|"
           r"troopers?|collaborators?|dealers?|smugglers?|conscripts?|combatants?|colonel|brigadier|general|servicem[ae]n|jihadists?|rebels?|insurgents?|terrorists?|operatives?|youths?|boys?|girls?|farmers?|"
           r"citizens?|residents?|victims?|herders?|herdsm[ae]n|pickers?|gatherers?|hunters?|bodies|body|dead|detainees?|prisoners?|captives?|hostages?|brothers?|sons?|daughters?|"
           r"infants?|students?|teachers?|doctors?|nurses?|journalists?|staff|cadres?|volunteers?|employees?|truffle|of\s+(?:them|whom)")
_PERSON_RE = re.compile(rf"\b(?:{_PERSON})\b", re.IGNORECASE)
_KILL_WORD = (r"killed|dead|died|die|dies|death|deaths|fatalities|fatality|lost\s+(?:their|his|her)\s+lives?|perished|slain|"
              r"shot\s+dead|succumbed|were\s+executed|was\s+executed|executed|beheaded|assassinated|lifeless")
_INJURE_WORD = r"injured|wounded|injuries|injury|hurt|wounds"
_RIGHT_ROLE = re.compile(
    rf"(?:(?!\bas\s+well\s+as\b|\bwhile\b|\bwhereas\b)[^.;:!?]){{0,90}}?\b(?:(?P<both>(?:killed|dead)\s+(?:and|or)\s+(?:injured|wounded))|(?P<kill>{_KILL_WORD})|(?P<inj>{_INJURE_WORD}))\b",
    re.IGNORECASE,
)
_LEFT_KILL = re.compile(
    r"(?:\b(?:fatalities|deaths|dead|killed)\s*:|\bshot\s+dead|\bshot\s+and\s+killed|\bkilling|\bkilled|\bkill|\bkills|\bthe\s+(?:death|deaths|killing|bodies|execution)\s+of|\bclaimed\s+the\s+lives\s+of|"
    r"\blives\s+of|\bbodies\s+of|\bexecuted|\bexecuting|\bbeheaded|\bassassinated|\bleft|\bleaving|\bdocumented\s+the\s+death\s+of)"
    r"(?:\s+(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately|almost|no\s+less\s+than|up\s+to))?\s*$",
    re.IGNORECASE,
)
_LEFT_INJURE = re.compile(
    r"(?:\binjuring|\binjured|\bwounding|\bwounded|\binjure|\bwound|\bthe\s+(?:injury|injuries|wounding)\s+of|\binjuries\s+(?:to|among))"
    r"(?:\s+(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately|almost|up\s+to))?\s*$",
    re.IGNORECASE,
)
_LEFT_ROSE = re.compile(r"\b(?:rose|rises|risen|rising|increased|increases|climbed|climbs|reached|reaches|raising|raises|"
                        r"bringing|brings|brought|mounted|jumped|to\s+have\s+reached)\s+(?:\w+\s+){0,7}?(?:to|at)\s*$|"
                        r"\b(?:is|was|stood\s+at|now\s+at|at)\s*$|\btoll\s*(?:of|:)?\s*$", re.IGNORECASE)
_TOLL_WORD = re.compile(r"\b(?:toll|victims|number\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|fatalities|victims|casualties|"
                        r"members|soldiers|fighters|civilians|people|persons|troops|militiamen)|killed|dead|death|deaths|fatalities|died|lives|casualties)\b", re.IGNORECASE)
_BREAKDOWN = re.compile(r"(?:\bamong\s+(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:casualties|dead|fatalities|victims|toll|deaths)\s+"
                        r"(?:there\s+(?:are|were)|are|were)(?:\s+at\s+least)?|\bincluding|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+them|\bamongst\s+them|\bincluding\s+at\s+least|"
                        r"\bmost\s+of\s+them|\bincluding\s+about)\s*$", re.IGNORECASE)
_GROUP_STOP = re.compile(
    rf"[,;:.\[\]]|\s(?:were|was|is|are|have|has|had|who|which|that|in|during|on|at|by|after|when|while|near|as|amid|since|"
    rf"following|with|due|because|between|inside|within|to|into|including|among|from\s+the\s+(?:ISIS|attack)|and\s+(?=(?:\w+\s+){{0,2}}(?:\d|injur|wound|kill))|"
    rf"and\s+(?:the\s+)?(?:injury|injuring|wounding|death)|{_KILL_WORD}|{_INJURE_WORD})\b",
    re.IGNORECASE,
)
_MONTH_NEAR = re.compile(r"^\s*(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
                         r"|^\s*(?:st|nd|rd|th)\b|^\s*(?:-|\s)?(?:years?|year-old|yrs|km|kilomet|meters?|metres?|hours?|days?|minutes?|"
                         r"months?|weeks?|mm|%|percent)\b|^-", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Regiment|Division|"
                           r"Brigade|Corps|No\.|number|Resolution|page|Station|Base|Point|Route|Highway|Road|Gate|Sector|Squad|"
                           r"Battalion|Unit|Camp|Field|Article|Phase)\s*$", re.IGNORECASE)
_LABELS = ((re.compile(r"\b(?:children|child|kids?|boys?|girls?|infants?|minors?)\b", re.I), "children"),
           (re.compile(r"\b(?:women|woman)\b", re.I), "women"),
           (re.compile(r"\b(?:officers?|commanders?|leaders?|leadership|general|colonel|brigadier)\b", re.I), "officers"))
_SYRIAN_IRAN = re.compile(r"(?<!non-)(?<!non )\bSyrian\b.*\b(?:Iran|Iranian)|\b(?:Iran|Iranian)[\w-]*\s+Syrian\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """One casualty figure in a sentence."""

    role: str  # "killed" or "injured"
    quantity: Quantity
    side: str | None
    group_start: int
    group_end: int
    actor: str | None = None
    nationality: str | None = None
    label: str | None = None  # a subset label: children, women, officers
    parent: int | None = None  # index of the mention this one breaks down
    rose: bool = False  # "the toll rose to N": replaces earlier figures
    generic: bool = False  # side guessed from context, not named

    @property
    def value(self) -> int:
        return self.quantity.value


def _group_end(work: str, start: int, limit: int) -> int:
    m = _GROUP_STOP.search(work, start, min(limit, start + 110))
    return m.start() if m else min(limit, start + 110)


def _side_of(lexicon: ActorLexicon, work: str, s: int, e: int, on: date | None) -> tuple[ActorMatch | None, str | None]:
    matches = lexicon.find(work, s, e, on)
    if not matches:
        return None, None
    first = matches[0]
    if first.alias.lower() in GENERIC_ALIASES:
        first = next((m for m in matches if m.alias.lower() not in GENERIC_ALIASES), first)
    if _DESCRIPTIVE.search(first.alias):
        first = next((m for m in matches[matches.index(first) + 1:]
                      if m.alias.lower() not in GENERIC_ALIASES and not _DESCRIPTIVE.search(m.alias) and m.alias[:1].isupper()), first)
    phrase = work[s:e]
    side = first.side
    if side == "pro_iran_foreign" and _SYRIAN_IRAN.search(phrase) and "non-Syrian" not in phrase:
        side = "regime"
    if side == "civilians" and _COMBATANT_NOUN.search(phrase):
        return first, "unknown"  # "12 civilians and fighters": a mixed group
    if side == "unknown" and len(matches) > 1 and matches[1].side != "unknown":
        first = matches[1]
        side = first.side
    return first, side


def _is_count(work: str, q: Quantity, sent_start: int) -> bool:
    after = work[q.end: q.end + 30]
    before = work[max(sent_start, q.start - 14): q.start]
    if _MONTH_NEAR.match(after) or _MONTH_BEFORE.search(before):
        return False
    if re.fullmatch(r"(?:19|20)\d\d", q.text.strip()) or re.match(r"^\s*[/:]\d", after) or re.search(r"[\d/#$]$", before):
        return False
    if re.search(r"[A-Za-z]\s*,\s*$", before) and re.match(r"\s*(?:,|\)|years?\b|-year)", after) and q.text.strip().isdigit():
        return False  # an age after a name ("Jaber, 11, and ...")
    if re.search(r"\(\s*[\w-]+\s*$", before) and re.match(r"\s*\)", after):
        return False  # a number inside a name in brackets ("(Kurdistan 24)")
    word = q.text.strip().lower().split()[-1]
    if word in ("a", "an", "both", "one", "single", "another") and not re.match(rf"^\s*(?:[\"'“”]?[\w-]+[\"'“”]?\s+){{0,3}}?(?:{_PERSON})\b", after, re.I):
        return False
    if re.match(r"^\s*(?:of\s+(?:whom|them|which|those|these)|another)\b", after, re.IGNORECASE):
        return bool(re.search(r"(?:killed|killing|injured|injuring|wounded|wounding)\s*$", before, re.IGNORECASE)
                    or re.match(r"\s*of\s+(?:them|whom)\s+(?:were\s+|was\s+|later\s+|have\s+)?(?:died|killed|succumbed|injured|wounded)",
                                after, re.IGNORECASE))
    return True


def _role(work: str, q: Quantity, left_from: int, group_end: int, limit: int) -> tuple[str | None, bool]:
    left = work[max(left_from, q.start - 60): q.start]
    if _LEFT_INJURE.search(left):
        return INJURED, False
    if _LEFT_KILL.search(left) and not re.search(r"\b(?:left|leaving)\s*$", left, re.I):
        return KILLED, False
    rose = bool(_LEFT_ROSE.search(left)) and bool(_TOLL_WORD.search(work[max(left_from, q.start - 160): q.start]))
    m = _RIGHT_ROLE.match(work, group_end, limit)
    if m is not None and not m.group("both"):
        return (KILLED if m.group("kill") else INJURED), rose
    if rose:
        before = work[max(left_from, q.start - 120): q.start].lower()
        death = max(before.rfind(w) for w in ("toll", "killed", "dead", "death", "fatalit", "lives", "victims"))
        injury = max(before.rfind(w) for w in ("injur", "wounded"))
        return (INJURED if injury > death else KILLED), True
    return None, False


_COMBATANT_NOUN = re.compile(r"\b(?:fighters|combatants|members|soldiers|militants|gunmen|militiamen)\b", re.IGNORECASE)
_DESCRIPTIVE = re.compile(r"-backed|\bpro-|\bloyal|\bIran|\bproxy|-affiliated|-linked", re.IGNORECASE)
_GENERIC_MEMBER = re.compile(r"\b(?:members?|fighters?|militants?|elements?|militiamen|personnel|troops|operatives?)\b", re.I)
_COORDINATED = re.compile(r"(?:\s+(?!were\b|was\b|killed|injured|wounded|dead|died)[\w'-]+){0,6}\s*(?:,|and|,\s*and)?\s*")
_SUBJECT_VERB = re.compile(r"\s*(?:\w+\s+){0,2}?(?:attacked|launched|fired|shelled|targeted|carried\s+out|killed|ambushed|executed|"
                           r"stormed|bombed|struck|hit|opened|detonated|planted|shot|assassinated|raided|pounded|kills?|attacks?)\b", re.I)
_NON_PERSON = re.compile(r"(?:\s*[\w'-]+){0,3}?\s+(?:attacks?|operations?|air\s?strikes?|strikes?|raids?|ambush(?:es)?|bombings?|"
                         r"explosions?|incidents?|vehicles?|cars?|days?|hours?|villages?|towns?|shells?|rockets?|missiles?|drones?|"
                         r"positions?|sites?|checkpoints?|times?|kilometers?|km)\b", re.IGNORECASE)
_AFFILIATION = re.compile(r"\s+(?:of|in|from|within|belonging\s+to|affiliated\s+(?:with|to)|loyal\s+to)\s+(?:the\s+)?(?=[\"“]?[A-Z\w])")
_PAREN_VERB = re.compile(r"\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b[^;.]{0,160}?,?(?=\s+(?:were|was|have|had|are)\s)",
                         re.IGNORECASE)
_PAREN = re.compile(r"\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b[^;.]{0,140}?(?:,|(?=\s+(?:were|was|have|had|are)\s)|(?=[.;])|$)",
                    re.IGNORECASE)


_PRONOUN = re.compile(r"\b(?:killing|killed|kill|kills|shot\s+dead|shot\s+and\s+killed|assassinated|assassinating|executed|executing)\s+"
                      r"(?P<who>him|her)\b", re.IGNORECASE)


def _pronoun_mentions(work: str, start: int, end: int) -> list[Mention]:
    """"... opened fire on a collaborator, killing him": one person killed, of the side the sentence gives the victim."""
    out = []
    for m in _PRONOUN.finditer(work, start, end):
        q = Quantity(1, Qualifier.EXACT, m.start("who"), m.end("who"), m.group("who"))
        out.append(Mention(KILLED, q, None, q.end, q.end, generic=True))
    return out


def find_mentions(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None = None,
                  default_role: str | None = None) -> list[Mention]:
    """Casualty mentions in work[start:end], in text order, breakdowns linked to their parents."""
    quantities = [q for q in find_quantities(work[start:end], start) if _is_count(work, q, start)]
    mentions: list[Mention] = []
    pending: list[tuple[Quantity, int]] = []
    left_from = start
    for i, q in enumerate(quantities):
        g_end = _group_end(work, q.end, quantities[i + 1].start if i + 1 < len(quantities) else end)
        paren = _PAREN_VERB.match(work, g_end, end) or _PAREN.match(work, g_end, end)
        role_from = paren.end() if paren else g_end
        limit = next((r.start for r in quantities[i + 1:] if r.start >= role_from), end)
        parent = _parent_of(work, q, mentions, start)
        left = work[max(left_from, q.start - 60): q.start]
        coordinated = (parent is None and bool(mentions) and not _LEFT_KILL.search(left) and not _LEFT_INJURE.search(left)
                       and re.fullmatch(r"\s*(?:,|and|,\s*and|as\s+well\s+as|along\s+with|in\s+addition\s+to)?\s*",
                                        work[mentions[-1].group_end:q.start]) is not None)
        if parent is not None:
            role: str | None = mentions[parent].role
            rose = False
        elif coordinated:
            role, rose = mentions[-1].role, False  # "killing six Iranians and three Syrian fighters"
        else:
            role, rose = _role(work, q, left_from, role_from, limit)
        group = work[q.end:g_end]
        if role is None and default_role and (_PERSON_RE.search(group) or lexicon.find(work, q.end, g_end, on)):
            role = default_role
        directly = bool(re.match(r"\s*(?:were|was|have\s+been|had\s+been)?\s*(?:killed|dead|died|injured|wounded|fatalities|deaths)\b",
                                 work[q.end:limit], re.I))
        bare = not group.strip() and role is not None and parent is None and bool(re.match(r"\s*(?:[.,;]|and\b|$)", work[g_end:end]))
        personal = bool(_PERSON_RE.search(group) or directly or rose or bare or lexicon.find(work, q.end, g_end, on))
        if personal and _NON_PERSON.match(group) and not _PERSON_RE.search(group):
            personal = False  # "in 25 ISIS attacks": a count of events, not of people
        if role is None or not personal:
            if personal and parent is None and _COORDINATED.fullmatch(work[g_end:limit]):
                pending.append((q, g_end))  # "leaving 4 SDF fighters and 6 ISIS members dead": role comes later
            else:
                pending = []
            left_from = max(left_from, q.end)
            continue
        for p_q, p_end in pending:
            mentions.append(_mention(work, lexicon, on, role, p_q, p_end, None, None, False))
        pending = []
        mention = _mention(work, lexicon, on, role, q, g_end, paren, parent, rose)
        if mention.rose and mention.side is None:  # "the number of civilian fatalities rose to ten"
            named = [a for a in lexicon.find(work, max(start, q.start - 80), q.start, on)
                     if not re.search(r"\bby\s+(?:the\s+)?$", work[max(start, a.start - 8):a.start])]
            if named:
                mention = replace(mention, side=named[-1].side, actor=named[-1].actor.name, generic=False)
        if mention.side is None and default_role:
            mention = _side_from_line(mention, work, g_end, limit, lexicon, on)
        mentions.append(mention)
        left_from = max(left_from, g_end)
    if not mentions:
        return _pronoun_mentions(work, start, end)
    return _inherit_sides(_nearest_actor_side(mentions, work, start, lexicon, on), work)


def _mention(work: str, lexicon: ActorLexicon, on: date | None, role: str, q: Quantity, g_end: int,
             paren: re.Match[str] | None, parent: int | None, rose: bool) -> Mention:
    actor, side = _side_of(lexicon, work, q.end, g_end, on)
    if side is None and paren is not None and not find_quantities(paren.group(0)):
        actor, side = _side_of(lexicon, work, paren.start(), paren.end(), on)
    affiliation = _AFFILIATION.match(work, g_end) if side is None else None
    if affiliation is not None:  # "a commander in the Turkish-backed faction of Sultan Murad"
        actor, side = _side_of(lexicon, work, affiliation.end(), min(len(work), affiliation.end() + 60), on)
    label = next((name for pattern, name in _LABELS if pattern.search(work[q.end:g_end])), None)
    return Mention(role, q, side, q.end, g_end, actor.actor.name if actor else None,
                   actor.actor.nationality if actor else None, label, parent, rose, side is None)


def _side_from_line(m: Mention, work: str, g_end: int, limit: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """A statistics line ("20 members of formations operating in SDF-held areas"): the group named later on the line."""
    stop = re.search(r"\b(?:including|among)\b", work[g_end:limit], re.IGNORECASE)
    limit = g_end + stop.start() if stop else limit
    found = [a for a in lexicon.find(work, g_end, limit, on)
             if a.side != "unknown" and not re.search(r"\bby\s+(?:the\s+)?$", work[max(g_end, a.start - 8):a.start])]
    if not found:
        return m
    return replace(m, side=found[0].side, actor=found[0].actor.name, nationality=found[0].actor.nationality)


def _parent_of(work: str, q: Quantity, mentions: list[Mention], start: int) -> int | None:
    """The mention that ``q`` breaks down ("including 2 Russians", "... and 9 Iranians"), if any."""
    if not mentions:
        return None
    last = mentions[-1]
    if _BREAKDOWN.search(work[max(start, q.start - 70): q.start]):
        parent = len(mentions) - 1
        while mentions[parent].parent is not None:
            parent = mentions[parent].parent or 0
        return parent
    between = work[last.group_end:q.start]
    if last.rose and last.parent is None and re.fullmatch(r"\s*[;:]\s*", between):
        return len(mentions) - 1  # "the toll rose to three; a civilian and two fighters"
    if last.parent is not None and re.fullmatch(r"\s*(?:and|as\s+well\s+as|,|,?\s*in\s+addition\s+to)?\s*", between):
        return last.parent
    subset = any(pattern.match(work, q.end, q.end + 25) or pattern.search(work[q.end:q.end + 25]) for pattern, _ in _LABELS)
    if last.parent is not None and subset and re.fullmatch(r"\s*,\s*and\s*", between):
        return last.parent  # "..., including 193 children, and 106 women"
    return None


def _nearest_actor_side(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """Members/fighters with no side named take the nearest group named before them in the sentence."""
    out = []
    for m in mentions:
        if m.side is None and _GENERIC_MEMBER.search(work[m.group_start:m.group_end]):
            before = [a for a in lexicon.find(work, start, m.quantity.start, on)
                      if a.side not in ("civilians", "unknown") and not re.search(r"\bby\s+(?:the\s+)?$", work[max(start, a.start - 8):a.start])
                      and not _SUBJECT_VERB.match(work, a.end)]
            if before:
                m = replace(m, side=before[-1].side, actor=before[-1].actor.name, nationality=before[-1].actor.nationality)
        out.append(m)
    return out


def _inherit_sides(mentions: list[Mention], work: str) -> list[Mention]:
    """"others", "members" without a named side take the side of the figure before them in the sentence."""
    out: list[Mention] = []
    for m in mentions:
        if m.side is None and out:
            before = [p for p in out if p.side is not None and p.parent is None]
            if before and re.search(r"\bothers?\b|\bmore\b|\bmembers?\b|\bof them\b", work[m.group_start:m.group_end], re.I):
                source = before[0] if m.role != before[-1].role else before[-1]
                m = replace(m, side=source.side, actor=source.actor, nationality=source.nationality, generic=False)
        out.append(m)
    return out
