package org.factdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** User names through ICU's SpoofChecker (UTS #39): alone, and against each other. */
class IdentifiersTest {
  @ParameterizedTest
  @ValueSource(strings = {"admin", "editor", "fc001", "tr-az-01", "bench-admin", "a.b_c-d"})
  void plainNamesPass(String name) {
    assertFalse(Identifiers.spoofable(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0430dmin", "p\u0430ypal", "ab\u0661\u0031"})
  void mixedScriptsAndDigitSystemsFail(String name) {
    assertTrue(Identifiers.spoofable(name), name);
  }

  @Test
  void lookalikesShareASkeleton() {
    assertEquals(Identifiers.skeleton("admin"), Identifiers.skeleton("adrnin"));
    assertEquals(Identifiers.skeleton("user1"), Identifiers.skeleton("userl"));
    assertEquals(Identifiers.skeleton("admin"), Identifiers.skeleton("\u0430dmin"));
    assertNotEquals(Identifiers.skeleton("editor"), Identifiers.skeleton("auditor"));
  }
}
