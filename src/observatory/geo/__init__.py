"""Place resolution for Syria: gazetteer, matching, relative locations, admin areas.

Public interface (used by extraction, analysis and the CLI):

    GeocodeResult                       frozen dataclass, the contract of `observatory geocode`
    Geocoder.default()                  the embedded default gazetteer (no download, no database)
    Geocoder.from_store(store)          embedded default plus what the user imported into the store
    geocoder.geocode(name, context=None) -> GeocodeResult
    geocoder.governorate_of(lat, lon) -> (admin1 name, p-code)

    observatory.geo.boundaries: AdminArea, load_admin_areas(store, level), country_outline(store)
    observatory.geo.rivers: euphrates_line()
    observatory.geo.importers: import_paths(store, paths, fmt)   (`observatory gazetteer import`)
"""

from observatory.geo.geocoder import Geocoder
from observatory.geo.result import GeocodeResult

__all__ = ["GeocodeResult", "Geocoder"]
