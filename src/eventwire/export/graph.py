"""GEXF export (for Gephi) of the source→target network, via networkx."""

from __future__ import annotations

from typing import IO, Any

import networkx as nx


def to_graph(network: dict[str, Any]) -> nx.DiGraph:
    graph = nx.DiGraph()
    for node in network["nodes"]:
        graph.add_node(node["id"], label=node["label"] or node["id"], events=node["events"])
    for edge in network["edges"]:
        quads = edge["quad_class"]
        graph.add_edge(edge["source"], edge["target"], weight=float(edge["weight"]),
                       goldstein=float(edge["goldstein"] or 0.0),
                       **{f"quad{i}": int(quads.get(str(i), 0)) for i in range(1, 5)})
    return graph


def write_gexf(network: dict[str, Any], sink: IO[bytes]) -> None:
    nx.write_gexf(to_graph(network), sink)
