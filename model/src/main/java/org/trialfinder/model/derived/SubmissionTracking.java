package org.trialfinder.model.derived;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;

/**
 * Results submissions that are not yet public. Fields it does not know are kept in {@code
 * unknownFields} and written back.
 */
public record SubmissionTracking(
        String estimatedResultsFirstSubmitDate,
        FirstMcpInfo firstMcpInfo,
        List<SubmissionInfo> submissionInfos,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public SubmissionTracking {
        submissionInfos = Frozen.list(submissionInfos);
        unknownFields = Frozen.map(unknownFields);
    }
}
