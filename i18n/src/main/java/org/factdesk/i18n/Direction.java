package org.factdesk.i18n;

/** Writing direction of a language, as ICU derives it from the language's script. */
public enum Direction {
  LTR,
  RTL;

  /** The value for the HTML {@code dir} attribute: {@code "ltr"} or {@code "rtl"}. */
  public String htmlDir() {
    return this == RTL ? "rtl" : "ltr";
  }
}
