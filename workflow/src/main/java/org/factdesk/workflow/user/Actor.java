package org.factdesk.workflow.user;

import java.util.Set;
import org.factdesk.i18n.LanguageTag;

/**
 * The authenticated person on whose behalf a service method runs, with the credential version their
 * login was checked against (a session opened for them is bound to it).
 */
public record Actor(String username, Set<Role> roles, Set<LanguageTag> languages, long credentialVersion) {
  public Actor {
    roles = Set.copyOf(roles);
    languages = Set.copyOf(languages);
  }

  /** Someone acting without a login of their own (start-up, tests): credential version 0. */
  public Actor(String username, Set<Role> roles, Set<LanguageTag> languages) {
    this(username, roles, languages, 0);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isEditor() {
    return roles.contains(Role.EDITOR);
  }

  /** Whether this person translates into {@code target} (holding "az" covers "az-Latn"). */
  public boolean translatesInto(LanguageTag target) {
    return languages.stream().anyMatch(l -> l.covers(target));
  }
}
