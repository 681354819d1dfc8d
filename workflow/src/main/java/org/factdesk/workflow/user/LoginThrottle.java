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
 * account for 30 s, doubling up to {@link #MAX_LOCK}, and while it is locked no password is checked,
 * not even the right one. A failure older than {@link #WINDOW} starts the count again; a successful
 * login clears it. Only real password checks get here: a login already verified (PasswordHasher's
 * cache) costs no query.
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

  /** How long a lock lasts after this many failures in a row; none below the free ones. */
  static Optional<Duration> lockFor(int failures) {
    if (failures < FREE_FAILURES) {
      return Optional.empty();
    }
    int doublings = Math.min(failures - FREE_FAILURES, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return Optional.of(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
  }

  /** How long the account stays locked, if it is. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Duration> lockedFor(String username) {
    LoginFailure f = em.find(LoginFailure.class, username);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, f.lockedUntil()));
  }

  /** Counts a failed password check (its own transaction: the login itself changes nothing). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String username) {
    LoginFailure f = em.find(LoginFailure.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (f == null) {
      f = new LoginFailure(username);
      em.persist(f);
    }
    f.failedAt(OffsetDateTime.now(clock), WINDOW);
  }

  /** A good password: the count starts again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username) {
    em.createQuery("delete from LoginFailure f where f.username = :u").setParameter("u", username).executeUpdate();
  }

  /** Forgets failures nobody has repeated for a day (housekeeping); idempotent. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeStale() {
    return em.createQuery("delete from LoginFailure f where f.lastFailureAt < :cutoff")
        .setParameter("cutoff", OffsetDateTime.now(clock).minusDays(1)).executeUpdate();
  }
}
