package org.trialfinder.eligibility.parse;

import static org.trialfinder.eligibility.parse.Words.NUM;
import static org.trialfinder.eligibility.parse.Words.NUMBER_WORD;
import static org.trialfinder.eligibility.parse.Words.TIME_UNIT;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Window;

/** A recogniser stage of {@link Recognizer}: Time windows: "within 6 months", "in the past 5 years", "at least 4 weeks since …". */
final class WindowTokens extends TokenScan {

    WindowTokens(TokenScan scan) {
        super(scan);
    }

    void find() {
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

    private Token window(Matcher m) {
        double n = Words.numberOrWord(m.group("n"));
        return new Token.Time(m.start(), m.end(), new Window(n, Words.timeUnit(m.group("u"))), false);
    }
}
