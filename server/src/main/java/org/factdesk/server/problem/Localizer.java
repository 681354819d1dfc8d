package org.factdesk.server.problem;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.i18n.Messages;

/** Server messages in the caller's language (Accept-Language), English when nothing better fits. */
@ApplicationScoped
public class Localizer {
  public static final String BUNDLE = "org.factdesk.server.messages";
  public static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("az"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("he"),
          Locale.forLanguageTag("ar"));

  public Messages messages(String acceptLanguage) {
    Locale locale = Messages.negotiate(acceptLanguage, SUPPORTED);
    return Messages.of(BUNDLE, locale, Localizer.class.getClassLoader());
  }

  /** The localised text for {@code key}, or {@code fallback} when no bundle has the key. */
  public static String text(Messages messages, String key, Map<String, ?> args, String fallback) {
    return messages.has(key) ? messages.format(key, args) : fallback;
  }
}
