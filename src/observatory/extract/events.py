"""Event type keywords, and who did it to whom, inside one sentence.

Not the kind of event: a victim's record ("an emir responsible for planning assassinations"), gangs named in talk of
conditions ("amid the spread of kidnapping gangs"). A killing within a family ("a man killed his sister") is `other`.

An "air attack" is an airstrike; a drone that "fired" missiles (or missiles "fired from a drone") is a drone
strike; an exchange of fire that an attack began ("killed in an exchange of fire when ISIS cells attacked a
checkpoint") is that attack; captives "captured during the clashes" and executed are an execution, not a clash.

Captives set free ("released four kidnapped men", "freed the abducted women") are a release, not an abduction.

A victim's record named without a verb ("a cell leader responsible for assassinations") is not the kind;
aircraft that "took part in the raid" support a ground raid (the raid is the event, not an airstrike); attackers who
blow up a structure ("withdrew after blowing up a fortification") demolish, not bomb; bodies found after their arrest
or detention are captives killed (an execution); an armed quarrel, dispute or brawl is a clash; in "The SDF, backed by
the coalition, killed ..." the backer is neither perpetrator nor target, and one who "tried to advance" did it; "a US
strike" is an airstrike.

An attack that starts a fight also when a side "launched a counter-attack" or "launched a security
operation" during which clashes erupted: the clashes are its attack (not "tried to advance": the sets label those
fights clashes and attacks alike); warplanes named as "heavy air cover" of a ground offensive are its setting; "raids
attributed to Israel" are airstrikes.

Helicopters that only back or carry a ground raid ("forces backed by coalition helicopters raided a house",
"helicopters landed near X, where troops stormed a farm", "two men were flown by helicopter to the base") do not make
it an airstrike: the phrase of backing stops before the raid's own verb. A raid of the coalition told in the singular
("a US raid", "a coalition helicopter raid") or troops that "landed" are a raid on the ground too; coalition raids in
the plural, US strikes and a singular raid that targeted a car or motorcycle stay airstrikes (tests/test_extract_coalition_ground_raid.py).

Bodies "recovered from the rubble" are the dead of the strike told, not a body found; an event spoken of as possible
("ready to repel any attack") is none. A victim's record "accused (the group) of kidnapping" is no abduction; a
grenade thrown ("threw a hand grenade at a checkpoint") is an attack, not a bomb. A side that "infiltrated" posts did the
attack (tests/test_extract_infiltrated_attackers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Final

from observatory.extract.actor_jihadists import jihadist_named
from observatory.extract.actor_speaker_forces import speaks_for_doers
from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.events_cornered import CORNERED, CORNERED_STEMS
from observatory.extract.events_depot_blast import DEPOT_BLAST, DEPOT_STEMS
from observatory.extract.events_dragged import DRAGGED_SHOT, DRAGGED_STEMS
from observatory.extract.events_ground_attack import ground_attack
from observatory.extract.events_headline_passive import headline_passive
from observatory.extract.events_idle_aircraft import IDLE_AIRCRAFT, IDLE_STEMS
from observatory.extract.events_none_told import (
    NONE_STEMS,
    NONE_TOLD,
    NOT_RULED_OUT,
    OPERATION_ONLY,
    REACTED,
    REACTED_STEMS,
    RULED_STEMS,
)
from observatory.extract.events_stabbing import stabbing_kind
from observatory.extract.events_taken_aside import armed_not_taking
from observatory.extract.factions_of_turkey import turkish_doer
from observatory.extract.gates import blank, blank_gated, folded, has_any, search_gated, word_start
from observatory.extract.group_nouns import group_noun_doer
from observatory.extract.incident_bombing import bombing_kind
from observatory.extract.incident_doer_aside import past_aside
from observatory.extract.incident_fire_exchange import attack_before_exchange
from observatory.extract.incident_found_beheaded import found_beheaded
from observatory.extract.incident_grenade import grenade_thrown, grenade_used
from observatory.extract.incident_hazards import HAZARD, HAZARD_STEMS
from observatory.extract.incident_said_did import said_deed
from observatory.extract.incident_small_arms import small_arms_blanked
from observatory.extract.incident_standing_mines import STANDING, STANDING_STEMS
from observatory.extract.incident_storm_fire import storm_over_fire

#: One raid of a side on the ground, told as an operation ("carried out a security operation", "during a joint
#: security operation", "in a joint operation with the coalition", "a raid conducted by"): the side's attack, whatever
#: fight or exchange of fire it led to (operations in the plural are a campaign's, not an event's).
_RAID_OPERATION: Final = (r"\b(?:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?|mount(?:s|ed|ing)?|stag(?:es|ed|ing)|"
                          r"during|in\s+the\s+course\s+of|in)\s+(?:an?|the|its|their)\s+(?:(?:joint|new|wide|large-scale|surprise|"
                          r"dawn|night|special)\s+)?(?:security|combing|sweep(?:ing)?|joint|commando|heliborne|airborne)\s+"
                          r"(?:operation|campaign|raid)\b(?!s)")
#: An attack that starts a fight ("an infiltration attempt", "a sneak operation", "an airborne raid"): the clashes that
#: follow are part of it, so the incident is an attack.
OPENING_ATTACK: Final = (r"\binfiltrat(?:ion|ed|ing)\s+(?:\w+\s+)?(?:operations?|attempts?|attacks?)|\binfiltration\s+into|"
                         r"\binfiltrat(?:e|ed|ing)\s+(?:[\w'’-]+\s+){0,4}?(?:positions?|posts?|points?|lines?|bases?|checkpoints?|headquarters)\b|"
                 r"\bsneak\s+(?:operations?|attacks?|raids?)|\bairborne\s+(?:operations?|raids?|landings?|assaults?)|"
                 r"\battempts?\s+to\s+(?:advance|storm|break\s+into)\b|"
                 r"\bcounter[\s-]?(?:attacks?|offensives?)\b|"
                 r"\blaunch(?:ed|es|ing)?\s+an?\s+(?:security|combing|sweep(?:ing)?)\s+(?:operation|campaign)\b|" + _RAID_OPERATION)

#: Bodies found of people a named side had taken ("the bodies of two herders were found days after ISIS cells had seized
#: them", "... after gunmen believed to belong to ISIS cells abducted them", "... two days after he had been kidnapped
#: by a local gang", "... after he was abducted by unknown gunmen", "a shepherd was found dead hours after he had been
#: abducted by ISIS cells"), or the bodies of those taken ("the bodies of three of the abducted shepherds were found"):
#: captives killed, an execution (taken by unidentified men or persons, it stays a murder; "unknown gunmen" took them
#: as a side's men would, told actively or passively).
CAPTIVES_FOUND: Final = (r"(?:\b(?:body|corpse)\s+of\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?|\b(?:bodies|corpses)\s+of\s+(?:the\s+|[\w-]+\s+of\s+the\s+|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+))(?:[\w-]+\s+){0,2}?(?:abducted|kidnapped|captured|detained)\s+"
                         r"(?!(?:by\s+)?(?:unknown|unidentified)\b)[^.;]{0,120}?\bfound\b|"  # "the bodies of three of the abducted men were found"
                         r"\bfound\s+(?:shot\s+)?dead\b[^.;]{0,200}?\b(?:after|since|when)\s+(?:he|she|they)\s+(?:had\s+)?(?:been\s+|was\s+|were\s+)"
                         r"(?:captured|kidnapped|abducted|seized)\s+by\s+(?!(?:unknown|unidentified|masked|anonymous)\b)(?:an?\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:gangs?|cells?|members|militants|fighters|forces|militiamen|group|faction|ISIS|HTS|SDF)\b|"
                         r"(?:\b(?:body|bodies|corpses?)\b[^.;]{0,160}?\bfound\b|\bfound\s+(?:the\s+)?(?:bod(?:y|ies)|corpses?)\b)[^.;]{0,200}?\b(?:after|since|when)\s+"
                         r"(?:(?!(?:unknown|unidentified)\s+(?!gunmen\b))(?:[\w-]+\s+){1,7}?(?:had\s+)?(?:captured|kidnapped|abducted|seized|arrested|detained)\s+"
                         r"(?:them|him|her)\b|(?:he|she|they)\s+(?:had\s+)?(?:been\s+|was\s+|were\s+)(?:arrested|detained)\b|"
                         r"(?:he|she|they)\s+(?:had\s+)?(?:been\s+|was\s+|were\s+)(?:captured|kidnapped|abducted|seized)\s+"
                         r"by\s+(?:(?:unknown|unidentified)\s+gunmen\b|(?!(?:unknown|unidentified|masked|anonymous)\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:gangs?|cells?|members|militants|fighters|forces|militiamen|group|faction|ISIS|HTS|SDF)\b))")

#: Men shot before onlookers ("shot dead 12 men in the main square in front of residents", "publicly shot two men"):
#: captives killed in public, an execution. Only a counted group or prisoners, and only the first "in front of": not
#: "gunned down a council member in front of residents" (an assassination), "shot dead a child in front of his house"
#: nor "shelling killed three children playing in front of the residents' homes" (a place, not onlookers).
_GROUP_SHOT: Final = (r"(?:dead\s+|down\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|"
                      r"the\s+(?:prisoners|captives|detainees))\s")
_SHOT_BEFORE_CROWD: Final = (r"\b(?:shot|killed)\s+" + _GROUP_SHOT +
                             r"(?:(?!in\s+front\s+of)[^.;]){0,80}?\bin\s+front\s+of\s+(?:an?\s+|the\s+)?"
                             r"(?:[\w-]+\s+)?(?:crowds?|residents|people|locals|onlookers|villagers|inhabitants)\b(?!['’])|"
                             # (not "an officer publicly killed his wife": one man's killing of his own)
                             r"\bpublicly\s+(?:shot|killed|gunned)\s+" + _GROUP_SHOT)
#: Men shot once taken ("shot dead after they had been captured"): captives killed.
_SHOT_TAKEN: Final = (r"\b(?:shot|killed|gunned)\s+(?:dead\s+|down\s+)?(?:after|once)\s+(?:he|she|they)\s+had\s+been\s+"
                      r"(?:captured|taken\s+prisoner|detained|arrested)\b")
#: "the explosion that targeted a bus", "a blast targeting their patrol": a bomb set against someone.
_BLAST_AIMED: Final = r"\b(?:explosions?|blasts?),?\s+(?:(?:that|which)\s+(?:had\s+)?)?(?:targeted|targeting)\b"
#: "a vehicle presented as carrying aid exploded", "the explosion of a fuel tanker in a market": a vehicle bomb (not
#: "exploded after it was hit by a shell", "exploded at a station after a fire broke out").
_VEHICLE_BLAST: Final = (r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:car|vehicle|truck|tanker|motorcycle|motorbike)\s+(?:(?:that|which)\s+"
                         r"[^.;]{0,80}?\s)?(?:exploded|blew\s+up|went\s+off)\b"
                         r"(?![^.;]{0,80}?\b(?:hit|struck|targeted|shelled|fire|accident|collision)\b)|\bexplosion\s+of\s+an?\s+"
                         r"(?:[\w-]+\s+)?(?:car|vehicle|truck|tanker|motorcycle|motorbike)\b"
                         r"(?!\s+(?:tyres?|tires?|batter(?:y|ies)|engines?|radiators?)\b)")  # (not "a car tyre": a part)
#: Bombers that are aircraft: named by their make, range or air force ("B-1 bombers", "long-range bombers", "Russian
#: bombers struck"), or beside other aircraft ("bombers and fighter jets"). Bare "bombers" are the men who blew
#: themselves up ("19 ISIS fighters were killed, including the two bombers"; "the bomber targeted a gathering"), not a strike.
_AIR_BOMBERS: Final = (r"(?:\b(?:B|Tu|Su)-?\d+\w*|\b(?:long-range|strategic|heavy|stealth|supersonic|Russian|US|U\.S\.|American|"
                       r"British|French|Israeli|regime|coalition|Turkish|Tupolev|Sukhoi))\s+(?:[\w-]+\s+){0,2}?bombers?\b|"
                       r"\bbombers?\s+(?:aircraft|(?:war)?planes?|jets?)\b|\b(?:warplanes?|jets|aircraft)\s+and\s+bombers\b|"
                       r"\bbombers\s+and\s+(?:fighter\s+)?(?:jets|warplanes|fighters|aircraft)\b")
#: "found dead", "found the body", "found beheaded": a body found, not a man taken alive ("found him injured ... and
#: shot him"), whatever the text then says of who killed him ("found dead ..., without saying who had killed them").
_NOT_DEAD: Final = (r"(?!\s+(?:dead|killed|murdered|slain|shot|beheaded|strangled|stabbed|hanged|(?:the\s+)?(?:body|bodies|"
                    r"corpses?|remains)|on\s+the\s+road)\b)")
#: A detainee who "died under torture" or was "tortured to death" in a prison: a death in custody (other, as the
#: project reads "tortured to death"), not an attack or a targeted killing by whoever had arrested him. One man's
#: death only: "recorded 8 deaths under torture" counts a period's dead, it tells no incident.
_TORTURED: Final = (r"\b(?:died|dies|dying|death|killed|killing)\s+(?:[\w-]+\s+){0,4}?(?:under|from|due\s+to|of)\s+"
                    r"torture\b|\btortured\s+to\s+death\b")
#: Type keywords in priority order: the first type whose pattern occurs in an incident wins.
#: "a man killed his sister", "a young man shot his brother dead": a murder within a family (SCHEMA: other).
_KIN_KILLING = (r"\b(?:an?|the)\s+(?:young\s+|elderly\s+)?(?:man|woman|youth|person|husband|father)\s+(?:\w+\s+){0,3}?"
                r"(?:killed|shot|stabbed|strangled|murdered|beat)\s+(?:his|her)\s+(?:own\s+)?(?:\w+\s+)?(?:sisters?|brothers?|wife|"
                r"husband|mother|father|daughters?|sons?|cousins?|nieces?|nephews?|relatives?)\b")
_KIN_STEMS = ("sister", "brother", "wife", "husband", "mother", "father", "daughter", "son", "cousin", "niece", "nephew", "relative")
#: "a coalition helicopter raid": troops set down for a raid on the ground, not a strike from the air (read here as an
#: attack, and in incident_bounds as a ground raid told before).
HELICOPTER_RAID: Final = r"(?:coalition|US|U\.S\.|American|joint)\s+(?:military\s+|army\s+)?helicopter\s+raid"
#: A bomb of a past attack that goes off now ("a cluster bomb left over from earlier bombardment", "a shell from previous
#: shelling exploded", "a cluster munition exploded while they played"): war remnants, not the strike that dropped it.
_REMNANT_BOMB: Final = (r"\b(?:(?:shells?|rockets?|missiles?|mortars?|projectiles?|munitions?|bombs?|bomblets?)\s+(?:(?:that\s+had\s+been\s+|"
                        r"which\s+had\s+been\s+)?left\s+(?:over\s+|behind\s+)?)?from\s+(?:an?\s+|the\s+)?(?:previous|earlier|past|old|"
                        r"former|prior)\s+(?:[\w-]+\s+)?(?:bombardments?|shelling|battles|fighting|strikes|raids|clashes|years)\b"
                        r"(?!\s+(?:positions?|lines?|fronts?|posts?|areas?|zones?|sites?|bases?)\b)|"
                        r"(?:cluster\s+)?bombs?\s+(?:that\s+had\s+been\s+|which\s+had\s+been\s+)?left\s+(?:over(?!\s+(?:\d|an?\s|one|two|three|"
                        r"four|five|six|seven|eight|nine|ten|dozens|hundreds|scores|half))|behind)\b|"
                        r"(?:an?|the)\s+cluster\s+(?:bomb|munition|bomblet|submunition)\s+(?:exploded|went\s+off|blew\s+up))")
#: How fire was opened ("opened heavy fire", "opened machine-gun fire", "opened harassing fire", "opened indiscriminate
#: fire"): the words an outlet puts between "opened" and "fire" (tests/test_extract_opened_fire_kinds.py).
_FIRE_KIND: Final = (r"(?:(?:heavy|intense|intensive|indiscriminate|random|live|harassing|sniper|machine[\s-]?guns?|automatic|"
                     r"small[\s-]arms|direct|sporadic)\s+){0,3}")
#: Drones made, not flown: "a workshop for manufacturing unmanned aerial vehicles" (round 59), "an expert in drone
#: manufacturing" (round 60).
_MADE: Final = "".join(rf"(?<!{verb}\s)" for verb in ("manufacturing", "assembling", "producing", "making", "building"))
#: A drone named otherwise; a strike only where it strikes or kills, not where it is shot down, seen or films
#: (tests/test_extract_review_r37_rev6.py).
_QUADCOPTER: Final = r"\b(?:quadcopters?|loitering\s+munitions?)\b"
#: "mortar bombs" are mortar rounds (shelling, not a planted bomb); a "missile strike" launched by the regime is fired
#: from the ground (shelling), where Israeli or unattributed missile strikes stay airstrikes.
#: Each kind with its pattern and stems: every match of the (case-insensitive) pattern holds one of the stems, so a
#: sentence whose folded text holds none cannot match it (tests/test_extract_gates.py checks the stems against the texts).
_TYPES: Final[tuple[tuple[str, tuple[str, ...], str], ...]] = (
    ("suicide_bombing", ("suicide", "blew", "explosive", "detonat"),
                        r"\bsuicide\s+(?:attack|bomb|bomber|bombing|car|vest|operation)|\bblew\s+(?:himself|themselves)\s+up|"
                        r"\bexplosive\s+(?:vest|belt)s?\b|\bself[\s-]?detonat\w*|\bdetonated\s+(?:himself|herself|themselves)\b"),
    ("drone_strike", ("drone", "uav", "unmanned", "quadcopter", "loitering"),
                     r"\b(?:by|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _QUADCOPTER + r"|" + _QUADCOPTER + r"\s+(?:[\w-]+\s+){0,4}?"
                     r"(?:dropped|drops|let\s+fall|slammed|struck|strikes?|hit|targeted|targeting|bombed|crashed|exploded|"
                     r"attacked|killed|killing|wounded|wounding|injured|injuring|fired)\b|"
                     r"\b(?:kamikaze|suicide|armed|combat)\s+drones?|"
                     # ("the small explosive-laden drones", "a bomb-laden drone", "drones laden with explosives")
                     r"\b(?:explosives?|bomb)[\s-]laden\s+(?:[\w-]+\s+)?drones?\b|\bdrones?\s+(?:laden|loaded|packed|rigged)\s+with\s+explosives\b|\bdrones?\s+(?:also\s+)?(?:strike|strikes|attack|attacks|attacked|targeted|"
                     r"struck|bombed|hit|dropped|fired|killed|kills|injured|wounded|wounds|targeting|carried\s+out|launched|conducted|"
                     # ("another regime drone exploded near a house": a kamikaze drone's blow)
                     r"exploded|blew\s+up|detonated|went\s+off|crashed\s+into)|\b(?:by|with|of|in|from)\s+(?:a\s+|an\s+)?"
                     r"(?:\w+\s+){0,2}drones?\b(?!\s+(?:flights?|flying|were\s+seen|hovered|manufactur\w*|production|industry|factor(?:y|ies)|workshops?|"
                     r"programm?es?|experts?|engineers?|technicians?)\b)|\bdrone\s+strike|" + _MADE + r"\bUAVs?\b|" + _MADE + r"\bunmanned\s+(?:aerial\s+)?(?:vehicles?|aircraft)|"
                     r"\bdrones?\s+(?:belonging|of\s+the)|\b(?:launched|fired|sent)\s+(?:an?|two|three|several|\d+)\s+(?:[\w-]+\s+)?drones?\b|\bdrones?\b[^.;]{0,80}?\b(?:attacked|targeted|struck|bombed|killed|hit|fired|launched|dropped|"
                     # ("A drone of Iranian origin crashed into a maintenance facility at a coalition base")
                     r"(?:crashed|slammed|plunged)\s+into)\b"),
    ("ied_landmine", ("mine", "ied", "explosive", "bomb", "grenade", "booby", "remnant", "unexploded", "ordnance", "detonat", "blew",
                      "blow", "shell", "rocket", "missile", "mortar", "projectile", "munition", "round", "explosion", "blast",
                      "exploded", "went off"),
                     # ("the explosion that targeted a bus": a bomb set against it, not gunfire or a blast of unknown nature)
                     # ("a vehicle presented as carrying aid exploded", "the explosion of a fuel tanker in a market")
                     _BLAST_AIMED + "|" + _VEHICLE_BLAST + "|"
                     r"\b(?:land\s?mines?|mined\s+(?:the\s+)?(?:roads?|route|area|path|vehicle)|mines?\b(?!\s+clearance)|IEDs?|improvised\s+explosive|explosive\s+devices?|car\s+bombs?|"
                     r"(?<!propelled\s)grenades?|"
                     r"(?:car|truck|vehicle|motorcycle|van|bus|tanker)\s+bomb(?:s|ing|ings)?\b|(?:bomb|explosive)[\s-]laden(?!\s+(?:[\w-]+\s+)?drones?\b)|"
                     r"booby[\s-]trapped|bomb(?:ed)?\s+(?:car|vehicle|motorcycle)|war\s+remnants?|remnants?\s+of\s+(?:war|\w+\s+bombardment|shells)|"
                     # ("a remnant of cluster munitions exploded", "remnants of a cluster bomb")
                     r"remnants?\s+of\s+(?:an?\s+|the\s+)?cluster\s+(?:munitions?|bombs?|bomblets?|submunitions?)|"
                     r"(?:bomb|munition|shell|rocket|missile|mortar)\s+remnants?\b|\bsubmunitions?\b|\bbomblets?\b|"
                     r"unexploded|(?<!barrel\s)\bbomb\s+explosion|ordnance|"
                     r"\b(?:old|leftover|left-over|dud|abandoned)\s+(?:[\w-]+\s+)?(?:shells?|rockets?|missiles?|mortars?|"
                     r"projectiles?|munitions?|rounds?)\b|\b(?:shells?|rockets?|missiles?|mortars?|projectiles?|munitions?|rounds?)\s+"
                     r"(?:that\s+had\s+been\s+|which\s+had\s+been\s+)?left\s+(?:over|behind)\b|" + _REMNANT_BOMB + "|"
                     r"explosive\s+remnants|(?<!barrels\s)(?<!barrel\s)(?:rigged|packed|loaded|laden|wired|filled)\s+with\s+explosives|sticky\s+bombs?|(?<!barrel\s)(?<!cluster\s)(?<!dropped\s)(?<!dropping\s)(?<!mortar\s)\bbombs?\b(?!ard)|minefields?|roadside\s+bombs?|explosive\s+belt|motorcycle\s+bomb|planted\s+explosives|\bdetonat(?:ed|ing|ion)\b|\b(?:blew|blown|blowing)\s+up\b(?!\s+(?:an?\s+|the\s+|their\s+|its\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+)?"
                     r"(?:fortifications?|buildings?|houses?|homes?|bridges?|tunnels?|bunkers?|barricades?|berms?|walls?|"
                     r"headquarters|shrines?|tombs?|trenches)\b))"),
    ("attack", ("drop", "heliborne", "borne", "landing", "landed", "infiltrat", "sneak", "airborne", "attempt", "counter", "security", "combing",
                "sweep", "joint", "commando", "helicopter"),
               r"\bair[\s-]?drop(?:s|ped)?\b|\bheliborne\b|\bhelicopter[\s-]borne\b|\blanding\s+operation|"
               r"\bhelicopters?\s+(?:of\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?)?(?:had\s+|have\s+|has\s+)?(?:also\s+)?landed\b|"  # troops set down for a raid on the ground
               rf"\b{HELICOPTER_RAID}s?\b|"  # "a coalition helicopter raid": troops set down
               r"\b(?:troops|soldiers|commandos)\s+landed\b|"  # "coalition troops landed near a house": a raid on the ground
               + OPENING_ATTACK),
    ("airstrike", ("israel", "missile", "raid", "strike", "plane", "jet", "helicopter", "aircraft", "aerial", "bomb", "air"),
                  r"\bIsraeli\s+(?:\w+\s+){0,2}?(?:missiles?|strikes?|raids?|bombardment|attacks?|targeting)\b|"
                  r"\bIsrael\s+(?:has\s+|had\s+|also\s+)?(?:struck|bombed|targeted|hit|attacked|pounded|carried\s+out\s+(?:\w+\s+)?(?:strikes|raids)|"
                  # ("Israel launched a missile attack on sites around Damascus", "Israel carried out a strike"; not "fired missiles":
                  # surface-to-surface ones are shelling)
                  r"(?:launched|carried\s+out|conducted)\s+(?:an?\s+|several\s+|new\s+|\w+\s+)?(?:missile\s+|air\s+|aerial\s+|rocket\s+)?"
                  r"(?:attacks?|strikes?|raids?))\b|(?<!regime\s)\bmissile\s+strikes?\b(?!\s+(?:launched|fired|carried\s+out)\s+by\s+(?:the\s+)?(?:Syrian\s+)?regime)|\bRussian\s+(?:air\s+)?(?:raids?|strikes?)\b|"
                  # ("a coalition raid", "a US raid": troops on the ground; "coalition raids on X", "US strikes", "the coalition's strikes": from the air)
                  r"\b(?:coalition|US-led|US|U\.S\.|American)(?:['’]s)?\s+(?:air\s+(?:raids?|strikes?)|raids|strikes?)\b|"
                  # ("a coalition raid targeted a car": a vehicle on the road is struck from the air)
                  r"\b(?:coalition|US-led|US|U\.S\.|American)\s+raid\s+(?:targeted|hit|struck)\b[^.;]{0,60}?"
                  r"\b(?:car|vehicle|motorcycle|motorbike|truck|pickup)\b|"
                  r"\bcoalition(?:'s)?\s+(?:[\w-]+\s+)?missiles?\b|" + _AIR_BOMBERS + "|"
                  # a place hit by raids ("was hit again on Friday by two raids that targeted a farm", "struck by several
                  # raids"): strikes from the air, not a raid on the ground
                  r"\b(?:hit|struck|targeted|pounded)\s+(?:[\w-]+\s+){0,3}?by\s+(?:\w+\s+)?raids\b|"
                  r"\b(?:strikes?|raids?)\s+(?:attributed\s+to|believed\s+to\s+be\s+(?:by|from))\s+Israel|\b(?:air\s?strikes?|air\s+raids?|warplanes?|war\s+planes|fighter\s+jets|jets|"
                  r"(?:jet|(?<!cargo\s)(?<!passenger\s)(?<!civilian\s)planes?)\s+(?:also\s+)?(?:bombed|struck|hit|targeted|fired|attacked|pounded|raided|shelled|carried\s+out|launched)\b(?!\s+by\b)|"
                  # (not "a jet hit by fire", "debris from the crashed jet", "the pilot ejected from the jet")
                  r"(?<!ejected\s)(?<!debris\s)(?<!wreckage\s)(?:by|from)\s+(?:an?\s+|the\s+)?(?!(?:[\w-]+\s+)?(?:crashed|downed|shot-down|stricken)\s)"
                  r"(?:[\w-]+\s+){0,2}?jet\b(?!\s+fuel)|"
                  r"helicopters?|(?<!anti-)aircraft|(?:aerial|air)\s+"
                  r"(?:bombardment|attacks?)|air\s+and\s+(?:artillery|ground|rocket)\s+(?:strikes|bombardment|raids)\b|barrel\s+bombs?|air\s+force\s+(?:struck|bombed|targeted)|air\s+bombardment)"),
    ("ambush", ("ambush", "wait", "waylaid"),
               r"\bambush(?:ed|es|ing)?\b|\b(?:lay|lie|lying|laid|lain)\s+in\s+wait|\bwaylaid"),
    ("clash", ("exchang", "mutual", "trad"),  # ("traded fire": an exchange of fire)
              r"\bexchang(?:e|ed|ing)\s+(?:of\s+)?(?:(?:heavy|machine-?gun|sniper)\s+)?(?:fire|attacks|shelling|gunfire|"
              r"shells|bullets)|\bfire\s+exchange|"  # ("an exchange of machine-gun fire between HTS and regime forces")
              r"\btrad(?:ed|ing)\s+(?:heavy\s+)?(?:fire|gunfire|shots|bullets)\b|"
              r"\b(?:fire|gunfire|shots|bullets|shells)\s+(?:was|were)\s+exchanged\b|"  # ("Machine-gun fire was exchanged")
              r"\bmutual\s+(?:shelling|attacks|bombardment)"),
    ("execution", ("execut", "behead", "cut", "slit", "squad", "hang", "crucif", "captured", "seized", "found", "front", "public",
                   "prisoner", "detained", "arrested", "ston") + DRAGGED_STEMS,
                  r"\bexecut(?:ed|ion|ions|ing)\b(?!\s+(?:an?\s+|the\s+|\w+\s+){0,2}(?:attacks?|operations?|strikes?|airstrikes?|"
                  r"raids?|missions?|ambush))|\bbeheaded|\bbeheading|\bcut(?:ting)?\s+(?:off\s+)?(?:his|her|their)\s+(?:heads?|throats?)|"
                  r"\bslit\s+(?:his|her|their)\s+throats?|\bfiring\s+squad|\bhang(?:ed|ing)\s+(?:him|her|them|a|an|two|three|\d+|\w+\s+(?:men|man|people|civilians))\b|\bexecuted\s+by\s+hanging|\bcrucif(?:ied|ixion)|\bfield\s+execution|"
                  r"\bston(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?to\s+death\b|"  # ("stoned a woman to death after a court convicted her")
                  r"\b(?:captured|seized|found" + _NOT_DEAD + r")\s+(?:him|her|them\s+)?(?:injured|wounded|alive)?\b[^.;]{0,120}?\b(?:shot|killed)\s+(?:him|her|them)"
                  r"(?:\s+dead)?\b|" + CAPTIVES_FOUND + "|" + _SHOT_BEFORE_CROWD + "|" + _SHOT_TAKEN + "|" + DRAGGED_SHOT),
    ("assassination", ("assassinat", "targeted", "gunned"),
                      r"\bassassinat(?:ed|ion|ions|ing)\b|\btargeted\s+killing|\bgunned\s+down"),
    ("shelling", ("shell", "source", "artillery", "rocket", "mortar", "missile", "projectile", "bombard", "salvo", "tank", "cannon"),
                 r"\bshell(?:ed|ing|s|fire)?\b|\bsalvos?\b|(?<!water\s)\bcannons?\b(?!\s+fodder)|\b(?:responded|replied|retaliated)\s+(?:[\w\"“”]+\s+)?to\s+the\s+sources?\s+of\s+(?:the\s+)?fire\b|"
                 # ("its forces \"responded firmly\" to the sources of fire", "fighters of the military council targeted the
                 # sources of fire in X": fire returned from afar; not "the source of fire" in the singular, one shooter
                 # answered)
                 r"\b(?:targeted|targeting|struck|hit|pounded|bombarded)\s+the\s+sources\s+of\s+(?:the\s+)?fire\b|"
                 # tank fire from afar ("a regime tank targeted his vehicle", "tank shells", "fire from an Israeli tank")
                 r"(?<!anti-)\btanks?\s+(?:also\s+)?(?:targeted|fired\s+(?:at|on)|hit|struck|pounded)\b|(?<!anti-)\btank\s+(?:fire|shells?|rounds?)\b|"
                 r"\b(?:fired\s+by|fire\s+from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?tanks?\b|\bartillery|\brockets?\b(?![\s-]propelled)|\bmortars?\b|\bmissiles?\b|\bprojectiles?|\bbombard(?:ed|ment)"),
    ("attack", ("attack", "assault", "stormed", "raid", "fire", "shot", "shoot", "snip", "gunmen", "target", "bullet", "bombing"),
               r"\battack(?:ed|s|ing)?\b|\bassault(?:ed|s)?\b|\bstormed|\braid(?:ed|s)?\b|\bopened\s+" + _FIRE_KIND + r"fire|\bfired\s+(?:[\w-]+\s+){0,3}?(?:at|on|upon|towards?)\b|\bgunfire|"
               # ("killed by fire from Jordanian border guards", "wounded by Jandarma fire")
               r"\bfire\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
               r"(?:border\s+guards|guards|gendarmerie|jandarma|soldiers|troops)\b|\b(?:border|jandarma|gendarmerie)\s+fire\b|\bshot\b(?!\s+down)|"
               r"\bshooting|\bsnip(?:er|ers|ing|ed)\b|\bgunmen\b|(?<!\bthe\s)\btargeted|\btargeting|\bbullets?\b|\bbombings?\b"),
    # "besieged" naming a place ("in besieged old Homs", "the besieged district of X") is where, not what was done
    ("siege", ("sieg", "encircl", "blockade"),
              r"(?<!\bthe\s)(?<!\bin\s)(?<!\bof\s)(?<!\bon\s)\bbesieg(?:ed|es|e|ing)\b|\bsieges?\b|\bencircl(?:ed|es|e|ing|ement)\b|"
              r"\bblockade[ds]?\b"),
    ("clash", ("clash", "fight", "shoot", "battle", "exchange", "confront", "skirmish", "armed"),
              r"\barmed\s+(?:quarrels?|disputes?|brawls?|altercations?|fights?|feuds?)\b|\bclash(?:es|ed)?\b|\bfighting\b|\bfire\s?fights?\b|\bgun\s?fights?\b|\bshoot-?outs?\b|\bgun\s+battles?\b|\bexchange\s+of\s+fire|\bbattles?\b|\binfighting|\bconfrontations?|\bskirmish"),
    ("abduction", ("abduct", "kidnap", "snatch", "hostage", "destination", "ransom"),
                  r"\babduct(?:ed|ion)|\bkidnap(?:ped|ping)?\b(?!\s+(?:gangs?|networks?|rings?))|\bsnatch(?:ed|ing)\b|\btaken\s+hostage|"
                  r"\bdemand(?:ed|ing|s)?\s+(?:a\s+)?ransom\b|"  # ("seized a young man at a checkpoint and demanded a ransom")
                  r"(?<!fled\s)(?<!flee\s)(?<!fleeing\s)(?<!escaped\s)(?<!escaping\s)(?<!withdrew\s)(?<!withdrawing\s)"
                  r"\bto\s+an\s+unknown\s+destination"),  # (the attackers fleeing to one took no one)
    # ("bodies of" not after "carrying the", "received the", "buried the": a funeral, a protest or a handover, round 74)
    ("other", ("explo", "blast", "murder", "hono", "found", "bodies", "stabbed", "shot", "drone", "finding", "discover",
               "hanged", "strangl", "death", "tortur", *_KIN_STEMS),
              r"\bexplosions?\b|\bhanged\b(?!\s+(?:himself|herself|themselves))|\bstrangl(?:ed|ing)\b|\b(?:beaten|burned|burnt|bludgeoned|hacked)\s+to\s+death\b|\bexploded|\bblast\b|\bmurder(?:ed)?\b|\bhonou?r\s+(?:killing|crime)s?\b|" + _KIN_KILLING + r"|\bfound\s+dead|\bfound\s+(?:the\s+)?(?:body|bodies|corpse)|\b(?:body|bodies|corpses?)\s+(?:[\w'’-]+\s+){0,12}?(?:was|were)\s+found|(?<!carrying\sthe\s)(?<!carried\sthe\s)(?<!received\sthe\s)(?<!receiving\sthe\s)(?<!buried\sthe\s)(?<!burying\sthe\s)\bbodies\s+(?:of|were\s+found)|\b(?:finding|discovery)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bod(?:y|ies)|corpses?)\b|\bstabbed|\bshot\s+down|"
              r"\b(?:intercepted|downed)\s+(?:[\w-]+\s+){0,3}?drones?\b|" + _TORTURED),
)
#: The kinds whose patterns have a branch that may begin inside a word ("explosive remnants" after "\\b"-less cues):
#: the others are tried only where a word begins (gates.word_start).
_INSIDE_WORDS: Final = frozenset({"ied_landmine", "airstrike"})
TYPE_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (name, re.compile(p if name in _INSIDE_WORDS else word_start(p), re.IGNORECASE)) for name, _, p in _TYPES)
_TYPE_STEMS: Final = tuple(stems for _, stems, _ in _TYPES)

_PERP_VERB = re.compile(  # an actor ("HTS", "the \"Fath al-Mubin\" operations room", "Hayat Tahrir al-Sham (HTS)") doing it,
    # also past a word the text quotes ("an HTS \"inghimasi\" group stormed": tests/test_extract_casualty_attackers_unnamed.py)
    r"[\"”’]?\s*(?:\([^()]{1,30}\)\s*)?(?:[\"“]?\w+[\"”]?\s+){0,2}?(?:cells?|members?|fighters?|militants?|gunmen|forces|warplanes|jets|drones?|helicopters?|artillery|troops|"
    r"militiamen|elements)?\s*(?:have\s+|had\s+|also\s+|reportedly\s+)?(?:attacked|launched|fired|shelled|targeted|target|carried\s+out|"
    r"killed|kill|kills|ambushed|executed|stormed|bombed|struck|hit|opened|detonated|planted|shot|assassinated|kidnapped|abducted|"
    r"raided|pounded|conducted|executes|attack|attacks|targets|shell|shells|launch|launches|bombard|bombarded|claimed|"
    r"responded|retaliated|infiltrated|(?:tried|attempted|trying|attempting)\s+to\s+(?:advance|storm|infiltrate|break\s+into|sneak\s+into))\b",
    re.IGNORECASE,
)
#: The doer's verb right after an aside on it ("..., affiliated with the government, attacked"): no word between.
_ASIDE_VERB = re.compile(r"\s*(?:have\s+|had\s+|also\s+)?(?:attacked|stormed|ambushed|raided|assaulted|shelled|targeted|"
                         r"launched|killed|infiltrated|(?:tried|attempted)\s+to\s+(?:advance|storm|infiltrate))\b", re.IGNORECASE)
_PERP_ADJ = re.compile(r"\s*(?:rocket|drone|artillery|air|missile|aerial|mortar|kamikaze)?\s*(?:attacks?|strikes?|fire|shelling|"
                       r"shells|raids?|bombardment|warplanes|jets|drones?|helicopters?|fighter\s+jets|gunfire|landmine|mines?|cells?)\b",
                       re.IGNORECASE)
#: An actor named by its weapon ("Russian airstrikes", "Turkish drones"): who struck.
_OWN_WEAPON = re.compile(r"\b(?:air\s?strikes?|air\s+raids?|strikes|raids|shelling|bombardment|warplanes|jets|drones?|"
                         r"helicopters?|artillery)$", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|of)\s+(?:the\s+)?(?:\w+[\s-]+){0,3}?[\"“]?$", re.IGNORECASE)
#: The doer after an attack suffered: "came under fire from ISIS cells", "under heavy shelling from the SDF".
_UNDER_FROM = re.compile(r"\bunder\s+(?:\w+\s+)?(?:fire|gunfire|attack|shelling|bombardment)\s+from\s+(?:the\s+)?(?:\w+[\s-]+){0,2}?[\"“]?$",
                         re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:on|against|targeting|targeted|target|attacked|ambushed|at|hit|struck|shelled|with|between)\s+"
                            r"(?:[\w'\"“”-]+\s+){0,7}?[\"“]?$", re.IGNORECASE)


_PASSIVE = re.compile(r"\b(?:was|were|been|being|got)\s+(?:\w+\s+)?\w+$", re.IGNORECASE)
#: "the first US troops killed by hostile fire": a participle with its agent after it, the victims told, not who did it.
_AGENT_AFTER = re.compile(r"(?<=ed|ot|it|ck)\s+by\s+(?![\w-]+ing\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Roles:
    perpetrator: ActorMatch | None
    target: ActorMatch | None


_CLASH = dict(TYPE_PATTERNS)["clash"]
_ABDUCTION = dict(TYPE_PATTERNS)["abduction"]


#: Phrases that name another event as the setting of the one told ("amid Russian airstrikes", "in response to the shelling",
#: "as the army began retaliating for a rocket attack", "in what it described as a response to drone attacks", "in revenge
#: for a car bomb": the event answered is the setting of the strike told).
_SETTING = re.compile(r"\b(?:amid(?:st)?|(?:in|as\s+an?)\s+(?:response|retaliation|reprisal)\s+(?:to|for)|in\s+revenge\s+for|retaliating\s+for|"
                      r"coinciding\s+with|backed\s+by|supported\s+by|"
                      # "..., in the deadliest Turkish attack on regime forces since the Idlib battles in early 2020": the
                      # event ranked against another, whose kind is not the one told
                      r"(?:the\s+)?(?:deadliest|bloodiest|worst)\s+[^.;,]{0,80}?\bsince\s+(?=the\s+[^.;,]{0,40}?\b(?:battles?|fighting|"
                      r"clashes|offensive|attacks?|bombardment|strikes?)\b)|"
                      r"(?:responsible|blamed)\s+for\s+(?:(?:an?|the)\s+(?:series|number|wave|string)\s+of\s+|several\s+|many\s+|"
                      r"numerous\s+|a\s+number\s+of\s+|the\s+|recent\s+)?(?=[\w-]*\s*(?:assassinations?|attacks|bombings|killings|"
                      r"kidnappings|abductions|explosions)\b)|"
                      r"with\s+the\s+support\s+of|under\s+(?:the\s+)?cover\s+of|covered\s+by|accompanied\s+by|"
                      r"under\s+(?:(?:the|a|heavy|intense|intensive|dense|massive)\s+)?(?:air|aerial)\s+cover|"
                      r"(?:after|following|before)\s+(?:the|an?\s+(?:earlier|previous))\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|shelling|bombardment|"
                      r"ambush|explosion|blast|clashes|airstrikes?|bombing)"
                      r"(?=\s*(?:[,.;]|$|and\b|on\s+\w+day)))(?:(?!(?:raided|stormed|attacked|ambushed)\b)\w+|[^,.;\w])*", re.IGNORECASE)
#: Every _SETTING match holds one of its openers.
_SETTING_STEMS: Final = ("amid", "response", "retaliation", "reprisal", "revenge", "retaliating", "coinciding", "backed", "support",
                         "responsible", "blamed", "cover", "accompanied", "after", "following", "before", "deadliest",
                         "bloodiest", "worst")


#: "... and then shot him dead", "..., before executing three of them": those taken were killed.
_KILLED_AFTER = re.compile(r"\b(?:then|later|before|after\s+which|and)\s+(?:\w+\s+){0,2}?(?:shot|killed|executed|executing|killing|"
                           r"shooting|slaughtered|beheaded|liquidated)\b", re.IGNORECASE)
BODY_FOUND = re.compile(r"\bfound\s+(?:dead|killed|murdered|shot)|\bfound\s+(?:the\s+)?(?:body|bodies|corpses?)|"
                         r"\b(?:body|bodies|corpses?)\s+(?:[\w'’-]+\s+){0,12}?(?:was|were)\s+found", re.IGNORECASE)
_ARMED_NOUN = re.compile(r"gunmen|bullets?|gunfire|sniper|shooting", re.IGNORECASE)


def only_setting(text: str) -> bool:
    """The sentence's kind of event is named only inside a phrase of setting ("..., amid the spread of armed gangs
    and airstrikes"): it tells of the conditions, not of an event."""
    span = folded(text)
    return search_gated(_SETTING, _SETTING_STEMS, text, span) is not None and _first_type(blank_gated(_SETTING, _SETTING_STEMS, text, span)) is None


def setting_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the phrases of setting in ``text`` ("in response to the bombing in X", "amid clashes in Y")."""
    span = folded(text)
    if not has_any(span, _SETTING_STEMS):
        return []
    return [m.span() for m in _SETTING.finditer(text)]


@lru_cache(maxsize=4096)  # a sentence's kind is asked for several times (its facts, its units, a total's parts)
def event_type(text: str) -> tuple[str, int, int] | None:
    """The highest-priority type keyword in ``text``, with its span (clashes win over the shelling that goes with them).

    Keywords inside a phrase that gives the setting ("amid intense airstrikes", "in response to the shelling") count
    only when the rest of the sentence names no kind of event.
    """
    span = folded(text)  # (each pattern tried only where the sentence holds one of its stems)
    text = blank_gated(_SEIZED, ("explosive",), text, span)  # belts seized in a raid: weapons, not a bombing
    text = blank_gated(_CARGO, _ARMS_STEMS, text, span)  # "depots that contained drones and rockets": arms held
    text = blank_gated(CORNERED, CORNERED_STEMS, text, span)  # wanted men who blew themselves up when cornered
    text = _raided_blown_blanked(text, span)  # ... or as troops stormed their house
    text = blank_gated(_DEEDS, _DEEDS_STEMS, text, span)  # "an emir responsible for planning assassinations"
    text = blank_gated(_FREED, _FREED_STEMS, text, span)  # "released four kidnapped men": a release, not an abduction
    text = blank_gated(_AIR_PART, ("part", "particip"), text, span)
    text = blank_gated(_CARRIED, ("helicopter",), text, span)  # "a coalition helicopter took part in the raid"
    text = blank_gated(IDLE_AIRCRAFT, IDLE_STEMS, text, span)
    text = blank_gated(NOT_RULED_OUT, RULED_STEMS, text, span)  # "did not rule out a drone strike": a guess
    text = blank_gated(REACTED, REACTED_STEMS, text, span)  # "did not react to the bombardment": a reaction
    text = blank_gated(NONE_TOLD, NONE_STEMS, text, span)  # "there have been no air strikes": none told  # "a helicopter flying over the crossings": no strike
    text = blank_gated(_RUBBLE, ("rubble", "debris"), text, span)  # bodies pulled from the rubble: a strike's dead
    text = blank_gated(_MAYBE, _MAYBE_STEMS, text, span)  # "ready to repel any attack": no event told
    text = _hazards_blanked(text, span)  # "shot two herders despite the risk of mines": the shooting
    text = blank_gated(_CLUSTER_LOAD, ("bomblet", "submunition", "sub-munition"), text, span)  # a missile's load
    text = _struck_blasts_blanked(text, span)  # "Israeli missiles caused explosions targeting depots": the strike
    text = small_arms_blanked(text, span)  # "attacked the post with machine guns and rockets": no bombardment
    if search_gated(_SETTING, _SETTING_STEMS, text, span) is None:
        first = _first_type(text)
    else:  # the kind named outside the setting, else the setting's own
        first = _first_type(blank_gated(_SETTING, _SETTING_STEMS, text, span)) or \
            (None if OPERATION_ONLY.search(text) else _first_type(text))  # "a search operation, backed by helicopters"
    first = stabbing_kind(first, text) if "stab" in span else first  # "attacked a woman and stabbed her": a murder
    first = _depot_blast(first, text, span)  # "the detonation of old munitions at a military site": a depot blast
    return found_beheaded(ground_attack(bombing_kind(_storm_fire(_stormed_after(first, text, span), text), text), text), text)


def _depot_blast(found: tuple[str, int, int] | None, text: str, span: str) -> tuple[str, int, int] | None:
    """A bomb or shelling read only from munitions that went off where they were stored ("the explosion of shells kept
    at a base"): the depot blast (`other`), unless the rest of the sentence names another kind (the strike that set
    them off)."""
    if found is None or found[0] not in ("ied_landmine", "shelling") or not has_any(span, DEPOT_STEMS):
        return found
    blasts = list(DEPOT_BLAST.finditer(text))
    if not any(m.start() <= found[1] < m.end() for m in blasts):
        return found
    rest = _first_type(blank(DEPOT_BLAST, text))
    return ("other", blasts[0].start(), blasts[0].end()) if rest is None or rest[0] == "other" else rest


def _hazards_blanked(text: str, span: str) -> str:
    """``text`` without its phrases naming a standing hazard of the area ("despite the danger of landmines", "a valley
    littered with mines") or mines cleared ("army units dismantled explosive devices planted by the rebels"), where the
    rest still names a kind of event; a sentence told only through them keeps them."""
    rest = blank_gated(STANDING, STANDING_STEMS, blank_gated(HAZARD, HAZARD_STEMS, text, span), span)
    return rest if rest != text and _first_type(rest) is not None else text


#: Bomblets told as the load a missile or rocket carried, or as scattering from it ("a surface-to-surface missile carrying
#: cluster bomblets struck the camp", "rockets loaded with submunitions", "as bomblets scattered among the tents"): the
#: strike's own munitions, not war remnants going off (those are told in the singular or as left over).
_CLUSTER_LOAD: Final = re.compile(r"\b(?:carrying|carried|loaded\s+with|laden\s+with|packed\s+with|containing|contained|filled\s+with|"
                                  r"armed\s+with)\s+(?:[\w-]+\s+)?(?:cluster\s+)?(?:bomblets|submunitions|sub-munitions)\b|"
                                  r"\b(?:cluster\s+)?(?:bomblets|submunitions)\s+(?:were\s+|had\s+)?(?:scattered|spread|rained|fell|landed)\b",
                                  re.IGNORECASE)


_BLAST_AIMED_RE: Final = re.compile(_BLAST_AIMED + "|" + _VEHICLE_BLAST, re.IGNORECASE)


def _struck_blasts_blanked(text: str, span: str) -> str:
    """``text`` without its "explosions targeting X" and vehicles that exploded where the rest tells the strike or
    shelling that caused them ("Israeli missiles caused explosions targeting depots", "explosions targeting X were
    caused by airstrikes", "regime shelling caused the explosion of a fuel tanker")."""
    rest = blank_gated(_BLAST_AIMED_RE, ("explos", "blast", "blew", "went"), text, span)
    kind = _first_type(rest) if rest != text else None
    return rest if kind is not None and kind[0] in ("airstrike", "drone_strike", "shelling") else text


def _storm_fire(found: tuple[str, int, int] | None, text: str) -> tuple[str, int, int] | None:
    """Shelling or bombing told with the storming it prepared ("stormed the village after shelling it"): the attack."""
    if found is None or found[0] not in ("shelling", "airstrike"):
        return found
    storm = storm_over_fire(text)
    return found if storm is None else ("attack", *storm)


#: Storming that follows a bomb in one sentence ("detonated a car bomb at the gate and stormed the prison", "blew up a
#: car bomb before breaking into the base"), or an assault said to begin with it: the bomb opens an attack.
_STORM_STEMS: Final = ("storm", "broke into", "breaking into", "assault")  # every _STORM match holds one
_STORM = re.compile(r"\b(?:storm(?:ed|ing|s)?|broke\s+into|breaking\s+into|assault(?:ed|ing)?)\b(?!\s+(?:rifles?|weapons?|guns?))")
# (lower case only: "Operation Euphrates Storm" is a name)
_ASSAULT_BEGAN = re.compile(r"\b(?:assault|attack|offensive)\s+(?:began|started|opened|was\s+launched)\b", re.IGNORECASE)


def _stormed_after(found: tuple[str, int, int] | None, text: str, span: str) -> tuple[str, int, int] | None:
    """A bomb that opens a storming of the place it hit is the attack's first blow: the event is the attack."""
    if found is None or found[0] != "ied_landmine" or not has_any(span, _STORM_STEMS):
        return found
    if _STORM.search(text, found[2]) is not None or _ASSAULT_BEGAN.search(text) is not None:
        return "attack", found[1], found[2]  # (the bomb's words: its actors are the attack's)
    return found


#: What a person is said to have done before ("an emir responsible for planning assassinations", "a man accused of
#: carrying out bombings", "a veteran of the battles against ISIS"): his record, not the event told.
_DEEDS_STEMS: Final = ("responsible", "accus", "involv", "charge", "suspected", "known", "veteran")  # every _DEEDS match starts with one
_DEEDS = re.compile(r"\bveterans?\s+of\s+(?:the\s+|many\s+|several\s+)?(?:[\w-]+\s+)?(?:battles?|fighting|wars?|campaigns?|"
                    r"offensives?)\b|"  # "a veteran of the battles against ISIS in X": his past, not the event told
                    r"\b(?:responsible\s+for|accused\s+(?:(?:the|a|an|this|that|these|those|its|his|their)\s+)?(?:[\w-]+\s+)?of|"
                    r"accusing\s+(?:him|her|them)\s+of|involved\s+in|involvement\s+in|on\s+charges?\s+of|"
                    r"suspected\s+of|known\s+for)\s+(?:(?:[\w-]+\s+){1,5}?(?:and|or)\s+(?:of\s+)?)?(?:(?:planning|"
                    r"carrying\s+out|organi[sz]ing|orchestrating|masterminding|plotting|conducting|planting)\s+)?"
                    r"(?:(?:an?|the)\s+(?:series|number|wave|string)\s+of\s+|several\s+|many\s+|numerous\s+|recent\s+|"
                    r"(?:the\s+)?(?:previous\s+|past\s+)?)?(?:[\w-]+\s+)?(?:assassinations|attacks|bombings|killings|kidnappings|"
                    r"abductions|explosions|ambushes|executions|operations|kidnapping|killing|bombing|"
                    # (mines planted "that killed three fighters" are the event told, not a deed of the past)
                    r"(?:IEDs|mines|landmines|explosive\s+devices|explosives|car\s+bombs)(?!\s+(?:that|which)\s+(?:had\s+)?"
                    r"(?:killed|wounded|injured|exploded|went|struck|hit|targeted|blew)\b))\b", re.IGNORECASE)


#: Aircraft said to take part in a raid or operation on the ground ("a coalition helicopter took part in the raid",
#: "warplanes participated in the operation"): support of the raid, which is the event, not an airstrike.
_AIR_PART = re.compile(r"\b(?:helicopters?|warplanes?|aircraft|jets|drones?)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
                       r"(?:(?:took|taken|take|takes|taking)\s+part|participat(?:ed|es|ing))\s+in\b", re.IGNORECASE)
#: An event only spoken of as possible ("ready to repel any attack", "fears of a possible offensive", "to prevent future
#: assaults"): none took place.
_MAYBE_STEMS: Final = ("any ", "possible", "potential", "future", "eventual", "would", "could", "might", "fear", "afraid")  # every _MAYBE match holds one
_MAYBE = re.compile(r"\b(?:any|possible|potential|future|eventual)\s+(?:new\s+|further\s+|ground\s+|military\s+|Turkish\s+)?"
                    r"(?:attacks?|offensives?|incursions?|assaults?|operations?)\b|"
                    # "fearing that the fighting would spread": a fight feared, not told
                    r"\b(?:fighting|clashes|battles?)\s+(?:would|could|might)\s+(?:spread|expand|extend|escalate|reach)\b|"
                    # "families fled ..., fearing further shelling": a harm feared, not told
                    r"\b(?:fearing|for\s+fear\s+of|in\s+fear\s+of|afraid\s+of)\s+(?:(?:further|more|new|renewed|another|an?)\s+)?"
                    r"(?:[\w-]+\s+)?(?:shelling|bombardment|strikes?|airstrikes?|air\s+strikes?|attacks?|raids?|clashes|fighting|reprisals?)\b",
                    re.IGNORECASE)
#: Bodies recovered from the rubble ("teams recovered the bodies of three people from the rubble"): the dead of the
#: strike or shelling told, not bodies found of a murder.
_RUBBLE = re.compile(r"\b(?:recover(?:ed|ing|s)?|retriev(?:ed|ing|es)?|pull(?:ed|ing|s)?|dug|dig(?:ging)?|extract(?:ed|ing|s)?)\s+"
                     r"(?:out\s+)?(?:the\s+)?(?:bod(?:y|ies)|corpses?)\b[^.;]{0,60}?\bfrom\s+(?:under\s+)?(?:the\s+)?"
                     r"(?:rubble|debris)", re.IGNORECASE)
#: "flown by helicopter to the base", "airlifted by helicopters": men carried, not a strike.
_CARRIED = re.compile(r"\b(?:flown|airlifted|transported|carried|evacuated|taken)\s+(?:away\s+|out\s+)?(?:aboard|by|on|in)\s+"
                      r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?helicopters?\b", re.IGNORECASE)


#: Captives set free ("released four kidnapped men", "freed the abducted women", "rescued a child who had been
#: kidnapped"): the release is told, not an abduction.
_FREED_STEMS: Final = ("releas", "free", "rescu", "liberat")  # every _FREED match starts with one
_FREED = re.compile(r"\b(?:releas(?:ed|ing|es?)|freed|fre(?:e|es|eing)|rescu(?:ed|ing|es?)|liberat(?:ed|ing|es?))\s+"
                    r"(?:[\w-]+\s+){0,4}?(?:(?:who|that)\s+(?:had\s+)?(?:been|was|were)\s+)?"
                    r"(?:kidnapp?(?:ed|ees?)|abduct(?:ed|ees?)|hostages?)\b", re.IGNORECASE)


#: A wanted man who blew himself up as troops raided him ("when the forces stormed the house, the leader detonated an
#: explosive belt he was wearing", "blew himself up, killing his family, as troops closed in"): the raid is the event.
_SELF_BLOWN = (r"(?:blew\s+(?:himself|herself|themselves)\s+up|detonated\s+(?:(?:his|her|their|an?)\s+)?(?:explosive\s+)?"
               r"(?:belts?|vests?)(?:\s+(?:he|she)\s+was\s+wearing)?|detonated\s+(?:himself|herself|themselves))")
_TROOPS_IN = (r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|commandos)\s+(?:had\s+)?(?:closed\s+in|stormed|raided|"
              r"broke\s+into|moved\s+in)\b")
_BLOWN = re.compile(r"\b" + _SELF_BLOWN, re.IGNORECASE)
_TROOPS_BEFORE = re.compile(r"\b(?:when|as|once)\s+" + _TROOPS_IN + r"[^.;]{0,100}?$", re.IGNORECASE)
#: (or during the raid: "detonated an explosive vest during the operation, killing himself", "blew himself up during a US
#: raid on his hideout", "during a security operation")
_TROOPS_AFTER = re.compile(r"[^.;]{0,60}?\b(?:(?:as|when|once)\s+" + _TROOPS_IN + r"|(?:during|in\s+the\s+course\s+of)\s+(?:the|an?)\s+"
                           r"(?:[\w.-]+\s+)?(?:raid|operation|assault|storming|landing)\b)", re.IGNORECASE)


def _raided_blown_blanked(text: str, span: str) -> str:
    """``text`` without a self-detonation told as troops raided the man ("when the forces stormed the house, the leader
    detonated an explosive belt", "blew himself up during the raid"): the raid is the event, not a suicide bombing."""
    if not has_any(span, ("blew", "detonated")):
        return text
    for m in _BLOWN.finditer(text):
        if _TROOPS_BEFORE.search(text, max(0, m.start() - 160), m.start()) or _TROOPS_AFTER.match(text, m.end()):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


#: Arms held or moved ("depots that contained drones and rockets", "a truck carrying missiles"): what was hit or
#: carried, not the weapon that struck.
_ARMS = r"(?:drones|rockets|missiles|weapons|ammunition|munitions|shells)\b"
_ARMS_STEMS: Final = ("drones", "rockets", "missiles", "weapons", "ammunition", "munitions", "shells")  # every _CARGO match ends with one
_CARGO = re.compile(r"\b(?:contain(?:ed|ing|s)?|stor(?:ed|ing|es)|hous(?:ed|ing|es)|smuggl(?:ed|ing)|transport(?:ed|ing)|"
                    r"carr(?:ying|ied)(?!\s+out)|(?:shipments?|consignments?|caches?|stockpiles?|depots?)\s+of)\s+"
                    r"(?:[\w,-]+\s+){0,6}?" + _ARMS + r"(?:(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:[\w-]+\s+){0,2}?" + _ARMS + r")*",
                    re.IGNORECASE)


#: Explosive belts or vests seized, found or confiscated: weapons taken, not worn by a bomber.
_SEIZED = re.compile(r"\b(?:seiz\w*|confiscat\w*|found|recover\w*|captur\w*)\s+(?:[\w,-]+\s+){0,6}?explosive\s+(?:vest|belt)s?\b|"
                     r"\bexplosive\s+(?:vest|belt)s?\b(?=[^.;]{0,60}?\b(?:was|were|had\s+been)\s+(?:also\s+)?"
                     r"(?:seized|confiscated|found|recovered|captured)\b)", re.IGNORECASE)


#: A drone brought down ("air defences shot down a drone", "two drones were intercepted", "shot down at dawn on Monday
#: two drones"): no drone strike (SCHEMA: other).
_DOWNED = re.compile(r"\b(?:shot\s+down|downed|intercepted|brought\s+down)\s+(?:(?:at|on|in|early|late|last|this)\s+[\w-]+\s+){0,3}"
                     r"(?:[\w-]+\s+){0,3}?drones?\b|"
                     r"\bdrones?\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+(?:shot\s+down|downed|intercepted)\b", re.IGNORECASE)
#: A warplane or helicopter brought down ("rebels shot down a regime MiG warplane", "a helicopter was shot down over X",
#: "the second helicopter to be downed"): no airstrike (SCHEMA: other), unless the sentence names a strike besides.
_AIRCRAFT = r"(?:warplanes?|helicopters?|jets?|bombers?|planes?|aircraft|(?:Su|MiG|Mi)-?\d+\w*|MiGs?|Sukhois?)"
_PLAIN_WORD = r"(?:(?!(?:as|while|and|or|after|when|then|by|from|fired|launched|targets?|drones?|missiles?|rockets?)\b)[\w-]+\s+)"
#: The shooter may be an aircraft itself ("F-16 fighter jets shot down two SU-24 warplanes"); a headline drops the
#: verb's helper ("regime jets downed").
_SHOOTER = r"(?:\b(?:F-?\d+\w*\s+)?(?:fighter\s+)?(?:jets?|warplanes?|aircraft|F-?\d+\w*)\s+(?:have\s+|has\s+|had\s+)?)?"
_AIRCRAFT_DOWNED = re.compile(_SHOOTER + r"\b(?:shot\s+down|downed|brought\s+down)\s+(?:an?\s+|the\s+|two\s+|three\s+)?"
                              + _PLAIN_WORD + "{0,4}?" + _AIRCRAFT + r"(?:\s+" + _AIRCRAFT + r")?\b|\b" + _AIRCRAFT + r"\s+"
                              + r"(?:" + _PLAIN_WORD + r"{0,4}?(?:was|were|to\s+be|been|being)\s+)?"
                              r"(?:shot\s+down|downed|brought\s+down)\b", re.IGNORECASE)
#: The aircraft's own strike told beside its downing ("after it had dropped explosive barrels on the town", "after
#: taking part in raids on the town").
_CRAFT_STRUCK = re.compile(r"\b(?:dropped|dropping|bombed|struck|raided|pounded|raids|strikes|bombing|bombardment)\b",
                           re.IGNORECASE)
_DRONE_HIT = re.compile(r"\bdrones?\s+(?:also\s+)?(?:struck|hit|bombed|targeted|killed|attacked)\b", re.IGNORECASE)


#: Aircraft named first and drones after them as the strikers of one event ("Turkish warplanes and drones struck").
_AIR_THEN_DRONES = re.compile(r"\b(?:warplanes|jets|aircraft|helicopters|air\s?strikes|air\s+raids)\s+and\s+(?:[\w-]+\s+)?drones?\b",
                              re.IGNORECASE)


def _aircraft_downed(text: str, airstrike: re.Pattern[str]) -> tuple[str, int, int] | None:
    """`other` where every airstrike word of ``text`` names an aircraft brought down ("shot down a regime helicopter")."""
    downs = list(_AIRCRAFT_DOWNED.finditer(text))
    rest = blank(_AIRCRAFT_DOWNED, text) if downs else text
    if not downs or airstrike.search(rest) is not None or _CRAFT_STRUCK.search(rest) is not None:
        return None  # ("shot down a regime helicopter after it had dropped explosive barrels on the town": its strike)
    return "other", downs[0].start(), downs[0].end()


def _first_type(text: str) -> tuple[str, int, int] | None:
    span = folded(text)
    for (name, pattern), stems in zip(TYPE_PATTERNS, _TYPE_STEMS, strict=True):
        m = pattern.search(text) if has_any(span, stems) else None  # a match holds one of its kind's stems
        if m is None:
            continue
        joint = _AIR_THEN_DRONES.search(text) if name == "drone_strike" else None
        if joint is not None and joint.start() <= m.start() < joint.end():  # "Turkish warplanes and drones struck": the
            return "airstrike", joint.start(), joint.end()  # aircraft named first lead (SCHEMA: airstrike)
        downed = _DOWNED.search(text) if name == "drone_strike" else None
        if downed is not None and _DRONE_HIT.search(text) is None:
            return "other", downed.start(), downed.end()
        if name == "airstrike" and has_any(span, ("down",)):
            downed_air = _aircraft_downed(text, pattern)
            if downed_air is not None:
                return downed_air
        armed = name == "attack" and _ARMED_NOUN.fullmatch(m.group(0)) is not None
        if armed:  # "gunmen kidnapped a doctor": who did it, not what was done (unless he was found killed after it)
            taken = _ABDUCTION.search(text)
            if taken is not None and BODY_FOUND.search(text) is None and _KILLED_AFTER.search(text, taken.end()) is None \
                    and not armed_not_taking(text, taken):  # (not "injured by gunfire, while his sons were abducted")
                return "abduction", taken.start(), taken.end()
        found = BODY_FOUND.search(text) if name == "abduction" else None
        if found is not None:  # "found dead ... after he had been abducted": the killing is what is told
            return "other", found.start(), found.end()
        thrown = grenade_thrown(text, m.end()) if name == "ied_landmine" and m.group(0).lower().startswith("grenade") else None
        if thrown is not None:  # "threw a hand grenade at a checkpoint": the thrower's attack, whatever else is told
            return "attack", thrown, m.end()
        if armed or name in ("shelling", "execution") or name == "ied_landmine" and m.group(0).lower().startswith("grenade"):
            # shells, grenades, gunmen or a beheading in the course of a battle: the battle (not a fight the victims
            # were accused of: "executed 20 men after accusing them of fighting in the ranks of regime forces")
            clash = _CLASH.search(blank(_FOUGHT_FOR, blank(_CAPTURED_IN, text)) if name == "execution" else text)
            if clash is not None and name == "shelling" and clash.start() > m.start() and \
                    _FIGHT_AFTER.search(text, max(0, clash.start() - 60), clash.start()):
                clash = None  # "shelling killed six soldiers, prompting the first direct clashes": the shelling
            if clash is not None and not (armed and _SPARKED.search(text, 0, clash.start())):  # unless their attack began it
                provoked = _PROVOKED.match(text, clash.end()) if armed else None
                if provoked is not None:  # "clashes that erupted ..., after gunmen attacked the square": their attack
                    return "attack", provoked.start("verb"), provoked.end("verb")
                return "clash", clash.start(), clash.end()
        if name == "ied_landmine" and m.group(0).lower().startswith("grenade") and grenade_used(text, m.end()):
            return "attack", m.start(), m.end()  # "had thrown a hand grenade at the house": the attackers' weapon
        began = _ATTACK_BEGAN.search(text) if name == "clash" and _EXCHANGE.match(m.group(0)) else None
        if began is not None:  # "killed in an exchange of fire when ISIS cells attacked a checkpoint": their attack
            return "attack", began.start("verb"), began.end("verb")
        before = attack_before_exchange(text, m.start()) if name == "clash" and _EXCHANGE.match(m.group(0)) else None
        if before is not None:  # "gunmen attacked a post, sparking an exchange of fire": their attack
            return "attack", *before
        return name, m.start(), m.end()
    return None


#: "three fighters who had been captured during the clashes": where captives were taken, not how they were killed.
_CAPTURED_IN = re.compile(r"\b(?:captured|arrested|seized|detained|taken\s+(?:prisoner|captive))\s+(?:during|in|amid|in\s+the\s+course\s+of)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+)?(?:clash(?:es)?|fighting|battles?)\b", re.IGNORECASE)
#: An exchange of fire, and the attack said to have begun it ("... when ISIS cells attacked a checkpoint").
_EXCHANGE = re.compile(r"exchang|fire\s+exchange", re.IGNORECASE)
_ATTACK_BEGAN = re.compile(r"\b(?:when|after|as)\s+(?:[\w'’-]+\s+){1,5}?(?:had\s+)?(?P<verb>attacked|stormed|assaulted|raided)\b",
                           re.IGNORECASE)


#: "accused of fighting in the ranks of X", "for fighting alongside Y": whose side the victims were on, not a battle.
_FOUGHT_FOR = re.compile(r"\b(?:of|for)\s+(?:having\s+)?(?:been\s+)?(?:fighting|fought)\s+(?:in\s+the\s+ranks\s+of|alongside|"
                         r"within|among|for|with|against)\b", re.IGNORECASE)


#: "clashes that erupted near X, after gunmen from a local group attacked the square": the fight an attack began, also
#: when told as clashes between two sides ("clashes erupted between A and B, after B's gunmen attacked a checkpoint").
_PROVOKED = re.compile(r"\s+(?:(?:that|which)\s+(?:had\s+)?)?(?:erupted|broke\s+out|took\s+place|ensued)\b[^.;]{0,120}?"
                       r"\b(?:after|when|where|as)\s+(?:[\w-]+\s+){1,12}?(?P<verb>attacked|stormed|raided|assaulted)\b", re.IGNORECASE)


#: A fight named after the shelling as what it led to or as what it was called ("..., prompting the first direct clashes
#: between the two armies", "in the most serious confrontation between them"): the shelling is the event told.
_FIGHT_AFTER = re.compile(r"\b(?:(?:sparking|triggering|prompting|igniting|provoking|leading\s+to)\s+(?:[\w-]+\s+){0,3}?|"
                          r"in\s+(?:what\s+was\s+)?(?:the|a)\s+(?:most\s+\w+|first|biggest|deadliest|worst|largest|gravest)\s+"
                          r"(?:direct\s+)?)\Z", re.IGNORECASE)
#: "..., sparking clashes", "which triggered fighting": the fight the attack told before began.
_SPARKED = re.compile(r"\b(?:sparking|triggering|prompting|igniting|provoking|(?:which|that)\s+(?:sparked|triggered|ignited))\s+"
                      r"(?:[\w-]+\s+)?\Z", re.IGNORECASE)




#: "The SDF, backed by the coalition, killed ...": who backed the actor, told between it and its verb.
#: ("The SDF, in coordination with the coalition, carried out ...", "..., with the support of Russian helicopters, ...").
_BACKING = (r"(?:(?:backed|supported|assisted|aided|covered)\s+by|in\s+(?:coordination|cooperation|conjunction|partnership|"
            r"collaboration)\s+with|(?:together|jointly)\s+with|with\s+the\s+(?:[\w-]+\s+)?(?:support|backing|help|participation)\s+of)")
_BACKED_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\))?(?:\s+[\w-]+){0,2}?\s*(?:\([^()]{1,30}\)\s*)?,\s*" + _BACKING + r"\s+[^,.;]{1,80},", re.IGNORECASE)
#: The actor is named as the one backing another ("backed by the US-led coalition"): neither who did it nor the target.
_BACKER_BEFORE = re.compile(r"\b" + _BACKING + r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\"“]?$", re.IGNORECASE)
_BACKER_STEMS: Final = ("by", "with", "support", "backing", "help", "particip")  # every _BACKING phrase holds one
#: "SDF and International Coalition forces carried out ...": two sides named together as the ones who did it; the
#: first named leads ("between A and B" is a fight, not a joint deed).
_JOINT_WITH = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:and|&)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


#: A group's short name in brackets right after its name: "(SDF)", "(HTS)", "(TSK) units".
_SHORT_NAME = re.compile(r"\s*\((?:[A-Z][\w'-]*\s*){1,3}\)(?:\s+(?:units|forces|troops|fighters|jets|warplanes|drones|artillery))?")


def _verb_after(work: str, a: ActorMatch, end: int) -> re.Match[str] | None:
    """The verb the actor does, past a phrase naming who backed it ("The SDF, backed by the coalition, killed") or its
    short name in brackets ("The Syrian Democratic Forces (SDF) said that its fighters had killed")."""
    short = _SHORT_NAME.match(work, a.end, end)
    verb = _PERP_VERB.match(work, short.end() if short else a.end, end)
    seg = work[a.end:min(end, a.end + 60)]
    if verb is None and "," in seg and has_any(seg, _BACKER_STEMS):
        backed = _BACKED_AFTER.match(work, a.end, end)
        verb = _PERP_VERB.match(work, backed.end(), end) if backed is not None else None
    if verb is None:
        aside = past_aside(work, a.end, end)  # "gunmen of the militia, affiliated with the government, attacked"
        verb = _ASIDE_VERB.match(work, aside, end) if aside is not None else None
    return verb if verb is not None else said_deed(work, short.end() if short else a.end, end)  # "the army said that it had killed"


def _joint_lead(work: str, idle: ActorMatch | None, a: ActorMatch, start: int) -> ActorMatch:
    """The doer of a deed two sides are named doing together ("SDF and coalition forces carried out"): the first."""
    if idle is None or idle.side in ("civilians", "unknown") or idle.side == a.side or \
            _JOINT_WITH.fullmatch(work, idle.end, a.start) is None:
        return a
    return a if _BETWEEN_BEFORE.search(work, max(start, idle.start - 40), idle.start) else idle


def roles(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> Roles:
    """Perpetrator and target named in work[start:end] (either may be None)."""
    actors = lexicon.find(work, start, end, on)
    perp = target = idle = None  # idle: the last actor named in no role yet
    for a in actors:
        if a.side == "civilians":
            if target is None and perp is not None and _TARGET_BEFORE.search(work[max(start, a.start - 60): a.start]):
                target = a
            continue
        before = work[max(start, a.start - 60): a.start]
        if has_any(before[-40:], _BACKER_STEMS) and _BACKER_BEFORE.search(before):
            continue  # "backed by the US-led coalition": the backer
        verb = _verb_after(work, a, end)
        if verb is not None and (_PASSIVE.search(verb.group(0)) or _AGENT_AFTER.match(work, verb.end())
                                 or headline_passive(work, a.start, verb, work.rfind("\n", 0, a.start) + 1)):
            verb = None  # "a regime soldier was killed by a landmine", "Four soldiers killed": the victim, not who did it
        weapon = _PERP_ADJ.match(work, a.end, end) or _OWN_WEAPON.search(work[a.start:a.end])  # "Russian airstrikes"
        if perp is None and (verb or weapon and not _TARGET_BEFORE.search(before)):
            perp = _joint_lead(work, idle, a, start) if verb else a
            continue
        idle = a
        if perp is None and (_BY.search(before) and re.search(r"\bby\b", before[-40:], re.I) or _UNDER_FROM.search(before)):
            perp = a
            continue
        if target is None and _TARGET_BEFORE.search(before) and (perp is None or a.side != perp.side):
            target = a
    if perp is None:  # "The SDF said that its forces responded with artillery ...": the speaker's forces did it
        perp = next((a for a in actors if a.side not in ("civilians", "unknown") and speaks_for_doers(work, a.end, end)), None)
    if perp is None:  # "an infiltration attempt by the mercenaries": the group the text tied the noun to
        perp = group_noun_doer(work, start, end, lexicon, on)
    perp = jihadist_named(perp, work, lexicon, on) if perp is not None else None  # ("the jihadists attacked the convoy": ISIS's)
    return Roles(turkish_doer(perp, work, lexicon, on), turkish_doer(target, work, lexicon, on))
