package org.factdesk.workflow.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.Identifiers;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.StaleVersionException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.common.ValidationException.FieldError;

/** Accounts: authentication, and their administration by admins. */
@ApplicationScoped
public class UserService {
  public static final String SYSTEM = "system";
  /** Lower-case letters, digits and . _ -, 2 to 64 characters (also the OpenAPI schema's pattern). */
  public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,63}$";
  private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);
  public static final int MAX_DISPLAY_NAME = 200;
  /** Password lengths in code points (OWASP ASVS 4.0.3, 2.1.1 and 2.1.2): at least 12, at most 128. */
  public static final int MIN_PASSWORD = 12;
  public static final int MAX_PASSWORD = 128;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject LoginThrottle throttle;
  @Inject SessionService sessions;
  @Inject SecurityLog security;

  /**
   * Checks a user name and password. The throttle comes first, before anything about the account is
   * read, so a locked name answers 429 to every password, cached or not. A name with no active account
   * behind it is checked against a dummy hash at the same cost and counted like a real one: neither
   * the answers nor their timing tell real names from unknown ones (decision 0012).
   *
   * @throws LoginThrottledException while the name is locked
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Actor> authenticate(String username, String password) {
    if (username == null || password == null || !USERNAME.matcher(username).matches()) {
      return Optional.empty(); // no account can have this name; nothing to count
    }
    int failuresOnRecord = throttle.admit(username);
    List<Object[]> rows = LoginRows.of(em, username);
    boolean usable = !rows.isEmpty() && LoginRows.active(rows);
    boolean verified = PasswordHasher.verify(password, usable ? LoginRows.passwordHash(rows) : PasswordHasher.DUMMY_HASH);
    if (usable && verified) {
      if (failuresOnRecord > 0) {
        throttle.succeeded(username);
      }
      return Optional.of(LoginRows.actor(username, rows));
    }
    countFailure(username);
    return Optional.empty();
  }

  private void countFailure(String username) {
    try {
      throttle.failed(username);
    } catch (RuntimeException e) {
      // Two first failures at once: one insert loses the race; count again on the row the other made.
      throttle.failed(username);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Actor> actor(String username) {
    List<Object[]> rows = username == null ? List.of() : LoginRows.of(em, username);
    return rows.isEmpty() || !LoginRows.active(rows) ? Optional.empty() : Optional.of(LoginRows.actor(username, rows));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public UserAccount find(Actor actor, String username) {
    if (!actor.has(Role.ADMIN) && !actor.username().equals(username)) {
      throw new ForbiddenException("read another user's account", "only admins may");
    }
    UserAccount user = em.find(UserAccount.class, username);
    if (user == null) {
      throw new NotFoundException("user", username);
    }
    return user;
  }

  /** Staff directory: admins and editors (who staff articles) may list accounts. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<UserAccount> list(Actor actor, Role role, Page.Request page) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.EDITOR)) {
      throw new ForbiddenException("list users", "only admins and editors may");
    }
    String where = role == null ? "" : " where :role member of u.roles";
    var count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
    var list = em.createQuery("select u from UserAccount u" + where + " order by u.username", UserAccount.class);
    if (role != null) {
      count.setParameter("role", role);
      list.setParameter("role", role);
    }
    return new Page<>(list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page.page(), page.size(), count.getSingleResult());
  }

  @Transactional
  public UserAccount create(Actor actor, NewUser request) {
    requireAdmin(actor);
    List<FieldError> errors = new ArrayList<>();
    if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
      errors.add(new FieldError("username", "pattern", Map.of(),
          "2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
    } else if (Identifiers.spoofable(request.username())) {
      errors.add(new FieldError("username", "spoofable", Map.of(), "mixes scripts or hides characters (UTS #39)"));
    }
    checkPassword(request.password(), errors);
    checkRoles(request.roles(), request.languages(), errors);
    String displayName = cleanDisplayName(request.displayName(), request.username(), errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    if (em.find(UserAccount.class, request.username()) != null) {
      throw new ConflictException("userExists", Map.of("user", request.username()),
          "A user named " + request.username() + " already exists");
    }
    String lookalike = lookalike(request.username());
    if (lookalike != null) {
      throw new ConflictException("userConfusable", Map.of("user", request.username(), "existing", lookalike),
          request.username() + " reads like the existing user " + lookalike + "; choose a name that cannot be mistaken for it");
    }
    return store(actor.username(), request.username(), displayName, request.password(), request.roles(),
        request.languages());
  }

  @Transactional
  public UserAccount update(Actor actor, String username, long expectedVersion, UserChanges changes) {
    requireAdmin(actor);
    UserAccount user = em.find(UserAccount.class, username);
    if (user == null) {
      throw new NotFoundException("user", username);
    }
    if (user.version() != expectedVersion) {
      throw new StaleVersionException("user", username, expectedVersion, user.version());
    }
    List<FieldError> errors = new ArrayList<>();
    if (changes.password() != null) {
      checkPassword(changes.password(), errors);
    }
    Set<Role> roles = changes.roles() == null ? user.roles() : changes.roles();
    Set<LanguageTag> languages = changes.languages() == null ? user.languageTags() : changes.languages();
    checkRoles(roles, languages, errors);
    String displayName = changes.displayName() == null ? user.displayName()
        : cleanDisplayName(changes.displayName(), username, errors);
    if (username.equals(actor.username())
        && (Boolean.FALSE.equals(changes.active()) || !roles.contains(Role.ADMIN))) {
      errors.add(new FieldError("roles", "selfLockout", Map.of(), "admins cannot remove their own admin access"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Map<String, Object> before = describe(user);
    // What a login proves: a change to any of it ends every session, and no later change revives one.
    boolean newCredentials = changes.password() != null || !roles.equals(user.roles())
        || !languages.equals(user.languageTags()) || changes.active() != null && changes.active() != user.active();
    user.changeRoles(roles, languages);
    user.changeDisplayName(displayName);
    if (changes.active() != null) {
      user.setActive(changes.active());
    }
    if (changes.password() != null) {
      user.changePasswordHash(PasswordHasher.hash(changes.password()));
    }
    int sessionsEnded = 0;
    if (newCredentials) {
      user.newCredentials();
      sessionsEnded = sessions.revokeAll(username);
    }
    em.flush();
    Map<String, Object> after = describe(user);
    after.put("passwordChanged", changes.password() != null);
    after.put("sessionsEnded", sessionsEnded);
    audit.record(null, actor.username(), now(), "user.updated", "user:" + username, before, after, null);
    security.changed(SecurityEvent.Kind.ACCOUNT_CHANGED, username, actor.username(), changed(before, after));
    return user;
  }

  /**
   * A member of staff changes their own password, proving the current one (ASVS 2.1.5, 2.1.6). The
   * current password goes through the throttle like a login, so a stolen session cannot be used to
   * guess it; every session of the account ends, this one included.
   *
   * @throws LoginThrottledException while the name is locked
   */
  @Transactional
  public void changeOwnPassword(Actor actor, String current, String replacement) {
    List<FieldError> errors = new ArrayList<>();
    checkPassword(replacement, errors);
    throttle.admit(actor.username());
    UserAccount user = em.find(UserAccount.class, actor.username());
    if (user == null || !user.active()) {
      throw new ForbiddenException("change a password", "only active accounts may");
    }
    if (current == null || !PasswordHasher.verify(current, user.passwordHash())) {
      countFailure(actor.username()); // its own transaction: counted even though this one is refused
      security.refused(SecurityEvent.Kind.LOGIN_FAILED, actor.username(), actor.username(), null,
          "wrong current password when changing it");
      errors.add(0, new FieldError("current", "wrongPassword", Map.of(), "is not your current password"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    user.changePasswordHash(PasswordHasher.hash(replacement));
    user.newCredentials();
    int sessionsEnded = sessions.revokeAll(actor.username());
    em.flush();
    audit.record(null, actor.username(), now(), "user.passwordChanged", "user:" + actor.username(), null,
        Map.of("sessionsEnded", sessionsEnded), null);
    security.changed(SecurityEvent.Kind.PASSWORD_CHANGED, actor.username(), actor.username(),
        sessionsEnded + " session(s) ended");
  }

  /**
   * The interface language this person works in, kept on the account so it follows them from browser
   * to browser; null goes back to the browser's. Not audited: it changes nothing anyone else sees.
   */
  @Transactional
  public UserAccount chooseUiLanguage(Actor actor, String language) {
    UserAccount user = em.find(UserAccount.class, actor.username());
    if (user == null || !user.active()) {
      throw new ForbiddenException("choose a language", "only active accounts may");
    }
    String tag = null;
    if (language != null && !language.isBlank()) {
      tag = LanguageTag.parse(language).value(); // 400 invalidLanguageTag when it is not one
      if (tag.length() > 16) {
        throw new ValidationException("uiLanguage", "tooLong", Map.of("max", 16), "at most 16 characters");
      }
    }
    user.chooseUiLanguage(tag);
    return user;
  }

  /** An admin lifts a lock on an account at once (a lock must not become a denial of service); audited. */
  @Transactional
  public void unlock(Actor actor, String username) {
    requireAdmin(actor);
    if (em.find(UserAccount.class, username) == null) {
      throw new NotFoundException("user", username);
    }
    throttle.lift(username).ifPresent(f -> {
      Map<String, Object> before = new LinkedHashMap<>();
      before.put("failures", f.failures());
      before.put("lockedUntil", f.lockedUntil() == null ? null : f.lockedUntil().toString());
      audit.record(null, actor.username(), now(), "user.unlocked", "user:" + username, before, null, null);
      security.changed(SecurityEvent.Kind.LOCK_LIFTED, username, actor.username(), "after " + f.failures()
          + " failure(s)");
    });
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  /**
   * Creates an account at start-up (first admin, demo staff) without the password policy, which
   * the demo's well-known passwords would fail. Does nothing if the account exists.
   */
  @Transactional
  public void provision(String username, String displayName, String password, Set<Role> roles, Set<LanguageTag> languages) {
    if (em.find(UserAccount.class, username) == null) {
      store(SYSTEM, username, displayName, password, roles, languages);
    }
  }

  private UserAccount store(String by, String username, String displayName, String password, Set<Role> roles,
      Set<LanguageTag> languages) {
    OffsetDateTime now = now();
    UserAccount user = new UserAccount(username, displayName, PasswordHasher.hash(password), roles, languages, now);
    em.persist(user);
    em.flush();
    audit.record(null, by, now, "user.created", "user:" + username, null, describe(user), null);
    security.changed(SecurityEvent.Kind.ACCOUNT_CREATED, username, by, "roles " + roles + ", languages " + languages);
    return user;
  }

  /** What an admin changed on an account, field by field (never a password, only that it changed). */
  private static String changed(Map<String, Object> before, Map<String, Object> after) {
    StringBuilder sb = new StringBuilder();
    after.forEach((k, v) -> {
      if (!java.util.Objects.equals(before.get(k), v) && !k.equals("sessionsEnded")) {
        sb.append(sb.length() == 0 ? "" : "; ").append(k).append(": ").append(before.get(k)).append(" -> ").append(v);
      }
    });
    return sb.append(sb.length() == 0 ? "" : "; ").append("sessions ended: ").append(after.get("sessionsEnded"))
        .toString();
  }

  /** An existing user name that looks like this one to a reader (the same UTS #39 skeleton), if any. */
  private String lookalike(String username) {
    String skeleton = Identifiers.skeleton(username);
    // Accounts are created by hand, a few at a time: reading every name is cheaper than keeping skeletons.
    return em.createQuery("select u.username from UserAccount u", String.class).getResultList().stream()
        .filter(existing -> Identifiers.skeleton(existing).equals(skeleton))
        .findFirst().orElse(null);
  }

  /** Length only: no composition rules, any Unicode, spaces kept, nothing truncated (ASVS 2.1.1-2.1.4, 2.1.9). */
  private static void checkPassword(String password, List<FieldError> errors) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD) {
      errors.add(new FieldError("password", "tooShort", Map.of("min", MIN_PASSWORD),
          "at least " + MIN_PASSWORD + " characters"));
    } else if (length > MAX_PASSWORD) {
      errors.add(new FieldError("password", "tooLong", Map.of("max", MAX_PASSWORD), "at most " + MAX_PASSWORD + " characters"));
    }
  }

  private static void checkRoles(Set<Role> roles, Set<LanguageTag> languages, List<FieldError> errors) {
    if (roles.isEmpty()) {
      errors.add(new FieldError("roles", "required", Map.of(), "at least one role"));
    }
    if (roles.contains(Role.TRANSLATOR) && languages.isEmpty()) {
      errors.add(new FieldError("languages", "required", Map.of(), "a translator needs the languages they translate into"));
    }
  }

  private static String cleanDisplayName(String raw, String fallback, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String name = FieldErrors.clean("displayName", raw).strip();
    if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
      errors.add(new FieldError("displayName", "tooLong", Map.of("max", MAX_DISPLAY_NAME),
          "at most " + MAX_DISPLAY_NAME + " characters"));
    }
    return name;
  }

  private static Map<String, Object> describe(UserAccount u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("displayName", u.displayName());
    m.put("roles", u.roles().stream().map(Enum::name).sorted().toList());
    m.put("languages", u.languages().stream().sorted().toList());
    m.put("active", u.active());
    return m;
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("administer users", "only admins may");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
