package org.factdesk.server.problem;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.factdesk.i18n.Messages;

/**
 * Server messages in the caller's language (Accept-Language), English when nothing better fits.
 * Each feature keeps its own bundle (listed in {@link #BUNDLES}); a key is looked up in each in
 * turn, so features never edit one another's files.
 */
@ApplicationScoped
public class Localizer {
  public static final List<String> BUNDLES = List.of(
      "org.factdesk.server.messages",
      "org.factdesk.server.claims",
      "org.factdesk.server.translations",
      "org.factdesk.server.exports",
      "org.factdesk.server.notifications");
  public static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("az"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("he"),
          Locale.forLanguageTag("ar"));

  /** The bundles of every feature, in one locale. */
  public static final class Texts {
    private final List<Messages> bundles;
    private final Locale locale;

    Texts(List<Messages> bundles, Locale locale) {
      this.bundles = bundles;
      this.locale = locale;
    }

    public Locale locale() {
      return locale;
    }

    public boolean has(String key) {
      return bundles.stream().anyMatch(m -> m.has(key));
    }

    public String format(String key, Map<String, ?> args) {
      for (Messages m : bundles) {
        if (m.has(key)) {
          return m.formatIsolated(key, args);
        }
      }
      return "[" + key + "]";
    }
  }

  public Texts messages(String acceptLanguage) {
    Locale locale = Messages.negotiate(acceptLanguage, SUPPORTED);
    List<Messages> found = new ArrayList<>();
    for (String bundle : BUNDLES) {
      try {
        found.add(Messages.of(bundle, locale, Localizer.class.getClassLoader()));
      } catch (MissingResourceException e) {
        // A feature without messages of its own yet.
      }
    }
    return new Texts(found, found.isEmpty() ? Locale.ENGLISH : found.get(0).locale());
  }

  /** The localised text for {@code key}, or {@code fallback} when no bundle has the key. */
  public static String text(Texts messages, String key, Map<String, ?> args, String fallback) {
    return messages.has(key) ? messages.format(key, args) : fallback;
  }
}
