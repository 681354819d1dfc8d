package org.factdesk.i18n;

import com.ibm.icu.text.SpoofChecker;

/**
 * Names people log in with and are shown by (user names), checked with ICU's {@link SpoofChecker}
 * (Unicode Technical Standard #39): a name must pass its checks on its own (one script, no invisible
 * characters, digits of one system, highly restrictive), and two names whose confusable skeletons are
 * equal ("admin" and "adrnin", "user1" and "userl") are the same name to a reader.
 */
public final class Identifiers {
  private static final SpoofChecker CHECKER = new SpoofChecker.Builder()
      .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
      .build();

  private Identifiers() {}

  /** Whether the name fails UTS #39's checks on its own (mixed scripts, invisible characters, ...). */
  public static boolean spoofable(String name) {
    return CHECKER.failsChecks(name);
  }

  /** The UTS #39 skeleton: names that look alike have the same skeleton. */
  public static String skeleton(String name) {
    return CHECKER.getSkeleton(name);
  }
}
