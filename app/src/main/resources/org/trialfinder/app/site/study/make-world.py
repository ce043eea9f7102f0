#!/usr/bin/env python3
"""Builds world-110m.txt (country outlines for the trial page's site map) from world-atlas.

Source: the npm package world-atlas 2.0.2 (ISC licence, (c) Michael Bostock), file
countries-110m.json: Natural Earth 1:110m admin-0 countries (public domain) as TopoJSON.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 make-world.py package/countries-110m.json > world-110m.txt

Output: '#' comment lines, then one line per polygon ring: the ISO 3166-1 numeric id of its
country, a tab, and the ring's points as "lon,lat" pairs (degrees, two decimals, about 1 km,
finer than the 1:110m source) separated by spaces. Points that round to the previous one are
dropped; longitudes can pass +-180 where a ring crosses the antimeridian. Holes are written as rings too: the map draws them with the even-odd fill rule.
"""
import json
import sys


def decode_arcs(topology):
    """TopoJSON arcs are quantized and delta-encoded: turn them into absolute lon/lat."""
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """A ring is a list of arc indexes; ~i means arc i reversed. Shared end points are not repeated."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """Natural Earth rings may cross the antimeridian (Fiji, Russia's far east): keep their longitudes
    continuous (past 180 or below -180) so the flat map draws no line across the world. A ring that
    goes round a pole (Antarctica) is closed along the pole's edge instead."""
    out = [points[0]]
    for lon, lat in points[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        out.append((lon, lat))
    drift = out[-1][0] - out[0][0]
    if abs(drift) > 180:
        pole = 90 if sum(lat for _, lat in out) > 0 else -90
        out.append((out[-1][0], pole))
        out.append((out[0][0], pole))
    return out


def main(path):
    topology = json.load(open(path, encoding="utf-8"))
    arcs = decode_arcs(topology)
    out = sys.stdout
    out.write("# Country outlines for Trialfinder's site maps. Derived by make-world.py from the npm package\n")
    out.write("# world-atlas 2.0.2 (ISC, (c) Michael Bostock), countries-110m.json: Natural Earth 1:110m\n")
    out.write("# admin-0 countries (public domain). Format: ISO 3166-1 numeric id, tab, ring as lon,lat pairs.\n")
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        country = geometry.get("id", "-")
        for polygon in polygons:
            for ring in polygon:
                text = []
                for lon, lat in unwrap(ring_points(ring, arcs)):
                    pair = f"{lon:.2f},{lat:.2f}".replace("-0.00", "0.00")
                    if not text or text[-1] != pair:
                        text.append(pair)
                if len(text) >= 3:
                    out.write(f"{country}\t{' '.join(text)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
