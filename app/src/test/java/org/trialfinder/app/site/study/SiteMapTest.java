package org.trialfinder.app.site.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SiteMapTest {
    private static final Pattern CIRCLE = Pattern.compile("<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    private static List<double[]> dots(String svg) {
        List<double[]> dots = new ArrayList<>();
        Matcher m = CIRCLE.matcher(svg);
        while (m.find()) {
            dots.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return dots;
    }

    private static int[] size(String svg) {
        Matcher m = VIEW_BOX.matcher(svg);
        assertThat(m.find()).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @Test
    void everySiteIsADotInsideTheViewWithTheWestOnTheLeft() {
        // Boston, Paris, Sydney
        String svg = SiteMap.svg(
                List.of(new double[] {42.36, -71.06}, new double[] {48.86, 2.35}, new double[] {-33.87, 151.21}));
        List<double[]> dots = dots(svg);
        int[] size = size(svg);
        assertThat(dots).hasSize(3).allSatisfy(d -> {
            assertThat(d[0]).isBetween(0.0, (double) size[0]);
            assertThat(d[1]).isBetween(0.0, (double) size[1]);
        });
        assertThat(dots.get(0)[0]).isLessThan(dots.get(1)[0]);
        assertThat(dots.get(1)[0]).isLessThan(dots.get(2)[0]);
        assertThat(dots.get(2)[1]).isGreaterThan(dots.get(0)[1]);
        assertThat(svg)
                .contains("aria-label=\"Map of 3 trial sites\"", "<title>Map of 3 trial sites</title>", "<path ");
    }

    @Test
    void sitesOnBothSidesOfThePacificShareANarrowViewAcrossTheAntimeridian() {
        // Guam, Honolulu, Los Angeles: the band from 144°E eastwards to 118°W, not the whole world
        List<double[]> sites =
                List.of(new double[] {13.44, 144.79}, new double[] {21.31, -157.86}, new double[] {34.05, -118.24});
        String svg = SiteMap.svg(sites);
        List<double[]> dots = dots(svg);
        int[] size = size(svg);
        assertThat(dots).hasSize(3).allSatisfy(d -> assertThat(d[0]).isBetween(0.0, (double) size[0]));
        // Guam is west of Honolulu, which is west of Los Angeles, on this map
        assertThat(dots.get(0)[0]).isLessThan(dots.get(1)[0]);
        assertThat(dots.get(1)[0]).isLessThan(dots.get(2)[0]);
        // 100° of longitude over 800 px: far more zoomed in than a world map (360° over 800 px)
        assertThat(dots.get(2)[0] - dots.get(0)[0]).isGreaterThan(400);
    }

    @Test
    void oneSiteShowsItsRegionAndNoSitesShowTheWorld() {
        String one = SiteMap.svg(List.<double[]>of(new double[] {23.12, 113.25}));
        assertThat(dots(one)).hasSize(1);
        assertThat(one).contains("Map of 1 trial site\"");
        String none = SiteMap.svg(List.of());
        assertThat(dots(none)).isEmpty();
        assertThat(none).contains("Map of 0 trial sites").contains("<path ");
    }
}
