"""relbeheer: relationship management for B2B account managers."""

__version__ = "0.1.0"
