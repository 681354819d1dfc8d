package org.factdesk.workflow.user;

import java.util.Set;
import org.factdesk.i18n.LanguageTag;

/** An admin's request to add a member of staff. */
public record NewUser(String username, String displayName, String password, Set<Role> roles, Set<LanguageTag> languages) {
  public NewUser {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    languages = languages == null ? Set.of() : Set.copyOf(languages);
  }
}
