"""Opening a .docx safely: a zip archive checked before anything is unpacked.

A .docx is a zip of XML parts. A hostile or broken one can declare gigabytes
of XML in a few kilobytes (a zip bomb), hold thousands of entries, or not be
a zip at all; each is refused with a one-line reason before extraction.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from drafter.corpus.ingest import is_office_lock_file
from drafter.errors import IngestError
from drafter.files import OLE_MAGIC, kind_of, misnamed

MB = 1024 * 1024
MAX_ENTRIES = 2000
MAX_PART_BYTES = 50 * MB
# Word's XML compresses well, but not a thousandfold; a bomb does.
MAX_RATIO = 200
RATIO_APPLIES_ABOVE = 5 * MB

_RELATIONSHIP_TYPE_END = {"document": "/officeDocument", "styles": "/styles", "numbering": "/numbering",
                          "header": "/header", "footer": "/footer"}


class WordPackage:
    """The parts of a .docx that hold its text, styles and numbering, as XML trees."""

    def __init__(self, data: bytes, file: str):
        self.file = file
        if data.startswith(OLE_MAGIC):
            raise IngestError(file, _compound_document(data))
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            entries = self.archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
            if is_office_lock_file(file):
                raise IngestError(file, "the lock file Word keeps beside a document while it is open, not a "
                                        "statement") from None
            raise IngestError(file, misnamed(data, ".docx") or "corrupt DOCX (not a zip archive)") from None
        if len(entries) > MAX_ENTRIES:
            raise IngestError(file, f"corrupt DOCX (too many parts: {len(entries)})")
        self.entries = {entry.filename: entry for entry in entries}
        if "word/document.xml" not in self.entries:
            # Another kind of package (a workbook saved under a .docx name) is named as what it is.
            found = kind_of(data)
            if found is not None and found[1] not in (None, ".docx"):
                raise IngestError(file, misnamed(data, ".docx"))
            if "[Content_Types].xml" not in self.entries:
                names = ", ".join(sorted(self.entries)[:3]) + (", …" if len(self.entries) > 3 else "")
                raise IngestError(file, f"not a Word document but a zip archive of other files ({names})")
        self.document_name = self._related("_rels/.rels", "document") or "word/document.xml"
        if self.document_name not in self.entries:
            raise IngestError(file, "corrupt DOCX (no word/document.xml)")
        rels = posixpath.join(posixpath.dirname(self.document_name), "_rels",
                              posixpath.basename(self.document_name) + ".rels")
        self.styles_name = self._related(rels, "styles") or "word/styles.xml"
        self.numbering_name = self._related(rels, "numbering") or "word/numbering.xml"

    def document(self):
        return self.xml(self.document_name)

    def running_parts(self) -> list:
        """The page headers and footers (``header1.xml``, ``footer1.xml``, ...) as XML
        trees: text set at each page's top or foot, apart from the body."""
        rels = posixpath.join(posixpath.dirname(self.document_name), "_rels",
                              posixpath.basename(self.document_name) + ".rels")
        names = [name for kind in ("header", "footer") for name in self._all_related(rels, kind)]
        return [self.xml(name) for name in dict.fromkeys(names) if name in self.entries]

    def styles(self):
        return self.xml(self.styles_name, required=False)

    def numbering(self):
        return self.xml(self.numbering_name, required=False)

    def xml(self, name: str, required: bool = True):
        """Parse one part, or None for an absent optional part."""
        from lxml import etree

        if name not in self.entries:
            if required:
                raise IngestError(self.file, f"corrupt DOCX (no {name})")
            return None
        data = self._read(name)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                 huge_tree=False, remove_comments=True)
        try:
            return etree.fromstring(data, parser)
        except etree.XMLSyntaxError:
            raise IngestError(self.file, f"corrupt DOCX ({posixpath.basename(name)} is not valid XML)") from None

    def _read(self, name: str) -> bytes:
        entry = self.entries[name]
        part = posixpath.basename(name)
        if entry.flag_bits & 0x1:
            raise IngestError(self.file, "encrypted DOCX (password protected)")
        if entry.file_size > MAX_PART_BYTES:
            raise IngestError(self.file, f"DOCX too large when unpacked ({part} would be "
                                         f"{entry.file_size // MB} MB; limit {MAX_PART_BYTES // MB} MB)")
        if entry.file_size > RATIO_APPLIES_ABOVE and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise IngestError(self.file, f"suspicious DOCX ({part} compressed "
                                         f"{entry.file_size // max(entry.compress_size, 1)}:1), refused as a zip bomb")
        try:
            with self.archive.open(entry) as stream:
                # Read one byte past the limit: a header that understates the
                # size cannot make us unpack more than the limit.
                data = stream.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError) as exc:
            raise IngestError(self.file, f"corrupt DOCX ({part} cannot be unpacked: {_reason(exc)})") from None
        except RuntimeError:  # zipfile's way of saying a part needs a password
            raise IngestError(self.file, "encrypted DOCX (password protected)") from None
        if len(data) > MAX_PART_BYTES:
            raise IngestError(self.file, f"DOCX too large when unpacked ({part} over {MAX_PART_BYTES // MB} MB)")
        return data

    def _related(self, rels_name: str, kind: str) -> str | None:
        """The part a relationships file points to for ``kind`` (document, styles, numbering)."""
        return next(iter(self._all_related(rels_name, kind)), None)

    def _all_related(self, rels_name: str, kind: str) -> list[str]:
        """Every part a relationships file points to for ``kind``, in its order."""
        if rels_name not in self.entries:
            return []
        root = self.xml(rels_name)
        base = posixpath.dirname(posixpath.dirname(rels_name))
        found = []
        for relationship in root:
            if str(relationship.get("Type", "")).endswith(_RELATIONSHIP_TYPE_END[kind]):
                target = relationship.get("Target", "")
                if relationship.get("TargetMode") == "External" or not target:
                    continue
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
                found.append(posixpath.normpath(path))
        return found


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split())[:80] or type(exc).__name__


def _compound_document(data: bytes) -> str:
    """What an OLE compound file under a .docx name is, by the streams it names:
    Word's encrypted package (a password-protected .docx) or an old binary document."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ("a password-protected Word document: open it in Word, remove the password "
                "(File > Info > Protect Document > Encrypt with Password), save it and add it again")
    if "WordDocument".encode("utf-16-le") in data:
        return "a Word 97-2003 (.doc) document under a .docx name: open it in Word, save it as .docx and add that"
    return "not a DOCX (an old Word .doc, or a password-protected file)"
