"""Front-end assets for map.html, read from the npm packages installed beside the project.

Leaflet and Supercluster come from ``node_modules`` (``npm ci`` at the repository root) and are inlined
into the HTML file, so the map opens offline and never asks a CDN for anything. ``$OBSERVATORY_ASSETS``
may point at another folder that holds ``node_modules`` (or at a ``node_modules`` folder itself); when it is
set, it is the only place looked at.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from observatory.errors import ObservatoryError

_FILES = {
    "leaflet_js": "leaflet/dist/leaflet.js",
    "leaflet_css": "leaflet/dist/leaflet.css",
    "supercluster_js": "supercluster/dist/supercluster.min.js",
}


@dataclass(frozen=True, slots=True)
class MapAssets:
    leaflet_js: str
    leaflet_css: str
    supercluster_js: str
    versions: tuple[tuple[str, str], ...]


def candidate_dirs() -> list[Path]:
    """Where node_modules may be: $OBSERVATORY_ASSETS, the working directory, and the source checkout."""
    env = os.environ.get("OBSERVATORY_ASSETS")
    if env:  # an explicit setting is the only place looked at
        base = Path(env).expanduser()
        return [base if base.name == "node_modules" else base / "node_modules"]
    dirs: list[Path] = []
    dirs.append(Path.cwd() / "node_modules")
    for parent in Path(__file__).resolve().parents:
        if (parent / "package.json").is_file():
            dirs.append(parent / "node_modules")
            break
    return dirs


def find_node_modules() -> Path:
    for d in candidate_dirs():
        if all((d / rel).is_file() for rel in _FILES.values()):
            return d
    tried = ", ".join(str(d) for d in candidate_dirs())
    raise ObservatoryError(
        f"the interactive map needs Leaflet and Supercluster from npm, and they are not installed (looked in {tried})",
        fix="run `npm ci` in the Observatory repository root (or set OBSERVATORY_ASSETS to a folder holding node_modules)",
    )


def _script_safe(js: str) -> str:
    """Keep an inlined script from closing its own <script> element."""
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


def _inline_images(css: str, images: Path) -> str:
    def repl(match: re.Match[str]) -> str:
        path = images / match.group(1)
        if not path.is_file():
            return "none"
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\(images/([A-Za-z0-9_.-]+\.png)\)", repl, css)


def _version(pkg_dir: Path) -> str:
    import json

    try:
        return str(json.loads((pkg_dir / "package.json").read_text(encoding="utf-8")).get("version", "?"))
    except (OSError, ValueError):
        return "?"


@lru_cache(maxsize=4)
def _load(root: str) -> MapAssets:
    base = Path(root)
    text = {k: (base / rel).read_text(encoding="utf-8") for k, rel in _FILES.items()}
    return MapAssets(
        leaflet_js=_script_safe(text["leaflet_js"]),
        leaflet_css=_inline_images(text["leaflet_css"], base / "leaflet" / "dist" / "images"),
        supercluster_js=_script_safe(text["supercluster_js"]),
        versions=(("leaflet", _version(base / "leaflet")), ("supercluster", _version(base / "supercluster"))),
    )


def load_assets() -> MapAssets:
    """The inlinable Leaflet and Supercluster sources; ObservatoryError with the fix when missing."""
    return _load(str(find_node_modules()))
