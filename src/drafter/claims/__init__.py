"""The numbers a paragraph states, read as claims about figures.

``numbers`` finds every number in a paragraph and says what kind it is,
``measures`` which figures a sentence names and which way it says they moved,
``timeframe`` the periods it names. Review checks these claims; roll forward
rewrites them for the next period.
"""
