package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.trialfinder.model.DateStruct;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.OverallStatus;

/**
 * Recruitment status and the key dates of the study. Dates are kept as text (see {@link
 * org.trialfinder.model.PartialDate}). Fields it does not know are kept in {@code unknownFields}
 * and written back.
 */
public record StatusModule(
        String statusVerifiedDate,
        OverallStatus overallStatus,
        OverallStatus lastKnownStatus,
        Boolean delayedPosting,
        String whyStopped,
        ExpandedAccessInfo expandedAccessInfo,
        DateStruct startDateStruct,
        DateStruct primaryCompletionDateStruct,
        DateStruct completionDateStruct,
        String studyFirstSubmitDate,
        String studyFirstSubmitQcDate,
        DateStruct studyFirstPostDateStruct,
        Boolean resultsWaived,
        String resultsFirstSubmitDate,
        String resultsFirstSubmitQcDate,
        DateStruct resultsFirstPostDateStruct,
        String dispFirstSubmitDate,
        String dispFirstSubmitQcDate,
        DateStruct dispFirstPostDateStruct,
        String lastUpdateSubmitDate,
        DateStruct lastUpdatePostDateStruct,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public StatusModule {
        unknownFields = Frozen.map(unknownFields);
    }
}
