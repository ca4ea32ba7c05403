"""
The peer that `npm run bench:extract` times beside `npm run extract`: readability-lxml's whole
process on the same files (start-up, reading, parsing, extracting), as issue 14's bar is stated.
Each file is read as UTF-8 (the bench pages are stored as UTF-8) and handed to readability as
text, so its own charset guessing (chardet, slow in pure Python) is not counted against it: the
strictest form of the bar. Prints the total length of the summaries, so the work cannot be skipped.
Install: Debian's python3-readability (pip cannot reach PyPI here).
"""
import sys

from readability import Document

total = 0
for name in sys.argv[1:]:
    with open(name, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    total += len(Document(text).summary())
print(total)
