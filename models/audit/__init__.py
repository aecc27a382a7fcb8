"""The audit trail, one thing in three modules: `trail` appends an event (who did what, when,
with the record before and after) inside the change's own transaction and reads an entity's
events; `chain` links every event to the one before by SHA-256 and verifies the links; `query`
is the audit viewer's filtered search. Callers use the functions exported here. Imports
models.storage only."""

from models.audit.chain import ChainReport, verify_chain
from models.audit.query import after_of, entities, search_events
from models.audit.trail import events_for, record

__all__ = ["ChainReport", "after_of", "entities", "events_for", "record", "search_events",
           "verify_chain"]
