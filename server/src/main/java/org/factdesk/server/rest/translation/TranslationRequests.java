package org.factdesk.server.rest.translation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.workflow.translation.TranslationService;

/** Request bodies of the translation resources. */
public final class TranslationRequests {
  private TranslationRequests() {}

  /**
   * One target text per source block, in source order; optionally the passages the translator marks
   * as carrying each block's claim (without {@code spans}, marks stay on unchanged target blocks).
   */
  public record SaveTranslationRequest(@Schema(maxLength = TranslationService.MAX_TITLE) String title, List<String> blocks, List<SpanInput> spans, Integer base) {
    public SaveTranslationRequest(String title, List<String> blocks, List<SpanInput> spans) {
      this(title, blocks, spans, null);
    }
  }

  /** Code points {@code start} (inclusive) to {@code end} (exclusive) of target block {@code block}. */
  public record SpanInput(Integer block, Integer start, Integer end) {}

  public record ReviewRequest(@Schema(required = true, maxLength = TranslationService.MAX_COMMENT) String comment) {}

  /** {@code override}: why to approve though figures differ from the claims' (editors; optional). */
  public record ApproveRequest(@Schema(maxLength = TranslationService.MAX_COMMENT) String override) {}
}
