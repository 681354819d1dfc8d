package org.factdesk.server.rest.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.factdesk.exports.model.ExportApproval;
import org.factdesk.exports.model.ExportBlock;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.article.SignOff;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.user.Actor;

/** Turns an approved revision into the plain export model the PDF writer takes. */
@ApplicationScoped
public class ExportAssembler {
  private static final Map<String, String> ROLES =
      Map.of("passReview", "Reviewer", "passFactCheck", "Fact-checker", "approve", "Editor");

  @Inject ArticleService articles;

  ExportDocument approvedSource(Actor actor, Article article) {
    Integer approved = article.approvedRevision();
    if (approved == null) {
      throw new ConflictException("notApproved", Map.of("state", article.state().name()),
          "Only approved content is exported, and this article (" + article.state() + ") has never been approved");
    }
    Revision revision = articles.revision(actor, article.id(), approved);
    List<SignOff> signOffs = articles.signOffs(actor, article.id(), approved);
    // Reproducible bytes: every date in the file comes from the approval, none from the clock.
    OffsetDateTime approvedAt = signOffs.stream().filter(s -> s.action().equals("approve"))
        .map(SignOff::at).reduce((a, b) -> b).orElse(revision.createdAt());
    List<ExportApproval> approvals = signOffs.stream()
        .map(s -> new ExportApproval(s.username(), ROLES.get(s.action()), s.at())).toList();
    LanguageTag language = LanguageTag.parse(article.language());
    return new ExportDocument(String.valueOf(article.id()), revision.number(), revision.sha256(), article.title(),
        null, article.author(), language.value(), language.direction().htmlDir(), approvedAt,
        revision.blocks().stream().map(ExportAssembler::block).toList(), List.of(), approvals, approvedAt);
  }

  private static ExportBlock block(Block b) {
    return switch (b.kind()) {
      case HEADING -> ExportBlock.heading(b.text());
      case QUOTE -> ExportBlock.quote(b.text());
      case PARAGRAPH -> ExportBlock.paragraph(b.text());
    };
  }
}
