package org.factdesk.workflow.user;

import java.util.Set;
import org.factdesk.i18n.LanguageTag;

/** An admin's change to an account; null fields stay as they are. */
public record UserChanges(String displayName, String password, Set<Role> roles, Set<LanguageTag> languages, Boolean active) {}
