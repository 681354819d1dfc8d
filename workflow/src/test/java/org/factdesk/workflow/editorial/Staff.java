package org.factdesk.workflow.editorial;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;

/**
 * The newsroom the workflow tests act in. Each actor stands for exactly one kind of party, so a
 * test can tell which party a move admits: the assigned reviewer holds no general role, so only
 * their assignment can let them through.
 */
enum Staff {
  AUTHOR("alice", Role.EDITOR),
  EDITOR("erin", Role.EDITOR),
  REVIEWER("rob"),
  FACT_CHECKER("fay", Role.FACT_CHECKER),
  UNASSIGNED_STAFF("sam", Role.FACT_CHECKER, Role.TRANSLATOR),
  ADMIN("ada", Role.ADMIN),
  TRANSLATOR("tom", Role.TRANSLATOR);

  static final String TRANSLATION_LANGUAGE = "ru";

  private final Actor actor;

  Staff(String username, Role... roles) {
    this.actor =
        new Actor(
            username,
            Set.of(roles),
            Arrays.stream(roles).anyMatch(r -> r == Role.TRANSLATOR)
                ? Set.of(LanguageTag.parse(TRANSLATION_LANGUAGE))
                : Set.of());
  }

  Actor actor() {
    return actor;
  }

  String username() {
    return actor.username();
  }

  static Set<Staff> parse(String names) {
    return Arrays.stream(names.trim().split("\\s+"))
        .filter(s -> !s.isEmpty())
        .map(Staff::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }
}
