package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * Properties of the patient readers over many seeded random documents (each failing input's seed is printed, so it
 * replays): whatever the body and its content type (JSON profile, FHIR R4 Bundle, note), {@link PatientIntake#read}
 * returns a reading or throws {@link IntakeException}, the documented bad-input error, naming what is wrong; never
 * anything else. The JSON is structured but wrong: the profile's and the Bundle's own field names with values of
 * every type, unknown fields, numbers at the edges of double, hostile nesting; bounded so the test takes seconds.
 */
class PatientIntakePropertyTest {
    private static final int TRIES = 1_500;
    private static final PatientIntake INTAKE =
            new PatientIntake(MeshThesaurus.loadDefault(), Abbreviations.loadDefault(), Clock.systemUTC());
    private static final List<String> PROFILE_FIELDS = List.of(
            "age",
            "sex",
            "pregnant",
            "lactating",
            "performanceStatus",
            "conditions",
            "labs",
            "treatments",
            "metastases",
            "asOf",
            "name",
            "value",
            "unit",
            "uln",
            "lln",
            "date",
            "scale",
            "startDate",
            "endDate",
            "bogus");
    private static final List<String> FHIR_FIELDS = List.of(
            "resourceType",
            "type",
            "entry",
            "resource",
            "gender",
            "birthDate",
            "code",
            "coding",
            "system",
            "valueQuantity",
            "value",
            "unit",
            "effectiveDateTime",
            "clinicalStatus",
            "status",
            "text",
            "medication",
            "medicationCodeableConcept",
            "performedDateTime");
    private static final List<String> STRINGS = List.of(
            "female",
            "male",
            "ECOG",
            "Karnofsky",
            "ANC",
            "PLT",
            "TBIL",
            "10^9/L",
            "/uL",
            "mg/dL",
            "10^999/L",
            "bananas",
            "Bundle",
            "Patient",
            "Observation",
            "Condition",
            "MedicationStatement",
            "Procedure",
            "http://loinc.org",
            "751-8",
            "1920-8",
            "http://unitsofmeasure.org",
            "2024-01-01",
            "2024-13-45",
            "",
            "lung cancer",
            "\ud800",
            "\u0000",
            "\u202e",
            "😀");
    private static final List<String> NUMBERS =
            List.of("0", "-1", "1.5", "1e308", "-1e308", "1e309", "4.9e-324", "123456789012345678901234567890", "NaN");

    @Test
    void anyDocumentIsAReadingOrAnIntakeError() {
        for (int i = 0; i < TRIES; i++) {
            SplittableRandom random = new SplittableRandom(i);
            String type = List.of("application/json", "application/fhir+json", "text/plain", "")
                    .get(random.nextInt(4));
            String body = switch (random.nextInt(5)) {
                case 0 -> note(random);
                case 1 ->
                    "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":" + value(random, FHIR_FIELDS, 4)
                            + "}";
                case 2 -> "[".repeat(random.nextInt(1, 3000)) + "1";
                default -> object(random, PROFILE_FIELDS, 4);
            };
            try {
                PatientReading reading = INTAKE.read(body.getBytes(StandardCharsets.UTF_8), type);
                assertThat(reading).isNotNull();
            } catch (IntakeException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + i + " (" + type + "): " + e + " for " + abbreviated(body), e);
            }
        }
    }

    private static String object(SplittableRandom random, List<String> fields, int depth) {
        StringBuilder s = new StringBuilder("{");
        for (int i = random.nextInt(0, 6); i > 0; i--) {
            s.append(quoted(fields.get(random.nextInt(fields.size()))))
                    .append(':')
                    .append(value(random, fields, depth - 1));
            if (i > 1) {
                s.append(',');
            }
        }
        return s.append('}').toString();
    }

    private static String value(SplittableRandom random, List<String> fields, int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> quoted(STRINGS.get(random.nextInt(STRINGS.size())));
            case 1 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
            case 2 -> List.of("true", "false", "null").get(random.nextInt(3));
            case 3 -> Integer.toString(random.nextInt(-10, 200));
            case 4 -> object(random, fields, depth);
            default -> {
                StringBuilder s = new StringBuilder("[");
                for (int i = random.nextInt(0, 4); i > 0; i--) {
                    s.append(value(random, fields, depth - 1)).append(i > 1 ? "," : "");
                }
                yield s.append(']').toString();
            }
        };
    }

    private static String note(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(1, 80); i > 0; i--) {
            s.append(List.of(
                                    "A",
                                    "64-year-old",
                                    "man",
                                    "woman",
                                    "with",
                                    "lung cancer",
                                    "NSCLC",
                                    "T2DM",
                                    "ECOG",
                                    "1",
                                    "ANC",
                                    "1200/uL",
                                    "denies",
                                    "no",
                                    "history of",
                                    "mother had",
                                    "breast cancer",
                                    ".",
                                    ",",
                                    "\n",
                                    "😀",
                                    "\ud800",
                                    "AND",
                                    "(",
                                    "[")
                            .get(random.nextInt(25)))
                    .append(' ');
        }
        return s.toString();
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "… (" + s.length() + " chars)" : s;
    }
}
