/**
 * The protocol section: what the sponsor registered, one record per module and per nested struct.
 *
 * <p>See {@link org.trialfinder.model} for the conventions these records follow.
 */
package org.trialfinder.model.protocol;
