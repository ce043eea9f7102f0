/**
 * The document section: uploaded protocols, analysis plans and consent forms.
 *
 * <p>See {@link org.trialfinder.model} for the conventions these records follow.
 */
package org.trialfinder.model.document;
