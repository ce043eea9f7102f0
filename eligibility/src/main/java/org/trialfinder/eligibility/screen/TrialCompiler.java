package org.trialfinder.eligibility.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DurationUnit;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.Respan;
import org.trialfinder.eligibility.criterion.SexCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.parse.CriterionParser;
import org.trialfinder.eligibility.parse.ListReader;
import org.trialfinder.eligibility.parse.OwnConditions;
import org.trialfinder.eligibility.split.CriteriaSplitter;
import org.trialfinder.eligibility.split.CriterionItem;
import org.trialfinder.eligibility.split.GroupLabel;
import org.trialfinder.eligibility.split.ListLabel;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.eligibility.split.SplitCriteria;
import org.trialfinder.model.Study;
import org.trialfinder.model.protocol.EligibilityModule;
import org.trialfinder.model.text.TextSpan;
import org.trialfinder.model.vocab.Sex;

/**
 * Turns a study's eligibility module into a {@link CompiledTrial}: the structured fields (minimum and
 * maximum age, sex, healthy volunteers) as checks, then each criterion item parsed. Compiled trials are
 * cached by nctId and last-update date, so a record is parsed once however many patients are screened.
 */
public final class TrialCompiler {

    /** Source name of the healthy-volunteers check (evaluated by the pre-screener, not a criterion tree). */
    static final String HEALTHY_VOLUNTEERS = "healthyVolunteers";

    private final Map<String, CompiledTrial> cache = new ConcurrentHashMap<>();

    /** The compiled trial, from the cache when this version of the record was compiled before. */
    public CompiledTrial compile(Study study) {
        String nctId = study.nctId();
        String lastUpdate = study.lastUpdatePostDate().map(Object::toString).orElse("");
        String key = nctId + "@" + lastUpdate;
        CompiledTrial cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        CompiledTrial compiled = compileUncached(study);
        if (nctId != null) {
            cache.put(key, compiled);
        }
        return compiled;
    }

    /** How many compiled trials are cached. */
    public int cached() {
        return cache.size();
    }

    /** Compiles without the cache. */
    public static CompiledTrial compileUncached(Study study) {
        EligibilityModule module =
                study.protocolSection() == null ? null : study.protocolSection().eligibilityModule();
        List<CompiledCriterion> checks = new ArrayList<>();
        String text = module == null || module.eligibilityCriteria() == null ? "" : module.eligibilityCriteria();
        if (module != null) {
            structured(module, checks);
        }
        SplitCriteria split = CriteriaSplitter.split(text);
        GroupScope scope = new GroupScope();
        OwnConditions own = OwnConditions.of(study);
        List<CriterionItem> items = split.items();
        for (int i = 0; i < items.size(); i++) {
            CriterionItem item = items.get(i);
            if (scope.heading(item)) {
                continue; // "Group 1", "Cohort A (dose escalation):": names the group of the items below
            }
            if (ListLabel.heads(item, i + 1 < items.size() ? items.get(i + 1) : null)) {
                // "Chemotherapy" above "* Not specified": most likely a sub-heading, but "Pregnant or lactating"
                // above a list is a criterion: kept unread, never read as a requirement, never dropped
                checks.add(new CompiledCriterion(
                        "criteria",
                        item.section(),
                        item.index(),
                        item.text(),
                        new NotComputable(item.text(), item.span(), UnreadReason.SUB_HEADING),
                        item.span(),
                        scope.groups(item, Optional.empty())));
                continue;
            }
            if (GroupScope.groupedChildren(item)) {
                // "Prior therapy allowed: a) Cohort 1: … b) Cohort 2: …": each sub-item its own criterion, for
                // its group; the lead-in is kept in their texts
                for (CriterionItem child : item.children()) {
                    checks.add(grouped(child, item.text() + " " + fullText(child), scope, own));
                }
                continue;
            }
            checks.add(grouped(item, fullText(item), scope, own));
        }
        return new CompiledTrial(
                study.nctId(), study.lastUpdatePostDate().map(Object::toString).orElse(""), text, checks);
    }

    private static final Pattern AGE =
            Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*(year|month|week|day|hour|minute)s?\\s*$");

    private static void structured(EligibilityModule module, List<CompiledCriterion> checks) {
        AgeCheck min = age(module.minimumAge(), Comparison.GE);
        if (min != null) {
            checks.add(new CompiledCriterion(
                    "minimumAge", Section.INCLUSION, "minimumAge", "Minimum age: " + module.minimumAge(), min, null));
        }
        AgeCheck max = age(module.maximumAge(), Comparison.LE);
        if (max != null) {
            checks.add(new CompiledCriterion(
                    "maximumAge", Section.INCLUSION, "maximumAge", "Maximum age: " + module.maximumAge(), max, null));
        }
        if (module.sex() == Sex.FEMALE || module.sex() == Sex.MALE) {
            SexCheck sex =
                    new SexCheck(module.sex() == Sex.FEMALE ? SexCheck.Sex.FEMALE : SexCheck.Sex.MALE, TextSpan.NONE);
            checks.add(new CompiledCriterion(
                    "sex",
                    Section.INCLUSION,
                    "sex",
                    "Sex: " + module.sex().name().toLowerCase(Locale.ROOT),
                    sex,
                    null));
        }
        if (Boolean.FALSE.equals(module.healthyVolunteers())) {
            checks.add(new CompiledCriterion(
                    HEALTHY_VOLUNTEERS,
                    Section.INCLUSION,
                    HEALTHY_VOLUNTEERS,
                    "Accepts healthy volunteers: no",
                    new NotComputable("does not accept healthy volunteers", TextSpan.NONE),
                    null));
        }
    }

    /** "18 Years" → age >= 18 a; a minute or hour bound ("N/A" is no bound). */
    static AgeCheck age(String written, Comparison comparison) {
        if (written == null) {
            return null;
        }
        Matcher m = AGE.matcher(written);
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        DurationUnit unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "year" -> DurationUnit.YEARS;
            case "month" -> DurationUnit.MONTHS;
            case "week" -> DurationUnit.WEEKS;
            case "day" -> DurationUnit.DAYS;
            case "hour" -> DurationUnit.HOURS;
            default -> {
                value = value / 60;
                yield DurationUnit.HOURS;
            }
        };
        return new AgeCheck(comparison, value, unit, TextSpan.NONE);
    }

    /** An item's criterion with the groups its label and the heading above it name, read after its label. */
    private static CompiledCriterion grouped(CriterionItem item, String text, GroupScope scope, OwnConditions own) {
        Optional<GroupLabel> label = GroupLabel.prefix(item.text());
        Criterion tree =
                label.isPresent() && item.children().isEmpty() && item.notes().isEmpty()
                        ? after(item, label.get().end())
                        : tree(item);
        return new CompiledCriterion(
                "criteria",
                item.section(),
                item.index(),
                text,
                RequiredOtherCancer.weaken(own.qualify(tree, item.section()), item.section()),
                item.span(),
                scope.groups(item, label));
    }

    /** The tree of an item's text after its group label, with spans in the whole criteria field. */
    private static Criterion after(CriterionItem item, int start) {
        Criterion c = CriterionParser.parse(item.text().substring(start), item.section());
        return Respan.map(c, s -> {
            TextSpan t = item.sourceSpan(
                    start + s.start(), Math.min(start + s.end(), item.text().length()));
            return new TextSpan(t.start(), t.end());
        });
    }

    private static String fullText(CriterionItem item) {
        StringBuilder b = new StringBuilder(item.text());
        for (CriterionItem child : item.children()) {
            b.append(' ').append(child.marker()).append(' ').append(fullText(child));
        }
        for (String note : item.notes()) {
            b.append(' ').append(note);
        }
        return b.toString().strip();
    }

    // Lead-ins whose words add nothing to the sub-items they introduce ("Adequate organ function defined as:",
    // "Any of the following:"); anything else (a window, a population) would change what the sub-items mean.
    private static final Pattern SAFE_LEAD_IN = Pattern.compile(
            "(?i)^(?:\\s*(?:adequate|organ|function|functions|bone|marrow|hepatic|liver|renal|kidney|"
                    + "ha?ematologic(?:al)?|coagulation|laboratory|lab|values?|parameters?|defined|as|follows|following|by|the|of|and|or|any|all|one|both|either|"
                    + "must|have|has|meet|meeting|criteria|criterion|patients?|participants?|subjects?|with|normal|tests?|results?|at|screening|baseline|"
                    + "conditions?|are|is|be|should|a|an|include|includes|including|requirements?|required|levels?|history|cardiac|cardiovascular|"
                    + "diseases?|significant|clinically|below|listed|these|those|known|evidence|presence|each|in|\\(|\\)|,|:|-))*\\s*$");
    private static final Pattern ANY_OF = Pattern.compile("(?i)\\b(?:any|one|either|at\\s+least\\s+one)\\s+of\\b");
    private static final Pattern ALL_OF = Pattern.compile("(?i)\\b(?:all|both|each)\\s+of\\b");

    /** The item's tree with spans as offsets in the whole criteria field. */
    static Criterion tree(CriterionItem item) {
        return itemTree(item);
    }

    private static Criterion original(CriterionItem item, Criterion c) {
        return Respan.map(c, s -> {
            TextSpan t =
                    item.sourceSpan(s.start(), Math.min(s.end(), item.text().length()));
            return new TextSpan(t.start(), t.end());
        });
    }

    /**
     * An item's tree. Sub-items belong to their parent: under a lead-in that adds nothing they join as
     * its words say ("any of the following" or, "all of" and; otherwise as the list's default: all for
     * an inclusion, any for an exclusion). A lead-in that says more, or notes that may permit what the
     * item forbids, make the item not computable: never stronger than the text.
     */
    private static Criterion itemTree(CriterionItem item) {
        TextSpan all = new TextSpan(item.span().start(), item.span().end());
        if (!item.notes().isEmpty()) {
            return new NotComputable(item.text(), all);
        }
        if (item.children().isEmpty()) {
            return original(item, CriterionParser.parse(item.text(), item.section()));
        }
        List<Criterion> children = new ArrayList<>();
        for (CriterionItem child : item.children()) {
            children.add(itemTree(child));
        }
        List<String> texts =
                item.children().stream().map(TrialCompiler::fullText).toList();
        if (!SAFE_LEAD_IN.matcher(item.text()).matches()) {
            // a lead-in that names a time of measurement ("… within 7 days before treatment:") or a kind of
            // list ("Hepatic:") over sub-items that do not change one another
            Criterion list = ListReader.subItems(item.text(), item.section(), texts, children, all);
            return list != null ? list : new NotComputable(item.text(), all);
        }
        if (children.size() == 1) {
            return children.get(0);
        }
        if (!ListReader.labsOnce(texts, children)) {
            // "a. AST ≤ 2.5 × ULN; b. AST ≤ 5 × ULN with liver metastases": one sub-item is an exception to another
            return new NotComputable(item.text(), all);
        }
        boolean any = ANY_OF.matcher(item.text()).find()
                || !ALL_OF.matcher(item.text()).find() && item.section() == Section.EXCLUSION;
        return any ? new Or(children, all) : new And(children, all);
    }
}
