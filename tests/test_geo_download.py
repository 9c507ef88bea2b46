"""`observatory gazetteer download` against a local HTTP server on 127.0.0.1 serving small files written here."""

from __future__ import annotations

import functools
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from observatory.cli import cli
from observatory.errors import GeoError
from observatory.geo.download import download_country


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's signature
        pass


@pytest.fixture()
def mirror(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A local mirror: SY.zip (a two-line GeoNames dump) and an admin1 GeoJSON; other files are missing."""
    root = tmp_path / "mirror"
    root.mkdir()
    dump = "\t".join(["9100001", "Test Qaryah", "Test Qaryah", "", "35.1", "39.9", "P", "PPL", "SY", "", "07", "",
                      "", "", "0", "", "200", "Asia/Damascus", "2020-01-01"])
    with zipfile.ZipFile(root / "SY.zip", "w") as zf:
        zf.writestr("SY.txt", dump + "\n")
        zf.writestr("readme.txt", "test mirror")
    feature = {"type": "Feature", "properties": {"adm1_name": "Deir-ez-Zor", "adm1_pcode": "SY09", "adm0_pcode": "SY"},
               "geometry": {"type": "Polygon", "coordinates": [[[39, 34], [41, 34], [41, 36], [39, 36], [39, 34]]]}}
    (root / "syr_admin1.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}),
                                             encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", tmp_path
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_download_fetches_and_imports(mirror: tuple[str, Path], tmp_db: Path) -> None:
    url, tmp_path = mirror
    dest = tmp_path / "downloads"
    result = CliRunner().invoke(cli, ["gazetteer", "download", "--country", "SY", "--base-url", url, "--dest", str(dest),
                                      "--db", str(tmp_db), "--timeout", "10"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"fetched {url}SY.zip -> {dest / 'SY.zip'}" in result.stdout
    assert "SY.zip (geonames): 1 places read, 1 new" in result.stdout
    assert "syr_admin1.geojson (ocha-boundaries): 0 places read, 0 new; 1 admin areas stored" in result.stdout
    assert not list(dest.glob(".part-*"))
    geocode = CliRunner().invoke(cli, ["geocode", "Test Qaryah", "--db", str(tmp_db)], catch_exceptions=False)
    assert json.loads(geocode.stdout)["admin1"] == "Deir-ez-Zor"


def test_download_tries_mirrors_in_turn(mirror: tuple[str, Path]) -> None:
    url, tmp_path = mirror
    dead = "http://127.0.0.1:9/"  # the discard port: nothing listens there
    fetched = download_country("SY", tmp_path / "d", base_urls=[dead, url], timeout=5)
    assert [f.path.name for f in fetched] == ["SY.zip", "syr_admin1.geojson"]


def test_download_fails_cleanly_when_the_required_dump_is_missing(tmp_path: Path) -> None:
    with pytest.raises(GeoError, match="could not fetch SY.zip"):
        download_country("SY", tmp_path / "d", base_urls=["http://127.0.0.1:9/"], timeout=2)
    result = CliRunner().invoke(cli, ["gazetteer", "download", "--country", "FR", "--dest", str(tmp_path)])
    assert result.exit_code == 1 and "no download is defined for country 'FR'" in result.stderr
