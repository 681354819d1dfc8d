package org.factdesk.server.rest.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.problem.ScriptNotSupported;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.article.ArticleTransitioned;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.export.PublishedPdfs;
import org.factdesk.workflow.translation.TranslationQueries;
import org.factdesk.workflow.translation.TranslationState;
import org.factdesk.workflow.translation.TranslationTask;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.UserService;

/**
 * Keeps what an approval publishes, in the approval's own transaction: the fact-check record as it
 * stands, and the PDF of the source and of every approved, current translation. A later download of
 * that version gets these bytes, whatever changes afterwards (claims re-resolved, translations
 * redone, the software upgraded).
 */
@ApplicationScoped
public class PublicationRecorder {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(PublicationRecorder.class.getName());
  @Inject ExportAssembler assembler;
  @Inject PdfExports pdfs;
  @Inject PublishedPdfs published;
  @Inject ArticleQueries articles;
  @Inject TranslationQueries translations;
  @Inject UserService users;

  void onTransition(@Observes ArticleTransitioned moved) {
    if (moved.to() != ArticleState.APPROVED || moved.approvedRevision() == null) {
      return;
    }
    Actor actor = users.actor(moved.actor()).orElse(null);
    if (actor == null) {
      return;
    }
    assembler.freeze(actor, moved.articleId(), moved.approvedRevision());
    Article article = articles.find(actor, moved.articleId());
    keep(actor, article, LanguageTag.parse(article.language()));
    for (TranslationTask task : translations.forArticle(actor, article.id())) {
      if (task.state() == TranslationState.APPROVED && !task.stale()
          && task.basedOnRevision() == moved.approvedRevision()) {
        keep(actor, article, LanguageTag.parse(task.language()));
      }
    }
  }

  private void keep(Actor actor, Article article, LanguageTag language) {
    PdfExports.Rendered pdf;
    try {
      pdf = pdfs.renderNow(actor, article, language);
    } catch (ScriptNotSupported e) {
      // The approval stands; this language has no PDF to keep, and its download answers 422.
      LOG.info("Article " + article.id() + " approved without a " + language.value() + " PDF: " + e.getMessage());
      return;
    }
    published.store(article.id(), article.approvedRevision(), language.value(), pdf.sha256(), pdf.filename(),
        pdf.pdf());
  }
}
