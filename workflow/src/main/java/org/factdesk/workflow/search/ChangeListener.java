package org.factdesk.workflow.search;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.claim.Claim;
import org.factdesk.workflow.search.ChangeLog.Kind;
import org.factdesk.workflow.source.Citation;
import org.factdesk.workflow.source.Source;
import org.factdesk.workflow.translation.TranslationTask;

/**
 * The default entity listener of the persistence unit (server's {@code META-INF/orm.xml}): every
 * insert, update and delete of what search shows is logged in the same transaction, whichever
 * service made it, so no use case can forget to. Entities know nothing of it.
 */
public class ChangeListener {
  @PostPersist
  @PostUpdate
  @PostRemove
  public void changed(Object entity) {
    if (entity instanceof Article a) {
      log().record(Kind.ARTICLE, a.id());
    } else if (entity instanceof Revision r) {
      log().record(Kind.ARTICLE, r.articleId());
    } else if (entity instanceof TranslationTask t) {
      log().record(Kind.ARTICLE, t.articleId()); // approval is a change of the task
    } else if (entity instanceof Claim c) {
      log().record(Kind.CLAIM, c.id());
    } else if (entity instanceof Citation c) {
      log().record(Kind.CLAIM, c.claimId());
    } else if (entity instanceof Source s) {
      log().record(Kind.SOURCE, s.id());
    }
  }

  private static ChangeLog log() {
    return CDI.current().select(ChangeLog.class).get();
  }
}
