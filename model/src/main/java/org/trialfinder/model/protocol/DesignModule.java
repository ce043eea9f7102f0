package org.trialfinder.model.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.Frozen;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.StudyType;

/**
 * Study type, phases and design. Fields it does not know are kept in {@code unknownFields} and
 * written back.
 */
public record DesignModule(
        StudyType studyType,
        Integer nPtrsToThisExpAccNctId,
        ExpandedAccessTypes expandedAccessTypes,
        List<Phase> phases,
        Boolean patientRegistry,
        String targetDuration,
        DesignInfo designInfo,
        BioSpec bioSpec,
        EnrollmentInfo enrollmentInfo,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public DesignModule {
        phases = Frozen.list(phases);
        unknownFields = Frozen.map(unknownFields);
    }
}
