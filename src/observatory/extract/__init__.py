"""Extraction: from a report's text to incidents (casualties by side, type, date, places) and period totals.

Public interface:

    extract_report(report, geocoder=None) -> Extraction   never raises for a bad report (reason set instead)
    to_contract(report_external_id, extraction) -> dict    the JSON line of `observatory extract --format jsonl`
    EXTRACTOR_VERSION                                       stored with every claim
    ActorLexicon                                            the actor lexicon (default CSV plus a user file)
"""

from observatory.extract.actors import ActorLexicon
from observatory.extract.contract import to_contract
from observatory.extract.core import EXTRACTOR_VERSION, extract_report

__all__ = ["EXTRACTOR_VERSION", "ActorLexicon", "extract_report", "to_contract"]
