"""`observatory gazetteer download`: fetch the GeoNames country dump and OCHA COD-AB boundaries.

The files are fetched over HTTP(S) into a folder (the cache folder by default) and then imported like any
user file. The official locations are below; HDX moves its resource URLs now and then, so every file can
also be fetched from mirrors given with ``--base-url`` (the file name is appended to each base in turn).
Nothing here runs unless the user asks for it: Observatory never downloads at run time.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from observatory import __version__
from observatory.errors import GeoError, InputError


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One file to fetch: its name, where it is published, how to import it, and whether it must exist."""

    name: str
    url: str
    fmt: str
    required: bool = True


@dataclass(frozen=True, slots=True)
class FetchedFile:
    url: str
    path: Path
    size: int
    fmt: str
    source: str


GEONAMES_DUMP = "https://download.geonames.org/export/dump/"
HDX_COD_AB = "https://data.humdata.org/dataset/cod-ab-syr/resource/download/"

COUNTRY_FILES: dict[str, tuple[RemoteFile, ...]] = {
    "SY": (
        RemoteFile("SY.zip", GEONAMES_DUMP + "SY.zip", "geonames"),
        RemoteFile("syr_admin0.geojson", HDX_COD_AB + "syr_admin0.geojson", "ocha-boundaries", required=False),
        RemoteFile("syr_admin1.geojson", HDX_COD_AB + "syr_admin1.geojson", "ocha-boundaries", required=False),
        RemoteFile("syr_admin2.geojson", HDX_COD_AB + "syr_admin2.geojson", "ocha-boundaries", required=False),
        RemoteFile("syr_admin3.geojson", HDX_COD_AB + "syr_admin3.geojson", "ocha-boundaries", required=False),
        RemoteFile("syr_admincapitals.geojson", HDX_COD_AB + "syr_admincapitals.geojson", "ocha-boundaries",
                   required=False),
    ),
}


def default_dest() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "observatory" / "downloads"


def download_country(country: str, dest: Path | None = None, *, base_urls: Sequence[str] = (),
                     timeout: float = 60.0) -> list[FetchedFile]:
    """Fetch the country's files into dest; returns what was fetched (optional files may be missing).

    Raises GeoError when a required file cannot be fetched from any location.
    """
    files = COUNTRY_FILES.get(country.upper())
    if files is None:
        raise InputError(f"no download is defined for country {country!r}", fix="use --country SY")
    folder = dest or default_dest()
    folder.mkdir(parents=True, exist_ok=True)
    fetched: list[FetchedFile] = []
    failures: list[str] = []
    for remote in files:
        urls = [b.rstrip("/") + "/" + remote.name for b in base_urls] or [remote.url]
        got = _fetch_first(urls, folder / remote.name, timeout, failures)
        if got is not None:
            url, size = got
            fetched.append(FetchedFile(url=url, path=folder / remote.name, size=size, fmt=remote.fmt,
                                       source=remote.name))
        elif remote.required:
            raise GeoError(f"could not fetch {remote.name}: {'; '.join(failures[-len(urls):])}",
                           fix="check the internet connection, give a mirror with --base-url, or download the "
                               "files yourself and run `observatory gazetteer import`")
    return fetched


def _fetch_first(urls: Sequence[str], target: Path, timeout: float, failures: list[str]) -> tuple[str, int] | None:
    for url in urls:
        try:
            return url, _fetch(url, target, timeout)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            failures.append(f"{url}: {getattr(exc, 'reason', exc)}")
    return None


def _fetch(url: str, target: Path, timeout: float) -> int:
    """Download url to target atomically; returns the size in bytes."""
    if not url.startswith(("http://", "https://")):
        raise ValueError("only http and https URLs are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": f"observatory/{__version__}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
        fd, tmp_name = tempfile.mkstemp(prefix=".part-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(response, out)
            os.replace(tmp_name, target)
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
    size = target.stat().st_size
    if size == 0:
        raise ValueError("empty file")
    return size
