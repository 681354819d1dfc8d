package org.factdesk.server.rest.translation;

import java.util.List;

/** Request bodies of the translation resources. */
public final class TranslationRequests {
  private TranslationRequests() {}

  /** One target text per source block, in source order. */
  public record SaveTranslationRequest(String title, List<String> blocks) {}

  public record ReviewRequest(String comment) {}
}
