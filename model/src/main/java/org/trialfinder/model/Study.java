package org.trialfinder.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.trialfinder.model.annotation.AnnotationSection;
import org.trialfinder.model.derived.DerivedSection;
import org.trialfinder.model.document.DocumentSection;
import org.trialfinder.model.protocol.ConditionsModule;
import org.trialfinder.model.protocol.ContactsLocationsModule;
import org.trialfinder.model.protocol.DesignModule;
import org.trialfinder.model.protocol.IdentificationModule;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.model.protocol.ProtocolSection;
import org.trialfinder.model.protocol.StatusModule;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.StudyType;

/**
 * One ClinicalTrials.gov API v2 study record.
 *
 * <p>The record mirrors the API's JSON field for field so that reading and writing it loses
 * nothing: fields the model does not know are kept in {@code unknownFields}, and {@code
 * resultsSection} stays raw JSON because nothing here reads posted results yet. Read and write
 * it with {@link StudyJson}. The convenience methods below never throw on a sparse record; they
 * answer {@code null}, empty or an empty list instead.
 *
 * <p>Components are in the order of the constructor the rest of the code uses; the JSON is
 * written in the order ClinicalTrials.gov uses (results, documents, annotations, derived).
 */
@JsonPropertyOrder({
    "protocolSection",
    "resultsSection",
    "documentSection",
    "annotationSection",
    "derivedSection",
    "hasResults"
})
public record Study(
        ProtocolSection protocolSection,
        JsonNode resultsSection,
        AnnotationSection annotationSection,
        DocumentSection documentSection,
        DerivedSection derivedSection,
        Boolean hasResults,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {

    public Study {
        unknownFields = Frozen.map(unknownFields);
    }

    /** The NCT number ("NCT01234567"); {@code null} only for a record built without one. */
    public String nctId() {
        return identification(IdentificationModule::nctId);
    }

    /** Older NCT numbers that now lead to this record; never {@code null}. */
    public List<String> nctIdAliases() {
        return orEmpty(identification(IdentificationModule::nctIdAliases));
    }

    public String briefTitle() {
        return identification(IdentificationModule::briefTitle);
    }

    public OverallStatus overallStatus() {
        return status(StatusModule::overallStatus);
    }

    /** The last-update post date; a partial date ("2024-12") counts as its first day. */
    public Optional<LocalDate> lastUpdatePostDate() {
        DateStruct posted = status(StatusModule::lastUpdatePostDateStruct);
        return posted == null ? Optional.empty() : posted.partialDate().map(PartialDate::startOf);
    }

    public StudyType studyType() {
        return design(DesignModule::studyType);
    }

    /** Phases, in the order registered; never {@code null}, empty for studies without phases. */
    public List<Phase> phases() {
        return orEmpty(design(DesignModule::phases));
    }

    /** Conditions as the sponsor wrote them; never {@code null}. */
    public List<String> conditions() {
        ConditionsModule module = protocolSection == null ? null : protocolSection.conditionsModule();
        return module == null ? List.of() : orEmpty(module.conditions());
    }

    /** Study sites; never {@code null}. */
    public List<Location> locations() {
        ContactsLocationsModule module = protocolSection == null ? null : protocolSection.contactsLocationsModule();
        return module == null ? List.of() : orEmpty(module.locations());
    }

    /** The distinct countries of the sites, in the order they first appear. */
    public List<String> countries() {
        Set<String> countries = new LinkedHashSet<>();
        for (Location location : locations()) {
            if (location != null && location.country() != null) {
                countries.add(location.country());
            }
        }
        return List.copyOf(countries);
    }

    private <T> T identification(Function<IdentificationModule, T> field) {
        IdentificationModule module = protocolSection == null ? null : protocolSection.identificationModule();
        return module == null ? null : field.apply(module);
    }

    private <T> T status(Function<StatusModule, T> field) {
        StatusModule module = protocolSection == null ? null : protocolSection.statusModule();
        return module == null ? null : field.apply(module);
    }

    private <T> T design(Function<DesignModule, T> field) {
        DesignModule module = protocolSection == null ? null : protocolSection.designModule();
        return module == null ? null : field.apply(module);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return Objects.requireNonNullElse(list, List.of());
    }
}
