"""Loads threadkit's JSON Lines and CSV exports with pandas' DEFAULTS, as a hurried analyst
would, and reports whether the comments stay distinct.

Usage: read_flat_defaults.py COMMENTS.jsonl COMMENTS.csv
Prints one JSON object: for each file the row count, the distinct values of `key` and of `id`
as pandas parsed them, and the type pandas gave each.
"""
import json
import sys

import pandas as pd

frames = {"jsonl": pd.read_json(sys.argv[1], lines=True), "csv": pd.read_csv(sys.argv[2])}


def describe(frame):
    return {
        "rows": int(frame.shape[0]),
        "distinct_keys": int(frame["key"].nunique()),
        "distinct_ids": int(frame["id"].nunique()),
        "key_types": sorted({type(v).__name__ for v in frame["key"]}),
        "keys": [str(v) for v in frame["key"]],
    }


print(json.dumps({name: describe(frame) for name, frame in frames.items()}, ensure_ascii=False))
