"""The side of one casualty mention as its own sentence names it, for ``casualties.find_mentions``.

* the group in the figure's noun phrase or a bracket after it, or tied to it by affiliation ("a leader of the
  Turkish-backed Hamzat division", "fighters aligned with the authorities": the regime before it fell, ``REGIME_FELL``),
  an apposition ("believed to be Iranians") or a collaborator's "working with" (``mention``);
* a group named as the doer of events ("in ISIS attacks", "by Israeli strikes") is not the dead (``is_agent``);
* a risen toll's side named before it (``ROSE_SIDE_WINDOW``), the side named after the role word ("7 were killed from
  the regime forces", "5 dead and 8 wounded among the SDF") or later on a statistics line (``resolve_side``);
* members with no side named take the nearest group named before them, or the speaker of "three of its fighters"
  (``nearest_actor_side``).

* "a mukhtar close to the regime's security services": "close to" ties as "loyal to" does
  (tests/test_extract_casualty_local_figures.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract import casualty_roles as roles
from observatory.extract.actor_jihadists import jihadist_named
from observatory.extract.actor_speaker_forces import speaks_for_doers
from observatory.extract.actor_turkey_allied import turkey_allied
from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.casualty_breakdowns import LABELS
from observatory.extract.casualty_former_latter import former_latter_side
from observatory.extract.casualty_groups import JAILS, JAILS_AFTER, side_of
from observatory.extract.casualty_hurt_adjective import noun_after_hurt
from observatory.extract.casualty_nations import names_place
from observatory.extract.casualty_place_sides import names_a_place
from observatory.extract.casualty_rises import by_agent, far_head_actor, toll_of_head
from observatory.extract.casualty_same import craft_owner
from observatory.extract.casualty_wholes import OF_THEM, part_of_them
from observatory.extract.mention_sides import (
    Mention,
)
from observatory.extract.numbers import Quantity, find_quantities

_GENERIC_MEMBER = re.compile(r"\b(?:members?|fighters?|militants?|elements?|militiamen|personnel|troops|operatives?|recruits?|trainees?|conscripts?)\b", re.I)


_SUBJECT_VERB = re.compile(r"[\"”']?\s*(?:[\w'-]+\s+){0,2}?(?:attacked|launched|fired|shelled|targeted|carried\s+out|killed|ambushed|execute[sd]|"
                           r"stormed|bombed|struck|hit|opened|detonated|planted|shot|assassinated|raided|pounded|kills?|attacks?|said|says|announced|"
                           r"claimed|reported|stated|arrested|captured)\b", re.I)


#: The verb after a group in the passive ("an SDF patrol was targeted with an IED"): the group is the one hit, not the doer.
_PASSIVE_HARM = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:attacked|shelled|targeted|ambushed|stormed|bombed|struck|hit|shot|"
                           r"raided|pounded)$", re.I)


def _doer(work: str, a: ActorMatch, found: list[ActorMatch]) -> bool:
    """Whether the group is the subject of a verb of doing ("ISIS cells attacked"), not of one it suffered ("a regime
    convoy was ambushed"); a sufferer whose attacker the sentence names after "by" ("SDF fighters were attacked by ISIS
    cells, and they repelled the assault, killing four of them") is left out as a doer is: whose men died is unclear."""
    hit = _SUBJECT_VERB.match(work, a.end)
    if hit is None:
        return False
    return _PASSIVE_HARM.search(work, a.end, hit.end()) is None or any(b.start > a.end and _by_named(work, b, a.end) for b in found)


#: "by" after a word of holding ("a cave used by HTS", "an area used as a base by HTS", "a post manned by the SDF"):
#: the group holds the place, no doer.
_BY_DOER = re.compile(r"(?<!\bused\s)(?<!\bbase\s)(?<!\bheld\s)(?<!\bmanned\s)(?<!\boccupied\s)(?<!\bcontrolled\s)(?<!\boperated\s)"
                      r"\bby\s+(?:the\s+)?[\"“]?$")


def _by_named(work: str, a: ActorMatch, start: int) -> bool:
    """Whether the group is named right after "by" ("by ISIS cells", "by the 'Hamza' division"), not as the holder of
    a place ("a cave used by HTS": round 65)."""
    return _BY_DOER.search(work, max(start, a.start - 9), a.start) is not None


_AFFILIATION = re.compile(r"\s+(?:of|in|from|within|belonging\s+to|affiliated\s+(?:with|to)|loyal\s+to)\s+(?:the\s+)?(?=[\"“]?[A-Z\w])")


_APPOSITION = re.compile(r"\s*,\s*(?:who\s+(?:were|was|are|is)\s+)?(?:believed|said|reported|thought|suspected|presumed|identified)\s+"
                         r"(?:to\s+(?:be|have\s+been)\s+|as\s+)(?:the\s+)?(?:members?\s+of\s+)?(?:the\s+)?", re.IGNORECASE)


#: An adjective that ties a group to the one named after it ("fighters aligned with the government", "loyal to").
_ALIGNED = re.compile(r"\b(?:aligned|allied|affiliated|associated|loyal|linked|close)\s*$", re.IGNORECASE)


#: The state itself, named without a force: its forces are the regime's (before 8 December 2024).
_STATE = re.compile(rf"(?:Syrian\s+|Damascus\s+)?(?:government|authorities|regime|state)\b(?!-|{JAILS})",
                    re.IGNORECASE)  # (not "in regime prisons": the jailer)


REGIME_FELL = date(2024, 12, 8)


_COLLABORATOR = re.compile(r"(?:collaborat\w*|\bagents?|\binformants?|\bworking|\bdealing|\bcooperat\w*)$", re.IGNORECASE)


_WORKING_WITH = re.compile(r"[\"”']?\s+(?:working\s+|dealing\s+|cooperating\s+)?(?:with|for)\s+(?:the\s+)?(?=[\"“]?[A-Z\w])", re.IGNORECASE)


#: A group named as the doer of events ("killed in ISIS attacks", "by Turkish drone strikes"): not the dead.
AGENT_OF_EVENTS = re.compile(r"(?:\s+(?:air|drone|artillery|rocket|missile|aerial|ground|mortar)\s+(?:and|or)\s+[\w'-]+|\s+[\w'-]+)?"
                              r"\s+(?:attacks?|strikes?|airstrikes?|shelling|bombardment|drones?|operations?|"
                              r"ambush(?:es)?|raids?|offensive|assaults?|bombings?|escalation|campaigns?|incursions?|"
                              r"invasion|onslaught|advance|bombing\s+campaign|"
                              # ("died under torture in regime prisons": the jailer, not the dead; round 70)
                              r"prisons?|jails?|detention|dungeons|custody)\b", re.IGNORECASE)


_EVENT_ALIAS = re.compile(r"(?:strikes?|airstrikes?|warplanes|jets|drones?|artillery|helicopters|shelling|missiles?)$", re.IGNORECASE)


def is_agent(work: str, a: ActorMatch) -> bool:
    """Whether a group is named as the doer of events ("in ISIS attacks", "by Israeli strikes"), so not the dead."""
    return bool(AGENT_OF_EVENTS.match(work, a.end) or _EVENT_ALIAS.search(a.alias))


#: How far before a risen toll its side may be named ("One of the injured civilians has succumbed ..., bringing the toll to 5").
ROSE_SIDE_WINDOW = 80


def resolve_side(mention: Mention, work: str, start: int, g_end: int, limit: int, lexicon: ActorLexicon, on: date | None,
                  default_role: str | None) -> Mention:
    """A side named before a risen toll, after the role word, or later on a statistics line."""
    q = mention.quantity
    if mention.rose and mention.side is None:  # "the number of civilian fatalities rose to ten"
        named = [a for a in lexicon.find(work, max(start, q.start - ROSE_SIDE_WINDOW), q.start, on)
                 if not by_agent(work, start, a) and not is_agent(work, a)
                 and not roles.qualifies_nationality(work, a) and not names_a_place(work, a)]
        who = roles.wounded_who_died(work, start, q.start, lexicon, on) or toll_of_head(work, start, q.start, lexicon, on) \
            or (named[-1] if named else None) or far_head_actor(work, start, q.start, lexicon, on)
        if who is not None:
            mention = replace(mention, side=who.side, actor=who.actor.name, generic=False)
    if mention.side is None:
        mention = _side_after_role(mention, work, g_end, limit, lexicon, on)
    if mention.side is None and default_role:
        mention = _side_from_line(mention, work, g_end, limit, lexicon, on)
    return mention


def mention_of(work: str, lexicon: ActorLexicon, on: date | None, role: str, q: Quantity, g_end: int,
             paren: re.Match[str] | None, parent: int | None, rose: bool) -> Mention:
    actor, side = side_of(lexicon, work, q.end, g_end, on)
    hurt_noun = noun_after_hurt(work, q.end, g_end)
    if side is None and hurt_noun is not None:  # "17 wounded soldiers": the noun after the role word names their side
        named, named_side = side_of(lexicon, work, hurt_noun[0], hurt_noun[1], on)
        if named_side not in (None, "unknown"):  # ("five injured people": no side; the sentence's context gives it)
            actor, side = named, named_side
    if side is None and paren is not None and not find_quantities(paren.group(0)):
        actor, side = side_of(lexicon, work, paren.start(), paren.end(), on)
    # a plain person ("two men") may be tied to a group after the noun: "two men affiliated with ISIS"
    plain = side is None or side == "unknown" and actor is not None and actor.alias.lower() in GENERIC_ALIASES
    affiliation = _AFFILIATION.match(work, g_end) if side is None else None
    if plain and affiliation is None:
        affiliation = _APPOSITION.match(work, g_end)  # "three foreign nationals, believed to be Iranians,"
    if plain and affiliation is None and _ALIGNED.search(work, q.end, g_end):
        affiliation = re.compile(r"\s+(?:with|to)\s+(?:the\s+)?").match(work, g_end)  # "fighters aligned with the authorities"
    if plain and affiliation is None and _COLLABORATOR.search(work[q.end:g_end].rstrip(" \"”'")[-16:]):
        affiliation = _WORKING_WITH.match(work, g_end)  # "a 'collaborator' with Iranian-backed militias"
    if affiliation is not None:  # "a leader of the Turkish-backed Hamzat division"
        stop = re.compile(r"[,;.()]|\s(?:were|was|in|by|and)\s").search(work, affiliation.end(), affiliation.end() + 60)
        tied, tied_side = side_of(lexicon, work, affiliation.end(), stop.start() if stop else min(len(work), affiliation.end() + 60), on)
        if tied is not None and is_agent(work, tied):
            tied, tied_side = None, None  # "three of its fighters in ISIS attacks": the doer of the attacks, not their group
        if tied_side is None and _STATE.match(work, affiliation.end()) and (on is None or on < REGIME_FELL):
            tied_side = "regime"  # "fighters aligned with the government": Damascus's forces (before the regime fell)
        if tied_side is not None and tied_side != "unknown" or side is None:
            actor, side = tied, tied_side
    if side == "hts_rebels" and turkey_allied(work, q.end, g_end):
        side = "turkey_factions"  # "271 Syrian rebels fighting alongside Turkey" (``actor_turkey_allied``)
    words = work[q.end:g_end] if hurt_noun is None else work[hurt_noun[0]:hurt_noun[1]]
    label = next((name for pattern, name in LABELS if pattern.search(words)), None)
    return Mention(role, q, side, q.end, g_end, actor.actor.name if actor else None,
                   actor.actor.nationality if actor else None, label, parent, rose, side is None)


_FROM_SIDE = re.compile(r"\s*(?:(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|injured|wounded|dead|fatalit(?:y|ies)|deaths?|injur(?:y|ies)|martyrs)\s+(?:from|of|among|amongst)"
                        r"|(?=\s+among))\s+(?:the\s+)?"
                        r"(?:ranks\s+of\s+(?:the\s+)?)?", re.IGNORECASE)


#: "the clashes left five dead and eight wounded among the SDF": both figures are of the group named after the second.
_DEAD_AND_HURT_AMONG = re.compile(r"\s*(?:dead|killed|fatalities|deaths)\s+and\s+(?:at\s+least\s+)?[\w-]+\s+(?:injured|wounded|injuries)\s+"
                                  r"(?:among|amongst|from|in\s+the\s+ranks\s+of)\s+(?:the\s+)?", re.IGNORECASE)


def _side_after_role(m: Mention, work: str, g_end: int, limit: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"7 were killed from the regime forces": the group is named after the role word."""
    hit = _FROM_SIDE.match(work, g_end, limit) or _DEAD_AND_HURT_AMONG.match(work, g_end)  # "3 dead and 10 injured among X"
    if hit is None:
        return m
    limit = max(limit, min(len(work), hit.end() + 60))
    stop = re.compile(r"[,;.]|\s(?:in|by|during|near|when|while|after)\s").search(work, hit.end(), hit.end() + 60)
    actor, side = side_of(lexicon, work, hit.end(), stop.start() if stop else min(limit, hit.end() + 60), on)
    if side is None or actor is None:
        return m
    return replace(m, side=side, actor=actor.actor.name, nationality=actor.actor.nationality, generic=False)


def _side_from_line(m: Mention, work: str, g_end: int, limit: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """A statistics line ("20 members of formations operating in SDF-held areas"): the group named later on the line."""
    stop = re.search(r"\b(?:including|among)\b", work[g_end:limit], re.IGNORECASE)
    limit = g_end + stop.start() if stop else limit
    bare = not work[m.quantity.end:m.group_end].strip()
    found = [a for a in _not_agents(work, g_end, lexicon.find(work, g_end, limit, on), foe=bare) if a.side != "unknown"
             and not _KILLER_SUBJECT.match(work, a.end) and not JAILS_AFTER.match(work, a.end)]  # (nor "from regime prisons": the jailer)  # (", international coalition forces killed 38": the next clause's killer)
    if not found:
        return m
    return replace(m, side=found[0].side, actor=found[0].actor.name, nationality=found[0].actor.nationality)


#: A group that is the subject of its own "killed" ("ISIS killed 17, coalition forces killed 38"): who killed, not whose.
_KILLER_SUBJECT = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:has\s+|have\s+|had\s+)?killed\b", re.IGNORECASE)
#: The word before the group that killed them ("killed by the SDF"), and what joins a second killer to the first
#: ("killed by Turkish forces and factions", "by the SDF, the regime and ...").
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
#: The foe of a bare figure's fight ("73 were killed in clashes with regime forces", round 72): not whose dead (a figure
#: with a noun keeps reading the group: "14 Syrians killed in clashes with Iranian-backed militias" are their allies).
_FOE_BEFORE = re.compile(r"\b(?:clashes|fighting|battles?|confrontations|skirmishes)\s+(?:with|against)\s+(?:the\s+)?$")
_AGENT_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+|,\s*)(?:the\s+|their\s+|its\s+)?", re.IGNORECASE)


def _not_agents(work: str, g_end: int, found: list[ActorMatch], foe: bool = False) -> list[ActorMatch]:
    """The groups of ``found`` that are not who killed them: not one right after "by", nor one joined to such a
    group by "and" or a comma ("4 killed by Turkish forces and factions": both killed them)."""
    out: list[ActorMatch] = []
    agent_end = -1
    for a in found:
        if _BY_BEFORE.search(work, max(g_end, a.start - 8), a.start) or foe and _FOE_BEFORE.search(work, max(g_end, a.start - 30), a.start) \
                or agent_end >= 0 and _AGENT_JOIN.fullmatch(work, agent_end, a.start):
            agent_end = a.end
            continue
        out.append(a)
    return out


_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\b", re.IGNORECASE)


#: "..., while 14 of its own members were killed": the losses of the one who acted, told after its deed.
#: Also "..., killing three NDF members and losing two of their own": the doer's loss told by its verb.
_WHILE_OWN = re.compile(r"(?:,\s*|\s+)(?:(?:while|whereas)|(?:and\s+)?(?:losing|lost))\s+(?:at\s+least\s+|some\s+)?$", re.IGNORECASE)
_LOSING = re.compile(r"\b(?:losing|lost)\s+(?:at\s+least\s+|some\s+)?$", re.IGNORECASE)
_OWN_MEN = re.compile(r"\s+of\s+(?:its|their)\s+(?:(?:own\s+)?(?:members|fighters|men|militants|elements|ranks)|own)\s*$", re.IGNORECASE)
#: The subject's deed right after it: "The Organization also killed ...", "ISIS cells attacked ...".
_DEED = re.compile(r"\s+(?:\w+\s+)?(?:killed|attacked|ambushed|stormed|raided|shelled|targeted|executed|launched|carried\s+out|"
                   r"repelled|repulsed|thwarted|foiled)\b",
                   re.IGNORECASE)


def _own_losses_doer(work: str, start: int, m: Mention, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """"The Organization also killed six civilians ..., while 14 of its own members were killed ...": the group that
    opens the sentence with its deed, whose own men the figure counts; where the loss is told by "losing" ("...,
    killing eight soldiers and losing five of their own"), the last group told with its deed in the sentence."""
    if not _WHILE_OWN.search(work, max(start, m.quantity.start - 30), m.quantity.start) or not _OWN_MEN.match(work, m.quantity.end, m.group_end):
        return None
    found = lexicon.find(work, start, m.quantity.start, on)
    first = next(iter(found), None)
    if first is None or first.side in ("civilians", "unknown") or work[start:first.start].strip(" \"“") not in ("", "The", "the") \
            or not _DEED.match(work, first.end):
        # ("The latest attack came on Thursday, when jihadists stormed army posts, killing eight soldiers and losing five
        # of their own": the group told with its deed inside the sentence, where the loss is told by "losing")
        doers = [a for a in found if a.side not in ("civilians", "unknown") and _DEED.match(work, a.end)]
        return jihadist_named(doers[-1], work, lexicon, on) if doers and _LOSING.search(work, max(start, m.quantity.start - 30), m.quantity.start) else None
    return first


_SPEECH = re.compile(r"\)?\s*(?:\([^()]{1,40}\)\s*)?(?:\w+\s+){0,2}?(?:said|says|announced|announces|confirmed|confirms|admitted|admits|mourned|mourns|"
                     r"acknowledged|acknowledges|reported|told|tells|stated|states|blamed|blames)\b", re.IGNORECASE)


#: The speaker's own deed right before the figure: "the Asayish announced the dismantling of an ISIS cell, killing two of
#: its members" (the cell's members, killed by the speaker).
_SPEAKER_DEED = re.compile(r",\s*(?:killing|wounding|injuring|capturing|arresting)\s+(?:at\s+least\s+)?$", re.IGNORECASE)


def _speaker_owns(work: str, speaker: ActorMatch, m: Mention) -> bool:
    """Whether "its" of a figure is the speaker's: not where the figure is the object of the speaker's own deed told
    by a participle after its clause (round 59)."""
    return _SPEAKER_DEED.search(work, max(speaker.end, m.quantity.start - 30), m.quantity.start) is None


def _generic_only(work: str, m: Mention, lexicon: ActorLexicon, on: date | None) -> bool:
    """The figure's own words name no group but a generic noun ("two of its soldiers")."""
    found = lexicon.find(work, m.quantity.end, m.group_end, on)
    return bool(found) and all(a.alias.lower() in GENERIC_ALIASES for a in found)


#: The group a source belongs to ("A military source from the government forces told ... that two of them died"): the
#: teller's, not the people counted (round 72).
_SOURCE_OF = re.compile(r"\bsources?\s+(?:[\w-]+\s+){0,2}?(?:from|in|within|inside|of|close\s+to)\s+(?:the\s+)?[\"“]?$", re.I)


def nearest_actor_side(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """Members/fighters with no side named take the nearest group named before them in the sentence."""
    out = []
    taken = [(p.quantity.start, p.group_end) for p in mentions if p.side is not None]
    for m in mentions:
        doer = _own_losses_doer(work, start, m, lexicon, on) if _OF_ITS.match(work, m.quantity.end) else None
        if doer is None and m.side is None:
            doer = former_latter_side(m, work, start, lexicon, on)  # "leaving four of the former and three of the latter dead"
        if doer is not None:  # "..., while 14 of its own members were killed in Russian airstrikes": the doer's, whatever read
            m = m.named(doer)
        elif (m.side is None or _generic_only(work, m, lexicon, on)) and _OF_ITS.match(work, m.quantity.end):  # "the SDF said that three of its fighters were killed"
            speaker = next((a for a in lexicon.find(work, start, m.quantity.start, on) if _SPEECH.match(work, a.end)), None)
            if speaker is not None and speaker.side not in ("civilians", "unknown") and _speaker_owns(work, speaker, m):
                m = m.named(speaker)
        m = part_of_them(m, mentions, work)  # "two ISIS members, one of them a leader": the whole's side
        if m.side is None and (_GENERIC_MEMBER.search(work[m.group_start:m.group_end]) or OF_THEM.match(work, m.quantity.end, m.group_end + 1)):
            found = lexicon.find(work, start, m.quantity.start, on)
            before = [a for a in found
                      if a.side not in ("civilians", "unknown") and not _by_named(work, a, start)
                      and not _doer(work, a, found) and not is_agent(work, a) and not names_place(work, a) and not craft_owner(work, a)
                      and not speaks_for_doers(work, a.end, m.quantity.start)  # ("the SDF said its fighters killed three of the militants")
                      and _SOURCE_OF.search(work, max(start, a.start - 60), a.start) is None
                      and not any(s <= a.start < e for s, e in taken)]
            if before:
                m = replace(m, side=before[-1].side, actor=before[-1].actor.name, nationality=before[-1].actor.nationality)
        out.append(m)
    return out
