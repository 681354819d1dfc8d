package org.factdesk.i18n;

/** A string that {@link LanguageTag#parse(String)} refused, with the reason in the message. */
public final class InvalidLanguageTagException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;

  InvalidLanguageTagException(String input, String reason) {
    super(quote(input) + " is not a valid BCP 47 language tag: " + reason);
    this.input = input;
  }

  /** The rejected input as given (may be {@code null}). */
  public String input() {
    return input;
  }

  private static String quote(String input) {
    if (input == null) {
      return "null";
    }
    // Keep messages readable when someone posts a whole paragraph as a tag.
    String shown = input.length() > 40 ? input.substring(0, 40) + "…" : input;
    return "\"" + shown + "\"";
  }
}
