package org.factdesk.workflow.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.factdesk.workflow.editorial.FactSource;
import org.factdesk.workflow.editorial.TranslationProgress;

/** Tells the workflow's TranslationsCurrent guard which required languages are not ready. */
@ApplicationScoped
public class TranslationFacts implements FactSource<TranslationProgress> {
  @Inject TranslationQueries translations;

  @Override
  public Class<TranslationProgress> type() {
    return TranslationProgress.class;
  }

  @Override
  public TranslationProgress gather(long articleId, int currentRevision) {
    return translations.progress(articleId);
  }
}
