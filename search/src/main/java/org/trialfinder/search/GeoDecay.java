package org.trialfinder.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code geoDecay}: how much nearer studies rank higher when {@code filter.geo} is set, as
 * ClinicalTrials.gov defines it: {@code func:(gauss|exp|linear),scale:<n>(km|mi),offset:<n>(km|mi),decay:<n>},
 * default {@code func:exp,scale:300mi,offset:0mi,decay:0.5}. The factor is 1 within {@code offset}
 * and {@code decay} at {@code offset + scale}, following Elasticsearch's decay functions.
 */
public record GeoDecay(Function func, double scaleKm, double offsetKm, double decay) {
    public enum Function {
        GAUSS,
        EXP,
        LINEAR
    }

    public static final GeoDecay DEFAULT = new GeoDecay(Function.EXP, 300 * GeoFilter.KM_PER_MILE, 0, 0.5);
    private static final Pattern FORMAT = Pattern.compile(
            "^func:(gauss|exp|linear),scale:(\\d+(?:\\.\\d+)?)(km|mi),offset:(\\d+(?:\\.\\d+)?)(km|mi),decay:(\\d+(?:\\.\\d+)?)$");

    public static GeoDecay parse(String value) {
        Matcher m = FORMAT.matcher(value.replace(" ", ""));
        if (!m.matches()) {
            throw new SearchException("geoDecay must look like func:exp,scale:300mi,offset:0mi,decay:0.5 "
                    + "(func gauss|exp|linear; scale and offset in km or mi; decay between 0 and 1); got \"" + value
                    + "\"");
        }
        double decay = Double.parseDouble(m.group(6));
        double scale = km(m.group(2), m.group(3));
        if (!(decay > 0 && decay < 1) || !(scale > 0)) {
            throw new SearchException(
                    "geoDecay: decay must be between 0 and 1 (exclusive) and scale more than 0; got \"" + value + "\"");
        }
        return new GeoDecay(
                Function.valueOf(m.group(1).toUpperCase(Locale.ROOT)), scale, km(m.group(4), m.group(5)), decay);
    }

    private static double km(String number, String unit) {
        double v = Double.parseDouble(number);
        return "mi".equals(unit) ? v * GeoFilter.KM_PER_MILE : v;
    }

    /** The ranking factor for a study whose nearest site is {@code distanceKm} away. */
    public double factor(double distanceKm) {
        double d = Math.max(0, distanceKm - offsetKm);
        return switch (func) {
            case EXP -> Math.exp(Math.log(decay) / scaleKm * d);
            case GAUSS -> Math.exp(d * d * Math.log(decay) / (scaleKm * scaleKm));
            case LINEAR -> Math.max(0, (scaleKm / (1 - decay) - d) / (scaleKm / (1 - decay)));
        };
    }
}
