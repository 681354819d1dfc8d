package org.factdesk.workflow.article;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical bytes of a revision body and their SHA-256. Each block is written as its kind, a
 * unit separator (U+001F), its NFC text and a record separator (U+001E), all in UTF-8; the hash of
 * that is what an approval and an export vouch for.
 */
public final class RevisionContent {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private RevisionContent() {}

  public static String sha256(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      sb.append(b.kind().name()).append('\u001F').append(NFC.normalize(b.text())).append('\u001E');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
