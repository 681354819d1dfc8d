package org.factdesk.workflow.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Slows password guessing down, in the database so every instance counts the same failures. The
 * first {@link #FREE_FAILURES} failures in a row cost nothing; from then on each failure locks the
 * name for 30 s, doubling up to {@link #MAX_LOCK}, and while it is locked no password is checked,
 * not even the right one, not even one this instance verified before. A failure older than
 * {@link #WINDOW} starts the count again; a successful login clears it, and so can an admin.
 * Names are counted as tried, whether an account has them or not, so the answers never tell a real
 * name from an unknown one (decision 0012).
 */
@ApplicationScoped
public class LoginThrottle {
  public static final int FREE_FAILURES = 5;
  public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  public static final Duration MAX_LOCK = Duration.ofMinutes(15);
  public static final Duration WINDOW = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Clock clock;
  @Inject SecurityLog security;

  /** How long a lock lasts after this many failures in a row; none below the free ones. */
  static Optional<Duration> lockFor(int failures) {
    if (failures < FREE_FAILURES) {
      return Optional.empty();
    }
    int doublings = Math.min(failures - FREE_FAILURES, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return Optional.of(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
  }

  /**
   * The gate in front of every password check, cached or not: refuses a locked name (429) before
   * anything about its credentials is read, and otherwise says how many failures are on record (a
   * success with failures on record clears them). One primary-key read, in the caller's transaction.
   *
   * @throws LoginThrottledException while the name is locked
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int admit(String username) {
    LoginFailure f = em.find(LoginFailure.class, username);
    if (f == null) {
      return 0;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
      throw new LoginThrottledException(username, Duration.between(now, f.lockedUntil()));
    }
    return f.failures();
  }

  /** Counts a failed password check (its own transaction: the login itself changes nothing). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String username) {
    LoginFailure f = em.find(LoginFailure.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (f == null) {
      f = new LoginFailure(username);
      em.persist(f);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean lockedBefore = f.lockedUntil() != null && f.lockedUntil().isAfter(now);
    f.failedAt(now, WINDOW);
    if (!lockedBefore && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
      security.changed(SecurityEvent.Kind.LOCKOUT, username, null, "locked for "
          + java.time.Duration.between(now, f.lockedUntil()).toSeconds() + " s after " + f.failures() + " failures");
    }
  }

  /** A good password: the count starts again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username) {
    em.createQuery("delete from LoginFailure f where f.username = :u").setParameter("u", username).executeUpdate();
  }

  /** An admin lifts the lock on a name (and forgets its failures); what was on record, if anything. */
  @Transactional
  public Optional<LoginFailure> lift(String username) {
    LoginFailure f = em.find(LoginFailure.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (f != null) {
      em.remove(f);
    }
    return Optional.ofNullable(f);
  }

  /** Forgets failures nobody has repeated for a day (housekeeping); idempotent. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeStale() {
    return em.createQuery("delete from LoginFailure f where f.lastFailureAt < :cutoff")
        .setParameter("cutoff", OffsetDateTime.now(clock).minusDays(1)).executeUpdate();
  }
}
