package org.factdesk.exports.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.factdesk.i18n.Messages;

/**
 * Every fixed string the PDF prints, in one place. {@link #forLanguage} reads them from the
 * {@code labels} message bundle of this package ({@link #LANGUAGES}; English otherwise);
 * {@code terms} names verdicts ({@code verdict.TRUE}), stances ({@code stance.SUPPORTS}) and roles
 * ({@code role.editor}). Count patterns use {@link String#format} placeholders.
 */
public record ExportLabels(
    String language,
    String factCheckSummary,
    String summaryTotal,
    String factCheckNotes,
    String verdict,
    String rationale,
    String source,
    String publisher,
    String publishedOn,
    String locator,
    String stance,
    String url,
    String archiveSha256,
    String colophon,
    String articleId,
    String revision,
    String revisionSha256,
    String approvedBy,
    String exportedAt,
    String pageOf,
    String corrections,
    Map<String, String> terms) {
  static final String BUNDLE = "org.factdesk.exports.model.labels";
  /** The languages with labels of their own. */
  public static final List<String> LANGUAGES = List.of("en", "az", "ru", "he", "ar", "ka",
      // Issue 19: every language the newsroom offers for translation (GET /languages), and Urdu.
      "el", "hy", "hi", "fa", "ur", "tr", "uk", "de", "fr", "es", "zh", "ja",
      // and the languages of the scripts issue 19 added faces for
      "th", "lo", "km", "my", "si", "ta", "bn", "pa", "gu", "am", "ko");
  private static final Map<String, ExportLabels> BY_LANGUAGE = new ConcurrentHashMap<>();

  public ExportLabels {
    Objects.requireNonNull(language, "language");
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }

  public static ExportLabels english() {
    return forLanguage("en");
  }

  /** The labels for a BCP 47 tag ("az-Latn" gets Azerbaijani); English for languages without their own. */
  public static ExportLabels forLanguage(String tag) {
    Locale wanted = Locale.forLanguageTag(tag == null ? "en" : tag);
    String language = LANGUAGES.contains(wanted.getLanguage()) ? wanted.getLanguage() : "en";
    return BY_LANGUAGE.computeIfAbsent(language, ExportLabels::load);
  }

  private static ExportLabels load(String language) {
    Messages m = Messages.of(BUNDLE, Locale.forLanguageTag(language), ExportLabels.class.getClassLoader());
    Map<String, String> terms = new TreeMap<>();
    for (String prefix : List.of("verdict.", "stance.", "role.")) {
      m.keys().stream().filter(k -> k.startsWith(prefix)).forEach(k -> terms.put(k, m.format(k)));
    }
    return new ExportLabels(m.locale().toLanguageTag(), m.format("factCheckSummary"), m.format("summaryTotal"),
        m.format("factCheckNotes"), m.format("verdict"), m.format("rationale"), m.format("source"),
        m.format("publisher"), m.format("publishedOn"), m.format("locator"), m.format("stance"), m.format("url"),
        m.format("archiveSha256"), m.format("colophon"), m.format("articleId"), m.format("revision"),
        m.format("revisionSha256"), m.format("approvedBy"), m.format("exportedAt"), m.format("pageOf"),
        m.format("corrections"), terms);
  }

  /** The name of a verdict, stance or role in these labels' language; the code itself if unknown. */
  public String term(String kind, String code) {
    return code == null ? null : terms.getOrDefault(kind + "." + code, code);
  }
}
