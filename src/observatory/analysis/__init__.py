"""Analysis: tallies that never double count, reproducible statements, deduplication, areas, control, escalation.

Public interface::

    from observatory.analysis.tally import TallyQuery, TallyResult, tally
    from observatory.analysis.statements import save_statement, rerun_statement
    from observatory.analysis.dedup import find_duplicates, merge_events, split_events
    from observatory.analysis.areas import activity_area
    from observatory.analysis.regions import region_geometry, list_regions, save_region
    from observatory.analysis.control import import_control, control_areas
    from observatory.analysis.escalation import rate_ratio, change_points, alerts
"""

RULE_VERSION = "tally-1+reconcile-1"
