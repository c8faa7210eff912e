"""The numbers a paragraph states, read as claims about figures.

``numbers`` finds every number in a paragraph and says what kind it is,
``measures`` which figures a sentence names and which way it says they moved,
``evidence`` holds one area's figures and every value derivable from them,
and ``matching`` decides which figure each number is, by its period and its
role (current, or the base something is compared with), and ``comparisons``
reads "the same as a year earlier" and its kin. Review checks these
claims; roll forward rewrites them for the next period.
"""
