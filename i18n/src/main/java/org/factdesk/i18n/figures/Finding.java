package org.factdesk.i18n.figures;

import java.util.List;
import java.util.Objects;

/**
 * What became of one source figure in the target text.
 *
 * @param expected the source figure
 * @param outcome what was found
 * @param found the target figure it matched ({@link Outcome#MATCHED}), or the target figures left
 *     over after matching, which may hold a changed value ({@link Outcome#MISMATCH}); else empty
 */
public record Finding(Figure expected, Outcome outcome, List<Figure> found) {

  /** From best to worst; only {@link #MISMATCH} and {@link #MISSING} block. */
  public enum Outcome {
    /** The same value stands in the target, in whatever digits, separators or scale words. */
    MATCHED,
    /** The target spells the value out in words (ICU's spell-out for the target language). */
    WRITTEN_OUT,
    /** Not found, but a small number may be written out in a form we cannot recognise. */
    CANNOT_TELL,
    /** Not found, and the target has figures that matched nothing: probably a changed value. */
    MISMATCH,
    /** Not found, and the target has no other figure it could have become. */
    MISSING;

    public boolean blocking() {
      return this == MISMATCH || this == MISSING;
    }
  }

  public Finding {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(outcome, "outcome");
    found = List.copyOf(found);
  }
}
