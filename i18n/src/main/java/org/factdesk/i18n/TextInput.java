package org.factdesk.i18n;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Checks for text that users send: strict UTF-8, no control characters or broken surrogates, NFC,
 * and truncation that never cuts a user-perceived character in half.
 */
public final class TextInput {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private TextInput() {}

  /**
   * Decodes UTF-8, refusing anything the Unicode standard calls ill-formed: overlong forms, encoded
   * surrogates, stray continuation bytes, truncated sequences, code points above U+10FFFF.
   *
   * @throws InvalidTextException with the byte offset of the first bad sequence
   */
  public static String decodeUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer out = decoder.decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      // The decoder stops with the buffer positioned at the start of the bad sequence.
      throw new InvalidTextException(
          "invalid UTF-8 at byte " + in.position() + ": " + describe(bytes, in.position()),
          in.position());
    }
  }

  /**
   * Returns {@code s} in NFC after rejecting unpaired surrogates and C0 control characters other
   * than tab, line feed and carriage return.
   *
   * @throws InvalidTextException with the char index of the first offending character
   */
  public static String clean(String s) {
    Objects.requireNonNull(s, "s");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidTextException("unpaired surrogate " + hex(c) + " at char index " + i, i);
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        throw new InvalidTextException("control character " + hex(c) + " at char index " + i, i);
      }
    }
    return NFC.isNormalized(s) ? s : NFC.normalize(s);
  }

  /**
   * Shortens {@code s} to at most {@code maxCodePoints} code points including {@code ellipsis},
   * cutting only at grapheme cluster boundaries (so emoji sequences, flags, conjuncts and letters
   * with their marks stay whole). Returns {@code s} itself when it already fits.
   *
   * @throws IllegalArgumentException if the ellipsis alone does not fit in {@code maxCodePoints}
   */
  public static String truncate(String s, int maxCodePoints, String ellipsis) {
    Objects.requireNonNull(s, "s");
    Objects.requireNonNull(ellipsis, "ellipsis");
    int ellipsisLength = ellipsis.codePointCount(0, ellipsis.length());
    if (maxCodePoints < ellipsisLength) {
      throw new IllegalArgumentException(
          "maxCodePoints " + maxCodePoints + " leaves no room for the ellipsis");
    }
    if (s.codePointCount(0, s.length()) <= maxCodePoints) {
      return s;
    }
    int budget = maxCodePoints - ellipsisLength;
    BreakIterator graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(s);
    int cut = 0;
    int used = 0;
    for (int next = graphemes.next(); next != BreakIterator.DONE; next = graphemes.next()) {
      used += s.codePointCount(cut, next);
      if (used > budget) {
        break;
      }
      cut = next;
    }
    return s.substring(0, cut) + ellipsis;
  }

  private static String describe(byte[] bytes, int offset) {
    StringBuilder sb = new StringBuilder("bytes");
    for (int i = offset; i < Math.min(bytes.length, offset + 4); i++) {
      sb.append(String.format(" %02X", bytes[i] & 0xFF));
    }
    return sb.toString();
  }

  private static String hex(char c) {
    return String.format("U+%04X", (int) c);
  }
}
