package org.factdesk.server.rest.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.exports.pdf.PdfExporter;
import org.factdesk.exports.pdf.ScriptNotSupportedException;
import org.factdesk.server.problem.ScriptNotSupported;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.export.PublishedPdfs;
import org.factdesk.workflow.user.Actor;

/**
 * The one way an article becomes a PDF, for the single download and for bulk jobs alike: only the
 * approved source revision or an approved, current translation of it (anything else is a
 * ConflictException saying why). Text in a script no font covers is a 422 {@link ScriptNotSupported},
 * never a PDF with missing glyphs.
 */
@ApplicationScoped
public class PdfExports {
  private static final PdfExporter PDF = new PdfExporter();

  @Inject ArticleQueries articles;
  @Inject ExportAssembler assembler;
  @Inject PublishedPdfs published;

  /** A rendered PDF with what names and proves it. */
  public record Rendered(byte[] pdf, String sha256, String filename, String language, int revision) {}

  /** The published PDF of the current approved version; {@code lang} null or blank: the source language. */
  public Rendered render(Actor actor, long articleId, String lang) {
    return render(actor, articleId, lang, null);
  }

  /**
   * The PDF of an approved version ({@code revision} null: the current one) byte for byte as it was
   * published. Versions approved before PDFs were kept at publication are rendered now, and only the
   * current one is available.
   */
  public Rendered render(Actor actor, long articleId, String lang, Integer revision) {
    Article article = articles.find(actor, articleId);
    LanguageTag language = lang == null || lang.isBlank() ? LanguageTag.parse(article.language()) : LanguageTag.parse(lang);
    Integer current = article.approvedRevision();
    int wanted = revision != null ? revision : current == null ? -1 : current;
    Optional<PublishedPdfs.Stored> stored = published.find(article.id(), wanted, language.value());
    if (stored.isPresent()) {
      PublishedPdfs.Stored s = stored.get();
      return new Rendered(s.pdf(), s.sha256(), s.filename(), s.language(), s.revision());
    }
    if (revision != null && !revision.equals(current)) {
      throw new NotFoundException("approved version", articleId + "/" + revision + "/" + language.value());
    }
    return renderNow(actor, article, language);
  }

  /** Renders the current approved version in {@code language} from the database as it is now. */
  Rendered renderNow(Actor actor, Article article, LanguageTag language) {
    ExportDocument document = language.value().equals(article.language())
        ? assembler.approvedSource(actor, article)
        : assembler.approvedTranslation(actor, article, language);
    byte[] pdf;
    try {
      pdf = PDF.export(document);
    } catch (ScriptNotSupportedException e) {
      throw new ScriptNotSupported(language.value(), e);
    }
    String filename = article.slug() + "-" + language.value() + "-r" + article.approvedRevision() + ".pdf";
    return new Rendered(pdf, sha256(pdf), filename, language.value(), article.approvedRevision());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
