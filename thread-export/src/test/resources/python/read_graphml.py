"""Loads a threadkit GraphML export with networkx and reports what it read.

Usage: read_graphml.py GRAPH.graphml
Prints one JSON object: node and edge counts, the graph attributes, every node's
attributes (with their Python types) and the edges.
"""
import json
import sys

import networkx as nx

graph = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "networkx": nx.__version__,
    "directed": graph.is_directed(),
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "graph": dict(graph.graph),
    "attributes": {n: {k: [v, type(v).__name__] for k, v in d.items()} for n, d in graph.nodes(data=True)},
    "edge_list": sorted([u, v] for u, v in graph.edges()),
}, ensure_ascii=False))
