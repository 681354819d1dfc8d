package org.factdesk.server.rest.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.server.rest.claim.ClaimViews.AnchorHistoryView;
import org.factdesk.server.rest.claim.ClaimViews.BlockingClaimView;
import org.factdesk.server.rest.claim.ClaimViews.CheckedView;
import org.factdesk.server.rest.claim.ClaimViews.CitationView;
import org.factdesk.server.rest.claim.ClaimViews.ClaimCommentView;
import org.factdesk.server.rest.claim.ClaimViews.ClaimSummaryView;
import org.factdesk.server.rest.claim.ClaimViews.ClaimView;
import org.factdesk.server.rest.claim.ClaimViews.PositionSelectorView;
import org.factdesk.server.rest.claim.ClaimViews.QuoteSelectorView;
import org.factdesk.server.rest.claim.ClaimViews.SelectorsView;
import org.factdesk.server.rest.claim.ClaimViews.SuggestionView;
import org.factdesk.server.rest.source.SourceViews;
import org.factdesk.workflow.claim.Anchor;
import org.factdesk.workflow.claim.Checked;
import org.factdesk.workflow.claim.CitationService;
import org.factdesk.workflow.claim.Claim;
import org.factdesk.workflow.claim.ClaimAnchor;
import org.factdesk.workflow.claim.ClaimComment;
import org.factdesk.workflow.claim.ClaimSummary;
import org.factdesk.workflow.claim.Suggestion;
import org.factdesk.workflow.claim.TextPosition;
import org.factdesk.workflow.source.Citation;
import org.factdesk.workflow.source.Source;
import org.factdesk.workflow.source.SourceService;

/** Turns claims into views, reading the citations and sources of a whole list in two queries. */
@ApplicationScoped
public class ClaimAssembler {
  @Inject CitationService citations;
  @Inject SourceService sources;

  /** A claim with the citations and sources it needs, loaded for a whole list at once. */
  public record Loaded(Claim claim, List<Citation> citations, Map<Long, Source> sources) {}

  public List<Loaded> load(List<Claim> list) {
    Map<Long, List<Citation>> cited = citations.citations(list.stream().map(Claim::id).toList());
    Map<Long, Source> byId = sources.byIds(cited.values().stream().flatMap(List::stream).map(Citation::sourceId).toList());
    List<Loaded> out = new ArrayList<>();
    for (Claim c : list) {
      out.add(new Loaded(c, cited.getOrDefault(c.id(), List.of()), byId));
    }
    return out;
  }

  public List<ClaimView> views(List<Claim> list) {
    return load(list).stream().map(ClaimAssembler::view).toList();
  }

  public ClaimView view(Claim claim) {
    return views(List.of(claim)).get(0);
  }

  /** A claim as its flagging left it: no source is cited yet, so no citations are read. */
  public static ClaimView flagged(Claim claim) {
    return view(new Loaded(claim, List.of(), Map.of()));
  }

  static ClaimView view(Loaded l) {
    Claim c = l.claim();
    List<CitationView> citations = l.citations().stream()
        .map(x -> citation(x, l.sources().get(x.sourceId())))
        .toList();
    return new ClaimView(c.id(), c.articleId(), c.revision(), c.status().name(),
        c.verdict() == null ? null : c.verdict().name(), c.rationale(), c.reason(), c.assignee(),
        c.anchorState().name(), selectors(c.anchor()), citations,
        c.blockingReason(!l.citations().isEmpty()), c.flaggedBy(), c.flaggedAt(), c.resolvedBy(),
        c.resolvedAt(), checked(c.checked()), c.possibleActions(), c.version());
  }

  static CheckedView checked(Checked c) {
    return c == null ? null : new CheckedView(c.quote(), c.revision(), c.verdict() == null ? null : c.verdict().name(),
        c.rationale(), c.at(), c.by());
  }

  static CitationView citation(Citation x, Source s) {
    return new CitationView(x.id(), x.claimId(), s == null ? null : SourceViews.summary(s), x.stance().name(),
        x.locator(), x.createdBy(), x.createdAt());
  }

  static SelectorsView selectors(Anchor a) {
    return new SelectorsView(
        new QuoteSelectorView("TextQuoteSelector", a.quote().exact(), a.quote().prefix(), a.quote().suffix()),
        position(a.position()));
  }

  static PositionSelectorView position(TextPosition p) {
    return p == null ? null : new PositionSelectorView("TextPositionSelector", p.block(), p.start(), p.end());
  }

  static AnchorHistoryView history(ClaimAnchor a) {
    Anchor anchor = a.anchor();
    return new AnchorHistoryView(a.revision(), anchor.state().name(), selectors(anchor), anchor.similarity(),
        a.createdAt());
  }

  static ClaimCommentView comment(ClaimComment c) {
    return new ClaimCommentView(c.id(), c.claimId(), c.author(), c.body(), c.createdAt());
  }

  static ClaimSummaryView summary(long articleId, ClaimSummary s) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    s.byStatus().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> byStatus.put(e.getKey().name(), e.getValue()));
    Map<String, Long> byVerdict = new LinkedHashMap<>();
    s.byVerdict().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> byVerdict.put(e.getKey().name(), e.getValue()));
    Map<String, Long> byAnchor = new LinkedHashMap<>();
    s.byAnchor().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> byAnchor.put(e.getKey().name(), e.getValue()));
    return new ClaimSummaryView(articleId, s.revision(), s.total(), byStatus, byVerdict, byAnchor,
        s.blocking().stream().map(b -> new BlockingClaimView(b.claimId(), b.quote(), b.reason(),
            b.reason().equals("NEEDS_RECHECK") ? b.checkedQuote() : null)).toList());
  }

  static SuggestionView suggestion(Suggestion s) {
    return new SuggestionView(s.id(), position(s.position()), s.text(), s.score(), new java.util.TreeMap<>(s.features()));
  }
}
