"""Loads threadkit's JSON Lines and CSV exports with pandas and reports what it read.

Usage: read_flat.py COMMENTS.jsonl COMMENTS.csv
Prints one JSON object: for each file the row count, the columns and the rows as pandas
parsed them, so the Java test can compare them with the model.
"""
import json
import sys

import pandas as pd

jsonl = pd.read_json(sys.argv[1], lines=True, dtype=False, convert_dates=False)
csv = pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)


def describe(frame):
    return {
        "rows": int(frame.shape[0]),
        "columns": [str(c) for c in frame.columns],
        "records": json.loads(frame.to_json(orient="records", force_ascii=False)),
    }


print(json.dumps({"pandas": pd.__version__, "jsonl": describe(jsonl), "csv": describe(csv)}, ensure_ascii=False))
