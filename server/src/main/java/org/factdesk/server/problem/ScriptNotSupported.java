package org.factdesk.server.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.exports.pdf.ScriptNotSupportedException;
import org.factdesk.exports.pdf.ScriptNotSupportedException.MissingScript;
import org.factdesk.workflow.common.UnprocessableException;

/**
 * 422 {@code scriptNotSupported}: the PDF of this version cannot be made, because some of its text
 * is in a script no font of the export covers. Each script is a reason of the problem; a bulk
 * export item fails with the same code and arguments.
 */
public class ScriptNotSupported extends UnprocessableException {
  private final transient List<MissingScript> scripts;

  public ScriptNotSupported(String language, ScriptNotSupportedException e) {
    super("scriptNotSupported", Map.of("language", language, "scripts", summary(e.scripts())),
        "The PDF export has no font for " + summary(e.scripts()));
    this.scripts = e.scripts();
  }

  public List<MissingScript> scripts() {
    return scripts;
  }

  private static String summary(List<MissingScript> scripts) {
    return scripts.stream().map(s -> s.name() + " (" + s.code() + "): " + s.characters())
        .collect(Collectors.joining("; "));
  }
}
