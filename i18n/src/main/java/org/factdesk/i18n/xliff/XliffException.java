package org.factdesk.i18n.xliff;

import java.util.List;

/** The file is not an XLIFF 2.x document this reader can accept; lists every problem found. */
public class XliffException extends RuntimeException {
  private final List<XliffDocument.Problem> problems;

  public XliffException(List<XliffDocument.Problem> problems) {
    super(problems.size() + " problem(s) in XLIFF: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<XliffDocument.Problem> problems() {
    return problems;
  }
}
