"""heuer: who claims what, through whom, with which figures, across news articles."""

__version__ = "0.1.0"
