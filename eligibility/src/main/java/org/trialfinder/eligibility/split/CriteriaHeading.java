package org.trialfinder.eligibility.split;

import org.trialfinder.model.text.TextSpan;

/** A heading line ("Inclusion Criteria:", "Key Exclusion Criteria") with the section it opens. */
public record CriteriaHeading(Section section, String text, TextSpan span) {}
