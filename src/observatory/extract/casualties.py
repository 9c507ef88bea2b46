"""Casualty mentions in one sentence: a count, killed or injured, the side it belongs to, and its span.

A count is a casualty figure when a killed/injured word governs it on the left ("killing 4 soldiers",
"the death of two members") or follows its noun phrase on the right ("three others were injured").
Breakdowns ("14 members, including 2 Russians") become child mentions of the figure they break down
(``casualty_breakdowns``). Other constructions read here (each has a unit test in tests/test_extract_casualties_breakdowns.py):

* the role word closing a list ("left ten civilians, including two women, and 27 fighters dead"), "killing and injuring
  12" (neither figure), "a wounded soldier died" (killed), a rate ("nine children a day") or people arrested (no count);
* the side named after the role word ("7 were killed from the regime forces"), in an apposition ("believed to be
  Iranians"), by affiliation ("a collaborator with Hezbollah", "fighters aligned with the authorities"; these three,
  with the nearest group named before members of no side, in ``casualty_sentence_sides``), by the
  report's title ("Gunmen kill two civilians" over "two young men were killed"), by the previous sentence ("18 others
  were wounded"), by what the text says of the victims ("the victim was a civilian"), and "N from each side";
* one person without a number ("killing HTS member", "injuring his mother", "killing the driver", "another was
  injured"), and "none of them survived" / "the death of all of them" (the count carried before);
* a toll that rose because one more died ("climbed to four once a wounded fighter died") is not added to.

Fourth pass (tests in tests/test_extract_casualties_sides.py): a coordinated figure with its own verb ("killed 2
civilians and 3 others were wounded", "2 others sustained injuries"), relatives after a kin word ("injuring his mother
and two brothers"), an apposition that restates a figure ("Two civilians, a man and his wife, were injured"), two people
without numbers ("a lieutenant and a private of the regime died"), a rank and a named force sharing a side ("An officer
and two soldiers of the regime forces"), plain persons tied to a group ("two men affiliated with ISIS", "fighters
aligned with the government"), the doer of attacks kept out of a risen toll's side ("soldiers killed in ISIS attacks").
Sides found beyond the figure's own words are in ``mention_sides``. Blind-set pass
(tests/test_extract_blind_casualties.py): "a third was wounded", "wounding his two brothers", "namely A and B",
"murdered", "N of whom were killed by X", the Syrian part of Iranian-backed militiamen, list items across clauses and
restated tolls (``casualty_lists``). A figure's words and their side are read in ``casualty_groups``; people written
without a number in ``casualty_unnumbered``.

Restated figures (tests in tests/test_extract_casualty_*.py): a headline's one victim already told is not lent to a
later plain victim; "the two wounded servicemen" restate a figure told before; "N dead and M wounded among X"; a colon
list that adds up to a figure of any kind; "N of whom were X"; "were killed along with N ..."; "N X who were wounded ...
died"; "the victims included ..." as parts of a side's toll told before.

Tolls of the next sentence: a toll restated by side in the next sentence keeps the rest of the whole on the whole's side
(``casualty_restated``); "the fatalities are ..." restates; a list item after an aside ("46 civilians, most of them from
Hama, and seven ..."); a risen toll's cause clause ("after two of the injured died") gives it no role (the list-closing
role word and the risen toll's explanation are in ``casualty_listed``).

Rises and relations: risen tolls told far from their toll word, the wounded "still receiving treatment", others after a
risen toll and the monitor's earlier report (``casualty_rises``); "including his two brothers" as a breakdown; two time
phrases before the victim ("shot dead at dawn today a ..."); members of a named force inside a toll of soldiers
(``casualty_parts``); the group a victim joined or was accused of serving (``casualty_joined``); a victim's driver or
relative (``casualty_kin``).

Nationalities and referents: nationalities listed after a figure, foreigners of a jihadist group, "N killed and wounded,
two of them were killed", a nation's border (``casualty_nations``); "four of the dead militiamen are Syrians ...", "the
injured include a child", the rest of a toll called civilian (``casualty_rest``); "a member of the same group"
(``casualty_same``); "claimed 72 lives"; the doer named as an escalation or campaign. Referents
(``casualty_referents``): "the dead include ...", "N of the victims", "one of the wounded, a man ...", claims. Sides
from shared machinery: "martyring"; parts before their cue (``casualty_parts``); "the execution by X of N"; "the dead on
the government side" (``casualty_restated``); "N others" after a long risen toll whose side the title gives. """

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Final

from observatory.extract import casualty_referents as referents
from observatory.extract import casualty_roles as roles
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_added_dead import ALSO_AFTER_ROLE, added_bystander, own_fate
from observatory.extract.casualty_all_of_them import all_of_them, all_of_them_named
from observatory.extract.casualty_along_with import along_his, along_with_role
from observatory.extract.casualty_among_relative import among_relative
from observatory.extract.casualty_apposed_members import apposed_members
from observatory.extract.casualty_backed_referents import backed_referents
from observatory.extract.casualty_bare_allies import bare_whole_of_regime
from observatory.extract.casualty_bare_same import bare_after_named, of_them_opening
from observatory.extract.casualty_body_words import without_hurt_bodies, without_missing_bodies
from observatory.extract.casualty_bomber_hurt import bomber_others, bomber_targets
from observatory.extract.casualty_both_sides import one_camp, opposed_sides
from observatory.extract.casualty_breakdowns import apposed, parent_of
from observatory.extract.casualty_captives import TAKING, captives_killed
from observatory.extract.casualty_cause_clause import without_cause_dead
from observatory.extract.casualty_civilian_apposed import civilian_apposed
from observatory.extract.casualty_civilian_vehicle import aboard_civilian_vehicle
from observatory.extract.casualty_claim_then_monitor import claim_then_monitor
from observatory.extract.casualty_claims import without_claims
from observatory.extract.casualty_clause_verb import clause_ended
from observatory.extract.casualty_colon_whole import bare_before_colon
from observatory.extract.casualty_crew import crew_of_craft
from observatory.extract.casualty_dead_and_others import dead_and_others
from observatory.extract.casualty_died_later import inside_toll, of_another_side
from observatory.extract.casualty_died_rise import died_with_rise
from observatory.extract.casualty_doers import without_doers
from observatory.extract.casualty_drivers import counted_drivers
from observatory.extract.casualty_fired_on import fired_on_civilians
from observatory.extract.casualty_foreign_army import without_foreign_army
from observatory.extract.casualty_further_copula import further_copula, rest_role
from observatory.extract.casualty_gang_members import gang_members
from observatory.extract.casualty_group_attacked import group_attacked_civilians
from observatory.extract.casualty_groups import INJURE_WORD as _INJURE_WORD
from observatory.extract.casualty_groups import KILL_WORD as _KILL_WORD
from observatory.extract.casualty_groups import group_end as _group_end
from observatory.extract.casualty_his_men import his_men_follow
from observatory.extract.casualty_households import household_sides, whole_restated
from observatory.extract.casualty_hurt_apposed import hurt_apposed
from observatory.extract.casualty_hurt_split import hurt_then_split
from observatory.extract.casualty_hurt_verb import hurt_after_killing
from observatory.extract.casualty_joined import accused_of, joined_next
from observatory.extract.casualty_kin import family_pair, kin_share, named_then_kin
from observatory.extract.casualty_kin_apposed import kin_apposed
from observatory.extract.casualty_kin_aside import kin_aside
from observatory.extract.casualty_kin_list import kin_list_head
from observatory.extract.casualty_late_passes import late_passes
from observatory.extract.casualty_leader_group import leader_groups
from observatory.extract.casualty_leader_men import leader_men
from observatory.extract.casualty_line_civilians import line_civilians
from observatory.extract.casualty_list_asides import next_after_aside, next_after_doing
from observatory.extract.casualty_listed import ASIDE_THEN_AND, explains_rise, listed_role, lives_taken, orphan_part
from observatory.extract.casualty_listed import at_risk as _at_risk
from observatory.extract.casualty_lists import FROM_PARTY, GROUP_THEN_AND, HIS_OWN, UNIT_THEN_AND, single_appositions
from observatory.extract.casualty_lists import NEXT_ITEM as _NEXT_ITEM
from observatory.extract.casualty_lists import WHO_THEN_AND as _WHO_THEN_AND
from observatory.extract.casualty_lists import restated as _restated
from observatory.extract.casualty_local_hurt import local_then_bare
from observatory.extract.casualty_local_referents import local_referents
from observatory.extract.casualty_lost_limb import LOST_LIMB
from observatory.extract.casualty_named_dead import named_dead
from observatory.extract.casualty_named_died import named_died
from observatory.extract.casualty_named_first import named_first_role
from observatory.extract.casualty_named_part_aside import after_named_part
from observatory.extract.casualty_nations import foreigners_of_group, part_of_the_hurt
from observatory.extract.casualty_one_and_other import pair_split_by_fates
from observatory.extract.casualty_one_aside import one_aside
from observatory.extract.casualty_one_at_work import one_at_work
from observatory.extract.casualty_one_more import hurt_number_placed, one_more_placed
from observatory.extract.casualty_others import (
    OTHERS,
    armed_others,
    context_others,
    ordinal_follows,
    other_of_the_noun,
    unowned_others,
)
from observatory.extract.casualty_oversized_parts import oversized_parts
from observatory.extract.casualty_parent_of import parent_role, parents_by_children
from observatory.extract.casualty_part_copula import part_copula_side
from observatory.extract.casualty_parts import postposed_parent
from observatory.extract.casualty_party_named_before import party_named_before
from observatory.extract.casualty_party_tolls import monitor_toll_side
from observatory.extract.casualty_people_at_work import people_at_work
from observatory.extract.casualty_people_rise import people_rise_side
from observatory.extract.casualty_person_pairs import person_pairs
from observatory.extract.casualty_placed_ellipsis import placed_after, placed_ellipsis, placed_next
from observatory.extract.casualty_pronoun_along import with_pronoun_along
from observatory.extract.casualty_pronoun_and import pronoun_and_role
from observatory.extract.casualty_pronoun_then import with_pronoun_then
from observatory.extract.casualty_rank_of_taken import rank_of_taken
from observatory.extract.casualty_reflexive import reflexive_role, unnamed_after_reflexive
from observatory.extract.casualty_reflexive_party import bomber_dead, reflexive_party
from observatory.extract.casualty_rest import parts_told_next, rest_told_next
from observatory.extract.casualty_rest_hurt import rest_hurt
from observatory.extract.casualty_rest_kind import rest_of_kind
from observatory.extract.casualty_rest_share import rest_share
from observatory.extract.casualty_restated import DEAD_INCLUDED as _DEAD_INCLUDED
from observatory.extract.casualty_restated import FAR_WHOLE_WINDOW, RESTATING, WHOLE_WINDOW, rest_of_whole
from observatory.extract.casualty_restated import LEFT_DEAD_CUE as _LEFT_DEAD_CUE
from observatory.extract.casualty_rises import TREATED, earlier_report, far_toll, others_of_rise, people_toll
from observatory.extract.casualty_rises import side_told_after as _side_told_after
from observatory.extract.casualty_rises import toll_past_figures as _toll_past
from observatory.extract.casualty_role_owner import role_of_another
from observatory.extract.casualty_said_of_them import said_of_them
from observatory.extract.casualty_same import same_company, same_group, sided_wholes
from observatory.extract.casualty_sentence_sides import mention_of, nearest_actor_side, resolve_side
from observatory.extract.casualty_speaker_after import without_speakers_after
from observatory.extract.casualty_speakers import speaks_of_next
from observatory.extract.casualty_syrian_recruits import syrian_recruits
from observatory.extract.casualty_syrian_rest import syrian_rest
from observatory.extract.casualty_syrians_apart import syrians_apart
from observatory.extract.casualty_the_figure_again import (
    the_role_adj,
    treated_again,
    whole_treated_again,
    without_restated_here,
)
from observatory.extract.casualty_the_one_and import the_one_and_role
from observatory.extract.casualty_things import counts_things
from observatory.extract.casualty_tied import one_and_the_other, tied_after
from observatory.extract.casualty_titled_one import titled_one
from observatory.extract.casualty_tribal_figures import tribal_figures
from observatory.extract.casualty_turkish_troops import turkish_troops
from observatory.extract.casualty_unknown_nationality import unknown_nationals
from observatory.extract.casualty_unnumbered import bare_singular_mentions, pronoun_mentions
from observatory.extract.casualty_victim_words import militia_of_nations
from observatory.extract.casualty_wholes import NO_ROLE_CROSSED
from observatory.extract.casualty_workplace import workplace_civilians
from observatory.extract.casualty_wounded import HURT_THEN_DIED as _WOUNDED_DIED
from observatory.extract.casualty_wounded import WHO_HURT_THEN_DIED as _WHO_WOUNDED_DIED
from observatory.extract.casualty_wounded import WOUNDED_DIED, wounded_who_died
from observatory.extract.figure_hurt_state import sent_to_hospital
from observatory.extract.figure_one_death import ONE_DEATH
from observatory.extract.figure_one_hurt import HURT_ADVERB, past_closing_one
from observatory.extract.figures import PERSON_RE as _PERSON_RE
from observatory.extract.figures import is_count as _is_count
from observatory.extract.gates import folded, has_any, word_start
from observatory.extract.mention_context_passes import context_passes
from observatory.extract.mention_sides import INJURED as INJURED
from observatory.extract.mention_sides import KILLED as KILLED
from observatory.extract.mention_sides import (
    THE_BEFORE,
    VICTIM_TIED,
    all_civilians_after,
    attackers_side,
    carrier_side,
    civilian_victim,
    family_or_work,
    group_after,
    headline_one,
    inherit_sides,
    joined_at,
    joined_side,
    kind_named_before,
    local_gunmen,
    named_earlier,
    said_civilian,
    share_side,
    state_police,
    syrian_named,
    syrian_parts,
    tied_victim,
    title_side,
    vague_side,
    verb_role,
)
from observatory.extract.mention_sides import Mention as Mention
from observatory.extract.numbers import ORDINAL_ONE_RE, Quantity, find_quantities
from observatory.extract.text import headline_end

#: "..., and that no one was hurt": the verb after is the role of no one, not of a figure before it.
_NO_ONE: Final = r"\bno(?:\s+|-)one\b|\bnobody\b|\bnone\s+(?:was|were|of\s+the)\b"
_RIGHT_ROLE = re.compile(
    rf"(?:(?!\bas\s+well\s+as\b|\bwhile\b|\bwhereas\b|{_NO_ONE})[^.;:!?]){{0,90}}?\b(?:(?P<both>(?:killed|dead)\s+(?:and|or)\s+(?:injured|wounded))|(?P<kill>{_KILL_WORD})|(?<!without\s)(?<!without\sany\s)(?<!\bno\s)(?P<inj>{_INJURE_WORD}|{TREATED}))\b",
    re.IGNORECASE,
)
#: "only" / "just" / "merely" right before the figure ("killed only two soldiers", "confirm the death of just one"):
#: a word of emphasis, not a qualifier; the figure is told as it stands.
_ONLY = r"(?:\s+(?:only|just|merely))?"
#: "the bullet-riddled body of", "the mutilated body of", "the beheaded body of": a body told with the state it was found in.
_BODY_STATE: Final = r"(?:[a-z]+-riddled|mutilated|decomposed|decomposing|charred|burnt|burned|lifeless|disfigured|bloodied|beheaded|headless)"
_LEFT_KILL = re.compile(
    word_start(r"(?:\b(?:fatalities|deaths|dead|killed)(?:\s+(?:in|during|since|over|across)\s+[^.;:\d]{1,50})?\s*:|\bshot\s+dead|\bgunned\s+down|\bgunning\s+down|\bshot\s+and\s+killed|\bkilling|\bkilled|\bkill|\bkills|\bslaying|\bslew|\bslaughtering|\bslaughtered|"
    r"(?:\bthe\s+|\breported\s+|\bdocumented\s+)(?:death|deaths|martyrdom|killing|bodies|body|corpses?|execution)\s+of|"
    rf"\bthe\s+{_BODY_STATE}\s+(?:bodies|body|corpses?)\s+of|\bkilling\s+of|\bcorpses\s+of|\bclaim(?:ed|ing|s)?\s+the\s+li(?:ves|fe)\s+of|"
    r"\blives\s+of|\bbodies\s+of|\bfatally\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring)|\bmartyring|\bmartyred|\bmassacring|\bexecuted|\bexecuting|\bbeheaded|\bassassinated|\bassassinating|\bmurdering|\bleft|\bleaving|"
    r"\bdocumented\s+the\s+death\s+of|\blost|\blosing|\b(?:the\s+)?(?:assassination|murder)\s+of|"
    r"\b(?:execution|killing|assassination|murder|beheading)\s+by\s+(?:the\s+)?[\"“]?[\w'’-]+(?:\s+[\w'’-]+){0,3}?[\"”]?\s+of|"
    rf"{_LEFT_DEAD_CUE})"
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|evening|night|afternoon))?|yesterday|today|"
    r"overnight|last\s+night|this\s+(?:morning|evening|afternoon)|at\s+dawn|earlier\s+today)|,\s*on\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,){0,2}"
    r"(?:\s+(?:its|their|an?\s+(?:further|additional)|(?:an?|one|a\s+whole|an\s+entire)\s+family\s+of))?"  # ("killing a family of five")
    r"(?:\s+(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately|almost|no\s+less\s+than|up\s+to|a\s+total\s+of))?(?:\s+(?:the|all))?"
    rf"{_ONLY}\s*$"),
    re.IGNORECASE,
)
_LEFT_INJURE = re.compile(
    word_start(r"(?:(?<!fatally\s)(?:\binjuring|\binjured|\bwounding|\bwounded)|\binjure|\bwound|\b(?:the\s+)?(?:injury|injuries|wounding|injuring)\s+of|\b(?:injuries|wounds)(?:\s+of\s+(?:varying|various|different)\s+(?:severity|degrees?))?\s+(?:to|among)|"
    r"(?<!\bwithout\s)\binflict(?:ing|ed|s)?\s+(?:(?!no\b|any\b)[\w-]+\s+)?(?:injuries|wounds)\s+(?:on|upon)|"
    r"\b(?:the|those)\s+(?:wounded|injured)\s+(?:were|are|included|include|includes))"  # ("Among the injured were three gunmen")
    r"(?:\s+(?:his|her|their|its|an?\s+(?:further|additional)))?(?:\s+(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately|almost|up\s+to))?"
    rf"{_ONLY}\s*$"),
    re.IGNORECASE,
)
_LEFT_ROSE = re.compile(word_start(r"\ba\s+(?:further\s+|new\s+)?rise\s+in\s+the\s+(?:[\w'’-]+,?\s+){0,24}?to\s*$|"  # ("a rise in the toll ... to 39")
                        r"\b(?:rose|rises|risen|rising|increased|increases|increasing|climbed|climbs|climbing|reached|reaches|reaching|"
                        r"raising|raises|raised|bringing|brings|brought|mounted|jumped|to\s+have\s+reached)\s+(?:[\w'’-]+,?\s+){0,24}?(?:to|at)\s*$|"
                        r"\b(?:rose|risen|increased|climbed|reached|is|was|stands|stood)\s+as\s+follows\s*:\s*$|"
                        r"\b(?:is|was|stood\s+at|stands\s+at|now\s+at|at|reached|reaching|reaches|has\s+reached|totall?ed|"
                        r"totals|hit|hits)\s*$|\btoll\s*(?:of|:)?\s*$"), re.IGNORECASE)
_TOLL_WORD = re.compile(word_start(r"\b(?:toll|victims|number\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|fatalities|victims|martyrs|casualties|injured|wounded|injuries|"
                        r"members|soldiers|fighters|civilians|people|persons|troops|militiamen|losses)|killed|dead|death|deaths|fatalities|died|lives|"
                        r"casualties|human\s+losses)\b"), re.IGNORECASE)


_LEFT_KIN = re.compile(r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+(?:(?:him|her)\s*,\s*)?(?:his|her|their)\s+[\w-]+\s*(?:,|and|,\s*and)\s*"
                       r"(?:(?:his|her|their)\s*)?$",
                       re.IGNORECASE)
_BOTH_LEFT = re.compile(r"\b(?:killing\s+(?:and|or)\s+(?:injuring|wounding)|killed\s+(?:and|or)\s+(?:injured|wounded)|"
                        r"(?:dead|deaths)\s+(?:and|or)\s+(?:injured|injuries|wounded)|casualties\s+(?:of|among)|casualties\s*:)"
                        r"(?:\s+(?:at\s+least|about|nearly|more\s+than|over|some|around|approximately|almost|up\s+to))?\s*$", re.IGNORECASE)

#: "bringing to four | the number of workers killed": the toll word right after the risen figure.
_NUMBER_AFTER = re.compile(r"\s+the\s+(?:death\s+toll|number\s+of)\b", re.IGNORECASE)
_CAUSE_OPEN = re.compile(r"\b(?:after|following|as|when|since|because|saying|adding|explaining)\b", re.IGNORECASE)  # ("saying that")


def _role(work: str, q: Quantity, left_from: int, group_end: int, limit: int) -> tuple[str | None, bool]:
    left = work[max(left_from, q.start - 60): q.start].rstrip("\"“‘ (")  # "killing (2) members"; 'killed “a civilian”': the quote is no word
    if both := _BOTH_LEFT.search(left):  # "killing and injuring 12": dead and hurt together, neither figure known, but
        own = _RIGHT_ROLE.match(work, group_end, limit) if ":" in both.group() else None  # "casualties: two were killed, ..."
        return (None if own is None or own.group("both") else KILLED if own.group("kill") else INJURED), False
    if lives_taken(work, q, left_from):
        return KILLED, False  # "claimed 72 lives"
    if _WOUNDED_DIED.match(work, q.end, limit) or _WHO_WOUNDED_DIED.match(work, group_end, limit):
        return KILLED, False  # "a wounded soldier died of his wounds", "two soldiers who were wounded in ... have died"
    if _LEFT_INJURE.search(left) or hurt_after_killing(work, q.start):
        return INJURED, False  # ("killed five civilians and hurt nine others")
    if _LEFT_KILL.search(left) and not re.search(r"\b(?:left|leaving)\s*$", left, re.I):
        return (None if _at_risk(work, q.start) else KILLED), False  # (not "threatens the lives of four million people")
    if reflexive := reflexive_role(left, work[group_end:limit]):
        return reflexive, False  # "killing himself and three soldiers and wounding five others"
    if pronoun_and := pronoun_and_role(left, work[group_end:limit]):
        return pronoun_and, False  # "killing him and two of his guards"
    if the_one := the_one_and_role(left, work[group_end:limit], work[q.end:group_end]):
        return the_one, False  # "killing its commander and three of his men"
    kin = _LEFT_KIN.search(left) or named_then_kin(work, q.start, left_from)
    if kin is not None:  # "injuring his mother and two brothers", "killing him, his wife and their six children"
        return verb_role(kin.group("verb")), False
    if along := along_with_role(work, q.start, left_from):
        return along, False
    if named := named_first_role(work, q.start, group_end):
        return named, False  # "killed Ahmad Haddad and two women": the list goes on past the name
    rose = bool(_LEFT_ROSE.search(work[max(left_from, q.start - 130): q.start].rstrip("( " if work.startswith(") ", q.end) else " "))) and (bool(
        _TOLL_WORD.search(work[max(left_from, q.start - 160): q.start])) or far_toll(work, max(left_from, q.start - 400), q.start)
        or _NUMBER_AFTER.match(work, q.end) is not None)  # ("bringing to four the number of workers killed": the toll after)
    m = _RIGHT_ROLE.match(work, group_end, limit)
    m = m or roles.past_relative(_RIGHT_ROLE, work, group_end, limit)  # "A commander ... who joined the Fifth Corps ... was shot dead"
    if m is not None and role_of_another(work, q.end, group_end, m.start(m.lastgroup or "inj")):
        m = None  # "two brothers of the slain man", "two others fled, one of them with a gunshot wound"
    if m is not None and "neutrali" in work[group_end:m.end()].lower():
        m = None  # '58 militants had been "neutralised" - a term Ankara uses to mean killed, wounded or captured': no toll
    if m is not None and rose and _CAUSE_OPEN.search(work, group_end, m.start(m.lastgroup or "kill")):
        m = None  # "the toll rose to 12, after two of the injured died": the cause's words are not the toll's role
    if m is not None and not m.group("both") and not roles.toll_to_come(work, m.end()):
        return (KILLED if m.group("kill") else INJURED), rose
    if rose:
        before = work[max(left_from, q.start - 120): q.start].lower()
        death = max(before.rfind(w) for w in ("toll", "killed", "dead", "death", "fatalit", "lives", "victims", "martyrs"))
        injury = max(before.rfind(w) for w in ("injur", "wounded"))
        return (INJURED if injury > death else KILLED), True
    return None, False


_COORDINATED = re.compile(r"(?:\s*,\s*(?:(?:from|aged|natives?\s+of|residents?\s+of)\b[^,.;:]{0,50}?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?=,))?"  # ", from X,", ", Issam Abdullah,"
                          r"(?:\s+(?!were\b|was\b|killed|injured|wounded|dead|died)[\w'-]+){0,6}\s*(?:,|and|,\s*and)?\s*")
#: "..., including six children, the monitor said, while more than 90 people were wounded": a clause of the wounded
#: after "while" is no part of the parenthesis, so its role is not the figure's.
_WHILE_HURT = r"\b(?:while|whereas)\s+(?:[\w-]+\s+){0,6}?(?:were|was|have\s+been|had\s+been)\s+(?:[\w-]+\s+)?(?:wounded|injured)\b"
#: "..., including eight children, saying dozens more had been wounded": the speaker's next words are no part of the
#: parenthesis, so their verb is not the figure's.
_SPEECH_ON = r",\s*(?:saying|adding|stating|noting|and\s+(?:said|says|added|adds|reported|stated|noted))\b"  # ("..., and said 47 were hurt")
_PAREN_VERB = re.compile(rf"\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b(?:(?!\b(?:while|whereas)\s+(?:[\w-]+\s+){{0,3}}?others\b|{_WHILE_HURT}|{_SPEECH_ON}){NO_ROLE_CROSSED}){{0,160}}?,?(?=\s+(?:were|was|have|had|are)\s)", re.I)
_PAREN = re.compile(r"\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b[^;.]{0,140}?(?:,|(?=\s+(?:were|was|have|had|are)\s)|"
                    r"(?=\s+(?:killed|dead|died|injured|wounded)\b)|(?=[.;])|$)",
                    re.IGNORECASE)


def find_mentions(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None = None,
                  default_role: str | None = None, title_sides: bool = True) -> list[Mention]:
    """Casualty mentions in work[start:end], in text order, breakdowns linked to their parents.

    ``title_sides``: a figure with no side takes the side the report's title gives the same figure (for one incident's
    toll; period totals pass False, since a one-victim headline says nothing of "a driver" in a statistics line)."""
    mentions = parents_by_children(context_passes(_find_mentions(work, start, end, lexicon, on, default_role), work, start, lexicon, on), work)
    mentions = bare_whole_of_regime(mentions, work, start, lexicon, on)
    mentions = bare_after_named(mentions, work, start, lambda begin: _find_mentions(work, begin, start, lexicon, on, None))
    mentions = pair_split_by_fates(mentions, work, start, lambda begin, at: _find_mentions(work, begin, at, lexicon, on, KILLED))
    if mentions:
        mentions = of_them_opening(mentions, work, start, lambda begin: _find_mentions(work, begin, start, lexicon, on, None))
    mentions = parts_told_next(mentions, work, (start, end), lambda: _told_before(work, start, lexicon, on, window=FAR_WHOLE_WINDOW), lexicon, on)
    if not mentions:  # ("killing or wounding 11 of them, five fatally"; "the citizen X, 61, died ... of injuries")
        return hurt_then_split(mentions, work, start, lexicon, on) \
            or named_dead(work, start, end, lexicon, on, lambda at: _dead_in_paragraph(work, at, lexicon, on)) \
            or _wounded_died(mentions, work, start, end, lexicon, on) or named_died(work, start, end)
    mentions = _told_again(mentions, work, start, lexicon, on)
    if not mentions:  # ("The three boys were taken to a hospital": all of them told before)
        return mentions
    title = title_figures(work, lexicon, on) if title_sides else ()
    if any(m.side in (None, "unknown") and any((t.role, t.value) == (m.role, m.value) for t in title) for m in mentions):
        untold = _title_untold(title, work, start, lexicon, on)  # "the five killed" restates the title's dead; "a young man" is new
        mentions = [title_side(m, title if THE_BEFORE.search(work, max(0, m.quantity.start - 6), m.quantity.start) else untold)
                    for m in mentions]
    if said_civilian(work):
        mentions = [civilian_victim(m, work) for m in mentions]
    if any(joined_at(work, m.group_end) for m in mentions):
        mentions = his_men_follow(mentions, ordinal_follows(mentions, [joined_side(m, work, lexicon, on) for m in mentions]), work)  # "... and injuring a third"
    if len(mentions) == 1:  # "..., killing him. The man had joined the Military Security"; "accusing them of fighting for X"
        mentions = [referents.accused_next(accused_of(joined_next(mentions[0], work, end, lexicon, on), work, end, lexicon, on), work, end, lexicon, on)]
    mentions = [said_of_them(m, work, lexicon, on) for m in tied_after(mentions, work, end, lexicon, on)]
    if any(m.value == 2 and m.side in (None, "unknown") for m in mentions) and has_any(folded(work, end, end + 200), ("the other", "the second")):
        mentions = one_and_the_other(mentions, work, end, lexicon, on)
    if any(m.side == "unknown" and m.value <= 4 for m in mentions) and VICTIM_TIED.search(work):
        mentions = [tied_victim(m, work, lexicon, on) for m in mentions]
    mentions = [roles.part_of_the_held(roles.others_of_the_held(m, work, start, lexicon, on), work, start, lexicon, on) for m in mentions]
    if mentions[0].side is None and OTHERS.match(work, mentions[0].quantity.end):  # only "others" opening the sentence
        mentions = _others_from_before(work, start, mentions, lexicon, on)
    if any(_ANOTHER_GENERIC.match(m.quantity.text + work[m.quantity.end:m.group_end]) for m in mentions):
        mentions = _another_like_before(work, start, mentions, lexicon, on)
    if any(m.side is None and THE_BEFORE.search(work, max(0, m.quantity.start - 6), m.quantity.start) for m in mentions):
        mentions = [roles.the_one_named_before(named_earlier(m, work, lexicon, on), work, lexicon, on) if m.side is None else m
                    for m in mentions]
    if any(m.side is None and m.quantity.vague for m in mentions):
        mentions = [vague_side(m, work, start, end, lexicon, on) if m.side is None and m.quantity.vague else m for m in mentions]
    mentions = [reflexive_party(rank_of_taken(m, work, start, lexicon, on), work, start, lexicon, on)
                for m in _later_passes(mentions, work, start, end, lexicon, on)]
    mentions = without_doers(bomber_dead(unnamed_after_reflexive(mentions, work), work, start, end, lexicon, on), work)
    mentions = leader_groups(gang_members(mentions, work, lexicon, on), work, lexicon, on)
    mentions = fired_on_civilians(crew_of_craft(mentions, work, start, lexicon, on), work)
    mentions = civilian_apposed(group_attacked_civilians(mentions, work), work)
    mentions = kin_apposed(hurt_apposed(without_foreign_army(mentions, work), work), work)
    mentions = syrian_recruits(unknown_nationals(mentions, work), work)
    if has_any(folded(work, start - 800, end), TAKING):
        mentions = captives_killed(mentions, work, lexicon, on)
    mentions = died_with_rise(mentions, work, start, end, lambda s, e: find_mentions(work, s, e, lexicon, on))
    mentions = without_cause_dead(without_speakers_after(without_hurt_bodies(rest_hurt(mentions, work, start, end), work), work), work, start, end)  # "15 casualties, six of whom were
    # killed, while the rest were wounded"; "the three bodies were taken to the hospital" (no wounded)
    return oversized_parts(bomber_targets(mentions, work, start, lambda s, e: find_mentions(work, s, e, lexicon, on)))  # "as the fighters
    # stormed, he blew himself up, killing two of them": the fighters' side


def _later_passes(mentions: list[Mention], work: str, start: int, end: int, lexicon: ActorLexicon,
                  on: date | None) -> list[Mention]:
    """``find_mentions``'s later passes over a sentence's (non-empty) mentions: groups, parts of tolls told before,
    claimants' figures, sides told after and each figure's final side."""
    mentions = syrian_rest(rest_told_next(foreigners_of_group(part_of_the_hurt(mentions, work, start, lexicon, on), work), work, end), work, start, end,
                           lambda: _told_before(work, start, lexicon, on))
    mentions = same_company(same_group(rest_share(mentions, work, end, lexicon, on), work, lexicon, on), work, lambda: _told_before(work, start, lexicon, on))
    mentions = ordinal_follows(mentions, syrian_parts([syrian_named(kind_named_before(family_or_work(m, work, end, _alone(m, mentions)), work, lexicon, on),
                                                                    work) for m in mentions], work))
    mentions = part_copula_side(syrians_apart(mentions, work), work, lexicon, on)  # "five Syrians - three guards working for the Iranians and two civilians -"; "one of whom was a Russian"
    mentions = single_appositions(work, roles.restated_people(work, _restated(work, start, end, one_at_work(people_at_work(mentions, work), work))))
    if any(m.rose for m in mentions) and _DEAD_INCLUDED.search(work, start, end):
        mentions = _parts_of_told(mentions, work, start, lexicon, on)
    kind_of_rest = partial(rest_of_kind, work=work, end=end, lexicon=lexicon, on=on)  # ("..., while the rest were soldiers")
    if any(m.rose for m in mentions) and RESTATING.search(work, start, end):
        mentions = rest_of_whole(mentions, work, start, end, lambda window: _told_before(work, start, lexicon, on, True, window), kind_of_rest)
    mentions = referents.parts_of_a_toll(mentions, work, (start, end), lambda: _told_before(work, start, lexicon, on, titled=True), kind_of_rest)
    mentions = among_relative(mentions, work, lambda: find_mentions(work, max(0, start - TITLE_TOLD_WINDOW), start, lexicon, on, title_sides=False))
    mentions = _wounded_died(referents.dead_described(referents.wounded_apposed(mentions, work), work), work, start, end, lexicon, on)
    mentions = without_claims(mentions, work, (start, end),  # a claimant's figure after the text's own (or the monitor's)
                              lambda: _find_mentions(work, max(0, start - ANOTHER_WINDOW), start, lexicon, on, None))
    mentions = claim_then_monitor(mentions, work, (start, end), lambda s, e: _find_mentions(work, s, e, lexicon, on, None))
    mentions = monitor_toll_side(mentions, work, start, lambda: _find_mentions(work, max(0, start - ANOTHER_WINDOW), start, lexicon, on, None),
                                 lambda s, e: lexicon.find(work, s, e, on))
    mentions = backed_referents(local_referents([local_gunmen(all_of_them_named(all_civilians_after(m, work), work, lexicon, on), work) for m in referents.parts_by_party(mentions, work)],
                                                work, end, lexicon, on), work, start, lexicon, on)
    mentions = roles.murdered_women(local_then_bare(mentions, work), work, start, end)
    mentions = earlier_report(family_pair(kin_share(kin_aside(others_of_rise(people_toll(mentions, work, start), work, OTHERS), work, start), work), work, end), work, start)
    mentions = people_rise_side(mentions, work)  # "..., bringing the number of people executed there to nine": the side told before
    mentions = [turkish_troops(m, work, lexicon, on) for m in household_sides(aboard_civilian_vehicle(mentions, work, start, lexicon, on), work, lexicon, on)]
    mentions = tribal_figures(_side_told_after(mentions, work, end, lambda s, e: _find_mentions(work, s, e, lexicon, on, None)), work, start)
    mentions = line_civilians(workplace_civilians(counted_drivers(mentions, work, start, lexicon, on), work, lexicon, on), work)  # "two drivers were killed": workers
    return other_of_the_noun(bomber_others(one_camp(person_pairs(dead_and_others(leader_men([referents.unowned(m, work, lexicon, on) if unowned_others(mentions, i, work)
                                                             else referents.final_side(state_police(m, work, lexicon, (start, end), on), work, lexicon, on)
                                                             for i, m in enumerate(mentions)], work), work), work), work,
                                 lambda: opposed_sides(lexicon, work, (start, end), on)), work), work)  # police of no named authority; "killed and N others wounded"; ("... from both sides")


def _dead_in_paragraph(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether dead were counted in the paragraph before ``at`` (``casualty_named_dead``: a list restating them)."""
    begin = work.rfind("\n", 0, at) + 1
    return any(m.role == KILLED for m in find_mentions(work, begin, at, lexicon, on, title_sides=False)) if begin < at else False


def _alone(m: Mention, mentions: list[Mention]) -> bool:
    """The sentence's only victim, or its only dead beside people hurt ("killing a man and injuring his son while they
    were working in their farmland": the dead man was at work)."""
    return len(mentions) == 1 or m.role == KILLED and sum(o.role == KILLED for o in mentions) == 1


#: How far back (characters) the body is read for the title's figure before a sentence.
TITLE_TOLD_WINDOW = 3000


def _title_untold(title: tuple[Mention, ...], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> tuple[Mention, ...]:
    """The title's figures the body has not told before ``start`` ("Officer killed in blast" over "An officer ... was killed.
    ... gunmen shot dead a young man": the title's one dead is the officer, not the young man)."""
    cut = work.find("\n") + 1
    if cut <= 0 or start <= cut:
        return title
    told = find_mentions(work, max(cut, start - TITLE_TOLD_WINDOW), start, lexicon, on, title_sides=False)  # parts too
    return tuple(t for t in title if not any((m.role, m.value) == (t.role, t.value) and m.side in (None, t.side) for m in told))


def _wounded_died(mentions: list[Mention], work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"Two of the injured died later": more dead than the figures told before (the injured stay as stated)."""
    if not has_any(folded(work, start, end), ("injured", "wounded")) or not WOUNDED_DIED.search(work, start, end):
        return mentions
    told = [m for m in find_mentions(work, max(0, start - TITLE_TOLD_WINDOW), start, lexicon, on, title_sides=False)
            if m.parent is None and not m.quantity.vague]
    return wounded_who_died(mentions, work, start, end, told)


def _told_before(work: str, start: int, lexicon: ActorLexicon, on: date | None, titled: bool = False,
                 window: int = WHOLE_WINDOW) -> list[Mention]:
    """The figures of the sentences before ``start`` (within ``WHOLE_WINDOW``, from a sentence's or a line's start);
    ``titled``: a figure of no side takes the side the title gives the same figure."""
    begin = max(0, start - window)
    cut = min((i for i in (work.find(". ", begin, start), work.find("\n", begin, start)) if i >= 0), default=-1)
    begin = cut + 1 if begin > 0 and cut >= 0 else begin
    return find_mentions(work, begin, start, lexicon, on, title_sides=titled)


def _parts_of_told(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"A car bomb killed 6 civilians. The victims included two children": a figure after "included" of a side told before
    with more is a part of that toll, not a new (lower) one."""
    told = [m for m in find_mentions(work, max(0, start - TITLE_TOLD_WINDOW), start, lexicon, on, title_sides=False)
            if m.parent is None and m.side is not None and not m.quantity.vague]
    return whole_restated(mentions, told) or [replace(m, rose=False) if m.rose and m.side != "unknown" and any((p.role, p.side) == (m.role, m.side) and p.value > m.value
                                                                             for p in told) else m
            for m in mentions]  # ("people" told before give way to the list: the rules of the rising toll read that)


def _told_again(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The figures of the sentence, those told again with "the" read as the figures told before
    (``casualty_the_figure_again``)."""
    if any(m.side is None and the_role_adj(work, m) or treated_again(work, m) for m in mentions):
        mentions = _restated_before(mentions, work, start, lexicon, on)
    if len(mentions) > 1 and any(the_role_adj(work, m) for m in mentions):
        mentions = without_restated_here(mentions, work)
    return mentions


def _restated_before(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"... the two wounded servicemen received treatment": the side of the same figure told before (it is no new one);
    "The three boys were taken to a hospital": all those told before, named again (``whole_treated_again``)."""
    found = find_mentions(work, max(0, start - TITLE_TOLD_WINDOW), start, lexicon, on, title_sides=False)
    told = [m for m in found if m.parent is None and m.side not in (None, "unknown")]
    out = []
    for m in mentions:
        if m.side is None and the_role_adj(work, m):
            same = [p for p in told if (p.role, p.value) == (m.role, m.value)]
            if same:
                m = replace(m, side=same[-1].side, actor=same[-1].actor, nationality=same[-1].nationality, generic=False)
        out.append(m)
    return whole_treated_again(out, work, found, start)


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=[A-Z\"'“])")


def _others_from_before(work: str, start: int, mentions: list[Mention], lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"18 others were wounded" opening a sentence: the others are of the side of the last figure of the sentence before
    (or of the one before it, when that told no figure)."""
    base = max(0, start - 700)  # (a risen toll's sentence may run long)
    starts = sorted({base, *(m.end() for m in _SENTENCE_START.finditer(work, base, start))})
    starts = starts[:-1] if len(starts) > 1 and starts[-1] >= start - 2 else starts
    before: list[Mention] = []
    for s, e in list(zip(starts[::-1], [start, *starts[::-1]], strict=False))[:2]:
        told = sided_wholes(_find_mentions(work, s, e, lexicon, on, None))  # (a risen toll's side from the title: in full)
        before = [m for m in told if m.parent is None and m.side is not None] or [
            m for m in find_mentions(work, s, e, lexicon, on) if m.parent is None and m.side is not None and m.rose]
        if told and not (len(told) > 1 and RESTATING.search(work, s, e)):  # (a restated toll's parts: the toll told before it)
            break
    if not (before := armed_others(before, mentions[0], work)):
        return context_others(told, mentions, work)  # after figures of no named side: the context's side
    source = before[-1]
    kin = [b for b in before if _noun_family(work[b.group_start:b.group_end]) & _noun_family(work[mentions[0].group_start:mentions[0].group_end])]
    if len({b.side for b in before}) > 1 and len({b.side for b in kin}) == 1:
        source = kin[-1]  # "Two fighters of X and a civilian were killed ... Two other fighters were wounded": X's (round 70)
    elif len({b.side for b in before}) > 1 or added_bystander(work, told, source):
        # "killing six civilians and a fighter. 20 others were injured", "... dead, as well as a woman ...": of no one side
        source = militia_of_nations(before, work) or replace(source, side="unknown", actor=None, nationality=None)
    return [m.sided_like(source)
            if i == 0 else m for i, m in enumerate(mentions)]


#: "another soldier": one more of those the text counted before, when the noun alone names no side of its own.
_ANOTHER_GENERIC = re.compile(r"\s*another\s+(?:soldier|member|fighter|officer|serviceman|man|person)\s*$", re.IGNORECASE)
#: How far back (characters) "another soldier" looks for the soldiers it adds to.
ANOTHER_WINDOW = 2000


_FAMILIES = (("troops", re.compile(r"\b(?:soldiers?|servicem[ae]n|troops|troopers?|personnel|officers?)\b", re.I)),
             ("fighters", re.compile(r"\b(?:members?|fighters?|militants?|militiam[ae]n|elements?)\b", re.I)),
             ("people", re.compile(r"\b(?:m[ae]n|persons?|people|individuals?)\b", re.I)))


def _noun_family(group: str) -> set[str]:
    return {name for name, pattern in _FAMILIES if pattern.search(group)}


def _another_like_before(work: str, start: int, mentions: list[Mention], lexicon: ActorLexicon,
                         on: date | None) -> list[Mention]:
    """"Moscow announced that one of its soldiers died ... a further soldier was killed": the same side as the
    last figure of the same role the text gave before (only for nouns that carry no side of their own)."""
    before = [m for m in _find_mentions(work, max(0, start - ANOTHER_WINDOW), start, lexicon, on, None)
              if m.parent is None and m.side not in (None, "unknown", "civilians")]
    out = []
    for m in mentions:
        family = _noun_family(work[m.quantity.end:m.group_end])
        source = next((p for p in reversed(before) if p.role == m.role and family & _noun_family(work[p.quantity.end:p.group_end])), None)
        if source is not None and _ANOTHER_GENERIC.match(m.quantity.text + work[m.quantity.end:m.group_end]):
            m = m.sided_like(source)
        out.append(m)
    return out


_TITLE_CACHE: dict[str, tuple[Mention, ...]] = {}


def title_figures(work: str, lexicon: ActorLexicon, on: date | None = None) -> tuple[Mention, ...]:
    """Casualty figures of the report's title (its first line, when that line is a headline, not a sentence)."""
    cut = headline_end(work)
    if not cut:
        return ()
    key = work[:cut]
    if key not in _TITLE_CACHE:
        if len(_TITLE_CACHE) > 256:
            _TITLE_CACHE.clear()
        title = _OBFUSCATED.sub("", key)  # "kil*led", "De*ath": words broken up against filters (spans are not kept)
        found = tuple(m for m in _find_mentions(title, 0, len(title), lexicon, on, None) if m.parent is None)
        _TITLE_CACHE[key] = found or headline_one(title, lexicon, on)
    return _TITLE_CACHE[key]


_OBFUSCATED = re.compile(r"(?<=[A-Za-z])[*\u200b\u00ad](?=[a-z])")


#: A role verb right after a figure's group: "several others were wounded", "two more died".
_OWN_ROLE = re.compile(r"(?:\s+(?!and\b|or\b|killing\b|killed\b|injuring\b|wounding\b)[\w'-]+){0,4}?\s*\b"
                       r"(?:(?:were|was|have\s+been|had\s+been|are)\s+(?:also\s+)?(?:seriously\s+|critically\s+|lightly\s+)?"
                       r"(?:(?P<kill>killed|dead)|injured|wounded|hurt)|(?P<died>(?:also\s+)?(?:died|perished))|"
                       r"(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)|(?:injured|wounded|hurt)(?=\s*(?:[,.;:]|$))|"
                       + LOST_LIMB + r")\b",
                       re.IGNORECASE)


#: "and two others unhurt", "while three others were uninjured": people told unharmed, neither dead nor hurt.
_UNHURT = re.compile(r"(?:\s+(?!and\b|or\b)[\w'-]+){0,4}?\s*\b(?:(?:were|was|are|remained|escaped)\s+)?"
                     r"(?:unhurt|uninjured|unharmed|unscathed)\b", re.IGNORECASE)


def _decide_role(work: str, q: Quantity, mentions: list[Mention], parent: int | None, left_from: int, role_from: int,
                 limit: int, end: int) -> tuple[str | None, bool]:
    """Killed or injured (or neither), and whether the figure is a risen toll."""
    if parent is not None:
        return mentions[parent].role, False
    if sent_to_hospital(work, q.start, q.end, end):
        return INJURED, False  # "killing two soldiers and sending five others to hospital"
    left = work[max(left_from, q.start - 60): q.start]
    if (mentions and not _LEFT_KILL.search(left) and not _LEFT_INJURE.search(left) and not hurt_after_killing(work, q.start)
            and not clause_ended(work, mentions[-1].group_end, q.start)  # ("who were herding sheep were killed and six others")
            and (re.fullmatch(r"\s*(?:,|,?\s*(?:and|as\s+well\s+as|(?:along|together)\s+with|in\s+addition\s+to))?\s*",
                              work[mentions[-1].group_end:q.start]) is not None or _WHO_THEN_AND.fullmatch(work, mentions[-1].group_end, q.start)
                 or _NEXT_ITEM.fullmatch(work, mentions[-1].group_end, q.start) or HIS_OWN.match(work, q.end) and GROUP_THEN_AND.fullmatch(work, mentions[-1].group_end, q.start)
                 or ALSO_AFTER_ROLE.fullmatch(work, mentions[-1].group_end, q.start) and not own_fate(work, q.end, limit)
                 or roles.KIN_BETWEEN.fullmatch(work, mentions[-1].group_end, q.start) or ASIDE_THEN_AND.fullmatch(work, mentions[-1].group_end, q.start)
                 or along_his(work, (mentions[-1].group_end, mentions[-1].side), q.start, role_from, limit)  # not "..., who were wounded"
                 or referents.DESCRIBED_THEN_AND.fullmatch(work, mentions[-1].group_end, q.start) or after_named_part(work, mentions[-1].group_end, q.start)
                 or next_after_aside(work, mentions[-1].group_end, q.start, q.end) or next_after_doing(work, mentions[-1].group_end, q.start, q.end, mentions[-1].value)
                 or UNIT_THEN_AND.fullmatch(work, mentions[-1].group_end, q.start)
                 or _AMONG_NEXT.match(work, q.end) and re.search(r"[^.;:]*\band\s*$", work[mentions[-1].group_end:q.start])
                 or placed_after(work, mentions[-1].group_end, q.start) and placed_next(work, _group_end(work, q.end, limit)))):
        if _UNHURT.match(work, q.end, limit):
            return None, False  # "four people dead ..., and two others unhurt": the two were neither
        own = _OWN_ROLE.match(work, q.end, limit)
        if own is not None:  # "killed 2 civilians and several others were wounded": the figure's own verb
            return (KILLED if own.group("kill") or own.group("died") else INJURED), False
        return mentions[-1].role, False  # "killing six Iranians and three Syrian fighters"
    role, rose = _role(work, q, left_from, role_from, limit)
    if role is None:
        role = listed_role(work, q, left_from, role_from, end) or referents.they_role(work, q.start, left_from)
    return role, rose


_DIRECTLY = re.compile(r"\s*(?:were|was|have\s+been|had\s+been)?\s*(?:also\s+)?" + HURT_ADVERB
                       + r"?(?:killed|dead|died|injured|wounded|maimed|fatalities|deaths|"
                       r"(?:sustained|suffered)\s+(?:\w+\s+)?(?:injuries|wounds)|with\s+(?:\w+\s+)?(?:injuries|wounds)|"
                       r"blew\s+(?:himself|herself)\s+up)\b", re.I)  # ("while a fourth blew himself up": one more dead)


def _bare(work: str, q: Quantity, group: str, span: tuple[int, int], colon_whole: bool) -> bool:
    """A figure with no noun after it that its role word names ("killing three.", "another", "killing five: ..."), or one
    more told with its place ("wounding a third near X")."""
    if not group.strip() and (re.match(r"\s*(?:[.,;]|and\b|$)", work[span[0]:span[1]]) or q.text.strip().lower() == "another"
                              or colon_whole or ORDINAL_ONE_RE.fullmatch(q.text.strip()) and work.startswith(" who ", span[0])):
        return True  # ("killing a third who resisted arrest": a rank and its relative clause)
    if not group.strip() and re.search(r"\bfamily\s+of\s+$", work[max(0, q.start - 12):q.start], re.IGNORECASE):
        return True  # ("killed a family of six in the village of X": the family's people)
    return one_more_placed(work, q) or hurt_number_placed(work, q)  # ("wounding 15 in X")


def _find_mentions(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None,
                   default_role: str | None) -> list[Mention]:
    quantities = [q for q in find_quantities(work[start:end], start) if _is_count(work, q, start)]
    mentions: list[Mention] = []
    pending: list[tuple[Quantity, int]] = []
    left_from = start
    for i, q in enumerate(quantities):
        g_end = _group_end(work, q.end, quantities[i + 1].start if i + 1 < len(quantities) else end)
        paren = _PAREN_VERB.match(work, g_end, end) or _PAREN.match(work, g_end, end) or referents.bracketed(work, g_end, end) \
            or one_aside(work, q.text, q.end, g_end, end)
        role_from = paren.end() if paren else g_end
        limit = next((r.start for r in quantities[i + 1:] if r.start >= role_from), end)
        parent = parent_of(work, q, mentions, start)
        if parent is None and mentions and mentions[-1].parent is not None and HIS_OWN.match(work, q.end) and \
                GROUP_THEN_AND.fullmatch(work, mentions[-1].group_end, q.start):
            parent = mentions[-1].parent  # "three people: a commander in the SDF and two of his companions": the next part
        role, rose = _toll_past(work, q, start, left_from,  # ("the toll of the IED ... a regime officer ... rose to 3")
                                _decide_role(work, q, mentions, parent, left_from, role_from, limit, end))
        if parent is None and not mentions and orphan_part(work, q, start) or parent is None and roles.is_doer(work, g_end, end):
            left_from = max(left_from, q.end)
            continue
        if parent is None and role is not None and (explains_rise(work, pending[0][0] if pending else q, mentions, role)
                                                    or inside_toll(work, q, mentions, role)) and not of_another_side(work, q, mentions, lexicon, on):
            left_from, pending = max(left_from, g_end), []  # ("risen to 12 after a woman and a boy died": both inside)
            continue
        role, g_end = (role or (rest_role(work, q, mentions) if parent is None else None),  # ("..., while the remaining 43 belonged to X")
                       _copula_group(work, q, g_end, limit) if parent is not None or further_copula(work, q, mentions) else g_end)
        group = work[q.end:g_end]
        role = default_role if role is None and default_role and (_PERSON_RE.search(group) or lexicon.find(work, q.end, g_end, on)) else role
        directly = _DIRECTLY.match(work, past_closing_one(work, q.text, q.end), limit) is not None or referents.DEAD_PART.match(work, q.end, end) is not None \
            or ONE_DEATH.match(work, q.end, limit) is not None  # "left one fatality"
        colon_whole = not group.strip() and bare_before_colon(work, g_end, quantities[i + 1:])  # "killing five: three Iraqis and ..."
        bare = role is not None and parent is None and _bare(work, q, group, (g_end, end), colon_whole)
        elliptic = bool(mentions) and parent is None and (_AMONG_NEXT.match(work, q.end) is not None or placed_ellipsis(work, q, group, mentions[-1]))  # "5 dead among X and 7 among Y", "4 in A and 3 in B"
        from_party = parent is not None and FROM_PARTY.match(work, q.end) is not None  # ("five from HTS and three from the operations room")
        personal = bool(_PERSON_RE.search(group) or directly or rose or bare or elliptic or lexicon.find(work, q.end, g_end, on)
                        or lives_taken(work, q, left_from) or from_party) and (from_party or not counts_things(group))
        if (own := parent_role(work, q.start, q.end)) is not None:  # "gunmen shot dead a mother of three.": the parent
            personal, role = True, own
        if role is None or not personal:
            if personal and parent is None and (_COORDINATED.fullmatch(work[g_end:limit]) or _WHO_THEN_AND.fullmatch(work, g_end, limit) or kin_list_head(work, q, g_end, limit, _last_end(mentions, pending))) \
                    and not speaks_of_next(work, q.end, limit):
                pending.append((q, g_end))  # "leaving 4 SDF fighters and 6 ISIS members dead": role comes later
            else:
                pending = []
            left_from = max(left_from, q.end)
            continue
        if pending:
            parent = _flush_pending(work, (start, lexicon, on, role), pending, mentions, q, parent)
        pending = []
        mention = mention_of(work, lexicon, on, role, q, g_end, paren, parent, rose)
        mention = party_named_before(mention.sided_like(mentions[-1]) if elliptic and not _AMONG_NEXT.match(work, q.end)
                                     else resolve_side(mention, work, start, g_end, limit, lexicon, on, default_role), work, lexicon, on)
        mentions.append(replace(mention, side="unknown", generic=True) if colon_whole and not rose and mention.side is None else mention)
        left_from = max(left_from, g_end)
    return _after_reading(work, start, end, lexicon, on, quantities, mentions)


def _after_reading(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None, quantities: list[Quantity],
                   mentions: list[Mention]) -> list[Mention]:
    """``_find_mentions``'s passes after its figures are read: figures of all of them and of each side, bare singulars,
    pronouns, and the sides carried from the actors around."""
    mentions = all_of_them(work, start, end, lexicon, on, quantities, without_missing_bodies(mentions, work))  # ("the bodies of
    # five are still missing": no dead found)
    if any(roles.EACH_SIDE.match(work, m.quantity.end) for m in mentions):
        mentions = roles.each_side(work, start, end, lexicon, on, mentions)
    mentions = bare_singular_mentions(work, start, end, lexicon, on, titled_one(work, start, end, roles.named_civilians(work, start, end, mentions), lexicon, on))
    mentions = roles.those_killed(work, start, end, lexicon, on, mentions)
    if not mentions:
        return pronoun_mentions(work, start, end, lexicon, on)
    mentions = with_pronoun_then(mentions, work, start, end, lexicon, on)  # "killing him and injuring his companion"
    mentions = with_pronoun_along(mentions, work, start, end, lexicon, on)  # "killing him along with two of his aides"
    mentions = attackers_side([referents.bare_nouns_named(carrier_side(apposed_members(m, work, lexicon, on), work, lexicon, on), work, lexicon, on) for m in mentions], work, start, lexicon, on)
    mentions = inherit_sides(nearest_actor_side(group_after(share_side(mentions, work), work), work, start, lexicon, on), work)
    return late_passes(mentions, work, start, lexicon, on)


def _last_end(mentions: list[Mention], pending: list[tuple[Quantity, int]]) -> int | None:
    """Where the words of the figure read last end (one still waiting for its role, or the last mention)."""
    ends = [m.group_end for m in mentions[-1:]] + [end for _, end in pending[-1:]]
    return max(ends) if ends else None


_COPULA = re.compile(r"\s+(?:were|are|is|was|belonged\s+to|belong\s+to)\s+(?=\S)", re.IGNORECASE)


def _copula_group(work: str, q: Quantity, g_end: int, limit: int) -> int:
    """"of whom 12 were civilians", "five of whom were Hezbollah members": a part's group named after "were"."""
    of_whom = re.fullmatch(r"\s*of\s+(?:whom|them)\s*", work[q.end:g_end], re.IGNORECASE)
    cop = _COPULA.match(work, g_end if of_whom else q.end, limit)
    if cop is None or work[q.end:g_end].strip() and not of_whom and cop.end() <= g_end or _ROLE_NEXT.match(work, cop.end()):  # (" belonged" read as a noun)
        return g_end
    return _group_end(work, cop.end(), limit)


_ROLE_NEXT = re.compile(rf"(?:\w+\s+)?(?:{_KILL_WORD}|{_INJURE_WORD})\b", re.IGNORECASE)


def _flush_pending(work: str, reading: tuple[int, ActorLexicon, date | None, str], pending: list[tuple[Quantity, int]],
                   mentions: list[Mention], q: Quantity, parent: int | None) -> int | None:
    """Adds the figures whose role waited for ``q``'s to ``mentions`` (each the part of a figure before it where its words
    say so: "At least 11 civilians, five of them children, and a fighter were killed"), and returns ``q``'s parent, read
    again now that they are there ("Eight civilians, four of them shepherds, lost their lives": a part of the eight);
    ``reading``: the sentence's start, the lexicon, the publication day and the role."""
    start, lexicon, on, role = reading
    for p_q, p_end in pending:
        p_parent = postposed_parent(work, mentions, p_q)
        p_parent = parent_of(work, p_q, mentions, start) if p_parent is None else p_parent
        mentions.append(mention_of(work, lexicon, on, role, p_q, p_end, None, p_parent, False))
    if parent is None:
        parent = parent_of(work, q, mentions, start)
    if parent is None and apposed(work, q, mentions):
        return len(mentions) - 1
    if parent is None:
        return postposed_parent(work, mentions, q)  # "Five civilians, two children and a woman among them, were killed"
    return parent


_AMONG_NEXT = re.compile(r"\s+(?:among|amongst)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?", re.IGNORECASE)


