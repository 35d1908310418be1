"""Writes seeds/raw_events.csv: a deterministic clickstream seed just over dbt's 1 MiB seed-hashing limit.

dbt stores seeds larger than 1 MiB by path instead of content hash, so edits to this file are invisible to
`state:modified` once both manifests are in path mode. Run from anywhere: `python3 scripts/make-big-seed.py`.
The output is byte-for-byte reproducible (a fixed linear congruential generator, no `random` module).
"""

from datetime import datetime, timedelta
from pathlib import Path

ROWS = 20_000
PAGES = ["/", "/shop", "/shop/coffee", "/shop/equipment", "/shop/tea", "/cart", "/checkout", "/account"]
EVENT_TYPES = ["page_view", "page_view", "page_view", "add_to_cart", "remove_from_cart", "purchase"]
START = datetime(2024, 2, 1)


def lcg(seed: int):
    state = seed
    while True:
        state = (1103515245 * state + 12345) % 2**31
        yield state


def main() -> None:
    numbers = lcg(42)
    lines = ["event_id,customer_id,session_id,event_type,page,occurred_at"]
    for event_id in range(1, ROWS + 1):
        customer_id = next(numbers) % 20 + 1
        session_id = f"s{next(numbers) % 100_000:05d}"
        event_type = EVENT_TYPES[next(numbers) % len(EVENT_TYPES)]
        page = PAGES[next(numbers) % len(PAGES)]
        occurred_at = START + timedelta(seconds=event_id * 131 + next(numbers) % 60)
        lines.append(f"{event_id},{customer_id},{session_id},{event_type},{page},{occurred_at:%Y-%m-%d %H:%M:%S}")
    target = Path(__file__).resolve().parent.parent / "seeds" / "raw_events.csv"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
