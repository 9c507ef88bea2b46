"""Observatory: monitor armed conflict and document its casualties, with the source behind every number."""

__version__ = "0.1.0"
