package org.factdesk.workflow.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, stored as {@code pbkdf2-sha256$iterations$salt$hash}.
 *
 * <p>HTTP Basic sends the password on every request, and a deliberately slow hash on every request
 * would cap throughput, so a successful check is remembered in memory, keyed by the stored hash and
 * a fast digest of the candidate password. A changed password changes the stored hash, so a cached
 * success can never outlive it; the cache only speeds up, it holds no state of its own.
 */
public final class PasswordHasher {
  /**
   * OWASP ASVS 4.0.3 (2.4.3) asks at least 310,000 for PBKDF2-HMAC-SHA256. Hashes stored with fewer
   * (120,000 before issue 14) still verify; they take the new count when the password next changes.
   */
  public static final int ITERATIONS = 310_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final int CACHE_LIMIT = 10_000;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ConcurrentHashMap<String, Boolean> VERIFIED = new ConcurrentHashMap<>();

  /**
   * A hash of a random secret nobody knows, at the full cost: logins for names without an active
   * account are checked against it, so they take as long as a wrong password for a real account.
   */
  public static final String DUMMY_HASH = hash(java.util.UUID.randomUUID().toString());

  private PasswordHasher() {}

  public static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = pbkdf2(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "pbkdf2-sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  private static String cacheKey(String password, String stored) {
    return stored + "|" + sha256(password + "|" + stored);
  }

  public static boolean verify(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String cacheKey = cacheKey(password, stored);
    if (VERIFIED.containsKey(cacheKey)) {
      return true;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    int iterations;
    byte[] salt;
    byte[] expected;
    try {
      iterations = Integer.parseInt(parts[1]);
      salt = Base64.getDecoder().decode(parts[2]);
      expected = Base64.getDecoder().decode(parts[3]);
    } catch (IllegalArgumentException e) {
      return false; // a corrupt stored value refuses the login; it must not fail the request
    }
    if (iterations < 1 || iterations > 10_000_000 || salt.length == 0 || expected.length == 0) {
      return false;
    }
    byte[] actual = pbkdf2(password, salt, iterations);
    boolean ok = MessageDigest.isEqual(expected, actual);
    if (ok) {
      if (VERIFIED.size() >= CACHE_LIMIT) {
        VERIFIED.clear();
      }
      VERIFIED.put(cacheKey, Boolean.TRUE);
    }
    return ok;
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }

  private static String sha256(String s) {
    try {
      return Base64.getEncoder()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
