package org.factdesk.server.rest.translation;

import java.util.List;

/** Request bodies of the translation resources. */
public final class TranslationRequests {
  private TranslationRequests() {}

  /**
   * One target text per source block, in source order; optionally the passages the translator marks
   * as carrying each block's claim (without {@code spans}, marks stay on unchanged target blocks).
   */
  public record SaveTranslationRequest(String title, List<String> blocks, List<SpanInput> spans, Integer base) {
    public SaveTranslationRequest(String title, List<String> blocks, List<SpanInput> spans) {
      this(title, blocks, spans, null);
    }
  }

  /** Code points {@code start} (inclusive) to {@code end} (exclusive) of target block {@code block}. */
  public record SpanInput(Integer block, Integer start, Integer end) {}

  public record ReviewRequest(String comment) {}

  /** {@code override}: why to approve though figures differ from the claims' (editors; optional). */
  public record ApproveRequest(String override) {}
}
