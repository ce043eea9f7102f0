/**
 * The field catalog: ClinicalTrials.gov's "pieces" (the field names of API v2 and of Essie's
 * {@code AREA[…]}) mapped to v2 JSON paths and types.
 *
 * <ul>
 *   <li>{@link org.trialfinder.search.fields.FieldCatalog}: every piece, looked up by name,
 *       alternate name or path;
 *   <li>{@link org.trialfinder.search.fields.FieldValues}: the values of a piece in a study's JSON;
 *   <li>{@link org.trialfinder.search.fields.Projection}: the {@code fields} parameter;
 *   <li>{@link org.trialfinder.search.fields.MetadataDocument} and {@link
 *       org.trialfinder.search.fields.EnumsDocument}: the {@code /studies/metadata} and {@code
 *       /studies/enums} responses.
 * </ul>
 *
 * <p>Sources of the names: {@code NOTICE.md} in this package's resources.
 */
package org.trialfinder.search.fields;
