"""A name's pinyin, for search: initials (张三 → "zs", 王小明 → "wxm", Anna Lee → "al") and the
full pinyin run together (李娜 → "lina", 欧阳晓雨 → "ouyangxiaoyu", Anna Lee → "annalee")."""

import re

WORD = re.compile(r"[A-Za-z0-9]+")


def initials(name):
    # Imported here: pypinyin's dictionaries take ~1 s to load and only writes need them.
    from pypinyin import Style, lazy_pinyin

    # strict=False: in strict mode y/w are not initials, so 王 would give "".
    parts = lazy_pinyin(name, style=Style.FIRST_LETTER, strict=False)
    return "".join(word[0] for part in parts for word in WORD.findall(part)).lower()


def full_pinyin(name):
    """Every syllable in full, without tones or spaces: 李娜 → "lina", 吕 → "lv"."""
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(name, style=Style.NORMAL, strict=False)
    return "".join(word for part in parts for word in WORD.findall(part)).lower()


def search_key(text):
    """Typed pinyin as it is stored: "Li Na" → "lina"."""
    return "".join(WORD.findall(text or "")).lower()
