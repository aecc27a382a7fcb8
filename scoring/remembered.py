"""The engine's last answers, kept on the rubric between evaluations (scoring/evaluate.py).

A tick adds one incident: the next evaluation gets the same inputs for every other item and
section, and scoring them again (their reasons' texts above all) was most of a tick's time.
Each item and section keeps its last answer with the very input objects it was worked out
from, compared by identity (`is`): the entry holds them, so no other object can take their
place while it is kept, and they are frozen records, tuples, Decimals, flags or None (never a
list or a dict, which could change under the entry). The same result object is handed out
again: results are never written once made, except by evaluate's `_section`, which writes the
weighted figures on copies (tests/test_scoring_memo.py).
"""

from collections import defaultdict
from contextlib import contextmanager
from operator import is_

MEMO = "_evaluated"     # where a rubric (a frozen record) keeps it: in its __dict__
SHEET = "sheet"         # the incidents last grouped, and their groups


def memo_of(rubric):
    """The rubric's memo: {(what, id): (inputs, answer)} and the last grouping."""
    memo = rubric.__dict__.get(MEMO)
    if memo is None:
        memo = rubric.__dict__[MEMO] = {}
    return memo


@contextmanager
def set_aside(rubric):
    """Inside, the rubric evaluates from scratch (its kept answers put aside, then back): what
    an evaluation costs without them (bench/bench_tick.py), and the answers to compare with
    (tests/test_scoring_memo.py)."""
    kept = rubric.__dict__.pop(MEMO, None)
    try:
        yield
    finally:
        rubric.__dict__.pop(MEMO, None)
        if kept is not None:
            rubric.__dict__[MEMO] = kept


def remembered(memo, key, inputs, work):
    """`work()`, or the answer kept under `key` when it was worked out from these very
    `inputs` (a tuple of the objects it reads, in order)."""
    found = memo.get(key)
    if found is not None and len(found[0]) == len(inputs) and all(map(is_, found[0], inputs)):
        return found[1]
    answer = work()
    memo[key] = (inputs, answer)
    return answer


def grouped(memo, incidents):
    """{item id: (its incidents, in sheet order)}. An item whose incidents are the very same
    objects as at the last grouping gets the same tuple back, so its kept score is found by one
    identity test. A tick appends its incident at the end of the sheet: then only that item's
    tuple is made again, the other incidents only compared by identity."""
    before = memo.get(SHEET)
    old = before[1] if before is not None else {}
    if before is not None and len(before[0]) <= len(incidents) and all(
            map(is_, before[0], incidents)):
        groups = dict(old)
        for incident in incidents[len(before[0]):]:
            groups[incident.item] = groups.get(incident.item, ()) + (incident,)
    else:
        lists = defaultdict(list)
        for incident in incidents:
            lists[incident.item].append(incident)
        groups = {}
        for item_id, found in lists.items():
            kept = old.get(item_id)
            same = kept is not None and len(kept) == len(found) and all(map(is_, kept, found))
            groups[item_id] = kept if same else tuple(found)
    memo[SHEET] = (tuple(incidents), groups)
    return groups
