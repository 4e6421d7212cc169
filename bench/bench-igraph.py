#!/usr/bin/python3
"""The multi-source query of bench-reach, done by igraph on the same graph.

Reads GRAPH (written by bench-reach: n, m, then m × (u, v) as uint32 and
m weights as float64, then k seeds as (node uint32, seconds float64)),
adds one super-source joined to every seed by its seed time, and times
Graph.distances from it. Prints JSON with the times in seconds and a few
distances, so that bench-reach can check both agree.
"""
import array
import json
import sys
import time

import igraph


def main():
    with open(sys.argv[1], "rb") as f:
        head = array.array("I")
        head.fromfile(f, 3)
        n, m, k = head
        uv = array.array("I")
        uv.fromfile(f, 2 * m)
        w = array.array("d")
        w.fromfile(f, m)
        seed_nodes = array.array("I")
        seed_nodes.fromfile(f, k)
        seed_times = array.array("d")
        seed_times.fromfile(f, k)
    edges = list(zip(uv[0::2], uv[1::2])) + [(n, s) for s in seed_nodes]
    weights = list(w) + list(seed_times)
    g = igraph.Graph(n=n + 1, edges=edges, directed=False)
    runs = []
    for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 5):
        t0 = time.perf_counter()
        d = g.distances(source=[n], weights=weights)[0]
        runs.append(time.perf_counter() - t0)
    step = max(1, n // 1000)
    sample = {str(i): d[i] for i in range(0, n, step)}
    print(json.dumps({"igraph": igraph.__version__, "runs_s": runs, "sample": sample}))


if __name__ == "__main__":
    main()
