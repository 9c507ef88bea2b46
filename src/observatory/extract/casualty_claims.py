"""A party's own account of a toll the text has already given from the monitor.

SCHEMA: figures attributed to a claimant (ISIS/Amaq, HTS, the SDF, a ministry, state media) are labeled as stated, but where
two sources conflict the monitor's figure is used and the claim is only noted. A claim is read here as a clause opened by
"claimed that", "alleged", or a claimant ("state news agency", "Amaq", "defence ministry", a health authority, a local
council, the civil defence; a party's statement or media centre) that said, quoted or reported, or "gave a higher/different toll";
its figures are dropped when the text gave a figure for the same role and the same side (or the claim names no side:
"30 terrorists", "15 people"; or the text's figure is vague, of people of no side: "several others were injured" before "SANA
said two soldiers were wounded") before it; "the civil defence put the death toll at 11" is a claim; the claimant may speak in a participle ("Amaq claimed the attack, saying five
... were killed"). Its figures of the other role go too when the text told that role in any form ("two soldiers were
killed and four others injured" after "several were wounded"), and stay when the text gave none. A claim of a separate deed ("its fighters responded, killing six of the
factions") names a side the text gave no figure for, and stays. A day in the possessive ("the toll of Friday's
bombardment") names the event told, so the claim is not dated apart. (tests/test_extract_casualty_party_statements.py)
a party's statement ("the SDF said in a statement", "its media centre said") is a claim unless the monitor speaks; the same
figure said again is no conflict; a claimed figure of a side the text gave none for ("killing four of the assailants") stays.
(tests/test_extract_casualty_claimed_militants.py) fighters a claim names by a bare noun ("killing more than 30
militants", "25 gunmen") are of no side it gives, so they conflict with the monitor's toll like "30 terrorists"; a news
outlet, site, newspaper or broadcaster (a radio, a television channel) that says or puts a toll is a claimant too
("Local outlet X put the death toll at nine", tests/test_extract_casualty_outlet_toll.py).
(tests/test_extract_casualty_monitor_confirmed.py) "X said it killed three ISIS members, while SOHR
confirmed the deaths of two": the monitor's figure after a claim in one sentence wins (``monitor_confirmed``), also
"while the Observatory put the number at three" (tests/test_extract_casualty_monitor_put_number.py). The Local
Coordination Committees, an activist network, rescuers, medics and hospital sources are claimants too
(tests/test_extract_casualty_claimant_activists_rescuers.py).
``without_claims`` runs the claim passes of one sentence for ``casualties.find_mentions``.

A party's claim in a "while" clause after the monitor's figure ("..., according to SOHR sources, while the SDF media
centre said ...") is a claim (tests/test_extract_casualty_claim_after_while.py).

Anyone but the monitor who puts a toll, its own losses or the number of dead at a figure is a claimant, and a toll of
no victims named ("put the toll at 40 and blamed the YPG") has no side to keep it apart; the monitor that "gave a
higher toll" is no claimant (``casualty_party_tolls``, tests/test_extract_casualty_party_tolls.py).

A claimant's bare fighters conflict with the toll told before whatever side the nearest name lent them ("The Turkish
Ministry of National Defence said it ... killed 25 militants": the militants are not Turkey's); a source said to give "a
different account" of the event gives its own count of the dead told before, of whatever side, where it counts more
than one (tests/test_extract_round57_readings.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from observatory.extract import casualty_roles as roles
from observatory.extract.casualty_claimed_deed import deed_elsewhere
from observatory.extract.casualty_denied_claims import without_denied
from observatory.extract.casualty_party_tolls import bare_toll, monitor_gave, party_toll
from observatory.extract.casualty_quoted_claims import quoted_claim
from observatory.extract.casualty_separate_claims import told_apart
from observatory.extract.casualty_source_rise import own_source_rise
from observatory.extract.casualty_tally_claims import tally_of_events
from observatory.extract.dates import MONTH_NAMES
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import INJURED, Mention
from observatory.extract.numbers import find_quantities
from observatory.extract.segment import is_total
from observatory.extract.text import MONITOR, headline_end, stop_before

#: A clause that reports someone else's account of the toll; "claimed responsibility" is not a figure claimed.
_CLAIM_VERB = re.compile(r"\b(?:claim(?:ed|s|ing)?(?!\s+(?:responsibility|the\s+li(?:fe|ves)))|alleg(?:es|ing)|alleged\s+that)\b",
                         re.IGNORECASE)
_CLAIMANT = re.compile(r"\b(?:SANA|Amaq|Amjad|state[\s-]+(?:run\s+)?(?:news\s+agency|media|television|TV)|official\s+news\s+agency|"
                       r"(?:defen[cs]e|interior|health)\s+ministry|ministry\s+of\s+(?:national\s+)?(?:defen[cs]e|interior|health)|"
                       r"(?:health|medical)\s+(?:authority|authorities|directorate|officials?|boards?|committees?|departments?)|local\s+council|civil\s+defen[cs]e|"
                       r"White\s+Helmets|Red\s+Crescent|(?:news\s+|media\s+)?outlets?|news\s+(?:web)?site|newspaper|broadcaster|radio|"
                       r"(?:television|TV)(?:\s+(?:channel|station))?|channel)\b[^.;]{0,120}?"
                       r"\b(?:said|says|saying|quoted|reported|reporting|stated|announced|put|puts|putting|gave|gives|giving|"
                       r"estimated|estimates|counted|blamed|blames|blaming)\b|"
                       r"\b(?:gave|gives|giving|put|puts|putting|cited|citing)\s+(?:an?\s+|the\s+)?(?:higher|lower|different|smaller|larger)\s+"
                       r"(?:death\s+)?(?:toll|figure|number|tally)\b", re.IGNORECASE)
#: Sources that are neither party nor monitor ("The Local Coordination Committees put the toll at eight", "a local
#: activist network", "rescuers said", "the UN's humanitarian office, OCHA, said"), tried only where one of ``_SOURCE_STEMS`` is in the folded text.
_SOURCE = re.compile(r"\b(?:Local\s+Coordination\s+Committees|LCCs?|activist\s+(?:network|group|collective)s?|rescuers|"
                     r"(?-i:UN)|United\s+Nations|OCHA|UNICEF|"
                     r"rescue\s+(?:workers|teams?)|medics|paramedics|doctors|hospital\s+(?:sources?|officials?|staff|director))\b[^.;]{0,120}?"
                     r"\b(?:said|says|saying|quoted|reported|reporting|stated|announced|put|puts|putting|gave|gives|giving|"
                     r"estimated|estimates|counted)\b", re.IGNORECASE)
_SOURCE_STEMS = ("coordination", "lcc", "activist", "rescue", "medic", "doctor", "hospital", "un", "ocha")
#: Every match of ``_CLAIMANT`` holds one of these: a claimant's name or kind, or the word a different toll is told by.
_CLAIMANT_STEMS = ("sana", "amaq", "amjad", "state", "official", "ministry", "health", "medical", "council", "civil", "helmets",
                   "crescent", "outlet", "news", "broadcaster", "radio", "television", "tv", "channel", "higher", "lower",
                   "different", "smaller", "larger")


def _claimant(work: str, start: int, end: int) -> bool:
    """Whether work[start:end] has a claimant that said or put a toll (``_CLAIMANT``, or another source: ``_SOURCE``)."""
    low = folded(work, start, end)
    return has_any(low, _CLAIMANT_STEMS) and _CLAIMANT.search(work, start, end) is not None or (
        has_any(low, _SOURCE_STEMS) and _SOURCE.search(work, start, end) is not None)


#: A party's statement ("The SDF said in a statement that ...", "its media centre said"): a claim, unless the
#: monitor is the one speaking.
_PARTY_STATEMENT = re.compile(r"\b(?:media\s+(?:cent(?:re|er)|office|wing)|(?:in|issued)\s+an?\s+(?:official\s+|written\s+)?statement|"
                              r"statement\s+(?:said|says|stated|claimed))\b", re.IGNORECASE)
_OTHERS = re.compile(r"\s*(?:[\w-]+\s+)?others?\b", re.IGNORECASE)


def _party_statement(text: str) -> bool:
    """Whether ``text`` reports a party's statement (the literal stems first: the pattern is tried on every sentence)."""
    return ("tatement" in text or "edia" in text or "TATEMENT" in text or "EDIA" in text) \
        and _PARTY_STATEMENT.search(text) is not None  # (any case of the first letter; or capitals)


_SENTENCE_OPEN = re.compile(r"(?:[.!?;]\s|\n)(?=[^.!?;\n]*$)")


#: A day of its own: a claim dated apart ("On Tuesday, state media said ...") may well be of another event.
_DATED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|" + MONTH_NAMES + r")\b(?!['’]s)")
#: (a day's own event, "the toll of Friday's bombardment", names the event told, not a day apart)


#: "One attacker was killed, according to SOHR sources, while the SDF media centre said ...": the clause after
#: "while" has a speaker of its own (tests/test_extract_casualty_claim_after_while.py).
_SPEAKER_TURNS = re.compile(r",\s*(?:while|whereas)\s+")


def _claim_opened(work: str, start: int, at: int) -> bool:
    """Whether the sentence holding ``at`` reports a claimant's account, of no day of its own, before the figure."""
    head = work[start:at]
    cut = _SENTENCE_OPEN.search(head)
    head = head[cut.end():] if cut else head
    if "while" in head or "whereas" in head:
        turn = next(reversed(list(_SPEAKER_TURNS.finditer(head))), None)
        if turn is not None and MONITOR.search(head, 0, turn.start()) and not MONITOR.search(head, turn.end()):
            head = head[turn.end():]  # "..., according to SOHR, while the SDF said": the SDF's words, not the monitor's
    return bool(_CLAIM_VERB.search(head) or _claimant(head, 0, len(head)) and not monitor_gave(head)
                or _party_statement(head) and not MONITOR.search(head)
                or party_toll(head)) and not _DATED.search(head)


#: Victims a claimant names with its own word for the enemy ("30 terrorists", "five 'apostates'"): of no side it gives.
_ENEMY_WORD = re.compile(r"^[^.;,]{0,12}?(?:[\"“”']|\b(?:terrorists?|apostates?|infidels?|mercenaries|gangs?|rafidah|pkk)\b)", re.IGNORECASE)


#: "SANA said 15 people were killed" after the monitor's "nine civilians": plain people, of any side the text told.
_PLAIN_PEOPLE = re.compile(r"^[^.;,]{0,12}?\b(?:people|persons|individuals|passengers|victims)\b", re.IGNORECASE)


#: Fighters the claim names by a bare noun ("killing more than 30 militants", "25 gunmen"): of no side the claim gives
#: (a side guessed from the nearest name would be the claimant's own).
_UNSIDED_FIGHTERS = re.compile(r"^[^.;,]{0,16}?\b(?:militants?|gunmen|fighters|insurgents|rebels|jihadists?|extremists?|"
                               r"armed\s+men|attackers|assailants)\b[\"”’']?\s*(?:[.,;]|$)", re.IGNORECASE)


_TOLL_AT = re.compile(r"\btoll\s+(?:at|to)\s+(?:at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)


def _conflicts(m: Mention, work: str, earlier: list[Mention]) -> bool:
    """Whether the text told a figure for the claim's role and side before it (any side, when the claim names the victims
    only with its own word for the enemy)."""
    words = work[m.quantity.start:m.group_end + 2]
    toll_at = m.generic and _TOLL_AT.search(work, max(0, m.quantity.start - 30), m.quantity.start) is not None
    bare = not work[m.group_start:m.group_end].strip() or toll_at  # "put the death toll at 11": a toll of no people named
    guessed = _UNSIDED_FIGHTERS.match(work[m.quantity.start:m.group_end]) is not None  # ("it killed 25 militants": any side)
    unnamed = bare_toll(m, work) or (m.side in (None, "unknown") or m.generic) and (bare or (_ENEMY_WORD.match(words) or _PLAIN_PEOPLE.match(words)) is not None) \
        or guessed or _told_otherwise(m, work)  # ("SANA gave a different account, saying ...": of any side)
    return any(p.role == m.role and (p.side == m.side or unnamed or p.side == "unknown" and p.quantity.vague)
               and (p.value != m.value or p.quantity.vague) and not _refines(p, m, work)
               for p in earlier if p.side is not None)  # (the same figure again is no conflict; "wounding dozens", then "the
    # ministry said 23 people were wounded": the count of the vague wounded, round 72)


def _refines(vague: Mention, m: Mention, work: str) -> bool:
    """Whether the claim's count of people of no side hurt is the number of wounded the text gave only vaguely, not by the
    monitor ("wounding dozens", then "the ministry said 23 people were wounded"; not "SOHR said dozens were wounded",
    then "OCHA said more than 75 were injured": the monitor's account stands; round 72)."""
    if not vague.quantity.vague or m.role != INJURED or m.side not in (None, "unknown"):
        return False
    opens = stop_before(work, vague.quantity.start)
    if _IT_SAID.match(work, opens):  # ("The Observatory said 10 were killed ... It said dozens were wounded")
        opens = stop_before(work, max(0, opens - 2))
    return MONITOR.search(work, opens, vague.quantity.start) is None


_IT_SAID = re.compile(r"\s*(?:It|He|She|They)\s+(?:also\s+)?(?:said|added|reported|noted|stated)\b")


def _told_otherwise(m: Mention, work: str) -> bool:
    """Whether a source said to tell the event otherwise ("gave a different account") gives the figure, a count of more
    than one ("wounding a policeman" names one more person hurt, not another count of the same)."""
    return m.value > 1 and _DIFFERENT.search(work, max(0, m.quantity.start - 200), m.quantity.start) is not None


#: A source said to tell the event otherwise, before its figures: "SANA gave a different account, saying that ...": its
#: figures, of whatever side, are its own count of the dead told before (tests/test_extract_round57_readings.py).
_DIFFERENT = re.compile(r"\b(?:gave|gives|giving|offered|offers|presented|had)\s+(?:a|an)\s+(?:different|conflicting|contradictory|"
                        r"differing)\s+(?:account|version|narrative|story)\b[^.;]*$", re.IGNORECASE)


def _over_a_period(work: str, at: int) -> bool:
    """The claim's figure counts over a period in its own clause ('"At least 47 camp residents have been murdered since
    the start of the year," the statement said'): where no party to the fighting gives it, a total of its own, no
    other count of the event told before (round 73)."""
    stop = _CLAUSE_END.search(work, at, at + _CLAUSE_REACH)
    return is_total(work[at:stop.start() if stop else at + _CLAUSE_REACH])


_CLAUSE_END = re.compile(r"[,.;\n\"”]")


def _sentence_end(work: str, at: int) -> int:
    stop = _SENTENCE_STOP.search(work, at)
    return stop.start() if stop else len(work)


_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)|\n")
_CLAUSE_REACH = 90


def drop_conflicting_claims(mentions: list[Mention], work: str, start: int, earlier: list[Mention]) -> list[Mention]:
    """The figures of a claim that restates, with other numbers, a toll the text already gave (see module doc): once one
    of its figures conflicts, the claim is of the same event, and its figures of any role the text already told go."""
    mentions = monitor_confirmed(mentions, work, start, earlier)
    claimed = [m for m in mentions if m.parent is None and (_claim_opened(work, start, m.quantity.start)
                                                           or not m.quantity.vague and quoted_claim(work, m.quantity.start))
               and not own_source_rise(m, work, start) and not _deed_elsewhere(work, start, m.quantity.start)
               and not (not m.quantity.vague and _over_a_period(work, m.quantity.start)
                        and not _claimant(work, start, _sentence_end(work, m.quantity.end)))]
    if not claimed or not any(_conflicts(m, work, earlier) for m in claimed):
        return mentions
    told_roles = {p.role for p in earlier}
    gone = {m.quantity.start for m in claimed if m.role in told_roles and (not _separate(m, work, earlier) or _told_otherwise(m, work))}
    return without_gone(mentions, gone)


def _deed_elsewhere(work: str, start: int, at: int) -> bool:
    """Whether the claim before ``at`` tells a deed of its own at a place not named before (``casualty_claimed_deed``)."""
    cut = _SENTENCE_OPEN.search(work, start, at)
    return deed_elsewhere(work, cut.end() if cut else start, at)


def _separate(m: Mention, work: str, earlier: list[Mention]) -> bool:
    """A claimed figure of a side the text gave no figure of that role for ("... and that its forces repelled the
    assailants, killing four of them"): the claimant's only word on that side, kept; "four others" of the
    claim's own list are not told apart."""
    if _OTHERS.match(work, m.quantity.end, m.group_end + 1) or bare_toll(m, work):
        return False
    headline = headline_end(work)  # (a title's figure the claim agrees with is no telling of the body's: "three NDF
    # gunmen killed" over "its members responded, killing three of the attackers")
    return m.side not in (None, "unknown") and not m.generic and not any(
        p.role == m.role and (p.side == m.side or p.side == "unknown" and p.quantity.vague) for p in earlier
        if p.quantity.start >= headline or p.value != m.value)


def gone_with_parents(mentions: list[Mention], i: int, gone: set[int]) -> bool:
    """Whether the figure ``i`` or any figure it is a part of (its parent, the parent's parent) is gone: a share of a
    dropped share goes with it."""
    seen: set[int] = set()
    at: int | None = i
    while at is not None and at not in seen:
        if mentions[at].quantity.start in gone:
            return True
        seen.add(at)
        at = mentions[at].parent
    return False


def without_gone(mentions: list[Mention], gone: set[int]) -> list[Mention]:
    """``mentions`` less the figures starting at a position in ``gone`` and the shares of them
    (``gone_with_parents``), the parents of those left pointing to their new places."""
    keep = [i for i, m in enumerate(mentions) if not gone_with_parents(mentions, i, gone)]
    index = {old: new for new, old in enumerate(keep)}
    return [replace(mentions[i], parent=_moved(mentions[i].parent, index)) for i in keep]


def _moved(parent: int | None, index: dict[int, int]) -> int | None:
    return None if parent is None else index[parent]


def may_claim(work: str, start: int, end: int) -> bool:
    """Cheap test: whether the span has any wording of a claim at all."""
    return bool(_CLAIM_VERB.search(work, start, end) or _claimant(work, start, end) or _party_statement(work[start:end])
                or party_toll(work[start:end]))


#: "..., while SOHR sources confirmed the deaths of two", "but the Observatory could only verify one", "while the
#: Observatory put the number at two", "but SOHR said three were killed": the monitor's own figure told after a claim in
#: the same sentence.
_MONITOR_AFTER = re.compile(r"[,;]?\s*\b(?:while|but|whereas|however|although|though)\b[^.;]{0,40}?\b(?:SOHR|Observatory|monitor)\b"
                            r"[^.;]{0,60}?\b(?:confirm|document|verif|count|record|put(?=\s+(?:the|its)\s+(?:death\s+)?(?:toll|number|figure|count)\s+at)|"
                            r"said|says|reported)\w*", re.IGNORECASE)


#: The monitor's own toll as "put the number at N" after a claim.
_PUT_AT = re.compile(r"\s+(?:the|its)\s+(?:death\s+)?(?:toll|number|figure|count)\s+at\s+", re.IGNORECASE)


def _monitor_put_at(work: str, at: int, claims: list[Mention]) -> Mention | None:
    """The figure the monitor "put the number at" (``at`` is where "put" ends), of the role and side of the claim's last
    sided figure; None when there is no such figure or claim (a figure of no side yet would leave the monitor's unsided)."""
    hit = _PUT_AT.match(work, at)
    source = next((c for c in reversed(claims) if c.side is not None), None)
    if hit is None or source is None:
        return None
    q = next(iter(find_quantities(work[hit.end():hit.end() + 30], hit.end())), None)
    if q is None or q.start != hit.end():
        return None
    return replace(source, quantity=q, group_start=q.end, group_end=q.end, parent=None, rose=False)


def _monitor_after(work: str, start: int, mentions: list[Mention]) -> re.Match[str] | None:
    """The first "while the Observatory confirmed/put ..." of the sentence (up to a little after its last figure: the
    monitor's own may come after the claim's last figure)."""
    stop = mentions[-1].group_end + 80 if mentions else start
    return next((h for h in _MONITOR_AFTER.finditer(work, start, min(len(work), stop))), None)


def monitor_confirmed(mentions: list[Mention], work: str, start: int, earlier: list[Mention]) -> list[Mention]:
    """"The SDF said its forces killed three ISIS members, while SOHR confirmed the deaths of two": the monitor's figure
    is the incident's; the claim's figure of that role goes, and the monitor's, given as a bare number, is of the side
    the claim names (or of the same figure told before: "two ISIS members were killed ... SOHR could only confirm the
    death of two")."""
    hit = _monitor_after(work, start, mentions)
    if hit is None or not _claim_opened(work, start, hit.start()):
        return mentions
    claims = [m for m in mentions if m.parent is None and m.quantity.start < hit.start()]
    own = [m for m in mentions if m.parent is None and m.quantity.start >= hit.end()]
    if not own and (put := _monitor_put_at(work, hit.end(), claims)) is not None:  # "while SOHR put the number at two"
        mentions, own = [*mentions, put], [put]
    if not own or any(m.parent is not None for m in mentions):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.quantity.start < hit.start():
            if not any(o.role == m.role for o in own):
                out.append(m)  # the claim's figure of a role the monitor gave none for stays
            continue
        if not work[m.group_start:m.group_end].strip():  # a bare number: any side it has is a guess
            source = next((c for c in reversed(claims) if c.role == m.role and c.side is not None), None) or next(
                (p for p in reversed(earlier) if p.role == m.role and p.value == m.value and p.side not in (None, "unknown")), None)
            m = m if source is None else replace(m, side=source.side, actor=source.actor, nationality=source.nationality)
        out.append(m)
    return out


def without_claims(mentions: list[Mention], work: str, span: tuple[int, int], told: Callable[[], list[Mention]]) -> list[Mention]:
    """A sentence's figures less a claimant's figures for a side the text gave before (``casualty_roles.alleged``) and the
    figures of another source that conflict with the monitor's told before ("SANA said two soldiers were killed");
    ``told`` gives the figures of the sentences before, read only where the sentence may hold a claim."""
    start, end = span
    if told_apart(work[start:end]):  # "Separately, Amaq claimed ...": another event (``casualty_separate_claims``)
        return mentions
    if any(roles.alleged(m, work) for m in mentions):
        mentions = roles.drop_claims_told_before(mentions, work, told())
    if mentions and (may_claim(work, start, end) or '"' in work[start:end]) and not tally_of_events(work[start:end]):  # (a quoted speaker: casualty_quoted_claims)
        mentions = drop_conflicting_claims(mentions, work, start, told())
    if mentions and may_claim(work, start, end):  # a claim after the monitor's "left no casualties" (``casualty_denied_claims``)
        mentions = without_denied(mentions, work, start)
    return mentions
