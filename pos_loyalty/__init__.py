"""pos-loyalty: a loyalty counter station and a v4 Loyalty API server."""

__version__ = "0.1.0"
