package org.trialfinder.app.site.study;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A map of a trial's sites as a standalone SVG image, drawn on the server from the bundled country
 * outlines: no tile server, nothing loaded from elsewhere. The view is the sites' bounding box with
 * padding (at least a region's breadth, so one site still shows its surroundings), in an
 * equirectangular projection whose east-west scale is that of the middle latitude, so shapes look
 * right at the latitudes shown. Outlines are culled to the view and thinned to what shows at
 * {@link #WIDTH} pixels, so the image stays small.
 */
public final class SiteMap {
    static final int WIDTH = 800;
    private static final double MIN_SPAN_DEGREES = 16;
    private static final double PADDING = 0.15;
    private static final double WRAP_SAVING_DEGREES = 45;
    private static final double MIN_ASPECT = 0.45;
    private static final double MAX_ASPECT = 0.8;

    private SiteMap() {}

    /** The SVG for these {lat, lon} points; with none, the whole world without dots. */
    public static String svg(List<double[]> points) {
        View view = View.around(points);
        String label = "Map of " + points.size() + (points.size() == 1 ? " trial site" : " trial sites");
        StringBuilder svg = new StringBuilder(32_768);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(view.height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(view.height)
                .append("\" role=\"img\" aria-label=\"")
                .append(label)
                .append("\"><title>")
                .append(label)
                .append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#dcebf7\"/>")
                .append("<path fill=\"#f4f1ea\" stroke=\"#8a9199\" stroke-width=\"0.6\" fill-rule=\"evenodd\" d=\"");
        for (WorldOutlines.Ring ring : WorldOutlines.rings()) {
            // a view across the antimeridian reaches past +-180: draw the rings there once more, shifted a turn
            for (double shift = -360; shift <= 360; shift += 360) {
                appendRing(svg, ring, view, shift);
            }
        }
        svg.append("\"/><g fill=\"#c0392b\" stroke=\"#ffffff\" stroke-width=\"1\">");
        for (double[] p : points) {
            svg.append("<circle cx=\"")
                    .append(fmt(view.x(view.unwrap(p[1]))))
                    .append("\" cy=\"")
                    .append(fmt(view.y(p[0])))
                    .append("\" r=\"5\"/>");
        }
        return svg.append("</g></svg>").toString();
    }

    private static void appendRing(StringBuilder svg, WorldOutlines.Ring ring, View view, double shift) {
        if (ring.maxLon() + shift < view.minLon
                || ring.minLon() + shift > view.maxLon
                || ring.maxLat() < view.minLat
                || ring.minLat() > view.maxLat) {
            return;
        }
        double[] ll = ring.lonLat();
        long lastX = Long.MIN_VALUE;
        long lastY = Long.MIN_VALUE;
        int drawn = 0;
        int start = svg.length();
        for (int i = 0; i < ll.length; i += 2) {
            // whole pixels: finer detail does not show at this size, and integers keep the path short
            long x = Math.round(view.x(ll[i] + shift));
            long y = Math.round(view.y(ll[i + 1]));
            if (x == lastX && y == lastY) {
                continue;
            }
            if (drawn == 0) {
                svg.append('M').append(x).append(' ').append(y);
            } else {
                long dx = x - lastX;
                long dy = y - lastY;
                svg.append(drawn == 1 ? "l" : " ")
                        .append(dx)
                        .append(dy < 0 ? "" : " ")
                        .append(dy);
            }
            lastX = x;
            lastY = y;
            drawn++;
        }
        if (drawn < 3) {
            svg.setLength(start);
        } else {
            svg.append('z');
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The part of the world shown and its projection onto {@link #WIDTH} x height pixels. */
    private static final class View {
        final double minLon, maxLon, minLat, maxLat, xScale, scale;
        final int height;
        /** Longitudes below this are shown a turn east (+360): the view then crosses the antimeridian. */
        final double wrapBelow;

        private View(double minLon, double maxLon, double minLat, double maxLat, double wrapBelow) {
            this.wrapBelow = wrapBelow;
            double k = Math.max(0.25, Math.cos(Math.toRadians((minLat + maxLat) / 2)));
            double lonSpan = maxLon - minLon;
            double latSpan = maxLat - minLat;
            // keep the picture between a wide strip and a squat square by widening the shorter side
            double aspect = latSpan / (lonSpan * k);
            if (aspect < MIN_ASPECT) {
                double grow = (MIN_ASPECT * lonSpan * k - latSpan) / 2;
                minLat -= grow;
                maxLat += grow;
            } else if (aspect > MAX_ASPECT) {
                double grow = (latSpan / MAX_ASPECT / k - lonSpan) / 2;
                minLon -= grow;
                maxLon += grow;
            }
            this.minLon = minLon;
            this.maxLon = maxLon;
            this.minLat = minLat;
            this.maxLat = maxLat;
            this.xScale = k;
            this.scale = WIDTH / ((maxLon - minLon) * k);
            this.height = (int) Math.round((maxLat - minLat) * scale);
        }

        static View around(List<double[]> points) {
            if (points.isEmpty()) {
                return new View(-180, 180, -60, 85, -180);
            }
            double minLat = 90, maxLat = -90;
            double[] lons = new double[points.size()];
            for (int i = 0; i < lons.length; i++) {
                double[] p = points.get(i);
                minLat = Math.min(minLat, p[0]);
                maxLat = Math.max(maxLat, p[0]);
                lons[i] = p[1];
            }
            // the narrowest band holding every longitude: it leaves out the widest empty gap between
            // sites, which is across the antimeridian for e.g. Guam and the United States together
            // (only when that saves much: a map centred on the Pacific is unusual to read)
            Arrays.sort(lons);
            double antimeridianGap = lons[0] + 360 - lons[lons.length - 1];
            double minLon = lons[0];
            double maxLon = lons[lons.length - 1];
            double wrapBelow = -180;
            double gap = antimeridianGap + WRAP_SAVING_DEGREES;
            for (int i = 1; i < lons.length; i++) {
                if (lons[i] - lons[i - 1] > gap) {
                    gap = lons[i] - lons[i - 1];
                    minLon = lons[i];
                    maxLon = lons[i - 1] + 360;
                    wrapBelow = lons[i];
                }
            }
            double latPad = Math.max(MIN_SPAN_DEGREES - (maxLat - minLat), 0) / 2 + (maxLat - minLat) * PADDING;
            double lonPad = Math.max(MIN_SPAN_DEGREES - (maxLon - minLon), 0) / 2 + (maxLon - minLon) * PADDING;
            double west = minLon - lonPad;
            double east = maxLon + lonPad;
            if (east - west > 360) {
                // sites all round the world: one turn of it, centred on them
                double centre = (west + east) / 2;
                west = centre - 180;
                east = centre + 180;
            }
            return new View(west, east, Math.max(-85, minLat - latPad), Math.min(85, maxLat + latPad), wrapBelow);
        }

        /** A site's longitude in the view's band (a turn east when the band crosses the antimeridian). */
        double unwrap(double lon) {
            return lon < wrapBelow ? lon + 360 : lon;
        }

        double x(double lon) {
            return (lon - minLon) * xScale * scale;
        }

        double y(double lat) {
            return (maxLat - lat) * scale;
        }
    }
}
