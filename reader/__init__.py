"""zhreader: a desktop reader for Chinese documents."""

__version__ = "0.1.0"
