package org.factdesk.server.rest.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.server.problem.ProblemException;
import org.factdesk.server.rest.support.BodyLimits;
import org.factdesk.workflow.source.EvidenceType;
import org.factdesk.workflow.source.StoredEvidence;

/**
 * Evidence files on disk, in FACTDESK_DATA_DIR/evidence, each named by its SHA-256. An upload is
 * streamed to a temporary file while its digest is computed and its size counted against
 * FACTDESK_MAX_UPLOAD_BYTES, then checked by its first bytes, and moved into place only once its
 * snapshot is recorded; identical uploads share one file. Nothing here ever interprets the bytes.
 */
@ApplicationScoped
public class EvidenceStore {
  @Inject
  @ConfigProperty(name = "FACTDESK_DATA_DIR")
  Optional<String> dataDir;

  Path root() throws IOException {
    String base = dataDir.filter(s -> !s.isBlank()).orElse(System.getProperty("user.home") + "/.factdesk");
    Path dir = Path.of(base, "evidence");
    Files.createDirectories(dir);
    return dir;
  }

  /**
   * An upload received into a temporary file and checked (size, type, digest), not yet kept: {@link
   * #keep} moves it into place once the snapshot that refers to it is recorded; closing deletes what
   * was not kept. A refused upload so leaves nothing behind, and a file another snapshot shares is
   * never touched.
   */
  public static final class Upload implements AutoCloseable {
    private final Path tmp;
    private final Path target;
    private final StoredEvidence evidence;

    private Upload(Path tmp, Path target, StoredEvidence evidence) {
      this.tmp = tmp;
      this.target = target;
      this.evidence = evidence;
    }

    public StoredEvidence evidence() {
      return evidence;
    }

    /** Moves the file into place (identical uploads share one file). */
    public void keep() throws IOException {
      if (!Files.exists(target)) {
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(tmp);
    }
  }

  /** Streams an upload to a temporary file, counting, hashing and checking it; nothing is kept yet. */
  public Upload receive(InputStream in) throws IOException {
    long max = BodyLimits.maxUploadBytes();
    Path dir = root();
    Path tmp = Files.createTempFile(dir, "upload-", ".part");
    try {
      MessageDigest sha;
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      byte[] head = new byte[EvidenceType.HEAD];
      int headLength = 0;
      long total = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > max) {
            throw BodyLimits.tooLarge(max);
          }
          if (headLength < head.length) {
            int k = Math.min(n, head.length - headLength);
            System.arraycopy(buffer, 0, head, headLength, k);
            headLength += k;
          }
          out.write(buffer, 0, n);
        }
      }
      if (total == 0) {
        throw ProblemException.badRequest("emptyBody", Map.of(), "The request needs a body");
      }
      EvidenceType type = EvidenceType.detect(head, headLength).orElseThrow(() -> new ProblemException(415,
          "evidenceType", Map.of(), "Evidence must be a PDF, PNG, JPEG or HTML file (checked by its content)"));
      String digest = HexFormat.of().formatHex(sha.digest());
      return new Upload(tmp, dir.resolve(digest), new StoredEvidence(digest, total, type));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  public Path file(String sha256) throws IOException {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(sha256);
    }
    return root().resolve(sha256);
  }
}
