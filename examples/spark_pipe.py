#!/usr/bin/env python3
"""Run newsx over a JSON Lines corpus with Spark, through `RDD.pipe`.

Each partition's records are piped through one `newsx extract --jsonl-in`
process, which writes one result line per input line with the same `id`
(error records included), so the output can be joined back on `id`.

    spark-submit examples/spark_pipe.py corpus.jsonl results/

`newsx` must be on the PATH of every executor (or ship it with
`--files newsx` and call it as `./newsx`). Input lines: {"id": …, "text": …,
"date": "YYYY-MM-DD"}; `date` is the reference date for relative dates.
"""

import json
import sys

from pyspark.sql import SparkSession


def main(src, dst):
    spark = SparkSession.builder.appName("newsx").getOrCreate()
    records = spark.sparkContext.textFile(src)
    # -j 1: Spark already runs one task per core; -q: no summary on stderr.
    results = records.pipe("newsx extract --jsonl-in -q -j 1")
    results.saveAsTextFile(dst)

    # For example: the ten places named most often, failures counted apart.
    parsed = results.map(json.loads)
    failed = parsed.filter(lambda r: "error" in r).count()
    top = (
        parsed.filter(lambda r: "error" not in r)
        .flatMap(lambda r: [p["name"] for p in r["places"]])
        .map(lambda name: (name, 1))
        .reduceByKey(lambda a, b: a + b)
        .takeOrdered(10, key=lambda kv: -kv[1])
    )
    print("failed records:", failed)
    for name, n in top:
        print(n, name)
    spark.stop()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: spark_pipe.py INPUT.jsonl OUTPUT_DIR")
    main(sys.argv[1], sys.argv[2])
