"""Writes fnmatch-cases.json: Python's own fnmatch answers, the expected values of fnmatch.test.ts.

Run with the Python dbt runs on (dbt-core 1.12's virtualenv), from the repository root:

    .venv/dbt-1.12/bin/python __tests__/selector/data/fnmatch-cases.py

Each case is [pattern, name, matches]; a pattern Python cannot compile is recorded with matches = null.
"""

import fnmatch
import json
import random
import sys
from pathlib import Path

HAND_PICKED = [
    ("[z-a]", ["z", "a", "m", "-"]),
    ("[a-z]", ["a", "m", "z", "A", "-"]),
    ("[!a-c]x", ["ax", "dx", "!x"]),
    ("[]]", ["]", "["]),
    ("[!]]", ["]", "a"]),
    ("[!]", ["!", "a", "[!]"]),
    ("[", ["[", "a"]),
    ("a[", ["a[", "a"]),
    ("[!", ["[!", "a"]),
    ("[a-]", ["a", "-", "b"]),
    ("[-a]", ["a", "-", "b"]),
    ("[a-c-e]", ["a", "b", "c", "-", "d", "e"]),
    ("[c-a-e]", ["a", "b", "c", "-", "d", "e"]),
    ("[a-a]", ["a", "b"]),
    ("[^a]", ["^", "a", "b"]),
    ("[[]", ["["]),
    ("[[:alpha:]]", ["a", "[:alpha:]", ":]", "a]"]),
    ("[\\]", ["\\", "]"]),
    ("[a\\-z]", ["a", "\\", "-", "z", "m"]),
    ("[&&b]", ["&", "b"]),
    ("[~~b]", ["~", "b"]),
    ("[||b]", ["|", "b"]),
    ("*", ["", "a", "a/b", "\n"]),
    ("**", ["", "a/b"]),
    ("?", ["", "a", "é", "😀", "ab", "\n"]),
    ("*.sql", ["a.sql", ".sql", "a/b.sql", "a.sqlx"]),
    ("stg_*_v?", ["stg_orders_v2", "stg__v1", "stg_orders_v12"]),
    ("a*b*c", ["abc", "aXbYc", "aXc", "abcb", "acbc"]),
    ("*a*a*", ["aa", "a", "baab"]),
    ("(x)+.{1}$^|/", ["(x)+.{1}$^|/", "x"]),
    ("[😀-😂]", ["😁", "😀", "a"]),
    ("[é]", ["é", "e"]),
]
ALPHABET = list("abz-!^[]\\*?.&~|/é") + ["😀"]
NAMES = ["", "a", "b", "z", "-", "!", "^", "[", "]", "\\", "ab", "a-b", "[a]", "é", "😀", "a/b", "*", "?"]


def answer(pattern: str, name: str):
    try:
        return fnmatch.fnmatch(name, pattern)
    except Exception:  # re.error and friends: a pattern Python cannot compile
        return None


def main() -> None:
    cases = [[p, n, answer(p, n)] for p, names in HAND_PICKED for n in names]
    rng = random.Random(15)
    for _ in range(600):
        pattern = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 7)))
        names = rng.sample(NAMES, 4) + ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 4)))]
        names.append("".join(rng.choice("ab-]") if c in "*?[" else c for c in pattern))
        cases.extend([pattern, name, answer(pattern, name)] for name in names)
    out = Path(__file__).with_name("fnmatch-cases.json")
    document = {"python": sys.version.split()[0], "cases": cases}
    lines = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
    out.write_text(f'{{"python": "{document["python"]}", "cases": [\n{lines}\n]}}\n', encoding="utf-8")
    print(f"{len(cases)} cases -> {out}")


if __name__ == "__main__":
    main()
