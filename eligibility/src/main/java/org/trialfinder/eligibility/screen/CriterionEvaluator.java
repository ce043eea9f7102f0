package org.trialfinder.eligibility.screen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.BmiCheck;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.LifeExpectancyCheck;
import org.trialfinder.eligibility.criterion.MeshTerm;
import org.trialfinder.eligibility.criterion.MetastasisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
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
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.lab.Analyte;
import org.trialfinder.eligibility.lab.Units;
import org.trialfinder.eligibility.parse.Terms;

/**
 * Evaluates a criterion tree for one patient in Kleene's three-valued logic. A missing fact is unknown,
 * never false; a {@link NotComputable} part is unknown and marked unread; a threshold relative to the
 * normal range uses the patient's own ULN/LLN, else the lab catalog's generic one, and says so.
 */
final class CriterionEvaluator {

    private static final Map<String, Optional<Analyte>> ANALYTES = new ConcurrentHashMap<>();

    private final PatientFacts patient;

    CriterionEvaluator(PatientFacts patient) {
        this.patient = patient;
    }

    Evaluation evaluate(Criterion c) {
        return evaluate(c, null);
    }

    /** {@code window}: the "within" the node stands under, for events with dates. */
    private Evaluation evaluate(Criterion c, Window window) {
        return switch (c) {
            case And a -> {
                List<Evaluation> parts = new ArrayList<>();
                Truth t = Truth.TRUE;
                for (Criterion p : a.parts()) {
                    Evaluation e = evaluate(p, window);
                    parts.add(e);
                    t = t.and(e.truth());
                }
                yield Evaluation.combine(t, parts, a.span());
            }
            case Or o -> {
                List<Evaluation> parts = new ArrayList<>();
                Truth t = Truth.FALSE;
                for (Criterion p : o.parts()) {
                    Evaluation e = evaluate(p, window);
                    parts.add(e);
                    t = t.or(e.truth());
                }
                yield Evaluation.combine(t, parts, o.span());
            }
            case Not n -> {
                Evaluation e = evaluate(n.part(), window);
                yield e.withTruth(e.truth().not());
            }
            case Conditional k -> {
                Evaluation cond = evaluate(k.condition(), window);
                Evaluation then = evaluate(k.then(), window);
                Truth t = cond.truth().implies(then.truth());
                List<Evaluation> parts = cond.truth() == Truth.FALSE ? List.of(cond) : List.of(cond, then);
                yield Evaluation.combine(t, parts, k.span());
            }
            case Within w -> evaluate(w.part(), w.window());
            case AgeCheck a -> age(a);
            case SexCheck s -> sex(s);
            case ReproductiveCheck r -> reproductive(r);
            case PerformanceCheck p -> performance(p);
            case LabCheck l -> lab(l);
            case NyhaCheck n -> nyha(n);
            case DiagnosisCheck d -> diagnosis(d, window);
            case MetastasisCheck m -> metastasis(m, window);
            case PriorTherapyCheck t -> therapy(t, window);
            case TherapyLinesCheck t ->
                Evaluation.missing(
                        "number of prior lines of " + t.therapyClass().replace('_', ' '), t.span());
            case LifeExpectancyCheck e -> lifeExpectancy(e);
            case BmiCheck b -> Evaluation.missing("BMI", b.span());
            case TestResultCheck t -> TestResultFacts.evaluate(t, patient);
            case NotComputable n -> Evaluation.unread(n.span());
        };
    }

    private Evaluation age(AgeCheck a) {
        Double years = patient.ageYears();
        if (years == null) {
            return Evaluation.missing("age", a.span());
        }
        double days = years * 365.25;
        boolean met = a.comparison().test(days, a.value() * a.unit().days());
        return Evaluation.known(met, "age " + Notation.number(Math.floor(years * 10) / 10) + " years", a.span());
    }

    private Evaluation sex(SexCheck s) {
        PatientProfile.Sex sex = patient.profile().sex();
        if (sex == null) {
            return Evaluation.missing("sex", s.span());
        }
        boolean met = sex.name().equals(s.sex().name());
        return Evaluation.known(met, "sex " + sex.name().toLowerCase(Locale.ROOT), s.span());
    }

    private Evaluation reproductive(ReproductiveCheck r) {
        PatientProfile p = patient.profile();
        boolean male = p.sex() == PatientProfile.Sex.MALE;
        Boolean value = switch (r.status()) {
            case PREGNANT -> male ? Boolean.FALSE : p.pregnant();
            case LACTATING -> male ? Boolean.FALSE : p.lactating();
            case CHILDBEARING_POTENTIAL -> male ? Boolean.FALSE : p.childbearingPotential();
            case CONTRACEPTION -> null;
        };
        String what = r.status().word().replace('_', ' ');
        if (value == null) {
            return Evaluation.missing(
                    r.status() == ReproductiveCheck.Status.CONTRACEPTION ? "agreement to use contraception" : what,
                    r.span());
        }
        String fact = male && r.status() != ReproductiveCheck.Status.CONTRACEPTION
                ? "sex male (not " + what + ")"
                : (value ? "" : "not ") + what;
        return Evaluation.known(value, fact, r.span());
    }

    private Evaluation performance(PerformanceCheck check) {
        PatientProfile.PerformanceStatus ps = patient.profile().performanceStatus();
        if (ps == null) {
            return Evaluation.missing(check.scale().name() + " performance status", check.span());
        }
        // ECOG and WHO performance status are the same 0-5 scale; Karnofsky and Lansky do not convert exactly.
        boolean sameScale = ps.scale().name().equals(check.scale().name())
                || isEcogLike(ps.scale().name()) && isEcogLike(check.scale().name());
        if (!sameScale) {
            return Evaluation.missing(
                    check.scale().name() + " performance status (the profile gives " + ps.scale() + ")", check.span());
        }
        boolean met = check.isList()
                ? check.values().contains(ps.value())
                : check.comparison().test(ps.value(), check.value());
        return Evaluation.known(met, ps.scale() + " " + ps.value(), check.span());
    }

    private static boolean isEcogLike(String scale) {
        return scale.equals("ECOG") || scale.equals("WHO");
    }

    private Evaluation lab(LabCheck check) {
        Optional<Analyte> found = ANALYTES.computeIfAbsent(check.key(), Analyte::find);
        if (found.isEmpty()) {
            return Evaluation.missing(check.key(), check.span());
        }
        Analyte analyte = found.get();
        PatientProfile.LabResult lab = patient.lab(analyte);
        if (lab == null) {
            return Evaluation.missing(analyte.displayName() + " (" + check.key() + ")", check.span());
        }
        String given = lab.name() + " " + Notation.number(lab.value()) + " " + lab.unit();
        try {
            if (check.relativeToLimit()) {
                boolean upper = LabCheck.ULN.equals(check.unit());
                Double own = upper ? lab.uln() : lab.lln();
                double limit;
                String limitUnit;
                List<String> defaults = new ArrayList<>();
                if (own != null) {
                    limit = own;
                    limitUnit = lab.unit();
                } else {
                    Optional<Double> generic = upper ? analyte.defaultUpperLimit() : analyte.defaultLowerLimit();
                    if (generic.isEmpty()) {
                        return Evaluation.missing(
                                (upper ? "ULN" : "LLN") + " of " + analyte.displayName(), check.span());
                    }
                    limit = generic.get();
                    limitUnit = analyte.unit();
                    defaults.add(check.unit() + " default " + Notation.number(limit) + " " + limitUnit + " used for "
                            + check.key() + " (" + Analyte.REFERENCE_SOURCE.split(",")[0] + ")");
                }
                double multiple = Units.multipleOfLimit(analyte, lab.value(), lab.unit(), limit, limitUnit);
                boolean met = check.comparison().test(multiple, check.value());
                String fact = given + " = " + Notation.number(round(multiple)) + " × " + check.unit() + " ("
                        + check.unit() + " " + Notation.number(limit) + " " + limitUnit + ")";
                return new Evaluation(Truth.of(met), List.of(fact), List.of(), defaults, false, check.span());
            }
            double converted = Units.convert(analyte, lab.value(), lab.unit(), check.unit());
            boolean met = check.comparison().test(round(converted), check.value());
            String fact = given
                    + (Units.normalise(lab.unit()).equals(check.unit())
                            ? ""
                            : " = " + Notation.number(round(converted)) + " " + check.unit());
            return Evaluation.known(met, fact, check.span());
        } catch (IllegalArgumentException e) {
            return Evaluation.missing(
                    analyte.displayName() + " in a unit comparable to " + check.unit() + " (" + e.getMessage() + ")",
                    check.span());
        }
    }

    /** Rounding to 6 significant digits, so 1200 /uL is exactly 1.2 10*9/L and not 1.2000000000000002. */
    private static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }

    private static final Pattern NYHA_IN_TEXT =
            Pattern.compile("(?i)\\bNYHA\\s*(?:functional\\s+)?(?:class\\s*)?(IV|III|II|I|[1-4])\\b");

    private Evaluation nyha(NyhaCheck check) {
        for (String condition : patient.conditions()) {
            Matcher m = NYHA_IN_TEXT.matcher(condition);
            if (m.find()) {
                int cls = switch (m.group(1).toUpperCase(Locale.ROOT)) {
                    case "I", "1" -> 1;
                    case "II", "2" -> 2;
                    case "III", "3" -> 3;
                    default -> 4;
                };
                return Evaluation.known(
                        check.comparison().test(cls, check.value()), "condition '" + condition + "'", check.span());
            }
        }
        return Evaluation.missing("NYHA class", check.span());
    }

    private Evaluation diagnosis(DiagnosisCheck d, Window window) {
        String term = d.term();
        if (MeshTerm.isMeshTerm(term)) {
            return MeshDiagnoses.evaluate(term, patient, window, d.span());
        }
        if (!patient.historyGiven()) {
            return Evaluation.missing("history of " + describe(term), d.span());
        }
        Optional<String> named = patient.conditionNaming(term, CriterionEvaluator::namesCondition);
        if (named.isPresent()) {
            String condition = named.get();
            // conditions carry no dates: within a window, having the condition does not tell when
            if (window != null) {
                return Evaluation.missing("when '" + condition + "' was diagnosed", d.span());
            }
            return Evaluation.known(true, "condition '" + condition + "'", d.span());
        }
        if (term.startsWith(DiagnosisCheck.CONDITION_PREFIX)) {
            // a trial's own condition written in its words: not finding it in the patient's words proves nothing
            return Evaluation.missing(
                    "whether the patient has " + term.substring(DiagnosisCheck.CONDITION_PREFIX.length()), d.span());
        }
        return Evaluation.known(false, describe(term) + " not among the patient's conditions", d.span());
    }

    private static boolean namesCondition(String term, String condition) {
        if (term.startsWith(DiagnosisCheck.CONDITION_PREFIX)) {
            String wanted =
                    term.substring(DiagnosisCheck.CONDITION_PREFIX.length()).toLowerCase(Locale.ROOT);
            String have = condition.toLowerCase(Locale.ROOT);
            for (String word : wanted.split("[^\\p{L}\\p{N}+-]+")) {
                if (word.length() > 2 && !have.contains(word)) {
                    return false;
                }
            }
            return true;
        }
        if (term.equals("diabetes")) {
            return Terms.namesDiagnosis("diabetes", condition)
                    || Terms.namesDiagnosis("type1_diabetes", condition)
                    || Terms.namesDiagnosis("type2_diabetes", condition);
        }
        return Terms.namesDiagnosis(term, condition);
    }

    private static String describe(String term) {
        return term.startsWith(DiagnosisCheck.CONDITION_PREFIX)
                ? term.substring(DiagnosisCheck.CONDITION_PREFIX.length())
                : term.replace('_', ' ');
    }

    private static final Set<String> DISTANT_EXCLUDED = Set.of("lymph node");

    private Evaluation metastasis(MetastasisCheck m, Window window) {
        String site = m.site();
        if (patient.sites().isEmpty() && !patient.historyGiven()) {
            return Evaluation.missing("metastatic sites", m.span());
        }
        String hit = null;
        for (String s : patient.sites()) {
            boolean matches = switch (site) {
                case "any" -> true;
                case "distant" -> !DISTANT_EXCLUDED.contains(s);
                case "cns" -> s.equals("cns") || s.equals("brain") || s.equals("leptomeninges");
                case "peritoneal" -> s.equals("peritoneum");
                default -> s.equals(site);
            };
            if (matches) {
                hit = s;
                break;
            }
        }
        if (hit != null) {
            return window != null
                    ? Evaluation.missing("when the " + hit + " metastases were found", m.span())
                    : Evaluation.known(true, "metastasis: " + hit, m.span());
        }
        String listed = patient.sites().isEmpty()
                ? "no metastatic site listed"
                : "metastatic sites " + String.join(", ", patient.sites());
        return Evaluation.known(false, listed + " (no " + site + ")", m.span());
    }

    private Evaluation therapy(PriorTherapyCheck t, Window window) {
        String wanted = t.therapy();
        if (!patient.historyGiven() && patient.treatments().isEmpty()) {
            return Evaluation.missing("prior treatments", t.span());
        }
        boolean undated = false;
        LocalDate since = window == null ? null : patient.asOf().minusDays((long) Math.ceil(window.days()));
        for (PatientFacts.Treatment tr : patient.treatments()) {
            boolean matches = wanted.startsWith(PriorTherapyCheck.DRUG_PREFIX)
                    ? tr.name()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(wanted.substring(PriorTherapyCheck.DRUG_PREFIX.length()))
                            || tr.classes().contains(wanted)
                    : patient.treatmentIs(tr, wanted, CriterionEvaluator::namesTherapyClass);
            if (!matches) {
                continue;
            }
            if (since == null) {
                return Evaluation.known(
                        true,
                        "treatment '" + tr.name() + "'" + TherapyClasses.why(tr.name(), wanted)
                                + (tr.lastGiven() == null ? "" : " on " + tr.lastGiven()),
                        t.span());
            }
            if (tr.lastGiven() == null) {
                undated = true;
            } else if (!tr.lastGiven().isBefore(since)) {
                return Evaluation.known(
                        true,
                        "treatment '" + tr.name() + "'" + TherapyClasses.why(tr.name(), wanted) + " on "
                                + tr.lastGiven() + " (within " + Notation.number(window.amount()) + " "
                                + window.unit().code() + " of " + patient.asOf() + ")",
                        t.span());
            }
        }
        if (undated) {
            return Evaluation.missing("date of prior " + TherapyClasses.describe(wanted), t.span());
        }
        String what = TherapyClasses.describe(wanted);
        return Evaluation.known(
                false,
                "no " + what + " among the patient's treatments" + (since == null ? "" : " since " + since),
                t.span());
    }

    private static boolean namesTherapyClass(String therapyClass, String treatment) {
        return Terms.namesTherapy(therapyClass, treatment)
                || therapyClass.equals("systemic_therapy")
                        && (Terms.namesTherapy("chemotherapy", treatment)
                                || Terms.namesTherapy("immunotherapy", treatment));
    }

    private Evaluation lifeExpectancy(LifeExpectancyCheck e) {
        Double months = patient.profile().lifeExpectancyMonths();
        if (months == null) {
            return Evaluation.missing("life expectancy", e.span());
        }
        boolean met = e.comparison().test(months * 30.4375, e.value() * e.unit().days());
        return Evaluation.known(met, "life expectancy " + Notation.number(months) + " months", e.span());
    }
}
