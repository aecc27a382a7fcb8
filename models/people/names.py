"""Pinyin initials of a name, for search: 张三 → "zs", 王小明 → "wxm", Anna Lee → "al"."""

import re

WORD = re.compile(r"[A-Za-z0-9]+")


def initials(name):
    # Imported here: pypinyin's dictionaries take ~1 s to load and only writes need them.
    from pypinyin import Style, lazy_pinyin

    # strict=False: in strict mode y/w are not initials, so 王 would give "".
    parts = lazy_pinyin(name, style=Style.FIRST_LETTER, strict=False)
    return "".join(word[0] for part in parts for word in WORD.findall(part)).lower()
