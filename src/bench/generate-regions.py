#!/usr/bin/env python3
"""Writes a CSV sheet of generated regions for `locus batch`, in the layout of `locus template --format csv`.

    generate-regions.py TEMPLATE.csv CASES_DIR COUNT [SEED] [BAD] > regions.csv

Each region answers each question with the answer of a case of the library picked at random for that question
(so every value is one the questionnaire accepts, and the mix of answers is as varied as the cases), or leaves it
empty (don't know) three times in ten. BAD rows (default 0), spread evenly, get 'maybe' in their first yes-no
column and must come out failed. Only the standard library: it runs wherever the benchmark does.
"""
import csv
import json
import pathlib
import random
import sys


def main():
    template, cases_dir, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    bad = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    rng = random.Random(seed)
    with open(template, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    header = rows[0]
    questions = header[1:]
    seen = {q: [] for q in questions}
    for case in sorted(pathlib.Path(cases_dir).glob('*.json')):
        answers = json.loads(case.read_text(encoding='utf-8')).get('answers', {})
        for q, v in answers.items():
            if q in seen and v is not None and v != 'unknown':
                seen[q].append(v)
    yes_no = next((q for q in questions if seen[q] and isinstance(seen[q][0], bool)), None)
    every = count // bad if bad else 0
    out = csv.writer(sys.stdout, lineterminator='\n')
    out.writerow(header)
    for i in range(1, count + 1):
        row = ['region-%05d' % i]
        for q in questions:
            values = seen[q]
            if not values or rng.random() < 0.3:
                row.append('')
                continue
            v = rng.choice(values)
            row.append(('yes' if v else 'no') if isinstance(v, bool) else str(v))
        if every and i % every == 0 and yes_no:
            row[1 + questions.index(yes_no)] = 'maybe'
        out.writerow(row)


if __name__ == '__main__':
    main()
