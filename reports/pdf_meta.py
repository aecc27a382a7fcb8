"""The form's identity in the PDF's document info (Keywords), written and read back."""

import re

PREFIX = "appraisal-desk"
PATTERN = re.compile(r"appraisal-desk form_id=(\S*) revision=(\S*) sha256=([0-9a-f]*)")


ANCHOR = re.compile(r"chain=([0-9]+):([0-9a-f]{64})")


def keywords(meta):
    """'appraisal-desk form_id=12 revision=1 sha256=<hex>' for the /Keywords entry, then
    ' chain=<event id>:<hash>' when the PDF carries an anchor of the audit trail."""
    text = (f"{PREFIX} form_id={meta.get('form_id')} revision={meta.get('revision')} "
            f"sha256={meta.get('sha256') or ''}")
    anchor = meta.get("anchor")
    if anchor:
        text += f" chain={anchor['event_id']}:{anchor['hash']}"
    return text


def parse_anchor(text):
    """(event id, hash) of the audit trail's head a PDF was printed at, or None."""
    found = ANCHOR.search(text or "")
    return (int(found.group(1)), found.group(2)) if found else None


def parse_keywords(text):
    """(form_id, revision, sha256) from a /Keywords value, or (None, None, None)."""
    found = PATTERN.search(text or "")
    if not found:
        return None, None, None
    form_id, revision, sha256 = found.groups()
    return _int(form_id), _int(revision), sha256 or None


def _int(text):
    return int(text) if text.isdigit() else None
