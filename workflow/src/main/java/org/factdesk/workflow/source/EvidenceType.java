package org.factdesk.workflow.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file we keep, recognised by their first bytes (never by the name or the
 * declared Content-Type). HTML is kept but never served back as text/html.
 */
public enum EvidenceType {
  PDF("application/pdf", true),
  PNG("image/png", true),
  JPEG("image/jpeg", true),
  HTML("text/html", false);

  /** Bytes a caller must pass to {@link #detect}. */
  public static final int HEAD = 512;

  private final String mediaType;
  private final boolean passive;

  EvidenceType(String mediaType, boolean passive) {
    this.mediaType = mediaType;
    this.passive = passive;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Whether browsers can be given the real type safely (images and PDF yes, HTML never). */
  public boolean passive() {
    return passive;
  }

  public static Optional<EvidenceType> detect(byte[] head, int length) {
    if (startsWith(head, length, new byte[] {'%', 'P', 'D', 'F', '-'})) return Optional.of(PDF);
    if (startsWith(head, length, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) return Optional.of(PNG);
    if (startsWith(head, length, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return Optional.of(JPEG);
    String text = new String(head, 0, Math.min(length, HEAD), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    text = text.startsWith("\u00ef\u00bb\u00bf") ? text.substring(3) : text; // UTF-8 byte order mark
    text = text.stripLeading();
    if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head")
        || (text.startsWith("<!--") && text.contains("<html"))) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }

  public static EvidenceType fromMediaType(String mediaType) {
    for (EvidenceType t : values()) {
      if (t.mediaType.equals(mediaType)) return t;
    }
    throw new IllegalArgumentException(mediaType);
  }

  private static boolean startsWith(byte[] head, int length, byte[] magic) {
    if (length < magic.length) return false;
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) return false;
    }
    return true;
  }
}
