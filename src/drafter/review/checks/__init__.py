"""The checks a review runs, one module each; every module's docstring says
what it looks for and its thresholds."""
