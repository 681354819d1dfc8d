package org.factdesk.server.rest.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.exports.pdf.PdfExporter;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.user.Actor;

/**
 * The one way an article becomes a PDF, for the single download and for bulk jobs alike: only the
 * approved source revision or an approved, current translation of it (anything else is a
 * ConflictException saying why).
 */
@ApplicationScoped
public class PdfExports {
  private static final PdfExporter PDF = new PdfExporter();

  @Inject ArticleQueries articles;
  @Inject ExportAssembler assembler;

  /** A rendered PDF with what names and proves it. */
  public record Rendered(byte[] pdf, String sha256, String filename, String language, int revision) {}

  /** {@code lang} null or blank: the article's source language. */
  public Rendered render(Actor actor, long articleId, String lang) {
    Article article = articles.find(actor, articleId);
    LanguageTag language = lang == null || lang.isBlank() ? LanguageTag.parse(article.language()) : LanguageTag.parse(lang);
    ExportDocument document = language.value().equals(article.language())
        ? assembler.approvedSource(actor, article)
        : assembler.approvedTranslation(actor, article, language);
    byte[] pdf = PDF.export(document);
    String filename = article.slug() + "-" + language.value() + "-r" + document.revisionNumber() + ".pdf";
    return new Rendered(pdf, sha256(pdf), filename, language.value(), document.revisionNumber());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
