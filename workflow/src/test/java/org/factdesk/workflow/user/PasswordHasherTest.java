package org.factdesk.workflow.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private static final String PASSWORD = "harbour-ferry-2025";

  /** One hash shared by the tests that only read it: each hash takes PBKDF2's full cost. */
  private static String stored;

  @BeforeAll
  static void hashOnce() {
    stored = PasswordHasher.hash(PASSWORD);
  }

  /** A stored value made independently of PasswordHasher, as another tool or an older setting would. */
  private static String storedWith(String password, byte[] salt, int iterations) throws Exception {
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
            .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  @Test
  void verifiesThePasswordItHashed() {
    assertTrue(PasswordHasher.verify(PASSWORD, stored));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "harbour-ferry-2024", "Harbour-ferry-2025", "harbour-ferry-2025 ", " harbour-ferry-2025"})
  void rejectsAnyOtherPassword(String wrong) {
    assertFalse(PasswordHasher.verify(wrong, stored));
  }

  @Test
  void stillRejectsAWrongPasswordAfterTheRightOneWasRemembered() {
    assertTrue(PasswordHasher.verify(PASSWORD, stored));
    assertTrue(PasswordHasher.verify(PASSWORD, stored));
    assertFalse(PasswordHasher.verify(PASSWORD + "x", stored));
  }

  @Test
  void hasTheDocumentedFormat() {
    // 16 salt bytes and 32 hash bytes in unpadded Base64: 22 and 43 characters
    assertTrue(
        stored.matches("pbkdf2-sha256\\$" + PasswordHasher.ITERATIONS + "\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
        stored);
    assertTrue(PasswordHasher.ITERATIONS >= 100_000, "OWASP-level work factor");
  }

  @Test
  void saltsEveryHash() {
    String again = PasswordHasher.hash(PASSWORD);
    assertNotEquals(stored, again);
    assertNotEquals(stored.split("\\$")[2], again.split("\\$")[2]);
    assertTrue(PasswordHasher.verify(PASSWORD, again));
  }

  /** OWASP ASVS 2.1.3: nothing is truncated; every character of a long password counts. */
  @Test
  void everyCharacterOfALongPasswordCounts() {
    String longest = "p".repeat(127) + "a";
    String hash = PasswordHasher.hash(longest);
    assertTrue(PasswordHasher.verify(longest, hash));
    assertFalse(PasswordHasher.verify("p".repeat(127) + "b", hash));
    assertFalse(PasswordHasher.verify("p".repeat(127), hash));
  }

  @Test
  void handlesPasswordsInAnyScript() {
    String password = "Пароль-סיסמה-şifrə-\uD83D\uDD11";
    String hash = PasswordHasher.hash(password);
    assertTrue(PasswordHasher.verify(password, hash));
    assertFalse(PasswordHasher.verify("Пароль-סיסמה-sifre-\uD83D\uDD11", hash));
  }

  @Test
  void verifiesValuesStoredWithOtherIterationCounts() throws Exception {
    byte[] salt = "sixteen-bytes-ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String old = storedWith("old-setting", salt, 1_000);
    assertTrue(PasswordHasher.verify("old-setting", old));
    assertFalse(PasswordHasher.verify("old-settinG", old));
  }

  @Test
  void aRememberedPasswordDoesNotOpenANewHash() {
    String first = PasswordHasher.hash("before-the-change");
    assertTrue(PasswordHasher.verify("before-the-change", first));
    String changed = PasswordHasher.hash("after-the-change");
    assertFalse(PasswordHasher.verify("before-the-change", changed));
    assertTrue(PasswordHasher.verify("after-the-change", changed));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "plain-text-password",
        "pbkdf2-sha256",
        "pbkdf2-sha256$120000$c2FsdA",
        "pbkdf2-sha256$120000$c2FsdA$aGFzaA$extra",
        "pbkdf2-sha1$120000$c2FsdA$aGFzaA",
        "pbkdf2-sha256$many$c2FsdA$aGFzaA",
        "pbkdf2-sha256$$c2FsdA$aGFzaA",
        "$$$"
      })
  void rejectsMalformedStoredValues(String malformed) {
    assertFalse(assertDoesNotThrow(() -> PasswordHasher.verify(PASSWORD, malformed)));
  }

  @Test
  void rejectsANullPassword() {
    assertFalse(assertDoesNotThrow(() -> PasswordHasher.verify(null, stored)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pbkdf2-sha256$1000$not*base64$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdA$not*base64",
        "pbkdf2-sha256$0$c2FsdA$aGFzaA",
        "pbkdf2-sha256$-5$c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$$aGFzaA"
      })
  void rejectsStoredValuesWithBadSaltHashOrIterationsWithoutThrowing(String corrupt) {
    assertFalse(assertDoesNotThrow(() -> PasswordHasher.verify(PASSWORD, corrupt)));
  }

  @Test
  void roundTripsTheEmptyPassword() {
    // Not a policy question here: only that hash and verify agree on the edge
    String hash = PasswordHasher.hash("");
    assertTrue(PasswordHasher.verify("", hash));
    assertEquals(4, hash.split("\\$").length);
  }
}
