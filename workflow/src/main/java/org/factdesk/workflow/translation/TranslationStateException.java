package org.factdesk.workflow.translation;

import java.util.Map;
import org.factdesk.workflow.common.ConflictException;

/** A review step that does not fit the translation's state (409). */
public class TranslationStateException extends ConflictException {
  public TranslationStateException(Long id, TranslationState state, boolean stale, String action) {
    super("translationState", Map.of("id", String.valueOf(id), "state", state.name(), "stale", String.valueOf(stale),
        "action", action), "Cannot " + action + " translation " + id + " in " + state + (stale ? " (stale)" : ""));
  }
}
