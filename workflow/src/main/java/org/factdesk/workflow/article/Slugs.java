package org.factdesk.workflow.article;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/** URL slugs from titles in any script: transliterated to ASCII by ICU, e.g. "Azərbaycan" → "azerbaycan". */
public final class Slugs {
  private static final int MAX_LENGTH = 80;
  // One shared instance, not a ThreadLocal: the server's pooled threads outlive a redeploy, and a
  // ThreadLocal holding an application class keeps the whole old application in memory.
  private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  private Slugs() {}

  public static String of(String title) {
    // ICU's Latin-ASCII has no mapping for the Azerbaijani schwa; "e" is how it is written in ASCII.
    String latin = title.replace('ə', 'e').replace('Ə', 'E');
    String ascii = transliterate(latin).toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "article" : slug;
  }

  private static String transliterate(String text) {
    // ICU does not promise a Transliterator is safe for concurrent use; slugs are made once per article.
    synchronized (TO_ASCII) {
      return TO_ASCII.transliterate(text);
    }
  }
}
