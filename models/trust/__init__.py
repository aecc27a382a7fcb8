"""Tamper evidence: the organisation's signing key (keys) and the signed anchors of the audit
trail's head (anchors), kept in the file and in a log outside it."""
