package org.trialfinder.eligibility.criterion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.trialfinder.model.text.TextSpan;

/**
 * The criterion notation shared by the parser and the labelled set: {@link #print} writes a tree,
 * {@link #parse} reads one back (spans are {@link TextSpan#NONE}). Grammar, e.g.
 * {@code and(if(not(metastasis(liver)), lab(ALT) <= 2.5 ULN), if(metastasis(liver), lab(ALT) <= 5 ULN))},
 * {@code within(6 mo, diagnosis(myocardial_infarction))}, {@code ecog in {0,1}}, {@code age >= 18 a}.
 */
public final class Notation {

    private static final String TEST_KEYS = Arrays.stream(TestResultCheck.Test.values())
            .map(TestResultCheck.Test::key)
            .collect(Collectors.joining(", "));

    private Notation() {}

    /** The tree in the notation. */
    public static String print(Criterion c) {
        return switch (c) {
            case And a -> "and(" + a.parts().stream().map(Notation::print).collect(Collectors.joining(", ")) + ")";
            case Or o -> "or(" + o.parts().stream().map(Notation::print).collect(Collectors.joining(", ")) + ")";
            case Not n -> "not(" + print(n.part()) + ")";
            case Conditional k -> "if(" + print(k.condition()) + ", " + print(k.then()) + ")";
            case Within w ->
                "within(" + number(w.window().amount()) + " "
                        + w.window().unit().code() + ", " + print(w.part()) + ")";
            case AgeCheck a ->
                "age " + a.comparison().symbol() + " " + number(a.value()) + " "
                        + a.unit().code();
            case SexCheck s -> "sex = " + s.sex().name().toLowerCase(Locale.ROOT);
            case ReproductiveCheck r -> r.status().word();
            case PerformanceCheck p ->
                p.scale().name().toLowerCase(Locale.ROOT)
                        + (p.isList()
                                ? " in {"
                                        + p.values().stream()
                                                .map(String::valueOf)
                                                .collect(Collectors.joining(",")) + "}"
                                : " " + p.comparison().symbol() + " " + p.value());
            case LabCheck l ->
                "lab(" + l.key() + ") " + l.comparison().symbol() + " " + number(l.value()) + " " + l.unit();
            case NyhaCheck n -> "nyha " + n.comparison().symbol() + " " + n.value();
            case DiagnosisCheck d -> "diagnosis(" + d.term() + ")";
            case MetastasisCheck m -> "metastasis(" + m.site() + ")";
            case PriorTherapyCheck t -> "therapy(" + t.therapy() + ")";
            case TherapyLinesCheck t ->
                "lines(" + t.therapyClass() + ") " + t.comparison().symbol() + " " + t.value();
            case LifeExpectancyCheck e ->
                "life_expectancy " + e.comparison().symbol() + " " + number(e.value()) + " "
                        + e.unit().code();
            case BmiCheck b -> "bmi " + b.comparison().symbol() + " " + number(b.value());
            case TestResultCheck t ->
                "test(" + t.test().key() + ") = " + t.result().word();
            case NotComputable n -> "not_computable";
        };
    }

    /** A number as written: no exponent, no trailing zeros ("1.5", "100000"). */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads an expression of the notation.
     *
     * @throws IllegalArgumentException naming the position and what was expected, for text that is not
     *     the notation
     */
    public static Criterion parse(String text) {
        Reader r = new Reader(text == null ? "" : text);
        Criterion c = r.expr();
        r.ws();
        if (!r.atEnd()) {
            throw r.error("end of expression");
        }
        return c;
    }

    private static final class Reader {
        final String s;
        int i;

        Reader(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        IllegalArgumentException error(String expected) {
            String near = s.substring(Math.min(i, s.length()), Math.min(s.length(), i + 20));
            return new IllegalArgumentException("notation: expected " + expected + " at position " + i
                    + (near.isEmpty() ? " (end of text)" : " near '" + near + "'") + " in: " + s);
        }

        void expect(char c) {
            ws();
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("'" + c + "'");
            }
            i++;
        }

        boolean peek(char c) {
            ws();
            return i < s.length() && s.charAt(i) == c;
        }

        String ident() {
            ws();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            if (start == i) {
                throw error("a name");
            }
            return s.substring(start, i);
        }

        Comparison cmp() {
            ws();
            for (String sym : new String[] {"<=", ">=", "<", ">", "="}) {
                if (s.startsWith(sym, i)) {
                    i += sym.length();
                    return Comparison.ofSymbol(sym);
                }
            }
            throw error("a comparator (< <= > >= =)");
        }

        double number() {
            ws();
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
                i++;
            }
            try {
                return Double.parseDouble(s.substring(start, i));
            } catch (NumberFormatException e) {
                i = start;
                throw error("a number");
            }
        }

        int integer() {
            double d = number();
            if (d != Math.rint(d)) {
                throw error("a whole number");
            }
            return (int) d;
        }

        DurationUnit timeUnit() {
            String code = ident();
            try {
                return DurationUnit.ofCode(code);
            } catch (IllegalArgumentException e) {
                throw error("a time unit (a, mo, wk, d, h)");
            }
        }

        /** Text up to the ')' that closes the current '(' (nested parentheses kept). */
        String argument() {
            expect('(');
            int depth = 0;
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        String arg = s.substring(start, i).strip();
                        i++;
                        if (arg.isEmpty()) {
                            throw error("a name inside ()");
                        }
                        return arg;
                    }
                    depth--;
                }
                i++;
            }
            throw error("')'");
        }

        /** A unit: up to ',' or ')' outside {}, [] and the unit's own () ("g/(24.h)"). */
        String unit() {
            ws();
            int start = i;
            int depth = 0;
            int parens = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                } else if (c == '(' && depth == 0) {
                    parens++;
                } else if (c == ')' && depth == 0 && parens > 0) {
                    parens--;
                } else if (depth == 0 && (c == ',' || c == ')')) {
                    break;
                }
                i++;
            }
            String unit = s.substring(start, i).strip();
            if (unit.isEmpty()) {
                throw error("a unit");
            }
            return unit;
        }

        /** A TERM as written; a MeSH one ({@link MeshTerm}) checked and in its one spelling. */
        String diagnosisTerm(String term) {
            try {
                return MeshTerm.canonical(term);
            } catch (IllegalArgumentException e) {
                throw error("a diagnosis term (" + e.getMessage() + ")");
            }
        }

        List<Criterion> list() {
            expect('(');
            List<Criterion> parts = new ArrayList<>();
            parts.add(expr());
            while (peek(',')) {
                i++;
                parts.add(expr());
            }
            expect(')');
            return parts;
        }

        Criterion expr() {
            String name = ident();
            TextSpan none = TextSpan.NONE;
            switch (name) {
                case "and", "or" -> {
                    List<Criterion> parts = list();
                    if (parts.size() < 2) {
                        throw error(name + "(...) with at least two parts");
                    }
                    return name.equals("and") ? new And(parts, none) : new Or(parts, none);
                }
                case "not" -> {
                    expect('(');
                    Criterion part = expr();
                    expect(')');
                    return new Not(part, none);
                }
                case "if" -> {
                    expect('(');
                    Criterion condition = expr();
                    expect(',');
                    Criterion then = expr();
                    expect(')');
                    return new Conditional(condition, then, none);
                }
                case "within" -> {
                    expect('(');
                    double amount = number();
                    DurationUnit unit = timeUnit();
                    expect(',');
                    Criterion part = expr();
                    expect(')');
                    return new Within(new Window(amount, unit), part, none);
                }
                case "age" -> {
                    Comparison c = cmp();
                    double v = number();
                    return new AgeCheck(c, v, timeUnit(), none);
                }
                case "sex" -> {
                    expect('=');
                    String sex = ident();
                    return switch (sex) {
                        case "female" -> new SexCheck(SexCheck.Sex.FEMALE, none);
                        case "male" -> new SexCheck(SexCheck.Sex.MALE, none);
                        default -> throw error("female or male");
                    };
                }
                case "pregnant" -> {
                    return new ReproductiveCheck(ReproductiveCheck.Status.PREGNANT, none);
                }
                case "lactating" -> {
                    return new ReproductiveCheck(ReproductiveCheck.Status.LACTATING, none);
                }
                case "childbearing_potential" -> {
                    return new ReproductiveCheck(ReproductiveCheck.Status.CHILDBEARING_POTENTIAL, none);
                }
                case "contraception" -> {
                    return new ReproductiveCheck(ReproductiveCheck.Status.CONTRACEPTION, none);
                }
                case "ecog", "who", "karnofsky", "lansky" -> {
                    PerformanceCheck.Scale scale = PerformanceCheck.Scale.valueOf(name.toUpperCase(Locale.ROOT));
                    ws();
                    if (s.startsWith("in", i)) {
                        i += 2;
                        expect('{');
                        List<Integer> values = new ArrayList<>();
                        values.add(integer());
                        while (peek(',')) {
                            i++;
                            values.add(integer());
                        }
                        expect('}');
                        return new PerformanceCheck(scale, null, 0, values, none);
                    }
                    Comparison c = cmp();
                    return new PerformanceCheck(scale, c, integer(), List.of(), none);
                }
                case "lab" -> {
                    String key = argument();
                    Comparison c = cmp();
                    double v = number();
                    return new LabCheck(key, c, v, unit(), none);
                }
                case "nyha" -> {
                    Comparison c = cmp();
                    return new NyhaCheck(c, integer(), none);
                }
                case "diagnosis" -> {
                    return new DiagnosisCheck(diagnosisTerm(argument()), none);
                }
                case "metastasis" -> {
                    return new MetastasisCheck(argument(), none);
                }
                case "therapy" -> {
                    return new PriorTherapyCheck(argument(), none);
                }
                case "lines" -> {
                    String therapy = argument();
                    Comparison c = cmp();
                    return new TherapyLinesCheck(therapy, c, integer(), none);
                }
                case "life_expectancy" -> {
                    Comparison c = cmp();
                    double v = number();
                    return new LifeExpectancyCheck(c, v, timeUnit(), none);
                }
                case "bmi" -> {
                    Comparison c = cmp();
                    return new BmiCheck(c, number(), none);
                }
                case "test" -> {
                    int at = i;
                    String key = argument();
                    TestResultCheck.Test test = TestResultCheck.Test.ofKey(key).orElseThrow(() -> {
                        i = at;
                        return error("a test key (" + TEST_KEYS + ")");
                    });
                    expect('=');
                    String result = ident();
                    return switch (result) {
                        case "positive" -> new TestResultCheck(test, TestResultCheck.Result.POSITIVE, none);
                        case "negative" -> new TestResultCheck(test, TestResultCheck.Result.NEGATIVE, none);
                        default -> {
                            i -= result.length();
                            throw error("positive or negative");
                        }
                    };
                }
                case "not_computable" -> {
                    String text = peek('(') ? argument() : "";
                    return new NotComputable(text, none);
                }
                default -> {
                    i -= name.length();
                    throw error("an expression (and, or, not, if, within, age, sex, lab, ...), not '" + name + "'");
                }
            }
        }
    }
}
