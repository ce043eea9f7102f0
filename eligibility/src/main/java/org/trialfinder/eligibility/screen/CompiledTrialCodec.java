package org.trialfinder.eligibility.screen;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.BmiCheck;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.DurationUnit;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.LifeExpectancyCheck;
import org.trialfinder.eligibility.criterion.MetastasisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.NyhaCheck;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PerformanceCheck;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.SexCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.TherapyLinesCheck;
import org.trialfinder.eligibility.criterion.Window;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * A {@link CompiledTrial} as compact bytes and back, exactly (every tree node, span and text): so a
 * trial compiled once (at ingest) is screened later without splitting or parsing its criteria again.
 * Decoding is a single pass over the bytes with no lookup; the results of unread criteria are rebuilt
 * by {@link CompiledTrial}'s constructor as when it was compiled.
 *
 * <p>Raise {@link #FORMAT} whenever the layout changes (a reader refuses bytes of another format).
 */
public final class CompiledTrialCodec {
    /** The layout of the bytes; the first byte of every encoding. */
    public static final int FORMAT = 3;

    private CompiledTrialCodec() {}

    public static byte[] encode(CompiledTrial trial) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            string(out, trial.nctId());
            string(out, trial.lastUpdate());
            // the checks first, so a verdict needs to read nothing after them
            out.writeInt(trial.criteria().size());
            for (CompiledCriterion c : trial.criteria()) {
                string(out, c.source());
                out.writeByte(c.section().ordinal());
                tree(out, c.tree());
                out.writeShort(c.groups().size());
                for (String g : c.groups()) {
                    string(out, g);
                }
            }
            string(out, trial.criteriaText());
            for (CompiledCriterion c : trial.criteria()) {
                string(out, c.index());
                string(out, c.text());
                span(out, c.span());
                string(out, c.notation());
                string(out, c.sectionWord());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are of another format or cut short */
    public static CompiledTrial decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        try {
            int format = in.u8();
            if (format != FORMAT) {
                throw new IllegalArgumentException("compiled trial of format " + format + ", expected " + FORMAT);
            }
            String nctId = in.string();
            String lastUpdate = in.string();
            int n = in.i32();
            List<CompiledCheck> checks = in.checks(n);
            String criteriaText = in.string();
            List<CompiledCriterion> criteria = new ArrayList<>(n);
            for (CompiledCheck check : checks) {
                String index = in.string();
                String text = in.string();
                TextSpan span = in.span();
                String notation = in.string();
                String sectionWord = in.string();
                criteria.add(new CompiledCriterion(
                        check.source(),
                        check.section(),
                        index,
                        text,
                        check.tree(),
                        span,
                        notation,
                        sectionWord,
                        check.groups()));
            }
            if (in.pos != bytes.length) {
                throw new IllegalArgumentException("compiled trial has " + (bytes.length - in.pos) + " bytes too many");
            }
            return new CompiledTrial(nctId, lastUpdate, criteriaText, criteria);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("compiled trial cut short", e);
        }
    }

    /**
     * The checks alone (what a verdict needs): the trial's id and each check's source, section and tree,
     * without the texts that explain a result.
     *
     * @throws IllegalArgumentException when the bytes are of another format or cut short
     */
    public static TrialChecks decodeChecks(byte[] bytes) {
        Reader in = new Reader(bytes);
        try {
            int format = in.u8();
            if (format != FORMAT) {
                throw new IllegalArgumentException("compiled trial of format " + format + ", expected " + FORMAT);
            }
            String nctId = in.string();
            in.skipString();
            return new TrialChecks(nctId, in.checks(in.i32()));
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("compiled trial cut short", e);
        }
    }

    private static final Section[] SECTIONS = Section.values();
    private static final Comparison[] COMPARISONS = Comparison.values();
    private static final DurationUnit[] UNITS = DurationUnit.values();
    private static final PerformanceCheck.Scale[] SCALES = PerformanceCheck.Scale.values();
    private static final ReproductiveCheck.Status[] STATUSES = ReproductiveCheck.Status.values();
    private static final SexCheck.Sex[] SEXES = SexCheck.Sex.values();
    private static final TestResultCheck.Test[] TESTS = TestResultCheck.Test.values();
    private static final TestResultCheck.Result[] RESULTS = TestResultCheck.Result.values();

    // one tag per kind of node; never renumber (raise FORMAT instead)
    private static final int AND = 1;
    private static final int OR = 2;
    private static final int NOT = 3;
    private static final int CONDITIONAL = 4;
    private static final int WITHIN = 5;
    private static final int AGE = 6;
    private static final int SEX = 7;
    private static final int REPRODUCTIVE = 8;
    private static final int PERFORMANCE = 9;
    private static final int LAB = 10;
    private static final int NYHA = 11;
    private static final int DIAGNOSIS = 12;
    private static final int METASTASIS = 13;
    private static final int PRIOR_THERAPY = 14;
    private static final int THERAPY_LINES = 15;
    private static final int LIFE_EXPECTANCY = 16;
    private static final int BMI = 17;
    private static final int NOT_COMPUTABLE = 18;
    // a new kind only adds a tag: bytes written before it read as they did, so FORMAT stays
    private static final int TEST_RESULT = 19;

    private static void tree(DataOutputStream out, Criterion c) throws IOException {
        switch (c) {
            case And a -> {
                out.writeByte(AND);
                parts(out, a.parts());
            }
            case Or o -> {
                out.writeByte(OR);
                parts(out, o.parts());
            }
            case Not n -> {
                out.writeByte(NOT);
                tree(out, n.part());
            }
            case Conditional k -> {
                out.writeByte(CONDITIONAL);
                tree(out, k.condition());
                tree(out, k.then());
            }
            case Within w -> {
                out.writeByte(WITHIN);
                boolean window = w.window() != null;
                out.writeBoolean(window);
                if (window) {
                    out.writeDouble(w.window().amount());
                    enumValue(out, w.window().unit());
                }
                tree(out, w.part());
            }
            case AgeCheck a -> {
                out.writeByte(AGE);
                enumValue(out, a.comparison());
                out.writeDouble(a.value());
                enumValue(out, a.unit());
            }
            case SexCheck s -> {
                out.writeByte(SEX);
                enumValue(out, s.sex());
            }
            case ReproductiveCheck r -> {
                out.writeByte(REPRODUCTIVE);
                enumValue(out, r.status());
            }
            case PerformanceCheck p -> {
                out.writeByte(PERFORMANCE);
                enumValue(out, p.scale());
                enumValue(out, p.comparison());
                out.writeInt(p.value());
                out.writeInt(p.values().size());
                for (int v : p.values()) {
                    out.writeInt(v);
                }
            }
            case LabCheck l -> {
                out.writeByte(LAB);
                string(out, l.key());
                enumValue(out, l.comparison());
                out.writeDouble(l.value());
                string(out, l.unit());
            }
            case NyhaCheck y -> {
                out.writeByte(NYHA);
                enumValue(out, y.comparison());
                out.writeInt(y.value());
            }
            case DiagnosisCheck d -> {
                out.writeByte(DIAGNOSIS);
                string(out, d.term());
            }
            case MetastasisCheck m -> {
                out.writeByte(METASTASIS);
                string(out, m.site());
            }
            case PriorTherapyCheck t -> {
                out.writeByte(PRIOR_THERAPY);
                string(out, t.therapy());
            }
            case TherapyLinesCheck t -> {
                out.writeByte(THERAPY_LINES);
                string(out, t.therapyClass());
                enumValue(out, t.comparison());
                out.writeInt(t.value());
            }
            case LifeExpectancyCheck e -> {
                out.writeByte(LIFE_EXPECTANCY);
                enumValue(out, e.comparison());
                out.writeDouble(e.value());
                enumValue(out, e.unit());
            }
            case BmiCheck b -> {
                out.writeByte(BMI);
                enumValue(out, b.comparison());
                out.writeDouble(b.value());
            }
            case TestResultCheck t -> {
                out.writeByte(TEST_RESULT);
                enumValue(out, t.test());
                enumValue(out, t.result());
            }
            case NotComputable n -> {
                out.writeByte(NOT_COMPUTABLE);
                string(out, n.text());
            }
        }
        span(out, c.span());
    }

    private static void parts(DataOutputStream out, List<Criterion> parts) throws IOException {
        out.writeInt(parts.size());
        for (Criterion p : parts) {
            tree(out, p);
        }
    }

    /** An enum constant as its ordinal plus one (0: null). */
    private static void enumValue(DataOutputStream out, Enum<?> value) throws IOException {
        out.writeByte(value == null ? 0 : value.ordinal() + 1);
    }

    /** Length plus one (0: null), then UTF-8. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(0);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length + 1);
        out.write(utf8);
    }

    private static void span(DataOutputStream out, TextSpan span) throws IOException {
        if (span == null) {
            out.writeByte(0);
        } else if (span.equals(TextSpan.NONE)) {
            out.writeByte(1);
        } else {
            out.writeByte(2);
            out.writeInt(span.start());
            out.writeInt(span.end());
        }
    }

    /** Reads what the writer wrote, big-endian as {@link DataOutputStream}. */
    private static final class Reader {
        private final byte[] b;
        private int pos;

        Reader(byte[] b) {
            this.b = b;
        }

        int u8() {
            return b[pos++] & 0xff;
        }

        int u16() {
            int v = ((b[pos] & 0xff) << 8) | (b[pos + 1] & 0xff);
            pos += 2;
            return v;
        }

        int i32() {
            int v = ((b[pos] & 0xff) << 24)
                    | ((b[pos + 1] & 0xff) << 16)
                    | ((b[pos + 2] & 0xff) << 8)
                    | (b[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        double f64() {
            long hi = i32() & 0xffffffffL;
            long lo = i32() & 0xffffffffL;
            return Double.longBitsToDouble((hi << 32) | lo);
        }

        String string() {
            int n = i32();
            if (n == 0) {
                return null;
            }
            if (n - 1 > b.length - pos) {
                throw new IllegalArgumentException("compiled trial cut short");
            }
            String s = new String(b, pos, n - 1, StandardCharsets.UTF_8);
            pos += n - 1;
            return s;
        }

        void skipString() {
            int n = i32();
            pos += Math.max(0, n - 1);
        }

        List<CompiledCheck> checks(int n) {
            List<CompiledCheck> checks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String source = source();
                Section section = SECTIONS[u8()];
                Criterion tree = tree();
                int groups = u16();
                List<String> paths = new ArrayList<>(groups);
                for (int g = 0; g < groups; g++) {
                    paths.add(string());
                }
                checks.add(new CompiledCheck(source, section, tree, paths));
            }
            return checks;
        }

        /** A check's source: one of a few names, shared rather than allocated for every trial. */
        String source() {
            String s = string();
            return switch (s) {
                case "criteria" -> "criteria";
                case "minimumAge" -> "minimumAge";
                case "maximumAge" -> "maximumAge";
                case "sex" -> "sex";
                case TrialCompiler.HEALTHY_VOLUNTEERS -> TrialCompiler.HEALTHY_VOLUNTEERS;
                case null -> null;
                default -> s;
            };
        }

        TextSpan span() {
            return switch (u8()) {
                case 0 -> null;
                case 1 -> TextSpan.NONE;
                default -> {
                    int start = i32();
                    yield new TextSpan(start, i32());
                }
            };
        }

        <E> E enumValue(E[] values) {
            int v = u8();
            return v == 0 ? null : values[v - 1];
        }

        List<Criterion> parts() {
            int n = i32();
            List<Criterion> parts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parts.add(tree());
            }
            return parts;
        }

        Criterion tree() {
            int tag = u8();
            return switch (tag) {
                case AND -> {
                    List<Criterion> parts = parts();
                    yield new And(parts, span());
                }
                case OR -> {
                    List<Criterion> parts = parts();
                    yield new Or(parts, span());
                }
                case NOT -> {
                    Criterion part = tree();
                    yield new Not(part, span());
                }
                case CONDITIONAL -> {
                    Criterion condition = tree();
                    Criterion then = tree();
                    yield new Conditional(condition, then, span());
                }
                case WITHIN -> {
                    Window window = null;
                    if (u8() != 0) {
                        double amount = f64();
                        window = new Window(amount, enumValue(UNITS));
                    }
                    Criterion part = tree();
                    yield new Within(window, part, span());
                }
                case AGE -> {
                    Comparison comparison = enumValue(COMPARISONS);
                    double value = f64();
                    DurationUnit unit = enumValue(UNITS);
                    yield new AgeCheck(comparison, value, unit, span());
                }
                case SEX -> {
                    SexCheck.Sex sex = enumValue(SEXES);
                    yield new SexCheck(sex, span());
                }
                case REPRODUCTIVE -> {
                    ReproductiveCheck.Status status = enumValue(STATUSES);
                    yield new ReproductiveCheck(status, span());
                }
                case PERFORMANCE -> {
                    PerformanceCheck.Scale scale = enumValue(SCALES);
                    Comparison comparison = enumValue(COMPARISONS);
                    int value = i32();
                    int n = i32();
                    List<Integer> values = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        values.add(i32());
                    }
                    yield new PerformanceCheck(scale, comparison, value, values, span());
                }
                case LAB -> {
                    String key = string();
                    Comparison comparison = enumValue(COMPARISONS);
                    double value = f64();
                    String unit = string();
                    yield new LabCheck(key, comparison, value, unit, span());
                }
                case NYHA -> {
                    Comparison comparison = enumValue(COMPARISONS);
                    int value = i32();
                    yield new NyhaCheck(comparison, value, span());
                }
                case DIAGNOSIS -> {
                    String term = string();
                    yield new DiagnosisCheck(term, span());
                }
                case METASTASIS -> {
                    String site = string();
                    yield new MetastasisCheck(site, span());
                }
                case PRIOR_THERAPY -> {
                    String therapy = string();
                    yield new PriorTherapyCheck(therapy, span());
                }
                case THERAPY_LINES -> {
                    String therapyClass = string();
                    Comparison comparison = enumValue(COMPARISONS);
                    int value = i32();
                    yield new TherapyLinesCheck(therapyClass, comparison, value, span());
                }
                case LIFE_EXPECTANCY -> {
                    Comparison comparison = enumValue(COMPARISONS);
                    double value = f64();
                    DurationUnit unit = enumValue(UNITS);
                    yield new LifeExpectancyCheck(comparison, value, unit, span());
                }
                case BMI -> {
                    Comparison comparison = enumValue(COMPARISONS);
                    double value = f64();
                    yield new BmiCheck(comparison, value, span());
                }
                case TEST_RESULT -> {
                    TestResultCheck.Test test = enumValue(TESTS);
                    TestResultCheck.Result result = enumValue(RESULTS);
                    yield new TestResultCheck(test, result, span());
                }
                case NOT_COMPUTABLE -> {
                    String text = string();
                    yield new NotComputable(text, span());
                }
                default -> throw new IllegalArgumentException("unknown criterion tag " + tag);
            };
        }
    }
}
