package org.trialfinder.eligibility.screen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.trialfinder.eligibility.intake.Ages;
import org.trialfinder.eligibility.intake.MetastasisSites;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.lab.Analyte;

/**
 * A patient profile indexed once for screening against many trials: labs by analyte (the latest result
 * of each), metastatic sites in one vocabulary, treatments with their therapy classes, the screening
 * date.
 *
 * <p><b>What the lists mean.</b> A profile that names any condition describes the patient's history:
 * its conditions, metastatic sites and treatments are then taken as complete ("no HIV listed" means no
 * HIV), and the verdict says so ("not among the patient's conditions"). A profile without any condition
 * says nothing about history, and every diagnosis, metastasis or therapy check is unknown.
 */
public final class PatientFacts {

    /** One prior treatment with its classes and the date it was last given (end, else start). */
    record Treatment(String name, Set<String> classes, LocalDate lastGiven) {}

    private final PatientProfile profile;
    private final LocalDate asOf;
    private final Map<Analyte, PatientProfile.LabResult> labs = new EnumMap<>(Analyte.class);
    private final Set<String> sites = new HashSet<>();
    private final List<Treatment> treatments = new ArrayList<>();
    private final boolean historyGiven;
    private final Map<String, Optional<String>> conditionByTerm = new HashMap<>();

    public PatientFacts(PatientProfile profile, LocalDate today) {
        this.profile = profile;
        this.asOf = profile.asOf() != null ? profile.asOf() : today;
        for (PatientProfile.LabResult lab : profile.labs()) {
            Optional<Analyte> analyte = Analyte.find(lab.name());
            if (analyte.isEmpty()) {
                continue;
            }
            labs.merge(analyte.get(), lab, (a, b) -> latest(a, b));
        }
        for (String m : profile.metastases()) {
            sites.add(MetastasisSites.normalise(m)
                    .orElse(m.strip().toLowerCase(Locale.ROOT))
                    .toLowerCase(Locale.ROOT));
        }
        for (PatientProfile.Treatment t : profile.treatments()) {
            LocalDate last = t.endDate() != null ? t.endDate() : t.startDate();
            treatments.add(new Treatment(t.name(), TherapyClasses.of(t.name()), last));
        }
        this.historyGiven = !profile.conditions().isEmpty();
    }

    private static PatientProfile.LabResult latest(PatientProfile.LabResult a, PatientProfile.LabResult b) {
        if (a.date() == null) {
            return b;
        }
        if (b.date() == null) {
            return a;
        }
        return Comparator.comparing(PatientProfile.LabResult::date).compare(a, b) >= 0 ? a : b;
    }

    PatientProfile profile() {
        return profile;
    }

    LocalDate asOf() {
        return asOf;
    }

    /** Age in years at the screening date, from the age or the birth date. */
    Double ageYears() {
        if (profile.ageYears() != null) {
            return profile.ageYears();
        }
        return profile.birthDate() == null ? null : Ages.ageInYears(profile.birthDate(), asOf);
    }

    PatientProfile.LabResult lab(Analyte analyte) {
        return labs.get(analyte);
    }

    boolean historyGiven() {
        return historyGiven;
    }

    List<String> conditions() {
        return profile.conditions();
    }

    private final Map<String, Boolean> treatmentInClass = new HashMap<>();

    /** Whether a treatment belongs to a class (by its drug, or by its words), computed once per pair. */
    boolean treatmentIs(Treatment t, String therapyClass, BiPredicate<String, String> names) {
        return treatmentInClass.computeIfAbsent(
                therapyClass + '\u0000' + t.name(),
                k -> t.classes().contains(therapyClass) || names.test(therapyClass, t.name()));
    }

    /** The first condition that names a term, computed once per term (a patient is screened against many trials). */
    Optional<String> conditionNaming(String term, BiPredicate<String, String> names) {
        return conditionByTerm.computeIfAbsent(
                term,
                t -> profile.conditions().stream().filter(c -> names.test(t, c)).findFirst());
    }

    Set<String> sites() {
        return sites;
    }

    List<Treatment> treatments() {
        return treatments;
    }
}
