package org.factdesk.i18n.figures;

import java.math.BigDecimal;

/**
 * A number as written, before scale words, percent signs and kinds are considered.
 *
 * @param start index of the first char, the minus sign if there is one
 * @param end index after the last digit
 * @param value the number
 * @param plain whether it is digits only: no sign, no separator
 * @param digits how many digits it has
 */
record NumberToken(int start, int end, BigDecimal value, boolean plain, int digits) {}
