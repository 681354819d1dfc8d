package org.factdesk.workflow.user;

import java.util.Set;
import org.factdesk.i18n.LanguageTag;

/** The authenticated person on whose behalf a service method runs. */
public record Actor(String username, Set<Role> roles, Set<LanguageTag> languages) {
  public Actor {
    roles = Set.copyOf(roles);
    languages = Set.copyOf(languages);
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
