"""Casualties written without a number: "killing him", "injuring his mother", "killing the driver", "killing HTS
member", "a regime lieutenant and private were killed", "two fighters and the civilian who was driving",
"a man killed his sister" (a murder in the family: of no side), "...; he survived with injuries" (the one the
attack was aimed at); "shot dead the mukhtar of the town" (a local office: ``casualty_local_office``, tests in
tests/test_extract_casualty_local_office_killed.py); "killing a commander ... along with his companion", "and his companion, whose
identity is not known" (counted, of no side the text gives, tests/test_extract_casualty_companion_killed.py) (used by ``casualties``).

(tests/test_extract_casualty_kin_pair.py) "injuring his wife and son" counts two.
"the death of a boy and the injury of his father": the noun read as "injuring his father"
(tests/test_extract_casualty_injury_of_kin.py).

(tests/test_extract_casualty_kin_own_clause.py) a kin in a clause of his own: "while his son, who was with him, was
injured" (an apposition before the verb), "Her teenage daughter was wounded" at the head of a sentence (counted only
where his side is known: a lead-less kin of no shown side is ``Mention.kin``, a civilian only in an incident whose dead
are all civilians, hurt of unknown side otherwise, a killed one left out), "the victim's brother"; "killing one of them and wounding the other" (one more
of the same people).

(tests/test_extract_casualty_kin_named_after.py, test_extract_casualty_and_the_driver.py) two kin with the verb
after both ("his mother and sister were injured"), a kin who "sustained injuries", grandchildren and nieces, a child told
by age ("his seven-year-old son"), "killing him and his son" ("him" is the one person the sentence hit before, of the
side his words name), "and the Syrian civilian driver of the truck" (one civilian); one victim named by his name and
an apposition ("shot dead Omar Haddad, a former fighter of the factions": ``casualty_named_apposed``).

"an ISIS official and his aide" (or deputy): one more of his side (tests/test_extract_casualty_aide_of_victim.py).
", but his wife was injured": a kin after ", but" only with a hurt of his own right after.
"... was killed and his companion was wounded": a companion hurt in a clause of his own is of unknown side
(``casualty_companion_hurt``).
"a car belonging to an HTS commander ..., killing the commander": the one named before with the same noun, of the side
his words name (``_named_before``).
"killing the officer and his driver": the one named with "the" before "and his" is read too, and his people after him
(tests/test_extract_casualty_person_pairs.py).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract import casualty_roles as roles
from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.casualty_companion_hurt import companion_hurt_apart
from observatory.extract.casualty_groups import side_of
from observatory.extract.casualty_kin_counted import past_counted_kin
from observatory.extract.casualty_local_office import local_office_side
from observatory.extract.casualty_lost_limb import LOST_LIMB
from observatory.extract.casualty_named_apposed import named_apposed
from observatory.extract.casualty_office_subject import office_subjects
from observatory.extract.casualty_them import them_mentions
from observatory.extract.figure_one_hurt import HURT_ADVERB
from observatory.extract.gates import folded, has_any, word_start
from observatory.extract.mention_sides import INJURED, KILLED, Mention, verb_role
from observatory.extract.numbers import Quantity, words_to_int
from observatory.models import Qualifier

_PRONOUN = re.compile(r"\b(?:(?P<kill>killing|killed|kill|kills|shot\s+dead|shot\s+and\s+killed|assassinated|assassinating|executed|"
                      r"executing)|(?:injuring|injured|wounding|wounded)|(?P<left>leaving))\s+(?P<who>him|her)\b"
                      # ("..., leaving him with serious injuries", "leaving her dead")
                      r"(?(left)\s+(?:(?P<dead>dead)|(?:(?:seriously|critically|severely|lightly|slightly|badly)\s+)?(?:injured|wounded)|"
                      r"with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds))\b)", re.IGNORECASE)


#: "killing him and ...": a pronoun victim, then one more.
#: ("killing him, his wife and ...", "shot her dead along with her driver": tests/test_extract_casualty_pronoun_along.py)
_PRONOUN_THEN = re.compile(r"\b(?:killing|killed|injuring|injured|wounding|wounded|shot\s+dead|shot(?=\s+(?:him|her)\s+dead\b))\s+"
                           r"(?P<who>him|her)(?:\s+dead)?\s*$", re.IGNORECASE)
#: A pronoun taken by a verb of harm, then "and" and the kin's own verb ("wounding him and lightly injuring his son").
_PRONOUN_AND = re.compile(r"\b(?P<verb>killing|injuring|wounding)\s+(?P<who>him|her)\s*,?\s+and\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: After a kin told after a comma ("killing him, his wife and ..."): the list goes on.
_LIST_ON = re.compile(r"\s*,?\s+and\s", re.IGNORECASE)


_BARE_SINGULAR = re.compile(
    r"\b(?P<verb>killing|killed|kills|kill|injuring|injured|wounding|wounded)\s+(?P<who>(?:[A-Z][\w'-]*[\s-]+){1,3}?"
    r"(?:member|fighter|soldier|commander|officer|leader|militiaman|gunman|civilian|child|woman|man|recruit|conscript|operative))\b(?!-)")


_KIN = re.compile(r"(?:(?:\b(?P<verb>killing|killed|kills|injuring|injured|wounding|wounded|(?<!after\sthe\s)(?<!since\sthe\s)(?<!for\sthe\s)(?<!following\sthe\s)injury\s+of)|\band|\bbut(?=\s+(?:his|her|their)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:was|were)\s+(?:also\s+)?(?:killed|injured|wounded|hurt)\b)|\bwhile|\bwhereas|(?<=\w),|"
                  r"\b(?P<along>along|together)\s+with)\s+|(?<=\n)|(?<=[.!?;]\s))(?:both\s+)?(?:his|her|their|the\s+victim['’]s)\s+"
                  r"(?:(?:pregnant|elderly|young|younger|youngest|little|infant|old|older|elder|eldest|baby|teenage|teenaged|adult|Syrian|Iraqi|Afghan|"
                  r"Lebanese|Iranian|local)\s+|(?P<age>[\w-]+)-year-old\s+)?"
                  r"(?P<who>mother|wife|daughter|sister|child|son|brother|father|husband|escort|bodyguard|companion|colleague|comrade|driver|aide|deputy|"
                  r"cousin|nephew|niece|relative|grandson|granddaughter|grandfather|grandmother|grandchild)\b"
                  r"(?!\s+(?:of|and\s+(?!(?:his|her|their)\s)(?!(?:mother|wife|daughter|sister|son|brother|father|husband|cousin|nephew|niece)\b)\w+\s+(?:were|was)))",
                  re.IGNORECASE)
#: A kin named at the head of its sentence ("His son, who was with him, was wounded"): no word of the sentence before it
#: ("the victim's brother" at the head is read by its word "victim").
_LEAD_LESS = re.compile(r"(?:both\s+)?(?:his|her|their)\b", re.IGNORECASE)
#: "his wife and son", "her mother and sister": a second kin after "and" with no "his" of its own.
_AND_KIN = re.compile(r"\s+and\s+(?:mother|wife|daughter|sister|son|brother|father|husband|cousin|nephew|niece)\b(?!\s+of\b)",
                      re.IGNORECASE)
#: "killing the driver": one person named by role with a definite article ("wounding the civilian driver of a truck": a
#: civilian, tests/test_extract_casualty_the_civilian_one.py).
_THE_ONE = re.compile(word_start(r"\b(?P<verb>killing|killed|martyring|martyred|injuring|injured|wounding|wounded|shot\s+dead|assassinated)\s+"
                      # ("shot dead on Sunday evening the mukhtar of X": the day between the verb and its object; round 70)
                      r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
                      r"(?:the|its|their)\s+"
                      r"(?:(?:village|town|city|neighbou?rhood|area|district)['’]s\s+)?"
                      r"(?:(?P<civ>civilian)\s+)?(?P<who>driver|rider|pilot|commander|leader|owner|guard|officer|head|chief|mayor|mukhtar|co-chair|adviser|"
                      r"advisor|official|other|lieutenant|captain|colonel|brigadier|sergeant|"
                      r"civilian(?=\s+(?-i:[A-Z])))\b(?!\s+and\s+the)"),  # ("martyring the civilian Ahmed Bakr")
                      re.IGNORECASE)
#: "killed two SDF fighters and the civilian who was driving": one more person of a list, named with "the".
_AND_THE_ONE = re.compile(r"\band\s+the\s+(?:(?:Syrian|civilian|local|young|elderly)\s+){0,2}?(?P<who>civilian|driver|pilot|shepherd|farmer|"
                          r"journalist|paramedic|guard)\b(?=\s+who\b|\s+of\s+the\b|\s*[,.;])", re.IGNORECASE)  # ("and the Syrian civilian driver of the truck")
#: ("his brother who was accompanying him sustained minor injuries": the kin's company told without commas; "His
#: brother, riding alongside him, was wounded": told by a participle between commas; "his cousin, also a minor, was wounded")
_KIN_VERB = re.compile(r"(?:\s*,\s*(?:(?:who|which|(?-i:[a-z]+ing))\s+[^,.;]{1,60}|also\s+an?\s+(?:minor|child|boy|girl|teenager|civilian)),|\s+who\s+(?:was|were)\s+(?:with|accompanying|travelling\s+with|"
                       r"traveling\s+with|riding\s+with)\s+(?:him|her|them))?\s+(?:(?:was|were)\s+)?(?:also\s+)?" + HURT_ADVERB
                       + r"?(?:(?P<kill>killed)|injured|wounded|hurt|"
                       r"(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)|" + LOST_LIMB + r")\b",
                       re.IGNORECASE)  # ("his brother lost a leg": hurt, ``casualty_lost_limb``)
#: The hurt one's death later in his sentence: "... was seriously wounded and taken to a hospital, where he succumbed".
_DIED_AFTER = re.compile(r"[^.;!?]{0,100}?\b(?:where|and|but)\s+(?:he|she)\s+(?:later\s+)?(?:succumbed|died|passed\s+away)\b", re.IGNORECASE)
_ENTOURAGE = ("escort", "bodyguard", "companion", "colleague", "comrade", "aide", "deputy")  # ("an ISIS official and his aide")
_SYRIAN_WORD = re.compile(r"(?<!non-)\bSyrian\b", re.IGNORECASE)
#: Gates (``observatory.extract.gates``): every match of a pattern holds one of its stems in the folded span.
_VERB_STEMS = ("kill", "injur", "wound")  # _BARE_SINGULAR's verbs
_KIN_STEMS = ("mother", "father", "wife", "daughter", "sister", "child", "son", "brother", "husband", "escort", "bodyguard",
              "companion", "colleague", "comrade", "driver", "cousin", "nephew", "niece", "relative", "aide", "deputy")  # _KIN's "who" (after "his", "her" or "their"; the grand- forms hold these)
_THE_ONE_STEMS = ("kill", "injur", "wound", "shot", "assassinat")  # _THE_ONE's verbs
_AND_THE_ONE_STEMS = ("civilian", "driver", "pilot", "shepherd", "farmer", "journalist", "paramedic", "guard")  # its "who"
_UNIDENTIFIED = re.compile(r"\s*,?\s*(?:whose\s+identity\s+(?:is|was|has|remains)|who\s+(?:is|was|has)\s+not\s+(?:yet\s+)?been\s+identified)",
                           re.IGNORECASE)
_KIN_CIVILIAN = ("mother", "wife", "daughter", "sister", "child", "niece", "granddaughter", "grandchild", "grandmother")
#: One person as the killer of his own kin ("a man killed his sister", "a young man shot dead his father").
_ONE_KILLER = re.compile(r"\b(?:a|an)\s+(?:young\s+|elderly\s+|middle-aged\s+)?(?:man|woman|person|youth)\s+(?:has\s+|had\s+)?$", re.IGNORECASE)
#: ", but his brother was killed" after a clause on the attacker ("The gunman escaped, but ..."): the attacker's kin, of
#: no side the sentence gives the victims; not read.
_DOER_THEN_BUT = re.compile(r"\b(?:gunm[ae]n|attackers?|assailants?|bombers?|perpetrators?|killers?|kidnappers?|shooters?)\b[^,.;]*,\s*$",
                            re.IGNORECASE)
_CIVILIAN_TRADES = ("civilian", "shepherd", "farmer", "journalist", "paramedic")
#: A village's headman or a town's mayor: a mukhtar is a civilian unless ties are told, a mayor of no side the text
#: gives (``casualty_local_office``).
_LOCAL_OFFICE = ("mukhtar", "mayor", "co-chair")


def _doers_kin(m: re.Match[str], work: str, start: int) -> bool:
    """", but his brother was killed" after a clause on the attacker ("The gunman escaped, but ...")."""
    return m.re is _KIN and m.group(0).startswith("but") and bool(_DOER_THEN_BUT.search(work, max(start, m.start() - 80), m.start()))


#: Right before "along with his ...": the one it goes with was hurt ("he was injured along with his brother").
_HURT_ALONG = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\s*,?\s*$", re.IGNORECASE)
#: From a figure's words to one of the people its colon list names ("three civilians: a woman, her daughter").
_COLON_LIST = re.compile(r"\s*:\s*[^.;:!?]*$")


def _restated_here(mentions: list[Mention], work: str, at: int) -> bool:
    """Whether the person named at ``at`` lies inside a figure's parts ("Two civilians, a man and his wife, were
    injured") or its colon list ("killing three civilians: a woman, her daughter and an elderly man"), already counted."""
    return any(p.parent is not None and p.quantity.start <= at < p.group_end for p in mentions) \
        or any(_COLON_LIST.match(work, p.group_end, at) is not None for p in mentions if p.parent is None and p.value > 1)


def _singular_hits(work: str, start: int, end: int, low: str) -> list[re.Match[str]]:
    """The kin, "the one" and "and the one" persons named in work[start:end] (``low``: its folded text), in text order."""
    kin = _KIN.finditer(work, start, end) if has_any(low, _KIN_STEMS) and has_any(low, ("his", "her", "their", "victim")) else ()
    the_one = _THE_ONE.finditer(work, start, end) if has_any(low, _THE_ONE_STEMS) else ()
    and_the_one = _AND_THE_ONE.finditer(work, start, end) if has_any(low, _AND_THE_ONE_STEMS) else ()
    return sorted((*kin, *the_one, *and_the_one), key=lambda hit: hit.start())


def bare_singular_mentions(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None,
                            mentions: list[Mention]) -> list[Mention]:
    """"... killing HTS member and injuring others": one person, written without an article; "injuring his mother": one."""
    taken = [(m.quantity.start, m.group_end) for m in mentions]
    out: list[Mention] = []
    numbers = [(m.quantity.start, m.quantity.end) for m in mentions]
    low = folded(work, start, end)
    for m in _singular_hits(work, start, end, low):  # ("killing the officer and his driver")
        s, e = m.start("who"), m.end("who")
        verb = m.group("verb") if m.re is not _AND_THE_ONE else None
        if any(a < e and s < b for a, b in (taken if verb else numbers)):
            continue
        if _restated_here(mentions, work, s) or _doers_kin(m, work, start):
            continue  # "Two civilians, a man and his wife, were injured": inside a restatement already counted
        pair = _AND_KIN.match(work, e) if m.re is _KIN else None  # "injuring his wife and son": two of the kin
        said = pair.end() if pair else e  # "his mother and sister were injured": the verb after both
        if verb:
            role = verb_role(verb)
            out.extend(_pronoun_before_kin(m, work, start, mentions, lexicon, on))  # ("wounding him and injuring his son")
        elif after := _KIN_VERB.match(work, past_counted_kin(work, said) if m.re is _KIN else said):
            # "... was killed and his escort was injured", "his wife and two daughters were injured"
            role = KILLED if after.group("kill") or _DIED_AFTER.match(work, after.end()) else INJURED  # (", where he died")
        elif m.re is _KIN and m.group("along") and _HURT_ALONG.search(work, max(start, m.start() - 40), m.start()):
            role = INJURED  # "a boy succumbed ..., a day after he was injured along with his brother": the brother is hurt
        elif m.re is _KIN and (him := _PRONOUN_THEN.search(work, max(start, m.start() - 40), m.start())) and (
                not m.group(0).startswith(",") or _LIST_ON.match(work, said)):  # ("killing him, his brother said": no kin killed)
            # "killing him and his seven-year-old son": the one the pronoun stands for, then his kin
            role = verb_role(him.group(0))
            if not any(p.value == 1 and p.role == role and p.parent is None and p.quantity.end <= him.start() for p in mentions):
                out.append(_victim_before(pronoun_victim(him, role), work, start, lexicon, on))  # (not "stopped a teacher ... shot her")
        else:  # "injured a woman and her child": the role of the figure just before (or whose words it closes; a kin read here too)
            previous = [p for p in sorted([*mentions, *out], key=lambda p: p.quantity.end) if p.quantity.end <= m.start() and (m.start() - p.quantity.end < 40 or p.group_end >= m.start()
                                                                                 or m.re is _KIN and m.group("along") is not None)]
            if not previous:
                continue
            role = previous[-1].role
        side = _one_side(m, verb, said, work, start, mentions)
        named = _named_before(work, start, m, lexicon, on) if side is None and m.re is _THE_ONE else None
        if named is not None:  # "a car belonging to an HTS commander ..., killing the commander": the one named before
            out.append(Mention(role, Quantity(1, Qualifier.EXACT, s, s, ""), named.side, s, said, named.actor.name, named.actor.nationality))
            continue
        apart = side is None and m.re is _KIN and bool(_LEAD_LESS.match(m.group(0)) or "victim" in m.group(0).lower())
        # ("His son was wounded", "the victim's brother": whose kin the sentence does not show, nor his side)
        out.append(Mention(role, Quantity(2 if pair else 1, Qualifier.EXACT, s, s, ""), side, s, said, generic=side is None,
                           kin=apart))
    for m in _BARE_SINGULAR.finditer(work, start, end) if has_any(low, _VERB_STEMS) else ():
        s, e = m.start("who"), m.end("who")
        if any(a < e and s < b for a, b in taken):
            continue
        actor, side = side_of(lexicon, work, s, e, on)
        if side is None:
            continue
        role = verb_role(m.group("verb"))
        q = Quantity(1, Qualifier.EXACT, s, s, "")
        out.append(Mention(role, q, side, s, e, actor.actor.name if actor else None,
                           actor.actor.nationality if actor else None))
    out.extend(_bare_pairs(work, start, end, lexicon, on, taken))
    out.extend(office_subjects(work, start, end, [*taken, *((p.quantity.start, p.group_end) for p in out)]))
    out.extend(named_apposed(work, start, end, low, lexicon, on, [*taken, *((p.quantity.start, p.group_end) for p in out)]))
    return roles.merged(mentions, out)


def _named_before(work: str, start: int, m: re.Match[str], lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """"... in a car belonging to an HTS commander in Sarmada, killing the commander": the one "the commander" stands for
    is the one named before in the sentence with "a/an" and the same noun; his side is the one his words name
    (tests/test_extract_casualty_the_one_named_before.py)."""
    noun = re.compile(rf"\b(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}?{m.group('who')}\b(?:\s+(?:of|in|with)\s+(?:the\s+)?[^,;.]{{1,40}})?",
                      re.IGNORECASE)
    before = list(noun.finditer(work, start, m.start()))
    if not before:
        return None
    actor, side = side_of(lexicon, work, before[-1].start(), before[-1].end(), on)
    return actor if actor is not None and side not in (None, "unknown", "civilians") else None


def _under_age(age: str | None) -> bool:
    """"his seven-year-old son", "her 12-year-old daughter": a child."""
    if not age:
        return False
    years = words_to_int(age)
    return years is not None and years < 18


def _one_side(m: re.Match[str], verb: str | None, said: int, work: str, start: int, mentions: list[Mention]) -> str | None:
    """The side of one person named without a number (a relative, a companion, a local office, a civilian trade)."""
    who = m.group("who").lower()
    side = "civilians" if who in _KIN_CIVILIAN or who in _CIVILIAN_TRADES or m.re is _AND_THE_ONE and "civilian" in m.group(0).lower() \
        or m.re is _THE_ONE and (m.group("civ") or who == "civilian") else None
    if m.re is _KIN and _under_age(m.group("age")):
        side = "civilians"  # "killing him and his seven-year-old son": a child
    side = local_office_side(work, who, m.end("who")) if who in _LOCAL_OFFICE else side  # "shot dead the mukhtar of the town"
    if who == "other" and m.re is _THE_ONE:  # "killing one of them and wounding the other": one of the same people
        side = next((p.side for p in reversed(mentions) if p.quantity.end <= m.start()), None)
    if verb and m.re is _KIN and _ONE_KILLER.search(work, max(start, m.start() - 40), m.start()):
        side = "unknown"  # "a man killed his sister": a murder in the family, of no side (SCHEMA)
    if side is None and who == "companion" and not verb and (_UNIDENTIFIED.match(work, m.end("who")) or m.group("along")):
        side = "unknown"  # "..., along with his companion", "and his companion, whose identity is not known": unstated
    elif side is None and m.re is _KIN and companion_hurt_apart(who, verb, work, said, _armed_before(m, mentions)):
        side = "unknown"  # "... was killed and his companion was wounded": hurt in a clause of his own, side unstated
    elif side is None and who in _ENTOURAGE:  # "a commander of the SDF ... and his escort": his side
        side = next((p.side for p in reversed(mentions) if p.quantity.end <= m.start() and p.side not in (None, "unknown")), None)
        if side == "pro_iran_foreign" and _SYRIAN_WORD.search(m.group(0)):
            side = "regime"  # "an IRGC officer and his Syrian bodyguard": a Syrian working for Iran's men (SCHEMA)
    elif side is None and m.re is _KIN and verb is None and _KIN_VERB.match(work, past_counted_kin(work, said)):
        # "a child was killed and his younger brother was injured": a civilian's kin, with a verb of his own
        side = next((p.side for p in reversed(mentions) if p.quantity.end <= m.start()), None)
        side = side if side == "civilians" else None
    if side is None and m.re is _THE_ONE and who in _RANKS and (joined := _AND_NEXT.match(work, m.end("who"))) is not None:
        side = next((p.side for p in mentions if p.quantity.start == joined.end() and p.side not in (None, "unknown", "civilians")),
                    None)  # "killing the lieutenant and two soldiers": one of the soldiers' ranks, of their side
    return side


#: Ranks of an armed force: "the lieutenant and two soldiers" are of one side.
_RANKS = frozenset({"officer", "lieutenant", "captain", "colonel", "brigadier", "sergeant"})
_AND_NEXT = re.compile(r"\s*,?\s+and\s+(?:at\s+least\s+)?", re.IGNORECASE)


def _armed_before(m: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether the figure told last before ``m`` is of an armed side (not civilians, nor of no known side)."""
    side = next((p.side for p in reversed(mentions) if p.quantity.end <= m.start()), None)
    return side not in (None, "unknown", "civilians")


_ONE_NOUN = (r"(?:member|fighter|soldier|commander|officer|leader|militiaman|gunman|civilian|child|woman|man|recruit|conscript|"
             r"operative|captain|lieutenant|sergeant|colonel|brigadier|general|driver|guard|policeman|element)")
_BARE_PAIR = re.compile(rf"\b(?P<who>[\w'-]+(?:\s+[\w'-]+)?)\s+{_ONE_NOUN}\s+and\s+(?:a\s+|an\s+)?(?P<n2>{_ONE_NOUN})\s+"
                        rf"(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?P<verb>killed|injured|wounded)\b", re.IGNORECASE)

_PAIR_HINT = re.compile(rf"\sand\s+(?:an?\s+)?{_ONE_NOUN}\s+(?:were|have|had)\s", re.IGNORECASE)


def _bare_pairs(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None,
                taken: list[tuple[int, int]]) -> list[Mention]:
    """"a regime lieutenant and private were killed": two people, written without numbers."""
    out: list[Mention] = []
    if not _PAIR_HINT.search(work, start, end):
        return out
    for m in _BARE_PAIR.finditer(work, start, end):
        s, e = m.start("who"), m.end("n2")
        if any(a < e and s < b for a, b in taken):
            continue
        actor, side = side_of(lexicon, work, s, e, on)
        if side is None or side == "unknown":
            continue
        role = KILLED if m.group("verb").lower() == "killed" else INJURED
        out.append(Mention(role, Quantity(2, Qualifier.EXACT, s, s, ""), side, s, e, actor.actor.name if actor else None,
                           actor.actor.nationality if actor else None))
    return out


#: The victim as the subject of his own fate, after the attack on him ("...; he survived with injuries", "he was
#: seriously wounded").
_HE_HURT = re.compile(r"[;,]\s*(?:and\s+)?(?P<who>he|she)\s+(?:(?:was|had\s+been)\s+(?:(?:seriously|critically|lightly|slightly|badly)\s+)?"
                      r"(?:injured|wounded)|survived\s+(?:[\w-]+\s+){0,2}?with\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b", re.IGNORECASE)


def pronoun_mentions(work: str, start: int, end: int, lexicon: ActorLexicon | None = None, on: date | None = None) -> list[Mention]:
    """"... opened fire on a collaborator, killing him": one person killed, of the side the sentence gives the victim;
    "...; he survived with injuries": one person hurt, the one the attack was aimed at (``lexicon`` reads his side)."""
    out = [] if lexicon is None else [_he_hurt(work, start, m, lexicon, on) for m in _HE_HURT.finditer(work, start, end)]
    for m in _PRONOUN.finditer(work, start, end):
        role = KILLED if m.group("kill") or m.group("dead") else INJURED
        plain = _PLAIN_TARGET.search(work, start, m.start())  # "opened fire on a young man ..., killing him": of no known side
        if plain is not None and not _TIED_AFTER.match(work, plain.end()):
            # the person told where the attack was aimed stands for "him" (what the text says of him later applies)
            q = Quantity(1, Qualifier.EXACT, plain.start("one"), plain.end("one"), plain.group("one"))
            out.append(Mention(role, q, "civilians" if plain.group("civ") else "unknown", q.end, plain.end()))
            continue
        if CIVILIAN_APPOSED.search(work, start, m.start()):  # "on a tribal dignitary, a civilian in his fifties, ..."
            q = Quantity(1, Qualifier.EXACT, m.start("who"), m.end("who"), m.group("who"))
            out.append(Mention(role, q, "civilians", q.end, q.end))
            continue
        out.append(_victim_before(pronoun_victim(m, role), work, start, lexicon, on))
    return out if out or lexicon is None else them_mentions(work, start, end, lexicon, on)  # "..., killing them"


#: "on a tribal dignitary, a civilian in his fifties": the one hit, said to be a civilian in an apposition
#: (tests/test_extract_casualty_pronoun_then_hurt.py).
CIVILIAN_APPOSED = re.compile(r"\b(?:on|at|targeting|targeted|shot|stabbed|attacked)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*,\s*"
                              r"(?:an?\s+)?(?:civilian|shepherd|farmer|worker|teacher|doctor|nurse|merchant|trader)\b", re.IGNORECASE)
#: Where the one person told before "him" is the one hit ("planted in the car of a member of ...", "targeting a commander",
#: "a car belonging to a member of ...", "a landmine exploded near a shepherd ..., killing him").
_HIT_BEFORE = re.compile(r"\b(?:of|on|at|targeting|targeted|against|shot|stabbed|attacked|hit|struck|belonging\s+to|owned\s+by|"
                         r"(?:exploded|went\s+off|detonated)\s+(?:near|next\s+to|under|beneath))\s+$", re.IGNORECASE)  # ("a mine exploded near a shepherd")


def _victim_before(m: Mention, work: str, start: int, lexicon: ActorLexicon | None, on: date | None) -> Mention:
    """"An IED planted in the car of a member of the Eighth Brigade exploded ..., killing him": "him" is the member, of
    the side his words name; no side named: left as it was."""
    if lexicon is None:
        return m
    victims = [v for v in _ONE_VICTIM.finditer(work, start, m.quantity.start) if _HIT_BEFORE.search(work, max(start, v.start() - 15), v.start())]
    if not victims or _TIED_AFTER.match(work, victims[-1].end()) or _TIED_AFTER.match(work, _past_group(work, victims[-1].end())):
        return m  # "a former commander of the factions, who had joined ...", "a former fighter in the factions, who had
        # joined ...": left to the rules that read what he joined
    actor, side = side_of(lexicon, work, victims[-1].end("one"), victims[-1].end(), on)
    return m if side in (None, "unknown") or actor is None else m.named(actor)


#: The group a victim was of, told after his noun with a word other than "of" ("a former fighter in the opposition
#: factions"), up to the comma before what the text says of him.
_GROUP_TAIL = re.compile(r"\s+(?:in|with|from)\s+[^,;.]{1,40}?(?=\s*,)", re.IGNORECASE)


def _past_group(work: str, at: int) -> int:
    """Where the victim's words end: past the group told after his noun, if any."""
    tail = _GROUP_TAIL.match(work, at)
    return tail.end() if tail else at


def _pronoun_before_kin(m: re.Match[str], work: str, start: int, mentions: list[Mention], lexicon: ActorLexicon,
                        on: date | None) -> list[Mention]:
    """"seriously wounding him and lightly injuring his 12-year-old son": the one "him" stands for, hurt by a verb of
    his own before his kin's, where no figure of one person was told before it ([] otherwise)."""
    him = _PRONOUN_AND.search(work, max(start, m.start() - 50), m.start()) if m.re is _KIN else None
    if him is None or any(p.value == 1 and p.parent is None and p.quantity.end <= him.start() for p in mentions):
        return []
    return [_victim_before(pronoun_victim(him, verb_role(him.group("verb"))), work, start, lexicon, on)]


def pronoun_victim(hit: re.Match[str], role: str) -> Mention:
    """The one person a pronoun stands for (the match's ``who``: "him", "her", "he"), of no side told."""
    q = Quantity(1, Qualifier.EXACT, hit.start("who"), hit.end("who"), hit.group("who"))
    return Mention(role, q, None, q.end, q.end, generic=True)


#: The one person told before "he" ("a motorcycle carrying a leader of the same group"): the article, then the noun.
_ONE_VICTIM = re.compile(r"\b(?P<one>a|an)\s+(?:[\w'-]+\s+){0,3}?(?:member|leader|commander|fighter|officer|soldier|militiaman|"
                         r"gunman|civilian|man|woman|youth|child|boy|girl|shepherd|farmer|driver|official)\b(?:\s+of\s+[^,;.]{1,40})?",
                         re.IGNORECASE)


def _he_hurt(work: str, start: int, hit: re.Match[str], lexicon: ActorLexicon, on: date | None) -> Mention:
    """The one hurt of "...; he survived with injuries": the last person the sentence named before, with his side."""
    victims = list(_ONE_VICTIM.finditer(work, start, hit.start()))
    if not victims:
        return pronoun_victim(hit, INJURED)
    v = victims[-1]
    q = Quantity(1, Qualifier.EXACT, v.start("one"), v.end("one"), v.group("one"))
    actor, side = side_of(lexicon, work, q.end, v.end(), on)
    return Mention(INJURED, q, side, q.end, v.end(), actor.actor.name if actor else None, generic=side is None)


#: The one person an attack was aimed at, named only as a person ("opened fire on a young man") or as a civilian.
_PLAIN_TARGET = re.compile(r"\b(?:on|at|targeting|targeted|shot|stabbed|attacked)\s+(?P<one>a|an)\s+(?:(?:young|old|elderly|middle-aged)\s+)?"
                           r"(?:man|woman|person|youth|individual|(?P<civ>civilian|shepherd|farmer|child|boy|girl|worker|teacher|doctor))\b",
                           re.IGNORECASE)
#: Words after the person that tie them to a group or a calling ("a man working for the SDF", "a man who had joined ..."):
#: left to the rules that read them.
_TIED_AFTER = re.compile(r"\s*,?\s*(?:who|working|affiliated|belonging|linked|loyal|from\s+the|of\s+the|serving|known|said|believed|"
                         r"suspected|a\s+(?:member|fighter|commander|collaborator|former))\b", re.IGNORECASE)
