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
          in.position(), -1, null);
    }
  }

  /**
   * Returns {@code s} in NFC after rejecting what no user-visible text may hold: unpaired surrogates,
   * C0 controls other than tab, line feed and carriage return, DEL and the C1 controls
   * (U+007F–U+009F), and the bidi embeddings and overrides U+202A–U+202E, which make text display
   * in an order other than the one it is stored in ("Invoice \u202Efdp.exe" reads as "Invoice
   * exe.pdf"). Right-to-left text keeps what it needs: the isolates U+2066–U+2069, LRM, RLM and ALM,
   * and ZWJ/ZWNJ.
   *
   * @throws InvalidTextException with the char index and code point position of the first offending character
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
        throw refused(s, i, "unpaired surrogate");
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
        throw refused(s, i, "control character");
      } else if (c >= 0x202A && c <= 0x202E) {
        throw refused(s, i, "bidi embedding or override");
      }
    }
    return NFC.isNormalized(s) ? s : NFC.normalize(s);
  }

  private static InvalidTextException refused(String s, int index, String what) {
    int position = s.codePointCount(0, index);
    return new InvalidTextException(what + " " + hex(s.charAt(index)) + " at char index " + index
        + " (code point " + position + ")", index, position, hex(s.charAt(index)));
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
