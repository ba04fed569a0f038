"""Charts, the network and the world map drawn on the server as SVG: no script on the page,
every bar, node, edge and place a link down to the events (and from there to the evidence)."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

QUAD_COLOURS = {1: "#74add1", 2: "#1a9850", 3: "#fdae61", 4: "#d73027"}
QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac")
LAND = Path(__file__).parent / "static" / "vendor" / "world-atlas" / "land-110m.json"


def _attr(value: Any) -> str:
    return str(escape(str(value)))


def period_range(period: str, interval: str) -> tuple[str, str]:
    """since/until filters covering one timeline period."""
    if interval == "week":
        start = date.fromisoformat(period)
        return period, (start + timedelta(days=6)).isoformat()
    return period, period


def colour_of(group: Any, by: str, order: list[Any]) -> str:
    if by == "quad_class" and group in QUAD_COLOURS:
        return QUAD_COLOURS[group]
    return PALETTE[order.index(group) % len(PALETTE)] if group in order else "#999999"


def group_label(group: Any, by: str) -> str:
    return QUAD_LABELS.get(group, str(group)) if by == "quad_class" else str(group)


def timeline(data: dict[str, Any], base: dict[str, str], width: int = 760,
             height: int = 200) -> Markup:
    """Stacked bars, one per period; each segment links to its events."""
    items, by, interval = data["items"], data["by"], data["interval"]
    if not items:
        return Markup('<p class="empty">No dated events match.</p>')
    periods = sorted({i["period"] for i in items})
    groups = sorted({i["group"] for i in items}, key=lambda g: (str(type(g)), g))
    counts: dict[str, dict[Any, int]] = defaultdict(dict)
    for i in items:
        counts[i["period"]][i["group"]] = i["events"]
    peak = max(sum(c.values()) for c in counts.values())
    left, bottom, top = 34, 22, 8
    plot_w, plot_h = width - left - 8, height - bottom - top
    step = plot_w / len(periods)
    bar = max(min(step * 0.8, 40), 1.5)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="events per {interval}">',
           f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" '
           f'stroke="#888"/>',
           f'<text x="{left - 4}" y="{top + 10}" text-anchor="end" class="axis">{peak}</text>',
           f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" class="axis">0</text>']
    label_every = max(1, math.ceil(len(periods) / 10))
    for n, period in enumerate(periods):
        x = left + n * step + (step - bar) / 2
        y: float = top + plot_h
        since, until = period_range(period, interval)
        for group in groups:
            value = counts[period].get(group)
            if not value:
                continue
            h = plot_h * value / peak
            y -= h
            query = dict(base, since=since, until=until)
            if by == "quad_class":
                query["quad_class"] = str(group)
            elif by == "plover":
                query["type"] = str(group)
            elif by == "partner":
                query["partner"] = str(group)
            href = "/events?" + urlencode(query)
            out.append(f'<a href="{_attr(href)}"><rect x="{x:.1f}" y="{y:.1f}" '
                       f'width="{bar:.1f}" height="{h:.1f}" '
                       f'fill="{colour_of(group, by, groups)}"><title>{_attr(period)}: '
                       f'{value} {_attr(group_label(group, by))}</title></rect></a>')
        if n % label_every == 0:
            out.append(f'<text x="{x + bar / 2:.1f}" y="{height - 6}" text-anchor="middle" '
                       f'class="axis">{_attr(period)}</text>')
    out.append("</svg>")
    legend = "".join(f'<span class="key"><svg width="10" height="10"><rect width="10" height="10" '
                     f'fill="{colour_of(g, by, groups)}"/></svg> {_attr(group_label(g, by))}'
                     f'</span>' for g in groups)
    return Markup("".join(out) + f'<div class="legend">{legend}</div>')


def _layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> dict[str, tuple]:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in nodes)
    graph.add_weighted_edges_from((e["source"], e["target"], e["weight"]) for e in edges)
    if len(nodes) <= 2:
        return {n["id"]: (math.cos(i * math.pi), math.sin(i * math.pi) * 0.3)
                for i, n in enumerate(nodes)}
    return nx.spring_layout(graph, seed=7, k=1.6 / math.sqrt(len(nodes)), iterations=80)


def network(data: dict[str, Any], width: int = 760, height: int = 520,
            actor_links: bool = True) -> Markup:
    """Nodes sized by events; directed edges by weight, coloured by their commonest QuadClass;
    nodes link to actor pages, edges to the events of the pair."""
    nodes, edges = data["nodes"], data["edges"]
    if not nodes:
        return Markup('<p class="empty">No events with a source and a target match.</p>')
    pos = _layout(nodes, edges)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 60

    def place(node: str) -> tuple[float, float]:
        x, y = pos[node]
        sx = (x - min(xs)) / ((max(xs) - min(xs)) or 1)
        sy = (y - min(ys)) / ((max(ys) - min(ys)) or 1)
        return pad + sx * (width - 2 * pad), pad + sy * (height - 2 * pad)

    peak = max(e["weight"] for e in edges) if edges else 1
    biggest = max(n["events"] for n in nodes) or 1
    out = [f'<svg class="network" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="network of actors">',
           '<defs>' + "".join(
               f'<marker id="arrow{q}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" '
               f'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">'
               f'<path d="M 0 0 L 10 5 L 0 10 z" '
               f'fill="{c}"/></marker>' for q, c in QUAD_COLOURS.items()) + '</defs>']
    radius = {n["id"]: 6 + 16 * math.sqrt(n["events"] / biggest) for n in nodes}
    for e in edges:
        (x1, y1), (x2, y2) = place(e["source"]), place(e["target"])
        quad = int(max(e["quad_class"].items(), key=lambda kv: (kv[1], -int(kv[0])))[0]) \
            if e["quad_class"] else 1
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        # bend each direction to its own side so A→B and B→A do not overlap
        mx, my = (x1 + x2) / 2 - dy / length * 18, (y1 + y2) / 2 + dx / length * 18
        r = radius[e["target"]] + 2
        ex, ey = x2 - (x2 - mx) / (math.hypot(x2 - mx, y2 - my) or 1) * r, \
            y2 - (y2 - my) / (math.hypot(x2 - mx, y2 - my) or 1) * r
        href = "/events?" + urlencode({"pair": f"{e['source']},{e['target']}"})
        out.append(f'<a href="{_attr(href)}"><path d="M {x1:.1f} {y1:.1f} Q {mx:.1f} {my:.1f} '
                   f'{ex:.1f} {ey:.1f}" fill="none" stroke="{QUAD_COLOURS[quad]}" '
                   f'stroke-opacity="0.8" stroke-width="{1 + 5 * e["weight"] / peak:.1f}" '
                   f'marker-end="url(#arrow{quad})"><title>{_attr(e["source"])} → '
                   f'{_attr(e["target"])}: {e["weight"]} events, mean Goldstein '
                   f'{e["goldstein"]}</title></path></a>')
    for n in nodes:
        x, y = place(n["id"])
        href = f"/actors/{n['id']}" if actor_links else "#"
        out.append(f'<a href="{_attr(href)}"><circle cx="{x:.1f}" cy="{y:.1f}" '
                   f'r="{radius[n["id"]]:.1f}" fill="#dde6f0" stroke="#355c7d">'
                   f'<title>{_attr(n["label"])}: {n["events"]} events</title></circle>'
                   f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" class="node">'
                   f'{_attr(n["label"])}</text></a>')
    out.append("</svg>")
    return Markup("".join(out))


@lru_cache(maxsize=1)
def land_path(width: int = 960, height: int = 480) -> str:
    """The world's land as one SVG path (equirectangular), from world-atlas's TopoJSON."""
    topo = json.loads(LAND.read_text())
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append(project(x * sx + tx, y * sy + ty, width, height))
        arcs.append(points)

    def ring(indices: list[int]) -> str:
        points: list[tuple[float, float]] = []
        for i in indices:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)
        # rings that cross the antimeridian jump across the map: lift the pen there
        out, last = [], None
        for x, y in points:
            pen = "M" if last is None or abs(x - last) > width / 2 else "L"
            out.append(f"{pen}{x:.1f},{y:.1f}")
            last = x
        return "".join(out) + "Z"

    parts: list[str] = []
    for geometry in topo["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            parts.extend(ring(r) for r in polygon)
    return "".join(parts)


def project(lon: float, lat: float, width: int = 960, height: int = 480) -> tuple[float, float]:
    return (lon + 180) / 360 * width, (90 - lat) / 180 * height


def world_map(places: list[dict[str, Any]], base: dict[str, str], width: int = 960,
              height: int = 480) -> Markup:
    """Event places as circles (area ∝ events) on the world outline; each links to its
    events."""
    out = [f'<svg class="map" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-label="map of event places">',
           f'<rect width="{width}" height="{height}" fill="#eef4f8"/>',
           f'<path d="{land_path(width, height)}" fill="#d9d4c7" stroke="#a9a391" '
           f'stroke-width="0.5"/>']
    peak = max((p["events"] for p in places), default=1)
    for p in sorted(places, key=lambda p: -p["events"]):
        x, y = project(p["lon"], p["lat"], width, height)
        r = 3 + 12 * math.sqrt(p["events"] / peak)
        href = "/events?" + urlencode(dict(base, place=p["name"], country=p["country"] or ""))
        out.append(f'<a href="{_attr(href)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                   f'fill="#c0392b" fill-opacity="0.6" stroke="#7b241c"><title>'
                   f'{_attr(p["name"])} ({_attr(p["country"] or "?")}): {p["events"]} events'
                   f'</title></circle></a>')
    out.append("</svg>")
    return Markup("".join(out))
