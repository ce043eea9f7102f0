package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;

/** A profile given fact by fact (the site's form) is read and refused as the same profile in JSON. */
class ProfileFieldsTest {
    private static final Clock CLOCK =
            Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final PatientProfileReader json = new PatientProfileReader(CLOCK);

    private ProfileFields fields() {
        return new ProfileFields(CLOCK);
    }

    @Test
    void theSameFactsGiveTheSameProfileAsJson() {
        PatientReading typed = fields().age(58)
                .sex("female")
                .pregnant(false)
                .performanceStatus(Scale.ECOG, 1)
                .lab("ANC", 1.2, "10^9/L", null)
                .lab("ferritin", 300, "ng/mL", null)
                .condition("rectal cancer")
                .metastasis("liver")
                .treatment("oxaliplatin", "2025-03-01")
                .read();
        PatientReading read = json.read("""
                {"age":58,"sex":"female","pregnant":false,"performanceStatus":{"scale":"ECOG","value":1},
                 "labs":[{"name":"ANC","value":1.2,"unit":"10^9/L"},{"name":"ferritin","value":300,"unit":"ng/mL"}],
                 "conditions":["rectal cancer"],"metastases":["liver"],
                 "treatments":[{"name":"oxaliplatin","date":"2025-03-01"}]}""");
        assertThat(typed).isEqualTo(read);
        assertThat(typed.profile().sex()).isEqualTo(Sex.FEMALE);
        assertThat(typed.profile().asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(typed.conditions()).containsExactly("rectal cancer");
        assertThat(typed.warnings()).singleElement().asString().startsWith("labs[1]: 'ferritin'");
    }

    @Test
    void impossibleFactsAreRefusedWithTheJsonReadersWordsAndFields() {
        assertThatThrownBy(() -> fields().age(200)
                        .sex("male")
                        .pregnant(true)
                        .performanceStatus(Scale.ECOG, 7)
                        .lab("PLT", 150, "bananas", null)
                        .treatment("oxaliplatin", "2025-03")
                        .treatment("", "2025-01-01")
                        .read())
                .isInstanceOf(ProfileException.class)
                .hasMessage(messageOf("""
                        {"age":200,"sex":"male","pregnant":true,"performanceStatus":{"scale":"ECOG","value":7},
                         "labs":[{"name":"PLT","value":150,"unit":"bananas"}],
                         "treatments":[{"name":"oxaliplatin","date":"2025-03"},{"name":"","date":"2025-01-01"}]}"""))
                .hasMessageContaining("age: an age is 0 to 125 years, not 200")
                .hasMessageContaining("pregnant: a patient of sex male cannot be pregnant")
                .hasMessageContaining("performanceStatus.value: ")
                .hasMessageContaining("labs[0].unit: ")
                .hasMessageContaining("treatments[0].date: expected a date YYYY-MM-DD, not \"2025-03\"")
                .hasMessageContaining("treatments[1].name: required");
    }

    private String messageOf(String profile) {
        try {
            json.read(profile);
        } catch (ProfileException e) {
            return e.getMessage();
        }
        throw new AssertionError("the JSON reader accepted " + profile);
    }
}
