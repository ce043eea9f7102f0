package org.trialfinder.app.site.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Country outlines for site maps: Natural Earth 1:110m rings (via the npm package world-atlas,
 * see {@code NOTICE.md} and {@code make-world.py} beside {@code world-110m.txt}), read once.
 */
public final class WorldOutlines {
    private static final String RESOURCE = "/org/trialfinder/app/site/study/world-110m.txt";

    /** A ring as interleaved lon, lat degrees, with its bounding box for quick culling. */
    public record Ring(double[] lonLat, double minLon, double maxLon, double minLat, double maxLat) {}

    private static final class Holder {
        static final List<Ring> RINGS = load();
    }

    private WorldOutlines() {}

    public static List<Ring> rings() {
        return Holder.RINGS;
    }

    private static List<Ring> load() {
        InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the world outline resource " + RESOURCE + " is missing from the build");
        }
        List<Ring> rings = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] pairs = line.substring(line.indexOf('\t') + 1).split(" ");
                double[] lonLat = new double[pairs.length * 2];
                double minLon = Double.MAX_VALUE,
                        maxLon = -Double.MAX_VALUE,
                        minLat = Double.MAX_VALUE,
                        maxLat = -Double.MAX_VALUE;
                for (int i = 0; i < pairs.length; i++) {
                    int comma = pairs[i].indexOf(',');
                    double lon = Double.parseDouble(pairs[i].substring(0, comma));
                    double lat = Double.parseDouble(pairs[i].substring(comma + 1));
                    lonLat[2 * i] = lon;
                    lonLat[2 * i + 1] = lat;
                    minLon = Math.min(minLon, lon);
                    maxLon = Math.max(maxLon, lon);
                    minLat = Math.min(minLat, lat);
                    maxLat = Math.max(maxLat, lat);
                }
                rings.add(new Ring(lonLat, minLon, maxLon, minLat, maxLat));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the world outline resource could not be read", e);
        }
        return List.copyOf(rings);
    }
}
