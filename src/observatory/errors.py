"""The exception tree. Library code raises these; only the CLI and API edges turn them into messages.

    ObservatoryError
    ├── InputError          bad user input: names the file, the line and the fix
    ├── StoreError          the database cannot be opened, migrated or written
    ├── GeoError            gazetteer or boundary problems
    ├── ExtractionError     extraction could not run at all (per-report problems are reasons, not errors)
    ├── AnalysisError       a query that cannot be answered as asked
    └── NotFoundError       an id that does not exist
"""

from __future__ import annotations


class ObservatoryError(Exception):
    """Base of every error Observatory raises on purpose."""

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message}\n  fix: {self.fix}" if self.fix else self.message


class InputError(ObservatoryError):
    """A file, line or value the user gave cannot be used."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, fix: str | None = None) -> None:
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message, fix=fix)
        self.path = path
        self.line = line


class StoreError(ObservatoryError):
    """The database cannot be opened, migrated or written."""


class GeoError(ObservatoryError):
    """Gazetteer or boundary data is missing or malformed."""


class ExtractionError(ObservatoryError):
    """Extraction cannot run (a missing model, a broken lexicon file)."""


class AnalysisError(ObservatoryError):
    """An analysis request that cannot be answered as asked."""


class NotFoundError(ObservatoryError):
    """An id (event, statement, report) that does not exist."""
