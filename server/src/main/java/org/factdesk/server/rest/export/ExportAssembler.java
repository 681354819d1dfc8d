package org.factdesk.server.rest.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.exports.model.ExportApproval;
import org.factdesk.exports.model.ExportBlock;
import org.factdesk.exports.model.ExportCitation;
import org.factdesk.exports.model.ExportClaim;
import org.factdesk.exports.model.ExportCorrection;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.Publication;
import org.factdesk.workflow.article.Publications;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.article.SignOff;
import org.factdesk.workflow.claim.AnchoredClaim;
import org.factdesk.workflow.claim.CitationService;
import org.factdesk.workflow.claim.ClaimQueries;
import org.factdesk.workflow.claim.TextPosition;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.export.FactCheckRecords;
import org.factdesk.workflow.source.Citation;
import org.factdesk.workflow.source.Source;
import org.factdesk.workflow.source.SourceService;
import org.factdesk.workflow.translation.TranslationQueries;
import org.factdesk.workflow.translation.TranslationRevision;
import org.factdesk.workflow.translation.TranslationState;
import org.factdesk.workflow.translation.TranslationTask;
import org.factdesk.workflow.user.Actor;

/**
 * Turns an approved revision (source or translation) into the plain export model the PDF writer
 * takes. Every date in it comes from the approval, none from the clock, so the same approved
 * revision always gives the same bytes.
 */
@ApplicationScoped
public class ExportAssembler {
  private static final Map<String, String> ROLES =
      // Role codes: the PDF names them in its labels' language.
      Map.of("passReview", "reviewer", "passFactCheck", "factChecker", "approve", "editor");

  @Inject ArticleQueries articles;
  @Inject ClaimQueries claims;
  @Inject CitationService citationService;
  @Inject SourceService sources;
  @Inject TranslationQueries translations;
  @Inject FactCheckRecords records;
  @Inject Publications publications;

  ExportDocument approvedSource(Actor actor, Article article) {
    Revision revision = approvedRevision(actor, article);
    List<SignOff> signOffs = articles.signOffs(actor, article.id(), revision.number());
    OffsetDateTime approvedAt = approvedAt(signOffs, revision.createdAt());
    LanguageTag language = LanguageTag.parse(article.language());
    List<Block> blocks = revision.blocks();
    return new ExportDocument(String.valueOf(article.id()), revision.number(), revision.sha256(), article.title(),
        null, article.author(), language.value(), language.direction().htmlDir(), approvedAt,
        blocks.stream().map(b -> block(b.kind(), b.text())).toList(),
        claims(actor, article, revision.number(), blocks, null), approvals(signOffs), approvedAt)
        .withCorrections(corrections(article, revision.number()));
  }

  /** The corrections published up to and with this revision, in the article's language. */
  private List<ExportCorrection> corrections(Article article, int revision) {
    List<ExportCorrection> out = new ArrayList<>();
    for (Publication p : publications.history(article.id())) {
      if (p.kind() == Publication.Kind.CORRECTION && p.note() != null && p.revision() <= revision) {
        out.add(new ExportCorrection(p.publishedAt(), p.note(), article.language()));
      }
    }
    return out;
  }

  /** The approved, current translation into {@code language}; claims sit on the aligned blocks. */
  ExportDocument approvedTranslation(Actor actor, Article article, LanguageTag language) {
    Revision source = approvedRevision(actor, article);
    TranslationTask task = translations.forArticle(actor, article.id()).stream()
        .filter(t -> t.language().equals(language.value()))
        .filter(t -> t.state() == TranslationState.APPROVED && !t.stale()
            && t.basedOnRevision() == source.number())
        .findFirst()
        .orElseThrow(() -> new ConflictException("noApprovedTranslation", Map.of("language", language.value()),
            "There is no approved, current " + language.value() + " translation of this article"));
    TranslationRevision translated = translations.revisions(actor, task.id(), new Page.Request(1, 1)).items().get(0);
    List<Block> sourceBlocks = source.blocks();
    List<String> targets = translated.blocks();
    List<ExportBlock> blocks = new ArrayList<>();
    List<Block> targetBlocks = new ArrayList<>();
    for (int i = 0; i < sourceBlocks.size(); i++) {
      String text = i < targets.size() ? targets.get(i) : "";
      blocks.add(block(sourceBlocks.get(i).kind(), text));
      targetBlocks.add(new Block(sourceBlocks.get(i).kind(), text.isEmpty() ? " " : text));
    }
    List<SignOff> signOffs = articles.signOffs(actor, article.id(), source.number());
    OffsetDateTime approvedAt = task.updatedAt();
    List<ExportApproval> approvals = new ArrayList<>(approvals(signOffs));
    approvals.add(new ExportApproval(task.translator() == null ? "?" : task.translator(), "translator", approvedAt));
    return new ExportDocument(article.id() + "-" + language.value(), translated.number(), source.sha256(),
        translated.title() == null || translated.title().isBlank() ? article.title() : translated.title(), null,
        article.author(), language.value(), language.direction().htmlDir(), approvedAt, blocks,
        claims(actor, article, source.number(), targetBlocks, language), approvals, approvedAt)
        .withCorrections(corrections(article, source.number()));
  }

  private Revision approvedRevision(Actor actor, Article article) {
    Integer approved = article.approvedRevision();
    if (approved == null) {
      throw new ConflictException("notApproved", Map.of("state", article.state().name()),
          "Only approved content is exported, and this article (" + article.state() + ") has never been approved");
    }
    return articles.revision(actor, article.id(), approved);
  }

  /**
   * Resolved claims anchored in the revision, as frozen at approval (live for revisions approved
   * before records were frozen). In a translation the claim marks the whole aligned block, since its
   * exact words are not known there.
   */
  private List<ExportClaim> claims(Actor actor, Article article, int revision, List<Block> blocks,
      LanguageTag translation) {
    List<ExportClaim> record = records.find(article.id(), revision).map(FactCheckRecordJson::read)
        .orElseGet(() -> liveRecord(actor, article.id(), revision));
    List<ExportClaim> result = new ArrayList<>();
    for (ExportClaim c : record) {
      if (c.blockIndex() >= blocks.size()) {
        continue;
      }
      String text = blocks.get(c.blockIndex()).text();
      int length = text.codePointCount(0, text.length());
      int start = translation == null ? Math.min(c.start(), length) : 0;
      int end = translation == null ? Math.min(c.end(), length) : length;
      result.add(new ExportClaim(c.id(), c.blockIndex(), Math.min(start, end), end, c.quote(), c.verdict(),
          c.rationale(), c.citations()));
    }
    return result;
  }

  /** Freezes the fact-check record of a revision being approved (inside the approval's transaction). */
  void freeze(Actor actor, long articleId, int revision) {
    records.freeze(articleId, revision, FactCheckRecordJson.write(liveRecord(actor, articleId, revision)));
  }

  /** The resolved claims anchored on the revision with their verdicts and citations as they are now. */
  private List<ExportClaim> liveRecord(Actor actor, long articleId, int revision) {
    List<AnchoredClaim> anchored = claims.anchoredOn(actor, articleId, revision).stream()
        .filter(a -> a.claim().verdict() != null && a.anchor().position() != null)
        .toList();
    var citations = citationService.citations(anchored.stream().map(a -> a.claim().id()).toList());
    var sourcesById = sources.byIds(citations.values().stream().flatMap(List::stream).map(Citation::sourceId).toList());
    List<ExportClaim> result = new ArrayList<>();
    for (AnchoredClaim a : anchored) {
      TextPosition p = a.anchor().position();
      List<ExportCitation> cited = citations.getOrDefault(a.claim().id(), List.of()).stream()
          .map(c -> citation(c, sourcesById.get(c.sourceId())))
          .toList();
      result.add(new ExportClaim(String.valueOf(a.claim().id()), p.block(), p.start(), p.end(), a.claim().exact(),
          a.claim().verdict().name(), a.claim().rationale(), cited));
    }
    return result;
  }

  private static ExportCitation citation(Citation c, Source s) {
    return new ExportCitation(s == null ? "?" : firstNonBlank(s.title(), s.url(), s.description()),
        s == null ? null : s.publisher(), s == null ? null : s.url(),
        s == null || s.publishedOn() == null ? null : s.publishedOn().toString(), c.locator(), c.stance().name(),
        null);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "?";
  }

  private static OffsetDateTime approvedAt(List<SignOff> signOffs, OffsetDateTime fallback) {
    return signOffs.stream().filter(s -> s.action().equals("approve")).map(SignOff::at).reduce((a, b) -> b)
        .orElse(fallback);
  }

  private static List<ExportApproval> approvals(List<SignOff> signOffs) {
    return signOffs.stream().map(s -> new ExportApproval(s.username(), ROLES.get(s.action()), s.at())).toList();
  }

  private static ExportBlock block(org.factdesk.workflow.article.BlockKind kind, String text) {
    return switch (kind) {
      case HEADING -> ExportBlock.heading(text);
      case QUOTE -> ExportBlock.quote(text);
      case PARAGRAPH -> ExportBlock.paragraph(text);
    };
  }
}
