package org.factdesk.server.rest.translation;

import java.time.OffsetDateTime;
import java.util.List;
import org.factdesk.server.rest.article.ArticleViews.DiffSegmentView;

/** What the translation resources answer. Records only; entities never go on the wire. */
public final class TranslationViews {
  private TranslationViews() {}

  /**
   * One task as lists and the matrix show it; {@code changedBlocks} are source block indices.
   * {@code submittedBy}: who submitted the current version (null before a submission); they do not
   * approve it, nor does anyone who saved a version of it. {@code approvalOverride}: why an editor
   * approved it though its figures differ from its claims' (null when they match).
   */
  public record TaskSummary(long id, long articleId, String language, String languageName, String dir, String state,
      boolean stale, int basedOnRevision, int sourceRevision, String translator, String submittedBy,
      OffsetDateTime due, List<Integer> changedBlocks, int revision, String approvalOverride, long version) {}

  /** Language × state × based-on revision, for the article view. */
  public record MatrixView(long articleId, String sourceLanguage, int currentRevision, List<MatrixRow> languages) {}

  public record MatrixRow(String language, String state, boolean stale, int basedOnRevision, boolean ready) {}

  /**
   * Source and target side by side. Block {@code index} is the source block's index: claims anchored
   * to a source block map to the same index here.
   */
  /** {@code allowedActions}: what the reader may do now (save, submit, approve, requestChanges). */
  public record WorkspaceView(TaskSummary task, String sourceLanguage, String sourceDir, String dir,
      String sourceTitle, String title, List<BlockPair> blocks, List<Integer> approvedBlocks, String reviewComment,
      List<String> allowedActions) {}

  /** {@code figures}: the claims' figures this block's translation does not carry as the same values. */
  public record BlockPair(int index, int sourceIndex, String kind, String source, String target, boolean approved,
      boolean changed, String previousSource, List<DiffSegmentView> diff, SpanView span, List<ClaimMark> claims,
      List<FigureView> figures) {}

  /**
   * A claim's figure as the source writes it, and what became of it in the translation: WRITTEN_OUT,
   * CANNOT_TELL (warnings), MISMATCH or MISSING (these block approval unless an editor overrides).
   */
  public record FigureView(long claim, String expected, String outcome, List<String> found, boolean blocking) {}

  /**
   * A claim of the source block, carried over to the aligned target block: where it sits in the
   * source (code points), its status and verdict. The translator may mark its passage in the
   * target with {@code span}.
   */
  public record ClaimMark(long id, String quote, String status, String verdict, int sourceStart, int sourceEnd) {}

  /** The translator-marked passage of a target block, in code points. */
  public record SpanView(int start, int end) {}

  public record StaleView(long id, boolean stale, int basedOnRevision, int sourceRevision, List<BlockPair> changed) {}

  public record TranslationRevisionView(int number, int basedOnRevision, String title, String author,
      OffsetDateTime createdAt, String sha256, List<String> blocks) {}
}
