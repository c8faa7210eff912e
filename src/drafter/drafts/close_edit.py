"""Whether a paragraph's new wording is still the paragraph it was: the test that
decides if an edited paragraph keeps where it came from."""

from __future__ import annotations

import difflib
import os

CLOSE_EDIT_RATIO = 0.6  # a paragraph edited this little still counts as the same one (keeps its origin)


def is_close_edit(old: str, new: str) -> bool:
    """``new`` reads as ``old`` edited (difflib ratio >= CLOSE_EDIT_RATIO). The desk asks at every
    pause in typing, and a ratio over thousands of characters takes minutes: cheap bounds decide
    first (too few letters shared; an unchanged start and end reaching it); long text by words."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    if matcher.real_quick_ratio() < CLOSE_EDIT_RATIO or matcher.quick_ratio() < CLOSE_EDIT_RATIO:
        return False
    start = len(os.path.commonprefix([old, new]))
    end = len(os.path.commonprefix([old[start:][::-1], new[start:][::-1]]))
    if 2 * (start + end) >= CLOSE_EDIT_RATIO * (len(old) + len(new)):
        return True
    if len(old) + len(new) > 4000:
        matcher = difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False)
    return matcher.ratio() >= CLOSE_EDIT_RATIO
