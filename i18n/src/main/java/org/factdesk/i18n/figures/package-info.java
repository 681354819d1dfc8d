/**
 * Figures in claim text and whether a translation carries them: numbers, percentages, years and
 * month names found with ICU's data for each language ({@link org.factdesk.i18n.figures.Figures}),
 * and the comparison of a source claim's figures with a translated block ({@link
 * org.factdesk.i18n.figures.FigureCheck}).
 *
 * <p>Everything language-specific comes from ICU: digits of every decimal script, decimal and
 * grouping separators, scale words ("млрд", "लाख"), percent signs and words, Gregorian month names
 * and number spell-outs. Nothing here knows about claims, workflows or HTTP; offsets are UTF-16
 * {@code char} indices, as everywhere in {@code org.factdesk.i18n}.
 */
package org.factdesk.i18n.figures;
