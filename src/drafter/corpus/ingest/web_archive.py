"""Web pages saved as one file (.mhtml, .mht: a browser's "Webpage, Single
File"): a MIME message holding the page's HTML and every image and style it
uses. The HTML part, decoded from its transfer encoding and character set,
is read as any saved page is; the rest is the page's furniture."""

from __future__ import annotations

from drafter.corpus.ingest.blocks import Block
from drafter.corpus.ingest.html import read_html
from drafter.errors import IngestError

NO_PAGE = "no web page inside this web archive (no text/html part)"


def read_web_archive(data: bytes, file: str) -> list[Block]:
    return read_html(page_html(data, file), file)


def page_html(data: bytes, file: str) -> bytes:
    """The archive's page, its HTML part's bytes as a saved page's are."""
    from email import message_from_bytes, policy

    message = message_from_bytes(data, policy=policy.default)
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        raise IngestError(file, NO_PAGE if message.is_multipart() or message.get("MIME-Version")
                          else "not a web archive (no MIME header): save the page as \"Web page, complete\" "
                               "(.html) and add that")
    data = page.get_payload(decode=True) or b""
    charset = page.get_content_charset()
    if charset and charset.lower() not in ("utf-8", "utf8", "us-ascii"):
        try:
            data = data.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass  # read as any saved page is: UTF-8, else Windows-1252
    # Without a character set named (as browsers save it), the page's bytes are read as a saved page's are.
    return data
