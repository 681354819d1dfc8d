package org.factdesk.exports.pdf;

import com.ibm.icu.text.Bidi;

/**
 * Text to set as one paragraph. {@code owners} holds, per UTF-16 unit, -1 for running text or the
 * index of the element (note marker, label) that unit belongs to.
 */
record Paragraph(
    String text,
    int[] owners,
    boolean raisedOwners,
    byte paraLevel,
    boolean bold,
    float size,
    String lang) {

  static final byte AUTO = Bidi.LEVEL_DEFAULT_LTR;

  static Paragraph plain(String text, byte paraLevel, boolean bold, float size, String lang) {
    int[] owners = new int[text.length()];
    java.util.Arrays.fill(owners, -1);
    return new Paragraph(text, owners, false, paraLevel, bold, size, lang);
  }

  /** True where the unit is a raised note marker: set small, never at a line start. */
  boolean marker(int index) {
    return raisedOwners && owners[index] >= 0;
  }
}
