package org.factdesk.i18n;

/**
 * User text that {@link TextInput} refused, with where the first problem is and, once a caller has
 * said so, the field it came in.
 */
public final class InvalidTextException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int offset;
  private final int position;
  private final String character;
  private final String field;

  InvalidTextException(String message, int offset, int position, String character) {
    this(message, offset, position, character, null);
  }

  private InvalidTextException(String message, int offset, int position, String character, String field) {
    super(message);
    this.offset = offset;
    this.position = position;
    this.character = character;
    this.field = field;
  }

  /** The same problem, naming the request field the text came in. */
  public InvalidTextException inField(String field) {
    InvalidTextException named = new InvalidTextException(field + ": " + getMessage(), offset, position, character, field);
    named.setStackTrace(getStackTrace());
    return named;
  }

  /**
   * Where the problem starts: a byte offset for {@link TextInput#decodeUtf8(byte[])}, a UTF-16 char
   * index for {@link TextInput#clean(String)}.
   */
  public int offset() {
    return offset;
  }

  /** The code point position of the refused character in the text ({@link TextInput#clean}); -1 for bytes. */
  public int position() {
    return position;
  }

  /** The refused character as U+XXXX ({@link TextInput#clean}); null for bytes. */
  public String character() {
    return character;
  }

  /** The request field the text came in, when known. */
  public String field() {
    return field;
  }
}
