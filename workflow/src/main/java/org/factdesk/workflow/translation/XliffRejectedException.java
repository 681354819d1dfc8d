package org.factdesk.workflow.translation;

import java.util.List;
import java.util.Map;
import org.factdesk.i18n.xliff.XliffDocument;
import org.factdesk.workflow.common.UnprocessableException;

/** An XLIFF import that does not fit its task (422): every problem found, nothing changed. */
public class XliffRejectedException extends UnprocessableException {
  private final List<XliffDocument.Problem> problems;

  public XliffRejectedException(List<XliffDocument.Problem> problems) {
    super("xliffRejected", Map.of("count", problems.size()), problems.size() + " problem(s) in the XLIFF file: "
        + problems);
    this.problems = List.copyOf(problems);
  }

  public List<XliffDocument.Problem> problems() {
    return problems;
  }
}
