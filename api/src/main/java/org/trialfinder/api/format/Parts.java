package org.trialfinder.api.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.trialfinder.model.DateStruct;
import org.trialfinder.model.Study;
import org.trialfinder.model.derived.DerivedSection;
import org.trialfinder.model.document.DocumentSection;
import org.trialfinder.model.document.LargeDoc;
import org.trialfinder.model.protocol.ArmsInterventionsModule;
import org.trialfinder.model.protocol.ConditionsModule;
import org.trialfinder.model.protocol.ContactsLocationsModule;
import org.trialfinder.model.protocol.DescriptionModule;
import org.trialfinder.model.protocol.DesignModule;
import org.trialfinder.model.protocol.EligibilityModule;
import org.trialfinder.model.protocol.IdentificationModule;
import org.trialfinder.model.protocol.OutcomesModule;
import org.trialfinder.model.protocol.ProtocolSection;
import org.trialfinder.model.protocol.ReferencesModule;
import org.trialfinder.model.protocol.SponsorCollaboratorsModule;
import org.trialfinder.model.protocol.StatusModule;

/**
 * Null-safe access to the parts of a {@link Study} that the formats read, and the small text
 * helpers they share. Every accessor answers {@code null} (or an empty list) for a sparse record
 * instead of throwing.
 */
final class Parts {

    /** The public study page, as ClinicalTrials.gov links it ({@code Study URL} column). */
    static final String STUDY_URL_PREFIX = "https://clinicaltrials.gov/study/";

    /** Where ClinicalTrials.gov serves uploaded protocol, SAP and ICF documents. */
    static final String LARGE_DOCS_PREFIX = "https://cdn.clinicaltrials.gov/large-docs/";

    private Parts() {}

    static ProtocolSection protocol(Study study) {
        return study == null ? null : study.protocolSection();
    }

    static IdentificationModule identification(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.identificationModule();
    }

    static StatusModule status(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.statusModule();
    }

    static SponsorCollaboratorsModule sponsors(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.sponsorCollaboratorsModule();
    }

    static DescriptionModule description(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.descriptionModule();
    }

    static ConditionsModule conditions(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.conditionsModule();
    }

    static DesignModule design(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.designModule();
    }

    static ArmsInterventionsModule arms(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.armsInterventionsModule();
    }

    static OutcomesModule outcomes(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.outcomesModule();
    }

    static EligibilityModule eligibility(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.eligibilityModule();
    }

    static ContactsLocationsModule contacts(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.contactsLocationsModule();
    }

    static ReferencesModule references(Study s) {
        ProtocolSection p = protocol(s);
        return p == null ? null : p.referencesModule();
    }

    static DerivedSection derived(Study s) {
        return s == null ? null : s.derivedSection();
    }

    /** The uploaded documents (protocol, SAP, consent form); never {@code null}. */
    static List<LargeDoc> largeDocs(Study s) {
        DocumentSection section = s == null ? null : s.documentSection();
        if (section == null || section.largeDocumentModule() == null) {
            return List.of();
        }
        return list(section.largeDocumentModule().largeDocs());
    }

    /** {@code get} applied to {@code value}, or {@code null} when {@code value} is. */
    static <T, R> R get(T value, Function<T, R> get) {
        return value == null ? null : get.apply(value);
    }

    /** The date text of a date struct ({@code "2024-12"} stays partial), or {@code null}. */
    static String date(DateStruct struct) {
        return struct == null ? null : blankToNull(struct.date());
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The non-blank values joined with {@code separator}; blank values are left out. */
    static String joinPresent(String separator, String... values) {
        List<String> present = new ArrayList<>(values.length);
        for (String v : values) {
            if (!isBlank(v)) {
                present.add(v);
            }
        }
        return String.join(separator, present);
    }

    /** {@code convert} applied to each item, blank results left out, joined with {@code separator}. */
    static <T> String joinEach(List<T> items, String separator, Function<T, String> convert) {
        List<String> parts = new ArrayList<>();
        for (T item : list(items)) {
            String part = item == null ? null : convert.apply(item);
            if (!isBlank(part)) {
                parts.add(part);
            }
        }
        return String.join(separator, parts);
    }

    /** The URL of an uploaded document: {@code large-docs/<last two digits>/<NCT id>/<file>}. */
    static String largeDocUrl(String nctId, LargeDoc doc) {
        if (isBlank(nctId) || doc == null || isBlank(doc.filename()) || nctId.length() < 2) {
            return null;
        }
        return LARGE_DOCS_PREFIX + nctId.substring(nctId.length() - 2) + "/" + nctId + "/" + doc.filename();
    }

    /**
     * A document's label as ClinicalTrials.gov shows it. Records carry the label ("Study Protocol
     * and Statistical Analysis Plan", "Study Protocol: Ethical Clearance"); for one without, the
     * label is built from the {@code has*} flags the way the labels in the records read.
     */
    static String largeDocLabel(LargeDoc doc) {
        if (doc == null) {
            return null;
        }
        if (!isBlank(doc.label())) {
            return doc.label();
        }
        List<String> kinds = new ArrayList<>(3);
        if (Boolean.TRUE.equals(doc.hasProtocol())) {
            kinds.add("Study Protocol");
        }
        if (Boolean.TRUE.equals(doc.hasSap())) {
            kinds.add("Statistical Analysis Plan");
        }
        if (Boolean.TRUE.equals(doc.hasIcf())) {
            kinds.add("Informed Consent Form");
        }
        return switch (kinds.size()) {
            case 0 -> Objects.requireNonNullElse(blankToNull(doc.typeAbbrev()), "Document");
            case 1 -> kinds.get(0);
            case 2 -> kinds.get(0) + " and " + kinds.get(1);
            default -> kinds.get(0) + ", " + kinds.get(1) + ", and " + kinds.get(2);
        };
    }

    /** {@code "PHASE_1"} → {@code "Phase 1"}: an enum constant as words, for display texts. */
    static String words(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
