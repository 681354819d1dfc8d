package org.factdesk.exports.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The export has characters no bundled (or configured) face can set. Nothing is written: a PDF
 * with missing-glyph boxes, whose text extracts as garbage, is worse than none.
 */
public class ScriptNotSupportedException extends RuntimeException {

  /**
   * One script the export cannot set: its ISO 15924 code ("Olck"), its name ("Ol Chiki") and the
   * distinct characters of that script met in the document, in order of first appearance.
   */
  public record MissingScript(String code, String name, String characters) {}

  private final transient List<MissingScript> scripts;

  public ScriptNotSupportedException(List<MissingScript> scripts) {
    super("No font for " + scripts.stream().map(s -> s.name() + " (" + s.code() + "): " + s.characters())
        .collect(Collectors.joining("; ")));
    this.scripts = List.copyOf(scripts);
  }

  public List<MissingScript> scripts() {
    return scripts;
  }
}
