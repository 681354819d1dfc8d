package org.factdesk.i18n.xliff;

import java.util.List;

/**
 * One XLIFF file of one translation task. {@code taskId} and {@code basedOnRevision} travel in the
 * {@code <file original>} attribute and as file-level notes, so an import can check it belongs to
 * the task and the source revision it was exported from.
 */
public record XliffDocument(
    String srcLang, String trgLang, long taskId, int basedOnRevision, List<Note> notes, List<Unit> units) {
  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
  public static final String VERSION = "2.1";
  public static final List<String> STATES = List.of("initial", "translated", "reviewed", "final");

  public XliffDocument {
    notes = List.copyOf(notes);
    units = List.copyOf(units);
  }

  /** One unit with a single segment; {@code target} is null when the file has none. */
  public record Unit(String id, String source, String target, String state, List<Note> notes) {
    public Unit {
      notes = List.copyOf(notes);
    }
  }

  public record Note(String category, String text) {}

  /** Where the problem is (e.g. {@code unit b3}, {@code line 4}), a stable code, and an English message. */
  public record Problem(String location, String code, String message) {}
}
