package org.factdesk.workflow.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.workflow.audit.AuditLog;

/**
 * Bearer-token sessions for the web interface, kept in the database so any instance can check
 * them. A session lasts {@link #IDLE} after its last use (extended at most every few minutes, so
 * reads do not write on every request) and never longer than {@link #MAX_AGE}.
 */
@ApplicationScoped
public class SessionService {
  public static final Duration IDLE = Duration.ofHours(8);
  public static final Duration MAX_AGE = Duration.ofDays(7);
  private static final Duration EXTEND_STEP = Duration.ofMinutes(5);
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A token, returned once; the caller has already proved who they are. */
  public record Opened(String token, OffsetDateTime expiresAt) {}

  @Transactional
  public Opened open(Actor actor) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    OffsetDateTime now = OffsetDateTime.now(clock);
    // Bound to the credentials the password was checked against: a change since then leaves it dead.
    UserSession session = new UserSession(sha256(token), actor.username(), actor.credentialVersion(), now, now.plus(IDLE));
    em.persist(session);
    // Expired sessions of this user go when they log in again: the table stays small without a timer.
    em.createQuery("delete from UserSession s where s.username = :u and s.expiresAt < :now")
        .setParameter("u", actor.username()).setParameter("now", now).executeUpdate();
    audit.record(null, actor.username(), now, "session.opened", "user:" + actor.username(), null,
        Map.of("expiresAt", session.expiresAt().toString()), null);
    return new Opened(token, session.expiresAt());
  }

  /**
   * The active user behind a live token, sliding its expiry forward; empty for unknown or expired
   * tokens, deactivated accounts, and tokens opened before the account's password, roles or active
   * flag last changed. One query reads the session and the account with its roles.
   */
  @Transactional
  public Optional<Actor> actor(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    List<Object[]> rows = LoginRows.ofSession(em, sha256(token));
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    UserSession session = LoginRows.session(rows);
    if (!session.expiresAt().isAfter(now) || !LoginRows.active(rows)
        || session.credentialVersion() != LoginRows.credentialVersion(rows)) {
      return Optional.empty();
    }
    OffsetDateTime wanted = min(now.plus(IDLE), session.createdAt().plus(MAX_AGE));
    if (wanted.isAfter(session.expiresAt().plus(EXTEND_STEP))) {
      session.extendTo(wanted);
    }
    return Optional.of(LoginRows.actor(session.username(), rows));
  }

  /** Logs the token out; an unknown token is already logged out. */
  @Transactional
  public void close(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return;
    }
    UserSession session = em.find(UserSession.class, sha256(token));
    if (session != null) {
      em.remove(session);
      audit.record(null, session.username(), OffsetDateTime.now(clock), "session.closed",
          "user:" + session.username(), null, null, null);
    }
  }

  /** Ends every session of a user (their credentials changed), in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int revokeAll(String username) {
    return em.createQuery("delete from UserSession s where s.username = :u").setParameter("u", username)
        .executeUpdate();
  }

  /** Deletes every expired session (users who never come back); idempotent, any instance may run it. */
  @Transactional
  public int purgeExpired() {
    return em.createQuery("delete from UserSession s where s.expiresAt < :now")
        .setParameter("now", OffsetDateTime.now(clock)).executeUpdate();
  }

  private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
