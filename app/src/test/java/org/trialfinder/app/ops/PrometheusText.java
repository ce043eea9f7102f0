package org.trialfinder.app.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus' text exposition format 0.0.4 (the format's own grammar, not Micrometer's code):
 * every line is a {@code # HELP}, a {@code # TYPE} or a sample whose metric family was typed before it; label values
 * in quotes with the three escapes; values as Go's float syntax (NaN, +Inf, -Inf). Anything else fails the parse, so a
 * scrape a Prometheus server would reject fails the test too.
 */
record PrometheusText(Map<String, String> types, List<Sample> samples) {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE =
            Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (\\S+)( -?\\d+)?");
    private static final Pattern LABEL =
            Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");
    private static final Pattern VALUE =
            Pattern.compile("[+-]?(Inf|NaN|\\d+(\\.\\d*)?([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)");

    record Sample(String name, Map<String, String> labels, double value) {}

    static PrometheusText parse(String text) {
        Map<String, String> types = new HashMap<>();
        List<Sample> samples = new ArrayList<>();
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a line feed");
        }
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if (line.startsWith("#")) {
                if ((m = TYPE.matcher(line)).matches()) {
                    if (types.put(m.group(1), m.group(2)) != null) {
                        throw new IllegalArgumentException("line " + lineNo + ": second TYPE for " + m.group(1));
                    }
                } else if (!HELP.matcher(line).matches()) {
                    throw new IllegalArgumentException("line " + lineNo + ": not HELP or TYPE: " + line);
                }
                continue;
            }
            if (!(m = SAMPLE.matcher(line)).matches()) {
                throw new IllegalArgumentException("line " + lineNo + ": not a sample: " + line);
            }
            String name = m.group(1);
            Map<String, String> labels = labels(m.group(3) == null ? "" : m.group(3), lineNo);
            if (!VALUE.matcher(m.group(4)).matches()) {
                throw new IllegalArgumentException("line " + lineNo + ": not a value: " + m.group(4));
            }
            if (family(name, types) == null) {
                throw new IllegalArgumentException("line " + lineNo + ": sample of an untyped family: " + name);
            }
            samples.add(new Sample(name, labels, parseValue(m.group(4))));
        }
        return new PrometheusText(types, samples);
    }

    /** The family a sample belongs to: its own name, or its name less a histogram/summary/counter suffix. */
    private static String family(String name, Map<String, String> types) {
        if (types.containsKey(name)) {
            return name;
        }
        for (String suffix : List.of("_bucket", "_count", "_sum", "_total", "_created")) {
            if (name.endsWith(suffix) && types.containsKey(name.substring(0, name.length() - suffix.length()))) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private static Map<String, String> labels(String text, int lineNo) {
        Map<String, String> labels = new LinkedHashMap<>();
        int at = 0;
        Matcher m = LABEL.matcher(text);
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("line " + lineNo + ": bad labels: " + text);
            }
            String value = m.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
            if (labels.put(m.group(1), value) != null) {
                throw new IllegalArgumentException("line " + lineNo + ": label twice: " + m.group(1));
            }
            at = m.end();
            if (at < text.length()) {
                if (text.charAt(at) != ',') {
                    throw new IllegalArgumentException("line " + lineNo + ": bad labels: " + text);
                }
                at++;
            }
        }
        return labels;
    }

    private static double parseValue(String v) {
        return switch (v) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN", "+NaN", "-NaN" -> Double.NaN;
            default -> Double.parseDouble(v);
        };
    }

    /** The value of the one sample with this name whose labels include {@code labels}; 0 when there is none. */
    double value(String name, Map<String, String> labels) {
        List<Sample> found = samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
        if (found.size() > 1) {
            throw new AssertionError("more than one " + name + labels + ": " + found);
        }
        return found.isEmpty() ? 0 : found.get(0).value();
    }

    List<Sample> named(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }
}
