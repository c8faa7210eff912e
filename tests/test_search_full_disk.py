"""A search on a disk with no room for its index: the index built is
searched from memory and the writer told it could not be saved, where the
search stopped at saving it."""

from __future__ import annotations

import errno

import drafter.search.files as index_files


def _no_room_for_the_index(monkeypatch):
    real = index_files.make_folder

    def full(path, *args, **kwargs):
        if str(path).endswith(".partial"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(index_files, "make_folder", full)


def test_a_full_disk_leaves_the_index_in_memory_and_the_search_answers(indexed_workspace, monkeypatch):
    _no_room_for_the_index(monkeypatch)
    report = indexed_workspace.build_index(rebuild=True)
    assert report.unsaved.endswith("cannot save the search index (No space left on device)")
    assert report.what_was_done().startswith("built in full and kept in memory only: ")
    assert report.to_dict()["unsaved"] == report.unsaved
    hits = indexed_workspace.search("knife surrender bins")
    assert hits and "knife" in hits[0].text.lower()
