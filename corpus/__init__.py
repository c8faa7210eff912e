"""Bundled sample corpus: statements and figures for the fictional Severnshire force."""
