package org.trialfinder.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.model.vocab.DateType;

/**
 * A date with a flag saying whether it has happened ({@code {date, type}}). The date stays the
 * text ClinicalTrials.gov wrote, which may be partial ("2024-12"); use {@link #partialDate()} to
 * read it. Fields it does not know are kept in {@code unknownFields} and written back.
 */
public record DateStruct(
        String date,
        DateType type,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public DateStruct {
        unknownFields = Frozen.map(unknownFields);
    }

    /** The date parsed, or empty when it is missing or not a year, year-month or full date. */
    public Optional<PartialDate> partialDate() {
        return PartialDate.tryParse(date);
    }

    /** True when the date is a plan rather than a fact. */
    public boolean estimated() {
        return type == DateType.ESTIMATED;
    }
}
