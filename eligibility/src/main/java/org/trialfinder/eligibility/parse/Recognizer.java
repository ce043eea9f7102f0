package org.trialfinder.eligibility.parse;

import static org.trialfinder.eligibility.parse.Words.CMP;
import static org.trialfinder.eligibility.parse.Words.NUM;
import static org.trialfinder.eligibility.parse.Words.NUMBER_WORD;
import static org.trialfinder.eligibility.parse.Words.TIME_UNIT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.BmiCheck;
import org.trialfinder.eligibility.criterion.Comparison;
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
import org.trialfinder.eligibility.criterion.TherapyLinesCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Window;
import org.trialfinder.eligibility.drugs.ClassPhrases;
import org.trialfinder.model.text.TextSpan;

/**
 * Finds what the notation can express in one item's text, as non-overlapping {@link Token}s in text
 * order. Recognisers run from the most specific (lab thresholds, which contain words like "HBV") to the
 * most general (a diagnosis name); a later one never overlaps an earlier find.
 */
final class Recognizer {

    private final String text;
    private final String lower;
    private final List<Token> tokens = new ArrayList<>();

    private Recognizer(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    static List<Token> tokens(String text) {
        Recognizer r = new Recognizer(text);
        r.run();
        r.tokens.sort(Comparator.comparingInt(Token::start));
        return r.tokens;
    }

    private static Pattern p(String regex) {
        return Pattern.compile("(?i)" + regex);
    }

    // ---- patterns ------------------------------------------------------------------------------------

    private static final String ULN =
            "(?:(?:[x×*✕⋅·]|times)\\s*(?:the\\s+)?)?(?:(?:institutional|institution's|local|laboratory|site|normal)\\s+)?"
                    + "(?<lim>ULN|ULRR|upper\\s+normal\\s+limits?|normal\\s+upper\\s+limits?|upper\\s+limits?\\s+(?:of\\s+)?(?:the\\s+)?(?:institutional\\s+|laboratory\\s+|reference\\s+)?normal(?:\\s+range|\\s+limit)?(?:\\s*\\((?:ULN|IULN)\\))?"
                    + "|LLN|lower\\s+limits?\\s+of\\s+(?:the\\s+)?(?:institutional\\s+)?normal(?:\\s+range)?(?:\\s*\\(LLN\\))?)";

    /** One threshold: comparator, number, unit or × ULN. */
    private static final String THRESHOLD =
            "(?<cmp>" + CMP + ")\\s*(?:(?<num>" + NUM + ")\\s*(?:" + ULN + ")?|" + ULN.replace("<lim>", "<lim0>") + ")";

    private static final String KEY_FILL =
            "(?:\\s*(?:\\([^()]{0,60}\\)|\\[[^\\[\\]]{0,30}\\]|:|,|-|\\b(?:count|counts|level|levels|value|values|concentration|dosage|interval|of|is|are|must|should|be|result|rate|test|measured|serum|plasma|fasting|absolute|in\\s+blood)\\b))*\\s*";

    private static final Pattern KEY_FILL_P = p(KEY_FILL);
    private static final Pattern BARE_SEPARATOR = p(
            "^\\s*(?:\\(|;|,|\\bor\\b|\\band\\b|-)\\s*(?:(?:or|and)\\s+)?(?:(?:if|in|for|with)\\s+[^<>≤≥=\\d]{0,80}?[,:]?\\s*)?");
    private static final Pattern BARE_HEAD = p("^\\s*(?:\\(|;|,|\\bor\\b|\\band\\b|-)\\s*(?:(?:or|and)\\s+)?");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?s).*\\bage[ds]?\\b[^.;]*$");
    private static final Pattern GESTATIONAL_BEFORE = Pattern.compile("(?s).*gestational\\s+age[ds]?\\b[^.;]*$");
    private static final Pattern AGE_AFTER = Pattern.compile(
            "(?s)^\\s*(?:to|and|-)\\s*[<≤>≥]?=?\\s*\\d+(?:\\.\\d+)?\\s*(?:years?|months?|weeks?|days?)\\s+(?:of\\s+age|old).*");
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "(?s).*\\b(?:become|becoming|planning|plan|plans|planned|intend|intends|intending|attempting|wish|wishes|desire|may\\s+be|could\\s+be|during\\s+the\\s+study|to)\\s+(?:(?:to|or|become|be)\\s+)*$");
    private static final Pattern SEX_OF_OTHERS =
            Pattern.compile("(?s).*\\b(?:partners?|spouses?|wives|husbands?|mothers?|fathers?)\\b.*");
    private static final Map<String, Pattern> LAB_WORDS = compiled(Vocabulary.LABS);
    private static final Map<String, Pattern> DIAGNOSIS_WORDS = compiled(Vocabulary.DIAGNOSES);
    private static final Map<String, Pattern> THERAPY_WORDS = compiled(Vocabulary.THERAPIES);
    // One pass per vocabulary: the union finds a name, then the first term (in vocabulary order) that
    // matches exactly that name says which it is.
    private static final Pattern DIAGNOSIS_UNION = Vocabulary.words(String.join("|", Vocabulary.DIAGNOSES.values()));
    private static final Pattern THERAPY_UNION = Vocabulary.words(String.join("|", Vocabulary.THERAPIES.values()));
    private static final Pattern DRUG_WORDS = Vocabulary.words(String.join("|", Vocabulary.DRUGS));

    private static Map<String, Pattern> compiled(Map<String, String> vocabulary) {
        Map<String, Pattern> out = new LinkedHashMap<>();
        vocabulary.forEach((k, v) -> out.put(k, Vocabulary.words(v)));
        return out;
    }

    private static final Pattern LAB_KEY = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:" + String.join("|", Vocabulary.LABS.values()) + ")(?![\\p{L}\\d])");

    private static final Pattern AGE_RANGE = p(
            "(?<![\\d.])(?:(?:age[ds]?|aged)\\s*(?:of|:|is|between|from)?\\s*)?(?:between\\s+(?:the\\s+ages\\s+of\\s+)?|from\\s+)?(?<lo>"
                    + NUM + ")\\s*(?<u1>" + TIME_UNIT + ")?\\s*(?:-|–|—|~|to|and|through)\\s*(?<hi>" + NUM
                    + ")\\s*(?:\\(inclusive\\)\\s*)?(?<u2>" + TIME_UNIT
                    + "|-?years?-?old)?(?<ctx>\\s*(?:years?\\s+)?(?:of\\s+age|old|age)\\b)?");
    /** "≥18 and < 65 years of age": two bounds sharing the unit written after the second. */
    private static final Pattern AGE_CMP_PAIR = p("(?<c1>" + CMP + ")\\s*(?<n1>" + NUM + ")\\s*(?:and|to|-|–)\\s*(?<c2>"
            + CMP + ")\\s*(?<n2>" + NUM + ")\\s*(?<u>" + TIME_UNIT
            + "\\b|-?years?-?old)(?<ctx>\\s*(?:years?\\s+)?(?:of\\s+age|old|age)\\b)?");

    private static final Pattern AGE_CMP =
            p("(?<pre>\\bage[ds]?\\b\\s*(?:of\\s+|is\\s+|:\\s*|must\\s+be\\s+|should\\s+be\\s+)?)?(?<cmp>" + CMP
                    + "|older\\s+than|younger\\s+than)\\s*(?:the\\s+age\\s+of\\s+)?(?<n>" + NUM + ")\\s*(?<u>"
                    + TIME_UNIT + "\\b|-?years?-?old)?(?<ctx>\\s*(?:years?\\s+)?(?:of\\s+age|old|age)\\b)?");
    private static final Pattern AGE_OR_MORE = p(
            "(?<pre>\\bage[ds]?\\s*(?:of\\s+|:\\s*)?)?(?<n>" + NUM + ")\\s*(?<u>" + TIME_UNIT
                    + ")?\\s*(?:of\\s+age\\s+|old\\s+)?(?<dir>or|and)\\s+(?<w>older|above|over|greater|more|elder|younger|below|under|less)(?<ctx>\\s*(?:years?\\s+)?(?:of\\s+age|old)\\b)?");

    /** A score on a 0-5 scale as written: "≤ 2", "0-1", "0, 1 or 2", "0/1", "1 or less", "1". */
    static final String SCORE_SPEC = "(?:" + CMP
            + ")\\s*\\d|\\d\\s*(?:-|–|to)\\s*\\d|\\d(?:\\s*,\\s*\\d)*\\s*,?\\s*(?:or|and)\\s*\\d|\\d(?:\\s*/\\s*\\d)+|\\d\\s*or\\s*(?:less|lower|better|below)|\\d";

    private static final Pattern ECOG = p(
            "(?:performance\\s+status\\s+(?:of|according\\s+to)\\s+(?:the\\s+)?)?(?:(?:ECOG|Zubrod|Eastern\\s+(?:Cooperative\\s+Oncology|Cancer\\s+Cooperative|Cooperative)\\s+Group)(?:\\s*\\(?\\s*ECOG\\s*\\)?)?(?<who>)|(?<whoScale>WHO|World\\s+Health\\s+Organi[sz]ation)(?:\\s*\\(WHO\\))?)"
                    + "(?:\\s*(?:(?:performance|physical|behaviou?r)(?:\\s*(?:status|score|scale|grade|PS|standard))?|status|score|scale|grade|PS|standard)){0,3}"
                    + "(?:\\s*\\((?:PS|ECOG\\s+PS|ECOG|performance\\s+status)\\))?\\s*(?:of|:|is|=|must\\s+be|should\\s+be|(?:is\\s+)?equal\\s+to|score(?:\\s+of)?)?\\s*(?<spec>"
                    + SCORE_SPEC + ")(?:\\s*points?)?(?![\\d%]|\\.\\d)");
    /** "Performance status 0-1 (ECOG PS)": the scale named after the score. */
    private static final Pattern SCALE_AFTER = p(
            "\\bperformance\\s+status(?:\\s*\\(PS\\))?\\s*(?:of|:|is|=|must\\s+be|should\\s+be)?\\s*(?<spec>"
                    + SCORE_SPEC
                    + ")\\s*\\(\\s*(?:(?<ecog>ECOG|Zubrod)|(?<whoScale>WHO))(?:\\s+(?:PS|performance\\s+status|scale|criteria))?\\s*\\)");

    private static final Pattern KARNOFSKY = p(
            "(?:(?<k>Karnofsky)(?:\\s+performance)?(?:\\s+(?:status|score|scale|index))?(?:\\s*\\((?:KPS|KPS\\s+score)\\))?|(?<kps>KPS)|(?<l>Lansky)(?:\\s+play)?(?:\\s+performance)?(?:\\s+(?:status|score|scale))?)"
                    + "\\s*(?:of|:|is|=|must\\s+be|score(?:\\s+of)?)?\\s*(?<spec>(?:" + CMP
                    + ")\\s*\\d{2,3}\\s*%?|\\d{2,3}\\s*%?\\s*(?:-|–|to)\\s*100\\s*%?|\\d{2,3}\\s*%?\\s*or\\s*(?:more|higher|greater|above))");
    private static final Pattern SCALE_FIRST = p(
            "(?<cmp>" + CMP
                    + ")\\s*(?<n>\\d{2,3})\\s*%?\\s*(?:by|on|using|according\\s+to)?\\s*(?:the\\s+)?(?<scale>lansky|karnofsky)(?:\\s+(?:play\\s+)?(?:performance\\s+)?(?:scale|score|status))?");
    private static final Pattern NYHA = p(
            "(?:(?<pcmp>" + CMP
                    + ")\\s*)?(?:NYHA|New\\s+York\\s+Heart\\s+Association)(?:\\s*\\(NYHA\\))?(?:\\s+functional)?(?:\\s+(?:class(?:ification)?|grade|stage))?\\s*(?<cmp>"
                    + CMP
                    + ")?\\s*(?<a>IV|III|II|I|[1-4])\\b(?:\\s*(?:-|–|to|or|/)\\s*(?<b>IV|III|II|I|[1-4])\\b)?(?<more>\\s*(?:or|and)\\s*(?:higher|greater|above|worse|more|over))?");
    private static final Pattern NYHA_AFTER = p(
            "(?:heart|cardiac)\\s+failure\\s+(?:of\\s+)?(?:class|grade)\\s*(?<a>IV|III|II|I|[1-4])\\b(?:\\s*(?:-|–|to|or|/)\\s*(?<b>IV|III|II|I|[1-4])\\b)?(?<more>\\s*(?:or|and)\\s*(?:higher|greater|above|worse|more))?(?:\\s*(?:according\\s+to|per|by)\\s*(?:the\\s+)?(?:NYHA|New\\s+York\\s+Heart\\s+Association)(?:\\s+(?:cardiac\\s+)?(?:function(?:al)?\\s+)?classification)?)");
    private static final Pattern LIFE = p(
            "(?:life\\s+expectancy|expected\\s+survival(?:\\s+time)?|estimated\\s+survival|anticipated\\s+survival|survival\\s+expectancy|expected\\s+life\\s+span)\\s*(?:of|is|:|should\\s+be|must\\s+be|will\\s+be|greater\\s+than\\s+or\\s+equal\\s+to|)?\\s*(?<cmp>"
                    + CMP + ")\\s*(?<n>" + NUM + "|" + NUMBER_WORD + ")\\s*(?:\\(\\d+\\)\\s*)?(?<u>" + TIME_UNIT
                    + ")\\b");
    private static final Pattern LIFE_OR_MORE =
            p("(?:life\\s+expectancy|expected\\s+survival(?:\\s+time)?)\\s*(?:of|is|:)?\\s*(?<n>" + NUM + "|"
                    + NUMBER_WORD + ")\\s*(?<u>" + TIME_UNIT + ")\\s+or\\s+(?:more|longer|greater)");
    private static final Pattern BMI = p(
            "(?:BMI|body\\s+mass\\s+index)(?:\\s*\\(BMI\\))?\\s*(?:of|:|is|must\\s+be|should\\s+be|within\\s+the\\s+range(?:\\s+of)?|range|in\\s+the\\s+range\\s+of|)?\\s*(?:(?<cmp>"
                    + CMP + ")\\s*(?<n>" + NUM + ")|(?:between\\s+)?(?<lo>" + NUM
                    + ")\\s*(?:kg/m\\s*(?:\\^?2|²))?\\s*(?:-|–|to|and)\\s*(?<hi>" + NUM
                    + "))\\s*(?:kg\\s*/\\s*m\\s*(?:\\^?2|²)|kg/m2)?");
    private static final Pattern LINES = p(
            "(?:(?<cmp>" + CMP + ")\\s*)?(?<n>\\d|" + NUMBER_WORD
                    + ")\\s*(?<more>or\\s+more\\s+|\\+\\s*)?(?:prior\\s+|previous\\s+)?(?:lines?|regimens?)\\s+of\\s+(?:prior\\s+|previous\\s+)?(?<cls>systemic\\s+(?:anti-?cancer\\s+)?(?:therapy|treatment)|chemotherapy|therapy|treatment|anti-?cancer\\s+therapy)");

    private static final Pattern WINDOW = p(
            "(?:\\b(?:within|in|during|over|for)\\s+(?:the\\s+)?(?:(?:past|last|previous|preceding|prior)\\s+)?|\\b(?:in\\s+the\\s+)?(?:past|last|previous|preceding)\\s+|(?<lt>[<≤]\\s*))"
                    + "(?<n>" + NUM + "|" + NUMBER_WORD + ")\\s*(?:\\(\\d+\\)\\s*)?-?(?<u>" + TIME_UNIT + ")\\b"
                    + "(?:\\s*(?:\\([^()]{0,30}\\)\\s*)?(?:prior\\s+to|before|of|preceding|from|until|to)\\s+(?:(?:the|a|first|initiation\\s+of|start\\s+of|starting|receiving|study|randomi[sz]ed|planned|day\\s+1\\s+of)\\s+)*(?:[\\w-]+\\s+){0,2}?"
                    + "(?:enrol?(?:l)?ment|randomi[sz]ation|registration|screening|dos(?:e|ing)|treatment|consent|start|entry|day\\s+1|inclusion|visit|baseline|administration|initiation|drugs?|cycle\\s+1|therapy|participation|signing(?:\\s+(?:the\\s+)?informed\\s+consent(?:\\s+form)?)?|allocation|medication|vaccination|intervention)(?:\\s+of\\s+(?:the\\s+)?(?:study\\s+)?[\\w-]+)?)?");
    private static final Pattern WINDOW_BEFORE = p(
            "(?<![\\w.])(?<n>" + NUM + "|" + NUMBER_WORD + ")\\s*-?(?<u>" + TIME_UNIT
                    + ")\\s+(?:prior\\s+to|before|preceding)\\s+(?:(?:the|a|first|initiation\\s+of|start\\s+of|starting|study|randomi[sz]ed|planned)\\s+)*(?:[\\w-]+\\s+){0,2}?"
                    + "(?:enrol?(?:l)?ment|randomi[sz]ation|registration|screening|dos(?:e|ing)|treatment|consent|start|entry|day\\s+1|inclusion|visit|baseline|administration|initiation|drugs?|cycle\\s+1|therapy|allocation|medication|vaccination|intervention)");

    /** "At least 4 weeks since radiotherapy": the event did not happen within the window. */
    private static final Pattern SINCE = p(
            "(?:at\\s+least|≥|>=|>|more\\s+than|a\\s+minimum\\s+of|minimum\\s+of)\\s*(?<n>" + NUM + "|" + NUMBER_WORD
                    + ")\\s*(?<u>" + TIME_UNIT
                    + ")\\s+(?:must\\s+have\\s+(?:elapsed|passed)\\s+|have\\s+elapsed\\s+|must\\s+elapse\\s+)?(?:since|from|after)\\s+(?:the\\s+)?(?:(?:last|completion\\s+of|end\\s+of|prior|previous|any|final)\\s+)*(?:(?:dose|administration)\\s+of\\s+)?");
    /** Lead-ins and procedural words that add nothing to what an item states. */
    private static final Pattern FILLER_PHRASES = p(
            "(?:\\bno\\s+(?:gender|sex)\\s+(?:limits?|limitations?|restrictions?|requirements?)\\b|\\((?:both\\s+)?including\\s+\\d+\\s*(?:,|and)\\s*\\d+\\s*(?:years?(?:\\s+old)?)?\\s*\\)|\\(\\s*(?:(?:calculated|estimated|measured)\\s+)?(?:by|using|per|with|based\\s+on|on\\s+the\\s+basis\\s+of|according\\s+to)\\s+(?:the\\s+)?(?:modified\\s+|bed\\s*side\\s+)?(?:Cockcroft[\\s-]*(?:and\\s+)?Gault|Schwartz|CKD[\\s-]*EPI|MDRD)(?:\\s+(?:glomerular\\s+filtration\\s+rate|GFR|creatinine\\s+clearance))?(?:\\s+(?:formula|equation|estimation|method|calculation))?\\s*\\)|(?:(?:calculated|estimated|measured)\\s+)?(?:by|using|per|with|based\\s+on|on\\s+the\\s+basis\\s+of|according\\s+to)\\s+(?:the\\s+)?(?:modified\\s+|bed\\s*side\\s+)?(?:Cockcroft[\\s-]*(?:and\\s+)?Gault|Schwartz|CKD[\\s-]*EPI|MDRD)(?:\\s+(?:glomerular\\s+filtration\\s+rate|GFR|creatinine\\s+clearance))?(?:\\s+(?:formula|equation|estimation|method|calculation))?|\\(\\s*(?:see|refer\\s+to)\\s+(?:appendix|table|section|attachment|protocol)\\b[^()]*\\)|\\((?:patients\\s+|participants\\s+|subjects\\s+)?may\\s+(?:be|have\\s+been)\\s+transfused\\s+to\\s+(?:meet|maintain|reach|achieve|exceed)\\b[^()]*\\)|\\b(?:visit|day|week|cycle)\\s*-?\\d+\\b|\\b(?:are|is|will\\s+be|shall\\s+be|would\\s+be)\\s+(?:not\\s+eligible|ineligible|excluded)(?:\\s+from\\s+(?:the|this)\\s+(?:study|trial))?\\b|\\((?:both\\s+values\\s+)?inclusive\\)|\\b(?:at|on)\\s+the\\s+time\\s+of\\s+(?:signing\\s+(?:the\\s+)?(?:informed\\s+consent(?:\\s+form)?|icf)|screening|enrol?lment|randomi[sz]ation|consent|treatment))");
    /** What follows "except", "unless", "other than": restrictions the notation cannot place; never read as checks. */
    private static final Pattern EXCEPTION = p(
            "\\b(?:except(?:\\s+for)?|unless|other\\s+than|excluding|with\\s+the\\s+exception\\s+of|apart\\s+from|but\\s+not)\\b[^;]*");
    /** "Type 1 or 2 diabetes". */
    private static final Pattern DIABETES_TYPES = p(
            "type\\s*(?:1|i)\\s*(?:or|and/or|/|and)\\s*(?:type\\s*)?(?:2|ii)\\s+diabetes(?:\\s+mellitus)?|diabetes(?:\\s+mellitus)?\\s+type\\s*(?:1|i)\\s*(?:or|/|and/or)\\s*(?:2|ii)\\b");
    /** A therapy named as what the trial will give ("fit for protocol chemotherapy"), not a prior therapy. */
    private static final Pattern FUTURE_THERAPY = p(
            "(?:fit|eligible|candidates?|suitable|planned|scheduled|indicated|indications?|requir(?:e|es|ing)|need(?:s|ing)?|contraindications?|protocol|study|trial|undergo(?:ing)?|receive|awaiting|intended)\\s+(?:for\\s+|to\\s+)?(?:the\\s+)?(?:(?:study|protocol|trial|planned|exogenous|further)\\s+)?$");

    private static final Pattern LIVER_WITH = p(
            "(?:\\b(?:in|for)\\s+(?:patients|subjects|participants|cases|those|individuals|people)\\s+(?:with|who\\s+have|having)\\s+(?:known\\s+|documented\\s+|confirmed\\s+|evidence\\s+of\\s+)?"
                    + "|\\bif\\s+(?:there\\s+(?:is|are)\\s+)?(?:(?:related|due)\\s+to\\s+)?(?:known\\s+|documented\\s+)?|\\b(?:with|in\\s+case\\s+of|in\\s+the\\s+presence\\s+of|due\\s+to|in\\s+the\\s+setting\\s+of)\\s+(?:known\\s+|documented\\s+)?)"
                    + "(?:liver|hepatic)\\s+(?:metastas[ie]s|metastatic\\s+disease|mets|transfer)(?:\\s+(?:is|are)\\s+present)?");
    private static final Pattern LIVER_WITHOUT = p(
            "(?:\\b(?:in|for)\\s+(?:patients|subjects|participants|cases|those|individuals|people)\\s+(?:without|with\\s+no|who\\s+do\\s+not\\s+have)\\s+(?:known\\s+)?"
                    + "|\\bif\\s+there\\s+(?:is|are)\\s+no\\s+(?:clear\\s+|known\\s+)?|\\bin\\s+the\\s+absence\\s+of\\s+|\\bwithout\\s+(?:known\\s+)?|\\bif\\s+no\\s+)"
                    + "(?:liver|hepatic)\\s+(?:metastas[ie]s|metastatic\\s+disease|mets|transfer)");

    /** Examples in parentheses: "(e.g. …)", "(such as …)", "(including …)" illustrate what precedes them. */
    private static final Pattern EXAMPLES = p(
            "\\(\\s*(?:such\\s+as|e\\.\\s?g\\.?|eg\\.?,?|for\\s+example|including(?:\\s+but\\s+not\\s+limited\\s+to)?|i\\.\\s?e\\.?|like)\\b[^()]*\\)");
    /** Examples outside parentheses run to the end of the sentence: where they end cannot be told, so they stay unread. */
    private static final Pattern OPEN_EXAMPLES = p(
            "(?:,|\\s)\\s*(?:such\\s+as|e\\.\\s?g\\.?|eg\\.?,?|for\\s+example|including(?:\\s+but\\s+not\\s+limited\\s+to)?|i\\.\\s?e\\.?)\\b[^;]*?(?=;|\\.\\s|\\.?$)");

    private static final Pattern METASTASIS = p(
            "(?<![\\p{L}])(?<site>brain|cerebral|cns|central\\s+nervous\\s+system|liver|hepatic|bone|osseous|skeletal|lung|pulmonary|peritoneal|distant|distal)\\s+(?:metastas[ie]s|metastatic\\s+(?:disease|lesions?)|mets|metastasis\\s+lesions?)"
                    + "|(?<![\\p{L}])metastas[ie]s\\s+(?:to|in)\\s+(?:the\\s+)?(?<site2>brain|liver|bone|lung|cns|central\\s+nervous\\s+system|peritoneum)"
                    + "|(?<![\\p{L}])(?<site3>cns|central\\s+nervous\\s+system)\\s+involvement");

    private static final Pattern NEGATIVE_PREGNANCY = p(
            "(?:negative|neg\\.?)\\s+(?:serum\\s+|urine\\s+|blood\\s+)?(?:(?:or|and/or)\\s+(?:serum\\s+|urine\\s+))?(?:\\(?(?:β|beta)[\\s-]*h?cg\\)?\\s+)?pregnancy\\s+tests?(?:\\s+results?)?");
    private static final Pattern POSITIVE_PREGNANCY =
            p("positive\\s+(?:serum\\s+|urine\\s+)?pregnancy\\s+tests?|pregnancy\\s+test\\s+(?:is\\s+)?positive");
    private static final Pattern FUTURE_PREGNANCY = p(
            "(?:become|becoming|planning|plan(?:s|ned)?\\s+to|intend(?:s|ing)?\\s+to|attempting\\s+to|wish(?:es|ing)?\\s+to|desire\\s+to|may\\s+be|could\\s+be|likely\\s+to)\\s+(?:become\\s+)?(?:pregnant|pregnancy|conceive|breast-?feed|lactate)");
    private static final Pattern NON_PREGNANT = p("(?:non[\\s-]?pregnant|not\\s+pregnant)(?!\\s+or)");
    private static final Pattern PREGNANT = p("(?<![\\p{L}])(?:pregnan(?:t|cy|cies)|pregnant\\s+women)(?![\\p{L}])");
    private static final Pattern LACTATING = p(
            "(?<![\\p{L}])(?:breast[\\s-]?feeding|breast[\\s-]?feed|lactating|lactation|nursing(?:\\s+mothers)?)(?![\\p{L}])");
    private static final Pattern NON_CBP = p(
            "(?:non[\\s-]?child[\\s-]?bearing|not\\s+of\\s+child[\\s-]?bearing|no\\s+child[\\s-]?bearing)\\s+(?:potential|age)");
    private static final Pattern CBP = p(
            "(?:(?:women|woman|females?|participants|subjects|patients|partners?)\\s+(?:of|with)\\s+)?(?:child[\\s-]?bearing|reproductive)\\s+(?:potential|age)(?:\\s*\\(WOCBP\\))?|\\bWOCBP\\b");
    private static final Pattern CONTRACEPTION = p(
            "(?:(?:agree|agrees|willing|willingness|consent)\\s+to\\s+)?(?:(?:use|using|practice|practise|utilize)\\s+(?:of\\s+)?)?(?:(?:an?|two|one)\\s+)?(?:(?:highly|medically|acceptable|adequate|effective|reliable|appropriate|approved|acceptable|accepted|barrier)[\\s,]+(?:and\\s+)?)*(?:(?:methods?|forms?|means)\\s+of\\s+)?(?:contraception|contraceptive\\s+(?:methods?|measures?)|birth\\s+control)(?:\\s+methods?)?");
    private static final Pattern SEX = p(
            "(?<![\\p{L}])(?<m>males?|men|man|boys?)(?![\\p{L}])|(?<![\\p{L}])(?<f>females?|women|woman|girls?)(?![\\p{L}])");

    // ---- run -----------------------------------------------------------------------------------------

    private boolean mentions(String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NUMBERS =
            Pattern.compile("(?i)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b");

    /**
     * Runs the recognisers, most specific first. A recogniser whose words do not occur in the text is
     * skipped (the text is lower-cased once): a trial's items are parsed once, but there are many.
     */
    private void run() {
        boolean numbers = NUMBERS.matcher(text).find();
        find(FILLER_PHRASES, m -> new Token.Filler(m.start(), m.end()));
        find(EXCEPTION, m -> new Token.Unless(m.start(), m.end()));
        examples();
        if (mentions("liver", "hepatic")) {
            liverConditions();
        }
        if (numbers || mentions("uln", "lln", "upper limit", "lower limit")) {
            for (Token t : SexSpecificLimits.find(text)) {
                if (free(t.start(), t.end())) {
                    tokens.add(t);
                }
            }
            labs();
            GilbertAllowance.merge(text, tokens);
        }
        // test results after labs (a viral load with a number is a lab), before windows and diagnoses
        if (TestResultWords.mayState(lower)) {
            TestResultWords.find(text).forEach(f -> find(f.start(), f.end(), f.criterion()));
        }
        if (mentions("ecog", "zubrod", "eastern", "who", "world health", "karnofsky", "kps", "lansky")) {
            performance();
            ScaleAlternatives.merge(text, tokens);
            ScaleAlternatives.dropRestatements(text, tokens);
        }
        if (mentions("nyha", "new york")) {
            find(NYHA_AFTER, m -> {
                Criterion nyha = nyha(m, null);
                return nyha == null
                        ? null
                        : new Token.Atom(
                                m.start(),
                                m.end(),
                                new And(List.of(new DiagnosisCheck("heart_failure", span(m)), nyha), span(m)));
            });
            find(
                    NYHA,
                    m -> new Token.Atom(
                            m.start(), m.end(), nyha(m, m.group("pcmp") != null ? m.group("pcmp") : m.group("cmp"))));
        }
        if (numbers && mentions("life", "surviv")) {
            find(
                    LIFE,
                    m -> new Token.Atom(
                            m.start(),
                            m.end(),
                            new LifeExpectancyCheck(
                                    Words.comparison(m.group("cmp")),
                                    Words.numberOrWord(m.group("n")),
                                    Words.timeUnit(m.group("u")),
                                    span(m))));
            find(
                    LIFE_OR_MORE,
                    m -> new Token.Atom(
                            m.start(),
                            m.end(),
                            new LifeExpectancyCheck(
                                    Comparison.GE,
                                    Words.numberOrWord(m.group("n")),
                                    Words.timeUnit(m.group("u")),
                                    span(m))));
        }
        if (numbers && mentions("bmi", "body mass")) {
            find(BMI, this::bmi);
        }
        if (numbers && mentions("line", "regimen")) {
            find(LINES, this::lines);
        }
        if (numbers) {
            ages();
            find(
                    SINCE,
                    m -> new Token.Time(
                            m.start(),
                            m.end(),
                            new Window(Words.numberOrWord(m.group("n")), Words.timeUnit(m.group("u"))),
                            true));
            find(WINDOW, this::window);
            find(
                    WINDOW_BEFORE,
                    m -> new Token.Time(
                            m.start(),
                            m.end(),
                            new Window(Words.numberOrWord(m.group("n")), Words.timeUnit(m.group("u"))),
                            false));
        }
        if (mentions("metasta", "mets", "involvement")) {
            metastases();
        }
        if (mentions(
                "pregnan",
                "lactat",
                "breast",
                "nursing",
                "child",
                "contracep",
                "birth control",
                "wocbp",
                "reproductive",
                "conceive")) {
            reproductive();
        }
        if (mentions("diabet")) {
            find(
                    DIABETES_TYPES,
                    m -> new Token.Atom(
                            m.start(),
                            m.end(),
                            new Or(
                                    List.of(
                                            new DiagnosisCheck("type1_diabetes", span(m)),
                                            new DiagnosisCheck("type2_diabetes", span(m))),
                                    span(m))));
        }
        drugClasses(ClassPhrases.NEW_CLASSES);
        terms(DIAGNOSIS_WORDS, DIAGNOSIS_UNION, (term, m) -> new DiagnosisCheck(term, span(m)));
        terms(
                THERAPY_WORDS,
                THERAPY_UNION,
                (term, m) -> futureTherapy(m.start())
                        ? new NotComputable(m.group(), span(m), UnreadReason.PLANNED)
                        : new PriorTherapyCheck(term, span(m)));
        find(
                DRUG_WORDS,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        futureTherapy(m.start())
                                ? new NotComputable(m.group(), span(m), UnreadReason.PLANNED)
                                : new PriorTherapyCheck(
                                        PriorTherapyCheck.DRUG_PREFIX
                                                + m.group().toLowerCase(Locale.ROOT),
                                        span(m))));
        drugClasses(ClassPhrases.NOTATION_CLASSES);
        sex();
        DiagnosisTests.merge(text, tokens);
    }

    /** Drug classes by name ("EGFR TKIs", "HDAC inhibitors"): a prior therapy, unless the trial gives it. */
    private void drugClasses(ClassPhrases phrases) {
        for (ClassPhrases.Hit h : phrases.find(text)) {
            if (h.dose() != null
                    && free(h.dose().span().start(), h.dose().span().end())) {
                tokens.add(
                        new Token.Atom(h.dose().span().start(), h.dose().span().end(), h.dose()));
            }
            if (free(h.start(), h.end())) {
                tokens.add(new Token.Atom(
                        h.start(),
                        h.end(),
                        futureTherapy(h.start())
                                ? new NotComputable(
                                        text.substring(h.start(), h.end()),
                                        new TextSpan(h.start(), h.end()),
                                        UnreadReason.PLANNED)
                                : h.criterion()));
            }
        }
    }

    private static TextSpan span(Matcher m) {
        return new TextSpan(m.start(), m.end());
    }

    private boolean free(int start, int end) {
        for (Token t : tokens) {
            if (start < t.end() && t.start() < end) {
                return false;
            }
        }
        return true;
    }

    private void find(Pattern pattern, Function<Matcher, Token> make) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start() && free(m.start(), m.end())) {
                Token t = make.apply(m);
                if (t != null) {
                    tokens.add(t);
                }
            }
        }
    }

    private void find(int start, int end, Criterion criterion) {
        if (free(start, end)) {
            tokens.add(new Token.Atom(start, end, criterion));
        }
    }

    private void examples() {
        // an open list first: a bracketed example inside it ("such as stroke (including TIA), embolism") is part of it
        find(
                OPEN_EXAMPLES,
                o -> new Token.Atom(o.start(), o.end(), new NotComputable(o.group(), span(o), UnreadReason.EXAMPLES)));
        Matcher m = EXAMPLES.matcher(text);
        while (m.find()) {
            // Only after something: a leading "including" is not an example list of anything.
            if (m.start() > 0 && free(m.start(), m.end())) {
                tokens.add(new Token.Examples(m.start(), m.end()));
            }
        }
    }

    private void liverConditions() {
        find(LIVER_WITHOUT, m -> new Token.LiverCondition(m.start(), m.end(), false));
        find(LIVER_WITH, m -> new Token.LiverCondition(m.start(), m.end(), true));
    }

    // ---- labs ----------------------------------------------------------------------------------------

    private static final Pattern THRESHOLD_P = p("^" + THRESHOLD + "\\s*");
    private static final Pattern RANGE_P =
            p("^(?:between\\s+|of\\s+|from\\s+|within\\s+(?:the\\s+range\\s+(?:of\\s+)?)?)?(?<lo>" + NUM
                    + ")\\s*(?<u1>%)?\\s*(?:-|–|to|and)\\s*(?<hi>" + NUM + ")\\s*");
    private static final Pattern KEY_JOIN = p(
            "^\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:,|/|and/or|and\\s*/\\s*or|and|or|&|\\+)\\s*(?:the\\s+)?(?:serum\\s+)?");
    private static final Pattern OR_MORE = p("^\\s*(?<num>" + NUM + ")\\s*");
    private static final Pattern OR_MORE_TAIL =
            p("^\\s*(?:or\\s+(?<w>more|higher|greater|above|less|lower|below|fewer))");

    /** A join of lab names that offers them as alternatives: the word "or" alone (not "and/or", not "/"). */
    private static final Pattern OR_JOIN = p("^\\s*(?:\\([^()]{0,40}\\)\\s*)?or\\s*(?:the\\s+)?(?:serum\\s+)?$");

    /** Whether the keys of the lab group read last are alternatives ("lipase or amylase"); bare thresholds inherit it. */
    private boolean lastAnyKey;

    private void labs() {
        Matcher key = LAB_KEY.matcher(text);
        int from = 0;
        List<String> lastKeys = null;
        while (from < text.length() && key.find(from)) {
            int start = key.start();
            if (!free(start, key.end())) {
                from = key.end();
                continue;
            }
            List<String> keys = new ArrayList<>();
            keys.add(keyOf(key.group()));
            int at = key.end();
            boolean onlyOr = true;
            // more keys: "AST and ALT", "AST/ALT", "ALT or AST"
            while (true) {
                Matcher join = KEY_JOIN.matcher(text).region(at, text.length());
                if (!join.lookingAt()) {
                    break;
                }
                Matcher next = LAB_KEY.matcher(text).region(join.end(), text.length());
                if (!next.lookingAt()) {
                    break;
                }
                keys.add(keyOf(next.group()));
                onlyOr &= OR_JOIN.matcher(join.group()).matches();
                at = next.end();
            }
            lastAnyKey = keys.size() > 1 && onlyOr;
            Matcher fill = KEY_FILL_P.matcher(text).region(at, text.length());
            int thresholdAt = fill.lookingAt() ? fill.end() : at;
            int end = readThresholds(keys, start, thresholdAt, false);
            if (end < 0 && thresholdAt != at) {
                end = readThresholds(keys, start, at, false);
            }
            if (end > 0) {
                lastKeys = keys;
                from = end;
                // bare thresholds inheriting the keys: "(≤ 5 × ULN for patients with liver metastases)", "; or ≤ 3 ×
                // ULN …"
                int bareFrom = end;
                while (true) {
                    // "< 2.5 × ULN in patients without liver metastases; < 5 × ULN in patients with …"
                    bareFrom = afterLiverCondition(bareFrom);
                    Matcher sep = BARE_SEPARATOR.matcher(text).region(bareFrom, text.length());
                    if (!sep.lookingAt()) {
                        break;
                    }
                    Matcher inHead = BARE_HEAD.matcher(text).region(bareFrom, text.length());
                    int tryAt = inHead.lookingAt() ? inHead.end() : sep.end();
                    int bareEnd = readThresholds(lastKeys, tryAt, tryAt, true);
                    if (bareEnd < 0) {
                        break;
                    }
                    bareFrom = bareEnd;
                }
                from = bareFrom;
            } else {
                from = key.end();
            }
        }
    }

    /** The end of a liver condition standing right at {@code at} (after spaces), else {@code at}. */
    private int afterLiverCondition(int at) {
        int next = at;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        for (Token t : tokens) {
            if (t instanceof Token.LiverCondition && t.start() == next) {
                return t.end();
            }
        }
        return at;
    }

    private static String keyOf(String written) {
        for (Map.Entry<String, Pattern> e : LAB_WORDS.entrySet()) {
            if (e.getValue().matcher(written).matches()) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("no lab key for " + written);
    }

    /** Reads thresholds at {@code at}; adds a Labs token from {@code start}; returns its end or -1. */
    private int readThresholds(List<String> keys, int start, int at, boolean bare) {
        List<LabCheck> thresholds = new ArrayList<>();
        int end = -1;
        Matcher t = THRESHOLD_P.matcher(text).region(at, text.length());
        Matcher range = RANGE_P.matcher(text).region(at, text.length());
        Matcher orMore = OR_MORE.matcher(text).region(at, text.length());
        if (t.lookingAt()) {
            Comparison cmp = Words.comparison(t.group("cmp"));
            double value;
            String unit;
            int unitFrom = t.end();
            if (t.group("num") == null) {
                value = 1;
                unit = limit(t.group("lim0"));
            } else {
                value = Words.number(t.group("num"));
                unit = t.group("lim") != null ? limit(t.group("lim")) : null;
            }
            if (unit == null) {
                Matcher u = UnitSpelling.UNIT.matcher(text).region(unitFrom, text.length());
                if (u.lookingAt() && u.end() > unitFrom) {
                    unit = UnitSpelling.ucum(u);
                    unitFrom = u.end();
                    // "1.5 × ULN" after a power-less "x": handled by ULN; here a unit then maybe "x ULN"
                }
            }
            if (unit == null) {
                unit = defaultUnit(keys);
            }
            if (unit == null) {
                return -1;
            }
            end = unitFrom;
            for (String k : keys) {
                thresholds.add(new LabCheck(k, cmp, value, unit, new TextSpan(start, end)));
            }
        } else if (!bare && range.lookingAt()) {
            double lo = Words.number(range.group("lo"));
            double hi = Words.number(range.group("hi"));
            Matcher u = UnitSpelling.UNIT.matcher(text).region(range.end(), text.length());
            String unit = u.lookingAt() && u.end() > range.end() ? UnitSpelling.ucum(u) : null;
            if (unit == null && range.group("u1") != null) {
                unit = "%";
            }
            if (unit == null) {
                unit = defaultUnit(keys);
            }
            if (unit == null || lo >= hi) {
                return -1;
            }
            end = u.lookingAt() && u.end() > range.end() ? u.end() : range.end();
            for (String k : keys) {
                thresholds.add(new LabCheck(k, Comparison.GE, lo, unit, new TextSpan(start, end)));
                thresholds.add(new LabCheck(k, Comparison.LE, hi, unit, new TextSpan(start, end)));
            }
        } else if (!bare && orMore.lookingAt()) {
            double value = Words.number(orMore.group("num"));
            Matcher u = UnitSpelling.UNIT.matcher(text).region(orMore.end(), text.length());
            String unit = u.lookingAt() && u.end() > orMore.end() ? UnitSpelling.ucum(u) : null;
            int after = u.lookingAt() && u.end() > orMore.end() ? u.end() : orMore.end();
            Matcher tail = OR_MORE_TAIL.matcher(text).region(after, text.length());
            if (unit == null || !tail.lookingAt()) {
                return -1;
            }
            String w = tail.group("w").toLowerCase(Locale.ROOT);
            Comparison cmp = w.equals("more") || w.equals("higher") || w.equals("greater") || w.equals("above")
                    ? Comparison.GE
                    : Comparison.LE;
            end = tail.end();
            for (String k : keys) {
                thresholds.add(new LabCheck(k, cmp, value, unit, new TextSpan(start, end)));
            }
        } else {
            return -1;
        }
        // trim trailing whitespace from the token
        while (end > at && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (!free(start, end)) {
            return -1;
        }
        tokens.add(new Token.Labs(start, end, List.copyOf(keys), thresholds, bare, keys.size() > 1 && lastAnyKey));
        return end;
    }

    private static String limit(String written) {
        if (written == null) {
            return null;
        }
        String w = written.toLowerCase(Locale.ROOT);
        return w.startsWith("l") ? LabCheck.LLN : LabCheck.ULN;
    }

    /** Units some analytes are written without: INR is a ratio, HbA1c and LVEF percentages only when "%" is there. */
    private static String defaultUnit(List<String> keys) {
        if (keys.stream().allMatch(k -> k.equals("INR"))) {
            return "1";
        }
        return null;
    }

    // ---- performance, NYHA, BMI, lines, age --------------------------------------------------------------

    private void performance() {
        find(SCALE_AFTER, m -> {
            PerformanceCheck.Scale scale =
                    m.group("whoScale") != null ? PerformanceCheck.Scale.WHO : PerformanceCheck.Scale.ECOG;
            PerformanceCheck check = scoreSpec(scale, m.group("spec"), span(m), 5);
            return check == null ? null : new Token.Atom(m.start(), m.end(), check);
        });
        find(ECOG, m -> {
            PerformanceCheck.Scale scale =
                    m.group("whoScale") != null ? PerformanceCheck.Scale.WHO : PerformanceCheck.Scale.ECOG;
            PerformanceCheck check = scoreSpec(scale, m.group("spec"), span(m), 5);
            return check == null ? null : new Token.Atom(m.start(), m.end(), check);
        });
        find(
                SCALE_FIRST,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        new PerformanceCheck(
                                m.group("scale").toLowerCase(Locale.ROOT).startsWith("l")
                                        ? PerformanceCheck.Scale.LANSKY
                                        : PerformanceCheck.Scale.KARNOFSKY,
                                Words.comparison(m.group("cmp")),
                                Integer.parseInt(m.group("n")),
                                List.of(),
                                span(m))));
        find(KARNOFSKY, m -> {
            PerformanceCheck.Scale scale =
                    m.group("l") != null ? PerformanceCheck.Scale.LANSKY : PerformanceCheck.Scale.KARNOFSKY;
            PerformanceCheck check = scoreSpec(scale, m.group("spec"), span(m), 100);
            return check == null ? null : new Token.Atom(m.start(), m.end(), check);
        });
    }

    private static final Pattern SPEC_CMP = p("^(?<cmp>" + CMP + ")\\s*(?<n>\\d{1,3})\\s*%?$");
    private static final Pattern SPEC_RANGE = p("^(?<lo>\\d{1,3})\\s*%?\\s*(?:-|–|to)\\s*(?<hi>\\d{1,3})\\s*%?$");
    private static final Pattern SPEC_LIST = p("^(?<list>\\d(?:\\s*,\\s*\\d)*)\\s*,?\\s*(?:or|and)\\s*(?<last>\\d)$");
    private static final Pattern SPEC_SLASHES = p("^\\d(?:\\s*/\\s*\\d)+$");
    private static final Pattern SPEC_OR_LESS =
            p("^(?<n>\\d{1,3})\\s*%?\\s*or\\s*(?<w>less|lower|better|below|more|higher|greater|above)$");

    /** "0-1", "≤ 2", "0 or 1", "0, 1 or 2", "70-100%", "1" → a check; null when not a score spec. */
    static PerformanceCheck scoreSpec(PerformanceCheck.Scale scale, String spec, TextSpan span, int max) {
        String s = spec.strip();
        Matcher m;
        if ((m = SPEC_CMP.matcher(s)).matches()) {
            return new PerformanceCheck(
                    scale, Words.comparison(m.group("cmp")), Integer.parseInt(m.group("n")), List.of(), span);
        }
        if ((m = SPEC_RANGE.matcher(s)).matches()) {
            int lo = Integer.parseInt(m.group("lo"));
            int hi = Integer.parseInt(m.group("hi"));
            if (lo > hi || hi > max) {
                return null;
            }
            if (lo == 0) {
                return new PerformanceCheck(scale, Comparison.LE, hi, List.of(), span);
            }
            if (hi == max) {
                return new PerformanceCheck(scale, Comparison.GE, lo, List.of(), span);
            }
            if (max == 100) {
                return null;
            }
            List<Integer> values = new ArrayList<>();
            for (int v = lo; v <= hi; v++) {
                values.add(v);
            }
            return new PerformanceCheck(scale, null, 0, values, span);
        }
        if (SPEC_SLASHES.matcher(s).matches()) {
            // "0/1": the scores listed
            List<Integer> values = new ArrayList<>();
            for (String v : s.split("\\s*/\\s*")) {
                values.add(Integer.parseInt(v.strip()));
            }
            return new PerformanceCheck(
                    scale, null, 0, values.stream().distinct().sorted().toList(), span);
        }
        if ((m = SPEC_LIST.matcher(s)).matches()) {
            List<Integer> values = new ArrayList<>();
            for (String v : m.group("list").split("\\s*,\\s*")) {
                values.add(Integer.parseInt(v.strip()));
            }
            values.add(Integer.parseInt(m.group("last")));
            return new PerformanceCheck(
                    scale, null, 0, values.stream().distinct().sorted().toList(), span);
        }
        if ((m = SPEC_OR_LESS.matcher(s)).matches()) {
            String w = m.group("w").toLowerCase(Locale.ROOT);
            boolean down =
                    w.equals("less") || w.equals("lower") || w.equals("below") || (w.equals("better") && max == 5);
            return new PerformanceCheck(
                    scale, down ? Comparison.LE : Comparison.GE, Integer.parseInt(m.group("n")), List.of(), span);
        }
        if (s.matches("\\d")) {
            return new PerformanceCheck(scale, null, 0, List.of(Integer.parseInt(s)), span);
        }
        return null;
    }

    private static int roman(String written) {
        return switch (written.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    private static Criterion nyha(Matcher m, String cmpWritten) {
        int a = roman(m.group("a"));
        TextSpan span = span(m);
        if (m.group("b") != null) {
            int b = roman(m.group("b"));
            if (b < a) {
                return null;
            }
            if (b == 4) {
                return new NyhaCheck(Comparison.GE, a, span);
            }
            if (a == 1) {
                return new NyhaCheck(Comparison.LE, b, span);
            }
            return new And(List.of(new NyhaCheck(Comparison.GE, a, span), new NyhaCheck(Comparison.LE, b, span)), span);
        }
        if (m.group("more") != null) {
            return new NyhaCheck(Comparison.GE, a, span);
        }
        if (cmpWritten != null) {
            return new NyhaCheck(Words.comparison(cmpWritten), a, span);
        }
        return new NyhaCheck(Comparison.EQ, a, span);
    }

    private Token bmi(Matcher m) {
        TextSpan span = span(m);
        if (m.group("cmp") != null) {
            return new Token.Atom(
                    m.start(),
                    m.end(),
                    new BmiCheck(Words.comparison(m.group("cmp")), Words.number(m.group("n")), span));
        }
        double lo = Words.number(m.group("lo"));
        double hi = Words.number(m.group("hi"));
        if (lo >= hi) {
            return null;
        }
        return new Token.Atom(
                m.start(),
                m.end(),
                new And(List.of(new BmiCheck(Comparison.GE, lo, span), new BmiCheck(Comparison.LE, hi, span)), span));
    }

    private Token lines(Matcher m) {
        String cls = m.group("cls").toLowerCase(Locale.ROOT);
        String therapy = cls.startsWith("chemo") ? "chemotherapy" : "systemic_therapy";
        if (!cls.startsWith("chemo") && !cls.startsWith("systemic") && !cls.contains("cancer")) {
            // "lines of therapy/treatment" in oncology trials means systemic lines
            therapy = "systemic_therapy";
        }
        Comparison cmp = m.group("cmp") != null
                ? Words.comparison(m.group("cmp"))
                : m.group("more") != null ? Comparison.GE : null;
        if (cmp == null) {
            return null;
        }
        return new Token.Atom(
                m.start(),
                m.end(),
                new TherapyLinesCheck(therapy, cmp, (int) Words.numberOrWord(m.group("n")), span(m)));
    }

    private void ages() {
        find(AGE_CMP_PAIR, m -> {
            boolean context = m.group("ctx") != null
                    || m.group("u").toLowerCase(Locale.ROOT).contains("old")
                    || precededByAge(m.start());
            Comparison lower = Words.comparison(m.group("c1"));
            Comparison upper = Words.comparison(m.group("c2"));
            if (!context
                    || !(lower == Comparison.GE || lower == Comparison.GT)
                    || !(upper == Comparison.LE || upper == Comparison.LT)) {
                return null;
            }
            double lo = Words.number(m.group("n1"));
            double hi = Words.number(m.group("n2"));
            DurationUnit unit = unitOf(m.group("u"));
            if (lo >= hi || unit == DurationUnit.YEARS && hi > 130) {
                return null;
            }
            TextSpan span = span(m);
            return new Token.Atom(
                    m.start(),
                    m.end(),
                    new And(List.of(new AgeCheck(lower, lo, unit, span), new AgeCheck(upper, hi, unit, span)), span));
        });
        find(AGE_RANGE, m -> {
            boolean unitGiven = m.group("u1") != null || m.group("u2") != null;
            boolean context = m.group("ctx") != null
                    || m.group().toLowerCase(Locale.ROOT).startsWith("age")
                    || (m.group("u2") != null
                            && m.group("u2").toLowerCase(Locale.ROOT).startsWith("y"))
                    || precededByAge(m.start());
            if (!context
                    || !unitGiven
                            && m.group("ctx") == null
                            && !m.group().toLowerCase(Locale.ROOT).startsWith("age")
                            && !precededByAge(m.start())) {
                return null;
            }
            DurationUnit unit = unitOf(m.group("u2") != null ? m.group("u2") : m.group("u1"));
            DurationUnit loUnit = m.group("u1") != null ? unitOf(m.group("u1")) : unit;
            double lo = Words.number(m.group("lo"));
            double hi = Words.number(m.group("hi"));
            if (lo * loUnit.days() >= hi * unit.days() || unit == DurationUnit.YEARS && hi > 130) {
                return null;
            }
            TextSpan span = span(m);
            return new Token.Atom(
                    m.start(),
                    m.end(),
                    new And(
                            List.of(
                                    new AgeCheck(Comparison.GE, lo, loUnit, span),
                                    new AgeCheck(Comparison.LE, hi, unit, span)),
                            span));
        });
        find(AGE_CMP, m -> {
            String cmpWord = m.group("cmp").toLowerCase(Locale.ROOT);
            if (m.group("pre") != null
                    && text.substring(Math.max(0, m.start() - 12), m.start())
                            .toLowerCase(Locale.ROOT)
                            .contains("gestational")) {
                return null;
            }
            boolean context = m.group("pre") != null
                    || m.group("ctx") != null
                    || cmpWord.startsWith("older")
                    || cmpWord.startsWith("younger")
                    || m.group("u") != null && (precededByAge(m.start()) || followedByAge(m.end()))
                    || m.group("u") != null
                            && m.group("u").toLowerCase(Locale.ROOT).contains("old");
            if (!context) {
                return null;
            }
            if (m.group("u") == null
                    && m.group("ctx") == null
                    && m.group("pre") == null
                    && !cmpWord.startsWith("older")
                    && !cmpWord.startsWith("younger")) {
                return null;
            }
            Comparison cmp = cmpWord.startsWith("older")
                    ? Comparison.GT
                    : cmpWord.startsWith("younger") ? Comparison.LT : Words.comparison(m.group("cmp"));
            double n = Words.number(m.group("n"));
            DurationUnit unit = unitOf(m.group("u"));
            if (unit == DurationUnit.YEARS && n > 130) {
                return null;
            }
            return new Token.Atom(m.start(), m.end(), new AgeCheck(cmp, n, unit, span(m)));
        });
        find(AGE_OR_MORE, m -> {
            boolean context = m.group("pre") != null
                    || m.group("ctx") != null
                    || m.group("u") != null
                            && m.group("u").toLowerCase(Locale.ROOT).startsWith("y")
                    || precededByAge(m.start());
            if (!context) {
                return null;
            }
            String w = m.group("w").toLowerCase(Locale.ROOT);
            Comparison cmp = switch (w) {
                case "older", "above", "over", "greater", "more", "elder" -> Comparison.GE;
                default -> Comparison.LE;
            };
            return new Token.Atom(
                    m.start(), m.end(), new AgeCheck(cmp, Words.number(m.group("n")), unitOf(m.group("u")), span(m)));
        });
    }

    private boolean precededByAge(int at) {
        String before = text.substring(Math.max(0, at - 25), at).toLowerCase(Locale.ROOT);
        return AGE_BEFORE.matcher(before).matches()
                && !GESTATIONAL_BEFORE.matcher(before).matches();
    }

    /** "≥ 12 years to &lt; 18 years of age": the first bound is an age too. */
    private boolean followedByAge(int at) {
        String after = text.substring(at, Math.min(text.length(), at + 30)).toLowerCase(Locale.ROOT);
        return AGE_AFTER.matcher(after).matches();
    }

    private static DurationUnit unitOf(String written) {
        if (written == null
                || written.toLowerCase(Locale.ROOT).contains("year")
                || written.toLowerCase(Locale.ROOT).contains("old")) {
            return DurationUnit.YEARS;
        }
        return Words.timeUnit(written);
    }

    private Token window(Matcher m) {
        double n = Words.numberOrWord(m.group("n"));
        return new Token.Time(m.start(), m.end(), new Window(n, Words.timeUnit(m.group("u"))), false);
    }

    // ---- metastases, reproduction, terms, sex --------------------------------------------------------------

    private void metastases() {
        find(METASTASIS, m -> {
            String written = (m.group("site") != null
                            ? m.group("site")
                            : m.group("site2") != null ? m.group("site2") : m.group("site3"))
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ");
            String site = switch (written) {
                case "brain", "cerebral" -> "brain";
                case "cns", "central nervous system" -> "cns";
                case "liver", "hepatic" -> "liver";
                case "bone", "osseous", "skeletal" -> "bone";
                case "lung", "pulmonary" -> "lung";
                case "peritoneal", "peritoneum" -> "peritoneal";
                default -> "distant";
            };
            return new Token.Atom(m.start(), m.end(), new MetastasisCheck(site, span(m)));
        });
    }

    private void reproductive() {
        // A wish or plan ("planning to become pregnant") is not a state the notation has: kept as not computable.
        find(
                FUTURE_PREGNANCY,
                m -> new Token.Atom(m.start(), m.end(), new NotComputable(m.group(), span(m), UnreadReason.PLANNED)));
        find(
                NEGATIVE_PREGNANCY,
                m -> new Token.Atom(m.start(), m.end(), new Not(repro(ReproductiveCheck.Status.PREGNANT, m), span(m))));
        find(POSITIVE_PREGNANCY, m -> new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.PREGNANT, m)));
        find(
                NON_CBP,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        new Not(repro(ReproductiveCheck.Status.CHILDBEARING_POTENTIAL, m), span(m))));
        find(CBP, m -> new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.CHILDBEARING_POTENTIAL, m)));
        find(
                NON_PREGNANT,
                m -> new Token.Atom(m.start(), m.end(), new Not(repro(ReproductiveCheck.Status.PREGNANT, m), span(m))));
        find(
                PREGNANT,
                m -> future(m.start())
                        ? null
                        : new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.PREGNANT, m)));
        find(
                LACTATING,
                m -> future(m.start())
                        ? null
                        : new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.LACTATING, m)));
        find(CONTRACEPTION, m -> new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.CONTRACEPTION, m)));
    }

    private boolean futureTherapy(int at) {
        return FUTURE_THERAPY.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    /** "planning to become pregnant or breastfeed": a future wish, not a state the notation has. */
    private boolean future(int at) {
        String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT);
        return FUTURE_BEFORE.matcher(before).matches();
    }

    private static ReproductiveCheck repro(ReproductiveCheck.Status status, Matcher m) {
        return new ReproductiveCheck(status, span(m));
    }

    private interface Make {
        Criterion make(String term, Matcher m);
    }

    private void terms(Map<String, Pattern> vocabulary, Pattern union, Make make) {
        find(union, m -> {
            String name = m.group();
            for (Map.Entry<String, Pattern> e : vocabulary.entrySet()) {
                if (e.getValue().matcher(name).matches()) {
                    return new Token.Atom(m.start(), m.end(), make.make(e.getKey(), m));
                }
            }
            return null;
        });
    }

    /**
     * Sex only when one sex is named and nothing about pregnancy is ("Male, 30-69 years"): "Pregnant
     * women" names the state, not a sex requirement, and "men and women" requires nothing.
     */
    private void sex() {
        boolean reproduction = tokens.stream()
                .anyMatch(t -> t instanceof Token.Atom a
                        && (a.criterion() instanceof ReproductiveCheck
                                || a.criterion() instanceof Not n && n.part() instanceof ReproductiveCheck
                                || TestResultWords.isPregnancyTest(a.criterion())));
        if (reproduction) {
            return;
        }
        Matcher m = SEX.matcher(text);
        List<int[]> finds = new ArrayList<>();
        boolean male = false;
        boolean female = false;
        while (m.find()) {
            if (free(m.start(), m.end())) {
                finds.add(new int[] {m.start(), m.end(), m.group("m") != null ? 1 : 0});
                male |= m.group("m") != null;
                female |= m.group("f") != null;
            }
        }
        if (male == female) {
            return;
        }
        // "partners of men", "women who are partners": a sex named as someone else's is not the patient's.
        if (SEX_OF_OTHERS.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
            return;
        }
        int[] first = finds.get(0);
        TextSpan span = new TextSpan(first[0], first[1]);
        tokens.add(
                new Token.Atom(first[0], first[1], new SexCheck(male ? SexCheck.Sex.MALE : SexCheck.Sex.FEMALE, span)));
        for (int i = 1; i < finds.size(); i++) {
            tokens.add(new Token.Filler(finds.get(i)[0], finds.get(i)[1]));
        }
    }
}
