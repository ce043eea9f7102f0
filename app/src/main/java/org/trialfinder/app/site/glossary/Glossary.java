package org.trialfinder.app.site.glossary;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.app.site.Slugs;

/**
 * The plain-words glossary behind the trial page's headings, written for patients and families.
 * Each term's id is the anchor the pages link to ({@code /glossary#masking}); the words used on
 * trial pages are the ones {@link org.trialfinder.app.site.PlainWords} produces.
 */
public final class Glossary {
    private static final List<GlossaryEntry> ENTRIES = build();

    private Glossary() {}

    public static List<GlossaryEntry> entries() {
        return ENTRIES;
    }

    private static List<GlossaryEntry> build() {
        List<GlossaryEntry> e = new ArrayList<>();
        e.add(entry(
                "status",
                "Status",
                "Where a trial stands: whether it is taking new participants, and whether it has ended.",
                "Not yet enrolling",
                "The trial is approved and planned but has not started taking participants yet.",
                "Enrolling",
                "The trial is taking new participants now. Each site may have its own status.",
                "Enrolling by invitation",
                "The trial is taking participants, but only people the study team invites, for example from an earlier study.",
                "Active, not enrolling",
                "The trial is still going on (participants are being treated or followed up) but is not taking anyone new.",
                "Suspended",
                "The trial has stopped for now and may start again.",
                "Terminated",
                "The trial stopped early and will not start again. The record often says why.",
                "Completed",
                "The trial has ended as planned: the last participant has had the last visit or test.",
                "Withdrawn",
                "The trial stopped before anyone took part.",
                "Status unknown",
                "The trial was last known to be enrolling or active, but its planned end date has passed and its status has not been confirmed for more than two years, so its current state is not known.",
                "Available",
                "Expanded access: the treatment can be requested for patients outside a trial.",
                "No longer available",
                "Expanded access: the treatment was available outside a trial but no longer is.",
                "Temporarily not available",
                "Expanded access: the treatment cannot be requested for now, but may be again later.",
                "Approved for marketing",
                "Expanded access: the treatment has been approved and can be prescribed in the usual way.",
                "Withheld",
                "Expanded access: ClinicalTrials.gov does not show whether the treatment is available."));
        e.add(
                entry(
                        "phase",
                        "Phase",
                        "The step a drug or treatment has reached in testing. Each phase answers a different question; "
                                + "a treatment usually goes through them in order. Studies that do not test a drug (for example of surgery, devices or behaviour) have no phase.",
                        "Early Phase 1",
                        "A first, very small test in people, with low doses, to learn how the drug acts in the body. It is not meant to treat.",
                        "Phase 1",
                        "The first tests in a small group of people (often 20 to 80), to find a safe dose and learn about side effects.",
                        "Phase 2",
                        "Tests in a larger group (often up to a few hundred) of people with the condition, to see whether the treatment works and to learn more about its safety.",
                        "Phase 3",
                        "Large tests (often hundreds to thousands of people) comparing the treatment with the usual treatment or a placebo, to confirm that it works and watch for side effects.",
                        "Phase 4",
                        "Studies after a treatment is approved and on the market, to learn more about its long-term benefits and risks.",
                        "Phase 1/Phase 2",
                        "A trial that combines two phases, for example it first finds a dose and then tests whether it works.",
                        "N/A (not applicable)",
                        "The study does not test a drug, so phases do not apply. Trialfinder does not show a phase for these studies."));
        e.add(
                entry(
                        "study-type",
                        "Study type",
                        "How the study gets its answers.",
                        "Interventional",
                        "Participants receive a treatment or other intervention chosen by the study plan, and the researchers measure what happens. Clinical trials are interventional studies.",
                        "Observational",
                        "Researchers observe people and measure outcomes without assigning any treatment: participants get the care they would get anyway.",
                        "Expanded access",
                        "A way for a patient with a serious illness to get an experimental treatment outside a clinical trial, when no comparable treatment is available. It is not a research study.",
                        "Patient registry",
                        "An observational study that collects information about people with a condition or treatment over time, often for many years."));
        e.add(entry(
                "arm",
                "Patient group (arm)",
                "A group of participants in a trial who all get the same treatment (or no treatment) according to the plan. "
                        + "\"44 participants in 1 patient group\" means the planned number of people and how many groups they are divided into.",
                "Experimental group",
                "Gets the treatment being tested.",
                "Active comparator group",
                "Gets an existing, proven treatment, to compare the new one with.",
                "Placebo comparator group",
                "Gets a placebo: something that looks like the treatment but has no active medicine in it.",
                "Sham comparator group",
                "Gets a fake procedure or device use that looks like the real one, without its active part.",
                "No intervention group",
                "Gets no treatment from the trial; their results are compared with the other groups.",
                "Other group",
                "A group that fits none of these kinds; the group's description says what it gets."));
        e.add(entry(
                "allocation",
                "Allocation",
                "How participants are put into the patient groups.",
                "Randomized",
                "Chance (like a coin toss, done by a computer) decides which group each participant is in. This makes the groups alike, so differences in results come from the treatment.",
                "Non-Randomized",
                "The groups are decided some other way, for example by the order people join or by their condition.",
                "N/A",
                "There is only one group, so there is nothing to allocate."));
        e.add(
                entry(
                        "interventional-model",
                        "Interventional model",
                        "The overall plan for how treatments are given to the groups.",
                        "Single Group Assignment",
                        "All participants are in one group and get the same treatment.",
                        "Parallel Assignment",
                        "Two or more groups each get a different treatment at the same time.",
                        "Crossover Assignment",
                        "Each participant gets each of the treatments, one after the other, in a set or random order.",
                        "Factorial Assignment",
                        "Two or more treatments are tested at once, in groups that get each one alone, both together, or neither.",
                        "Sequential Assignment",
                        "Groups are treated one after another; for example each new group gets a higher dose once the previous one proved safe."));
        e.add(
                entry(
                        "masking",
                        "Masking (blinding)",
                        "Whether the people in a trial know which treatment each participant gets. Not knowing keeps expectations from colouring the results.",
                        "None (Open label)",
                        "Everyone, participants included, knows which treatment is given.",
                        "Single",
                        "One of the parties (usually the participant) does not know which treatment is given.",
                        "Double",
                        "Two parties (usually the participant and the investigator) do not know.",
                        "Triple",
                        "Three parties do not know, for example the participant, the care provider and the investigator.",
                        "Quadruple",
                        "Four parties do not know: the participant, the care provider, the investigator and the person who assesses the outcomes.",
                        "Participant, Care provider, Investigator, Outcomes assessor",
                        "Who is masked: the person taking part; the doctors and nurses who give the care; the researchers running the trial; and the person who measures the results."));
        e.add(
                entry(
                        "healthy-volunteer",
                        "Healthy volunteers",
                        "People who do not have the condition being studied. Some trials (often Phase 1 trials or prevention studies) need them; "
                                + "\"No Healthy Volunteers\" means only people with the condition can take part, \"Accepts Healthy Volunteers\" means people without it can too."));
        e.add(entry(
                "enrollment",
                "Enrollment",
                "The number of participants in a study.",
                "Estimated",
                "The number the study plans to take part, used while it is still enrolling.",
                "Actual",
                "The number who really took part, given once enrolment has ended."));
        e.add(entry(
                "primary-purpose",
                "Primary purpose",
                "The main reason for the trial.",
                "Treatment",
                "To test ways of treating a condition.",
                "Prevention",
                "To test ways of keeping a condition from starting or coming back.",
                "Diagnostic",
                "To test ways of finding out whether someone has a condition.",
                "Supportive Care",
                "To make people with a condition more comfortable or improve their quality of life, not to cure it.",
                "Screening",
                "To test ways of finding a condition early, in people without symptoms.",
                "Health Services Research",
                "To study how care is given and organised: its quality, cost or access.",
                "Basic Science",
                "To learn how the body or a treatment works, without aiming at a treatment for now.",
                "Device Feasibility",
                "An early, small test of a new medical device, to learn whether it can work.",
                "Educational/Counseling/Training",
                "To test ways of teaching or counselling people.",
                "Other",
                "A purpose that fits none of these."));
        e.add(entry(
                "funder-type",
                "Funder types",
                "Who pays for the study: the lead sponsor and any collaborators.",
                "Government (NIH)",
                "The U.S. National Institutes of Health.",
                "Government (other federal)",
                "Another U.S. federal agency, for example the Department of Veterans Affairs.",
                "Government (other)",
                "Another government body, such as a state or a government outside the United States.",
                "Industry",
                "A company, such as a pharmaceutical or medical-device company.",
                "Individual",
                "A person, usually the investigator.",
                "Network",
                "A network or group of research sites working together.",
                "Other",
                "Anyone else: universities, hospitals, charities and other organisations.",
                "Ambiguous",
                "The record does not make the funder type clear.",
                "Unknown",
                "The funder type is not known."));
        e.add(entry(
                "outcome",
                "Outcomes",
                "What a trial measures to answer its question, and when.",
                "Primary outcome",
                "The main result the trial is designed to measure, such as how many participants' tumours disappear. The trial's size is chosen for it.",
                "Secondary outcome",
                "Other results the trial also measures, such as side effects or quality of life.",
                "Time frame",
                "When each outcome is measured, for example \"up to 3 years\"."));
        e.add(
                entry(
                        "inclusion-criteria",
                        "Inclusion criteria",
                        "Things that must be true of a person for them to join the trial, such as age, the condition and its stage, or earlier treatments."));
        e.add(
                entry(
                        "exclusion-criteria",
                        "Exclusion criteria",
                        "Things that keep a person out of the trial, usually for their safety or to keep the results clear, such as other illnesses or medicines."));
        e.add(entry(
                "eligibility-criteria",
                "Eligibility criteria",
                "The inclusion and exclusion criteria together: who can and who cannot take part. "
                        + "Only the study team can say for sure whether someone is eligible."));
        e.add(
                entry(
                        "sponsor",
                        "Sponsor",
                        "The organisation or person who starts the study and is responsible for it, and often pays for it. It is named under the trial's title."));
        e.add(entry(
                "collaborator",
                "Collaborator",
                "Another organisation that helps with the study, for example with money, medicines or sites."));
        e.add(
                entry(
                        "principal-investigator",
                        "Principal investigator",
                        "The doctor or researcher who leads the study, or leads it at one site. Trial officials also include study chairs and directors."));
        e.add(
                entry(
                        "nct-number",
                        "NCT number",
                        "The number ClinicalTrials.gov gives each study, such as NCT06751394: \"NCT\" followed by 8 digits. "
                                + "Use it to find the same study anywhere. The other identifiers are the sponsor's own numbers for it."));
        e.add(
                entry(
                        "observational-model",
                        "Observational model",
                        "How an observational study chooses and compares the people it observes, for example a cohort (a group followed over time) or case-control (people with a condition compared with people without it)."));
        e.add(
                entry(
                        "time-perspective",
                        "Time perspective",
                        "Whether an observational study looks forward (prospective: following people from now on), back (retrospective: using past records), or at one moment (cross-sectional)."));
        return List.copyOf(e);
    }

    /** An entry from its id, term, definition and pairs of (word, definition). */
    private static GlossaryEntry entry(String id, String term, String definition, String... wordsAndDefinitions) {
        List<GlossaryEntry.Word> words = new ArrayList<>();
        for (int i = 0; i + 1 < wordsAndDefinitions.length; i += 2) {
            String word = wordsAndDefinitions[i];
            words.add(new GlossaryEntry.Word(id + "-" + Slugs.slug(word), word, wordsAndDefinitions[i + 1]));
        }
        return new GlossaryEntry(id, term, definition, words);
    }
}
