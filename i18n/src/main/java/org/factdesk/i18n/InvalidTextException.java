package org.factdesk.i18n;

/** User text that {@link TextInput} refused, with where the first problem is. */
public final class InvalidTextException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int offset;

  InvalidTextException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  /**
   * Where the problem starts: a byte offset for {@link TextInput#decodeUtf8(byte[])}, a UTF-16 char
   * index for {@link TextInput#clean(String)}.
   */
  public int offset() {
    return offset;
  }
}
