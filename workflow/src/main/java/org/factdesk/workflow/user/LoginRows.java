package org.factdesk.workflow.user;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.i18n.LanguageTag;

/**
 * What a login needs about an account — password hash, active flag, roles, languages, credential
 * version — read in one
 * query on every request (an entity find costs three: the account and each element collection).
 * Nothing is cached: several instances share the database, so a revoked role or a deactivated
 * account takes effect on the next request everywhere. One row per role × language, at least one.
 */
final class LoginRows {
  private static final String SELECT = "select u.passwordHash, u.active, r, l, u.credentialVersion";
  private static final String JOINS = " left join u.roles r left join u.languages l";

  private LoginRows() {}

  /** Rows of {@code (passwordHash, active, role, language, credentialVersion)}; empty for an unknown user. */
  static List<Object[]> of(EntityManager em, String username) {
    return em.createQuery(SELECT + " from UserAccount u" + JOINS + " where u.username = :u", Object[].class)
        .setParameter("u", username)
        .getResultList();
  }

  /** Rows of {@code (passwordHash, active, role, language, credentialVersion, session)} for a session's token digest. */
  static List<Object[]> ofSession(EntityManager em, String tokenSha256) {
    return em.createQuery(SELECT + ", s from UserSession s, UserAccount u" + JOINS
            + " where s.tokenSha256 = :t and u.username = s.username", Object[].class)
        .setParameter("t", tokenSha256)
        .getResultList();
  }

  static String passwordHash(List<Object[]> rows) {
    return (String) rows.get(0)[0];
  }

  static boolean active(List<Object[]> rows) {
    return (Boolean) rows.get(0)[1];
  }

  static long credentialVersion(List<Object[]> rows) {
    return ((Number) rows.get(0)[4]).longValue();
  }

  static UserSession session(List<Object[]> rows) {
    return (UserSession) rows.get(0)[5];
  }

  static Actor actor(String username, List<Object[]> rows) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Set<LanguageTag> languages = new HashSet<>();
    for (Object[] row : rows) {
      if (row[2] != null) {
        roles.add((Role) row[2]);
      }
      if (row[3] != null) {
        languages.add(LanguageTag.parse((String) row[3]));
      }
    }
    return new Actor(username, roles, languages, credentialVersion(rows));
  }
}
