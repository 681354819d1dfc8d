package org.factdesk.workflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash chains over the audit trail (decision 0016): one per article and one for newsroom-wide
 * events. An event's hash is SHA-256 over the RFC 8785 form ({@link CanonicalJson}) of its members
 * as exported (id, articleId, actor, occurredAt, action, subject, before, after, note) plus
 * {@code previousHash}, the hash of the event before it in its chain ({@link #GENESIS} for the
 * first). {@code before} and {@code after} enter as the JSON text stored, not re-parsed.
 */
public final class AuditChain {
  /** The previous hash of each chain's first event. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  private AuditChain() {}

  /** Both databases keep microseconds; an event is stored and hashed at that precision. */
  public static OffsetDateTime stored(OffsetDateTime at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  /** The instant in UTC with exactly six decimals, whatever offset the database hands back. */
  public static String occurredAt(OffsetDateTime at) {
    return AT.format(at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
  }

  /** The members a hash covers, in the shape the NDJSON export writes them. */
  public static Map<String, Object> members(long id, Long articleId, String actor, OffsetDateTime at, String action,
      String subject, String before, String after, String note, String previousHash) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("articleId", articleId);
    m.put("actor", actor);
    m.put("occurredAt", occurredAt(at));
    m.put("action", action);
    m.put("subject", subject);
    m.put("before", before);
    m.put("after", after);
    m.put("note", note);
    m.put("previousHash", previousHash);
    return m;
  }

  public static String hash(Map<String, Object> members) {
    return sha256(CanonicalJson.write(members));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
