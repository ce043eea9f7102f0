/**
 * ClinicalTrials.gov's Essie search expressions (the {@code query.*} and {@code filter.advanced}
 * parameters of its API v2): {@link org.trialfinder.search.essie.EssieParser#parse(String)} turns text
 * into an immutable {@link org.trialfinder.search.essie.EssieNode} tree with source spans,
 * {@link org.trialfinder.search.essie.EssieWriter#write(EssieNode)} turns a tree back into canonical
 * text, and bad input raises an {@link org.trialfinder.search.essie.EssieSyntaxException} that says what
 * is wrong and at which position. The grammar and every decision taken where ClinicalTrials.gov's
 * documentation is silent are listed on {@link org.trialfinder.search.essie.EssieParser}.
 * Nothing here evaluates an expression; no dependency beyond the JDK.
 */
package org.trialfinder.search.essie;
