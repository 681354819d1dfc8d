package org.factdesk.workflow.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** A flat, ordered description of a thing for the audit trail: name, value, name, value…; nulls kept. */
public final class Fields {
  private Fields() {}

  public static Map<String, Object> of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }
}
