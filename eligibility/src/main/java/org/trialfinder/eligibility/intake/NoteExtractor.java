package org.trialfinder.eligibility.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.trialfinder.eligibility.intake.NoteExtraction.ConditionPhrase;
import org.trialfinder.eligibility.intake.NoteExtraction.Evidence;
import org.trialfinder.eligibility.intake.NoteExtraction.Status;
import org.trialfinder.eligibility.intake.PatientProfile.LabResult;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;
import org.trialfinder.eligibility.intake.PatientProfile.Treatment;
import org.trialfinder.eligibility.lab.Analyte;
import org.trialfinder.eligibility.lab.Units;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.Descriptor;
import org.trialfinder.search.terms.Match;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * Reads a free-text patient note (a clinic note, a TREC Clinical Trials topic) into a patient profile
 * with rules, no model: age ("A 58-year-old woman", "48 M", "58 yo", "5 months old"), sex, pregnancy
 * ("pregnant", "at 11 weeks gestation", "pregnancy test negative"), conditions (MeSH descriptors and
 * their entry terms found in the text, with NegEx-style negation — "denies smoking, diabetes" — and
 * relatives' conditions set aside), lab values with their units ("platelets 90,000/mm3", "HbA1c: 6.5%"),
 * treatments ("s/p resection", "treated with oxycodone", drug names by their stems), performance status
 * and metastatic sites. Each fact comes with the span it was read from.
 *
 * <p>What it cannot read is not guessed: a lab value whose unit is missing, unknown or impossible for the
 * test is left out (and listed in the warnings), so the pre-screener sees an unknown, not a wrong fact.
 * Thread-safe.
 */
public final class NoteExtractor {

    private final MeshThesaurus mesh;
    private final Abbreviations abbreviations;
    private final Clock clock;

    /**
     * An extractor naming conditions by the MeSH thesaurus and the condition abbreviations (the search
     * module's shipped ones in the product), dating profiles by the clock.
     */
    public NoteExtractor(MeshThesaurus mesh, Abbreviations abbreviations, Clock clock) {
        this.mesh = mesh;
        this.abbreviations = abbreviations;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------- age, sex

    private static final Pattern AGE_OLD = Pattern.compile(
            "(?i)\\b(\\d{1,3}(?:\\.\\d)?)[\\s-]*(years?|yrs?|months?|mos?|weeks?|wks?|days?)[\\s-]*old\\b");
    private static final Pattern AGE_YO =
            Pattern.compile("(?i)\\b(\\d{1,3})[\\s-]*(?:yo|y/o|y\\.o\\.?|yr|years? of age)(?![a-z])");
    private static final Pattern AGE_SEX_SHORTHAND = Pattern.compile("\\b(\\d{1,3})\\s*-?\\s*(M|F)\\b");
    private static final Pattern AGE_WORD = Pattern.compile("(?i)(?<!at )\\b(?:aged?:?)\\s+(\\d{1,3})\\b");
    private static final Pattern SEX_AFTER_AGE =
            Pattern.compile("^\\s*(?:-?\\s*)(M|F|male|female|man|woman|boy|girl)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEX_WORD =
            Pattern.compile("(?i)\\b(woman|female|girl|lady|mrs\\.?|ms\\.|man|male|boy|gentleman|mr\\.)(?![a-z])");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(she|her|hers|he|his|him)\\b");

    // ------------------------------------------------------------------------------------- pregnancy

    private static final Pattern PREGNANT = Pattern.compile("(?i)\\bpregnant\\b");
    private static final Pattern NOT_YET_PREGNANT = Pattern.compile(
            "(?i)(?:become|becoming|get|getting|plan(?:ning)?(?: to)?|wants? to|trying to|try to|like to|desire to|be)\\s+$");
    private static final Pattern GESTATION = Pattern.compile(
            "(?i)\\b(\\d{1,2})\\s*(?:weeks?|wks?|w)(?:\\s*\\+?\\s*\\d{1,2}\\s*d(?:ays?)?)?\\s*(?:of\\s+)?"
                    + "(?:gestation|gestational|pregnan)");
    private static final Pattern NOT_PREGNANT = Pattern.compile(
            "(?i)\\b(?:not pregnant|non-?pregnant|negative for pregnancy|negative (?:urine |serum )?pregnancy test"
                    + "|pregnancy test[^.;]{0,80}?\\bnegative|(?:beta[- ]?)?h?cg[^.;]{0,40}?\\bnegative)");

    // ---------------------------------------------------------------------------------- performance

    private static final Pattern PERFORMANCE = Pattern.compile(
            // "WHO" only in capitals: "who is 24 weeks" is a pronoun.
            "\\b((?i:ECOG|Zubrod|KPS|Karnofsky|Lansky)|WHO)(?i:[\\s-]*(?:PS|performance status|performance score|score))?"
                    + "\\s*(?i:of|:|=|is|was)?\\s*(\\d{1,3})\\s*%?");

    // ---------------------------------------------------------------------------------- metastases

    private static final String SITES = MetastasisSites.writtenForms().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(site -> Pattern.quote(site).replace(" ", "\\E[\\s-]+\\Q"))
            .collect(Collectors.joining("|", "(?:", ")"));
    private static final Pattern METASTATIC_TO = Pattern.compile(
            "(?i)\\bmetasta(?:tic|sis|ses|sized|sised)(?:\\s+(?:disease|lesions?|spread))?\\s+(?:to|in|into|involving|of)"
                    + "\\s+((?:(?:the|both|bilateral|multiple|left|right)\\s+)?" + SITES + "(?:\\s*(?:,|and|or|&)\\s*"
                    + "(?:(?:the|both|bilateral|multiple|left|right)\\s+)?" + SITES + ")*)\\b");
    private static final Pattern SITE_METASTASES = Pattern.compile(
            "(?i)\\b(" + SITES + ")\\s+(?:metastas[ie]s|metastatic\\s+(?:disease|lesions?)|mets|secondaries)\\b");
    private static final Pattern SITE_WORD = Pattern.compile("(?i)\\b" + SITES + "\\b");

    // ---------------------------------------------------------------------------------- treatments

    private static final Pattern TREATMENT_TRIGGER = Pattern.compile(
            "(?i)(?:\\btreated with|\\btreatment with|\\breceived|\\breceiving|\\bstarted on|\\bs/p|\\bstatus post"
                    + "|\\bunderwent|\\bundergone|\\btherapy included|\\btreatment included|\\bhistory of)\\s+");
    private static final Pattern PHRASE_END = Pattern.compile(
            "(?i)[,.;:()\\n]|--|\\s(?:and|with|who|which|for|followed|that|to|in|at|on|x|because|due|but|was|were|is"
                    + "|has|had|since|after|of \\d)\\b|\\s\\d");
    private static final Pattern THERAPY_WORD = Pattern.compile(
            "(?i)\\b(chemotherapy|chemoradiation|chemoradiotherapy|radiotherapy|radiation therapy|radiation|XRT"
                    + "|immunotherapy|hormone therapy|hormonal therapy|endocrine therapy|targeted therapy|surgery"
                    + "|resection|[a-z]+ectomy|transplant(?:ation)?|stem cell transplant|dialysis|insulin)\\b");
    private static final Pattern DRUG_WORD = Pattern.compile(
            "(?i)\\b([a-z]{3,}(?:mab|nib|lib|parib|ciclib|platin|taxel|rubicin|mustine|fosfamide|citabine|trexate"
                    + "|uracil|zolomide|lidomide|formin|gliptin|gliflozin|glutide|statin|pril|sartan|olol|dipine"
                    + "|mycin|cillin|floxacin|cycline|ovir|navir|tegravir|prazole|sone|olone|parin|xaban|gatran"
                    + "|farin|semide|thiazide|codone|morphine|stigmine|mustine|rafenib|tinib|limus|sporine|profen"
                    + "|tide|lukast|terol|prazine|peridol|apine|etine|oxetine|triptyline|pam|lam|zepam))\\b");
    private static final Set<String> NOT_DRUGS = Set.of(
            "response",
            "dose",
            "sense",
            "prostatitis",
            "tense",
            "tide",
            "peptide",
            "nucleotide",
            "peptides",
            "tryptophan",
            "program",
            "pam",
            "lam",
            "spam",
            "pride",
            "side",
            "guide",
            "outside",
            "inside",
            "beside",
            "aside",
            "wide",
            "ride",
            "bride",
            "slide");

    // ---------------------------------------------------------------------------------- negation

    private static final Pattern NEGATION_TRIGGER = Pattern.compile(
            "(?i)\\b(no|denies|denied|denying|deny|without|negative for|free of|absence of|absent|ruled out"
                    + "|rules out|rule out|never had|never|does not have|did not have|doesn't have|didn't have"
                    + "|has not had|not have|no evidence of|no history of|no signs? of|no symptoms of|unremarkable for"
                    + "|not significant for|not remarkable for|no other|none)\\b");
    // A "name: answer" field answered no ("Dementia: no.", "prior cataract surgery: none", "HIV: negative").
    private static final Pattern NEGATIVE_ANSWER =
            Pattern.compile("(?i)^[^.;:\\n]{0,30}:\\s*(?:no|none|negative|absent|denied|denies|nil)\\s*(?:[.;,\\n]|$)");
    private static final Pattern NEGATION_AFTER = Pattern.compile(
            "(?i)^[^.;:\\n]{0,30}?\\b(?:was|were|is|are|has been|have been)\\s+(?:ruled out|excluded|negative|unlikely)\\b");
    private static final Pattern SCOPE_END = Pattern.compile(
            "(?i)\\b(but|however|although|though|except|aside from|apart from|which|who|presents?|presented|complains?"
                    + "|complained|reports?|reported|now|since|developed|diagnosed)\\b|[.;:!?\\n]");
    private static final Pattern FAMILY = Pattern.compile(
            "(?i)\\b(family history|FHx|FH|mother|father|sister|brother|sibling|siblings|parents?|grandmother"
                    + "|grandfather|grandparents?|uncle|aunt|cousin|son|daughter|twin)\\b");
    private static final Pattern HISTORY = Pattern.compile(
            "(?i)\\b(history of|h/o|hx of|s/p|status post|previous|previously|prior|past medical history|PMH)\\b");
    static final Pattern CLAUSE_BREAK = Pattern.compile("[.;!?\\n]|:\\s");
    // MeSH descriptors too generic to be a patient's condition ("underlying disease", "syndrome").
    private static final Set<String> GENERIC_DESCRIPTORS = Set.of("D004194", "D013577", "D020969");

    // ---------------------------------------------------------------------------------- labs

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    private static final List<String> LAB_NAMES = Stream.of(Analyte.values())
            .flatMap(analyte -> analyte.names().stream())
            // Names that mean something else in notes ("AP" view, "GOT", "PMN" cells) are left to criteria.
            .filter(name -> !Set.of("AP", "T level", "bili", "GOT", "GPT", "TLC", "AGC", "PMN")
                    .contains(name))
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    private static final Pattern LAB = Pattern.compile(
            "(?<![\\w-])(" + LAB_NAMES.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\w+])"
                    + "\\s*(?:\\([^)]{1,25}\\))?\\s*(?:levels?|counts?|values?|concentration)?\\s*"
                    + "(?:of|was|were|is|=|:|at|measured at|of about|of approximately)?\\s*(?:of\\s+)?[:=]?\\s*"
                    + NUMBER + "(?!\\s*(?:years|yrs|months|days|weeks))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Reads a note.
     *
     * @throws IllegalArgumentException when the note is empty
     */
    public NoteExtraction extract(String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("the patient note is empty");
        }
        List<Evidence> evidence = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Double age = null;
        Sex sex = null;
        Matcher ageMatch = firstOf(note, AGE_OLD, AGE_YO, AGE_SEX_SHORTHAND);
        if (ageMatch == null) {
            ageMatch = find(AGE_WORD, note);
        }
        if (ageMatch != null) {
            double value = Double.parseDouble(ageMatch.group(1));
            String unit = ageMatch.pattern() == AGE_OLD ? ageMatch.group(2).toLowerCase(Locale.ROOT) : "years";
            age = unit.startsWith("mo")
                    ? value / 12
                    : unit.startsWith("w") ? value / 52.1775 : unit.startsWith("d") ? value / 365.25 : value;
            evidence.add(new Evidence("age", format(age), ageMatch.start(), ageMatch.end(), ageMatch.group()));
            if (ageMatch.pattern() == AGE_SEX_SHORTHAND) {
                sex = ageMatch.group(2).equals("F") ? Sex.FEMALE : Sex.MALE;
                evidence.add(new Evidence("sex", sex.name(), ageMatch.start(2), ageMatch.end(2), ageMatch.group(2)));
            } else {
                Matcher after = SEX_AFTER_AGE.matcher(note.substring(ageMatch.end()));
                if (after.find()) {
                    sex = sexOf(after.group(1));
                    evidence.add(new Evidence(
                            "sex",
                            sex.name(),
                            ageMatch.end() + after.start(1),
                            ageMatch.end() + after.end(1),
                            after.group(1)));
                }
            }
        }
        if (sex == null) {
            Matcher word = SEX_WORD.matcher(note);
            if (word.find()) {
                sex = sexOf(word.group(1));
                evidence.add(new Evidence("sex", sex.name(), word.start(1), word.end(1), word.group(1)));
            } else {
                sex = sexFromPronouns(note, evidence);
            }
        }

        Boolean pregnant = pregnancy(note, sex, evidence);
        PerformanceStatus performance = performance(note, evidence, warnings);
        List<ConditionPhrase> phrases = conditions(note);
        for (ConditionPhrase phrase : phrases) {
            if (phrase.status() == Status.PRESENT) {
                evidence.add(new Evidence("condition", phrase.meshName(), phrase.start(), phrase.end(), phrase.text()));
            }
        }
        List<String> metastases = metastases(note, evidence);
        List<LabResult> labs = labs(note, evidence, warnings);
        List<Treatment> treatments = treatments(note, evidence);
        List<PatientProfile.TestResult> tests = NoteTestResults.read(note, evidence, warnings);

        List<String> conditions = phrases.stream()
                .filter(p -> p.status() == Status.PRESENT)
                .map(ConditionPhrase::text)
                .distinct()
                .toList();
        PatientProfile profile = new PatientProfile(
                age,
                null,
                sex,
                pregnant,
                null,
                null,
                performance,
                labs,
                conditions,
                metastases,
                treatments,
                null,
                LocalDate.now(clock),
                tests);
        evidence.sort(Comparator.comparingInt(Evidence::start));
        return new NoteExtraction(profile, phrases, evidence, warnings);
    }

    private static Sex sexOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "f", "female", "woman", "girl", "lady", "mrs", "mrs.", "ms." -> Sex.FEMALE;
            default -> Sex.MALE;
        };
    }

    private static Sex sexFromPronouns(String note, List<Evidence> evidence) {
        Matcher pronoun = PRONOUN.matcher(note);
        int female = 0;
        int male = 0;
        Matcher first = null;
        while (pronoun.find()) {
            String word = pronoun.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("she") || word.startsWith("her")) {
                female++;
            } else {
                male++;
            }
            if (first == null) {
                first = PRONOUN.matcher(note);
                first.find(pronoun.start());
            }
        }
        if (female == male || first == null) {
            return null;
        }
        Sex sex = female > male ? Sex.FEMALE : Sex.MALE;
        evidence.add(new Evidence("sex", sex.name() + " (pronouns)", first.start(), first.end(), first.group()));
        return sex;
    }

    private static Boolean pregnancy(String note, Sex sex, List<Evidence> evidence) {
        if (sex == Sex.MALE) {
            return null;
        }
        Matcher negative = NOT_PREGNANT.matcher(note);
        if (negative.find()) {
            evidence.add(new Evidence("pregnant", "false", negative.start(), negative.end(), negative.group()));
            return false;
        }
        Matcher word = PREGNANT.matcher(note);
        while (word.find()) {
            String before = note.substring(Math.max(0, word.start() - 30), word.start());
            if (NOT_YET_PREGNANT.matcher(before).find() || negated(note, word.start(), word.end())) {
                continue;
            }
            evidence.add(new Evidence("pregnant", "true", word.start(), word.end(), word.group()));
            return true;
        }
        Matcher gestation = GESTATION.matcher(note);
        while (gestation.find()) {
            String before = note.substring(Math.max(0, gestation.start() - 12), gestation.start())
                    .toLowerCase(Locale.ROOT);
            if (before.contains("born")) {
                continue; // "born at 34 weeks of gestation": the patient's own birth
            }
            evidence.add(new Evidence("pregnant", "true", gestation.start(), gestation.end(), gestation.group()));
            return true;
        }
        return null;
    }

    private static PerformanceStatus performance(String note, List<Evidence> evidence, List<String> warnings) {
        Matcher m = PERFORMANCE.matcher(note);
        while (m.find()) {
            Optional<PerformanceStatus> status = PerformanceScores.parse(m.group(1) + " " + m.group(2));
            if (status.isEmpty()) {
                continue;
            }
            String problem =
                    PerformanceScores.problem(status.get().scale(), status.get().value());
            if (problem != null) {
                warnings.add("'" + m.group() + "': " + problem + "; not read");
                continue;
            }
            evidence.add(new Evidence(
                    "performanceStatus",
                    status.get().scale() + " " + status.get().value(),
                    m.start(),
                    m.end(),
                    m.group()));
            return status.get();
        }
        return null;
    }

    // A token that may be an abbreviation: letters and digits, with inner "-" or "/" ("COVID-19", "ME/CFS").
    private static final Pattern ABBREVIATION_TOKEN =
            Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}](?:[\\p{L}\\p{N}/-]*[\\p{L}\\p{N}])?(?![\\p{L}\\p{N}])");

    /**
     * The conditions named in the note: MeSH terms, then abbreviations of the shipped table ("POAG",
     * "NSCLC", "T2DM") where no MeSH term was found at that place. An abbreviation is read only when
     * it has a single sense and that sense is a condition descriptor of MeSH: "PE" (embolism,
     * pre-eclampsia, effusion …) is not guessed. Each is then set aside as negated or a relative's
     * exactly as a MeSH term is.
     */
    private List<ConditionPhrase> conditions(String note) {
        List<ConditionPhrase> phrases = new ArrayList<>();
        List<Match> matches = meshConditions(note);
        for (Match match : matches) {
            Descriptor descriptor = match.descriptor();
            if (GENERIC_DESCRIPTORS.contains(descriptor.id())) {
                continue;
            }
            phrases.add(phrase(note, match.text(), descriptor, match.start(), match.end()));
        }
        Matcher token = ABBREVIATION_TOKEN.matcher(note);
        while (token.find()) {
            int start = token.start();
            int end = token.end();
            if (matches.stream().anyMatch(m -> m.start() < end && start < m.end())) {
                continue;
            }
            List<Abbreviations.Sense> senses = abbreviations.senses(token.group());
            if (senses.size() != 1) {
                continue;
            }
            senses.get(0)
                    .mesh()
                    .flatMap(mesh::byId)
                    .filter(Descriptor::isCondition)
                    .filter(d -> !GENERIC_DESCRIPTORS.contains(d.id()))
                    .ifPresent(d -> phrases.add(phrase(note, token.group(), d, start, end)));
        }
        phrases.sort(Comparator.comparingInt(ConditionPhrase::start));
        return phrases;
    }

    // Where a sentence or a "name: value" field ends: a term never spans it ("diseases: corneal" is no
    // "Corneal Diseases", "joints. Tuberculosis" no "Tuberculosis, Osteoarticular").
    private static final Pattern SEGMENT_BREAK = Pattern.compile("[.;:!?](?=\\s|$)|\\n");

    /** MeSH condition terms of the note, found sentence by sentence and field by field, with note offsets. */
    private List<Match> meshConditions(String note) {
        List<Match> found = new ArrayList<>();
        Matcher breaks = SEGMENT_BREAK.matcher(note);
        int from = 0;
        while (from < note.length()) {
            int to = breaks.find() ? breaks.start() : note.length();
            if (to > from) {
                for (Match m : mesh.findIn(note.substring(from, to), Descriptor::isCondition)) {
                    found.add(new Match(m.start() + from, m.end() + from, m.text(), m.descriptors(), m.exact()));
                }
            }
            from = to == note.length() ? to : breaks.end();
        }
        return found;
    }

    private static ConditionPhrase phrase(String note, String text, Descriptor descriptor, int start, int end) {
        String clause = clauseBefore(note, start);
        Status status = FAMILY.matcher(clause).find()
                ? Status.FAMILY
                : negated(note, start, end) ? Status.NEGATED : Status.PRESENT;
        boolean history = HISTORY.matcher(clause).find();
        return new ConditionPhrase(text, descriptor.id(), descriptor.name(), start, end, status, history);
    }

    private static List<String> metastases(String note, List<Evidence> evidence) {
        Map<String, Evidence> sites = new LinkedHashMap<>();
        Matcher to = METASTATIC_TO.matcher(note);
        while (to.find()) {
            if (negated(note, to.start(), to.end())) {
                continue;
            }
            Matcher site = SITE_WORD.matcher(to.group(1));
            while (site.find()) {
                MetastasisSites.normalise(site.group())
                        .ifPresent(s ->
                                sites.putIfAbsent(s, new Evidence("metastasis", s, to.start(), to.end(), to.group())));
            }
        }
        Matcher before = SITE_METASTASES.matcher(note);
        while (before.find()) {
            if (negated(note, before.start(), before.end())) {
                continue;
            }
            MetastasisSites.normalise(before.group(1))
                    .ifPresent(s -> sites.putIfAbsent(
                            s, new Evidence("metastasis", s, before.start(), before.end(), before.group())));
        }
        evidence.addAll(sites.values());
        return List.copyOf(sites.keySet());
    }

    private static List<LabResult> labs(String note, List<Evidence> evidence, List<String> warnings) {
        Map<Analyte, LabResult> labs = new LinkedHashMap<>();
        Map<Analyte, Evidence> spans = new LinkedHashMap<>();
        Matcher m = LAB.matcher(note);
        while (m.find()) {
            String name = m.group(1);
            if (name.length() <= 3 && !shortNameMatches(name)) {
                continue;
            }
            Optional<Analyte> analyte = Analyte.find(name);
            if (analyte.isEmpty()) {
                continue;
            }
            double value = Double.parseDouble(m.group(2).replace(",", ""));
            int unitStart = m.end();
            Optional<String[]> unit = unitAfter(note, unitStart, analyte.get());
            if (unit.isEmpty()) {
                warnings.add("'" + m.group() + "': no unit this reader can use for "
                        + analyte.get().displayName() + "; not read");
                continue;
            }
            String written = unit.get()[0];
            int end = unitStart + Integer.parseInt(unit.get()[1]);
            if (analyte.get().unit().startsWith("10*")
                    && Units.normalise(written).endsWith("/mL")) {
                // Blood counts are never reported per millilitre: "Plt: 300000 /ml" is a typo for /mm3,
                // and reading it as written would invent thrombocytopenia. Left unknown instead.
                warnings.add(
                        "'" + note.substring(m.start(), end) + "': blood counts are not reported per mL; not read");
                continue;
            }
            double canonical = Units.toCanonical(analyte.get(), value, written);
            if (!analyte.get().isPlausible(canonical)) {
                warnings.add("'" + note.substring(m.start(), end) + "' is not a possible "
                        + analyte.get().displayName() + " value; not read");
                continue;
            }
            // A later mention of the same test is a later result: it replaces the earlier one.
            labs.put(analyte.get(), new LabResult(name, value, written, null, null, null));
            spans.put(
                    analyte.get(),
                    new Evidence(
                            "lab",
                            analyte.get().name() + " " + m.group(2).replace(",", "") + " " + written,
                            m.start(),
                            end,
                            note.substring(m.start(), end)));
        }
        evidence.addAll(spans.values());
        return List.copyOf(labs.values());
    }

    /** Short names ("Hb", "Cr", "K", "PLT") are read only as the catalog writes them, or capitalised. */
    private static boolean shortNameMatches(String written) {
        for (String name : LAB_NAMES) {
            if (name.equals(written)) {
                return true;
            }
            if (name.length() == written.length()
                    && name.equals(name.toUpperCase(Locale.ROOT))
                    && written.equals(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The longest run of up to four words after a number that is a unit able to express the analyte. */
    private static Optional<String[]> unitAfter(String note, int from, Analyte analyte) {
        String rest = note.substring(from, Math.min(note.length(), from + 40));
        Matcher words = Pattern.compile("\\S+").matcher(rest);
        List<int[]> spans = new ArrayList<>();
        while (words.find() && spans.size() < 4) {
            spans.add(new int[] {words.start(), words.end()});
        }
        for (int count = spans.size(); count >= 1; count--) {
            int end = spans.get(count - 1)[1];
            String candidate = rest.substring(0, end).strip();
            // trailing punctuation of the sentence is not part of the unit
            String trimmed = candidate.replaceAll("[,;.)]+$", "");
            int trimmedEnd = rest.indexOf(trimmed) + trimmed.length();
            if (!trimmed.isEmpty()
                    && Units.canExpress(analyte, trimmed)
                    && !(trimmed.equals("1") || Units.normalise(trimmed).equals("1"))) {
                return Optional.of(new String[] {trimmed, Integer.toString(trimmedEnd)});
            }
        }
        if (analyte == Analyte.INR) {
            return Optional.of(new String[] {"", "0"});
        }
        return Optional.empty();
    }

    private static List<Treatment> treatments(String note, List<Evidence> evidence) {
        Map<String, Treatment> treatments = new LinkedHashMap<>();
        List<int[]> covered = new ArrayList<>();
        Matcher trigger = TREATMENT_TRIGGER.matcher(note);
        while (trigger.find()) {
            String rest = note.substring(trigger.end());
            Matcher end = PHRASE_END.matcher(rest);
            int length = end.find() ? end.start() : rest.length();
            String phrase = rest.substring(0, length).strip().replaceFirst("(?i)^(?:a|an|the|his|her)\\s+", "");
            if (phrase.toLowerCase(Locale.ROOT).matches(".*\\b(workup|work-up|evaluation|exam|examination)$")) {
                continue; // "received a preop workup": an assessment, not a treatment
            }
            String[] words = phrase.split("\\s+");
            if (words.length > 6 || phrase.isEmpty()) {
                continue;
            }
            boolean isHistory = trigger.group().toLowerCase(Locale.ROOT).startsWith("history");
            if (isHistory
                    && !THERAPY_WORD.matcher(phrase).find()
                    && !DRUG_WORD.matcher(phrase).find()) {
                continue; // "history of hypertension" is a condition, not a treatment
            }
            if (negated(note, trigger.start(), trigger.end())) {
                continue;
            }
            int start = trigger.end() + rest.indexOf(phrase);
            add(treatments, phrase, evidence, start, start + phrase.length(), note);
            covered.add(new int[] {start, start + phrase.length()});
        }
        for (Pattern pattern : List.of(THERAPY_WORD, DRUG_WORD)) {
            Matcher word = pattern.matcher(note);
            while (word.find()) {
                int start = word.start(1);
                if (covered.stream().anyMatch(span -> start >= span[0] && start < span[1])
                        || NOT_DRUGS.contains(word.group(1).toLowerCase(Locale.ROOT))
                        || negated(note, word.start(), word.end())) {
                    continue;
                }
                add(treatments, word.group(1), evidence, word.start(1), word.end(1), note);
                covered.add(new int[] {word.start(1), word.end(1)});
            }
        }
        return List.copyOf(treatments.values());
    }

    private static void add(
            Map<String, Treatment> treatments, String name, List<Evidence> evidence, int start, int end, String note) {
        String key = name.toLowerCase(Locale.ROOT);
        if (treatments.putIfAbsent(key, new Treatment(name, null, null)) == null) {
            evidence.add(new Evidence("treatment", name, start, end, note.substring(start, end)));
        }
    }

    /**
     * The text from the start of the clause holding a position up to it: after the last match of {@link #CLAUSE_BREAK} before
     * the position. Found by walking back from the position rather than matching from the note's start, which made
     * reading a note quadratic in its length (a 20,000-character note of 2,500 short sentences took 0.8 s).
     */
    static String clauseBefore(String note, int position) {
        for (int i = position - 1; i >= 0; i--) {
            char c = note.charAt(i);
            boolean breakChar = c == '.' || c == ';' || c == '!' || c == '?' || c == '\n';
            boolean colonThenSpace = i > 0 && note.charAt(i - 1) == ':' && isRegexSpace(c);
            if (breakChar || colonThenSpace) {
                return note.substring(i + 1, position);
            }
        }
        return note.substring(0, position);
    }

    /** {@code \\s} of {@link Pattern} without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * NegEx-style: a negation trigger earlier in the clause with no scope terminator between it and the
     * phrase, within 12 words ("denies smoking, diabetes, hypercholesterolemia"), or "… was ruled out" after.
     */
    static boolean negated(String note, int start, int end) {
        String clause = clauseBefore(note, start);
        Matcher trigger = NEGATION_TRIGGER.matcher(clause);
        int lastEnd = -1;
        while (trigger.find()) {
            lastEnd = trigger.end();
        }
        if (lastEnd >= 0) {
            String between = clause.substring(lastEnd);
            if (!SCOPE_END.matcher(between).find() && between.strip().split("\\s+").length <= 12) {
                return true;
            }
        }
        String after = note.substring(end);
        return NEGATION_AFTER.matcher(after).find()
                || NEGATIVE_ANSWER.matcher(after).find();
    }

    private static Matcher firstOf(String text, Pattern... patterns) {
        Matcher best = null;
        for (Pattern pattern : patterns) {
            Matcher m = find(pattern, text);
            if (m != null && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
