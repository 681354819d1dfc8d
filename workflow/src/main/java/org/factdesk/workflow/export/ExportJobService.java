package org.factdesk.workflow.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.ArticleFilter;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;

/**
 * Use cases of bulk export jobs. Every change of an item is one conditional UPDATE, so when several
 * instances share the database exactly one of them wins a claim, and only the current claimant can
 * record the result: an item is exported once even if an instance dies or stalls mid-way.
 */
@ApplicationScoped
public class ExportJobService {
  public static final int MAX_ITEMS = 500;
  public static final int MAX_LANGUAGES = 20;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * A new job over the given articles plus every approved article the filter matches, each in
   * every language asked for (none: the source language). Editors only.
   */
  @Transactional
  public ExportJob start(Actor actor, List<Long> articleIds, ArticleFilter filter, List<LanguageTag> languages) {
    if (!actor.isEditor()) {
      throw new ForbiddenException("start an export", "only editors export in bulk");
    }
    if (languages.size() > MAX_LANGUAGES) {
      throw new ValidationException("languages", "tooMany", Map.of("max", MAX_LANGUAGES),
          "at most " + MAX_LANGUAGES + " languages");
    }
    Set<Long> ids = new LinkedHashSet<>(articleIds);
    if (filter != null) {
      ids.addAll(approvedMatching(filter));
    }
    List<String> tags = languages.isEmpty() ? java.util.Collections.singletonList(null)
        : languages.stream().map(LanguageTag::value).distinct().toList();
    List<ExportTarget> targets = new ArrayList<>();
    for (long id : ids) {
      for (String tag : tags) {
        targets.add(new ExportTarget(id, tag));
      }
    }
    if (targets.isEmpty()) {
      throw new ValidationException("articles", "required", Map.of(), "no article given or matched");
    }
    if (targets.size() > MAX_ITEMS) {
      throw new ValidationException("articles", "tooMany", Map.of("max", MAX_ITEMS),
          "at most " + MAX_ITEMS + " article-language pairs per job, not " + targets.size());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    ExportJob job = new ExportJob(actor.username(), targets.size(), now);
    em.persist(job);
    em.flush();
    for (int i = 0; i < targets.size(); i++) {
      em.persist(new ExportItem(job.id(), i, targets.get(i)));
    }
    audit.record(null, actor.username(), now, "export.started", "export:" + job.id(), null,
        Map.of("items", targets.size(), "articles", ids.size(), "languages",
            tags.stream().map(t -> t == null ? "source" : t).toList()), null);
    return job;
  }

  private List<Long> approvedMatching(ArticleFilter f) {
    StringBuilder q = new StringBuilder("select a.id from Article a where a.approvedRevision is not null");
    if (f.language() != null) q.append(" and a.language = :language");
    if (f.desk() != null) q.append(" and a.desk = :desk");
    if (f.titleContains() != null && !f.titleContains().isBlank()) q.append(" and lower(a.title) like :q");
    TypedQuery<Long> query = em.createQuery(q + " order by a.id", Long.class);
    if (f.language() != null) query.setParameter("language", f.language());
    if (f.desk() != null) query.setParameter("desk", f.desk());
    if (f.titleContains() != null && !f.titleContains().isBlank()) {
      query.setParameter("q", "%" + f.titleContains().strip().toLowerCase(Locale.ROOT)
          .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    // One more than allowed, so an oversized match is refused rather than cut short.
    return query.setMaxResults(MAX_ITEMS + 1).getResultList();
  }

  /** The job, for the person who started it and for admins; anyone else is told it does not exist. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ExportJob find(Actor actor, long id) {
    ExportJob job = em.find(ExportJob.class, id);
    if (job == null || !(job.createdBy().equals(actor.username()) || actor.has(Role.ADMIN))) {
      throw new NotFoundException("export", id);
    }
    return job;
  }

  /** The actor's own jobs (admins: everyone's), newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ExportJob> list(Actor actor, Page.Request page) {
    boolean all = actor.has(Role.ADMIN);
    String where = all ? "" : " where j.createdBy = :me";
    var count = em.createQuery("select count(j) from ExportJob j" + where, Long.class);
    var list = em.createQuery("select j from ExportJob j" + where + " order by j.id desc", ExportJob.class);
    if (!all) {
      count.setParameter("me", actor.username());
      list.setParameter("me", actor.username());
    }
    return new Page<>(list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page.page(), page.size(), count.getSingleResult());
  }

  /** Who started the job: rendering runs with their rights, wherever it runs. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String startedBy(long jobId) {
    ExportJob job = em.find(ExportJob.class, jobId);
    if (job == null) {
      throw new NotFoundException("export", jobId);
    }
    return job.createdBy();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ExportItem> items(long jobId) {
    return em.createQuery("select i from ExportItem i where i.jobId = :job order by i.index", ExportItem.class)
        .setParameter("job", jobId)
        .getResultList();
  }

  /**
   * Claims the next pending item of the job whose lease has run out (or that no one claimed yet)
   * for {@code instance}, for {@code lease}. Empty when nothing is left to claim.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ExportItem> claim(long jobId, String instance, Duration lease) {
    long now = nowMillis();
    List<Long> candidates = em.createQuery("select i.id from ExportItem i where i.jobId = :job and i.state = :pending"
            + " and i.leaseUntil < :now order by i.index", Long.class)
        .setParameter("job", jobId)
        .setParameter("pending", ExportItemState.PENDING)
        .setParameter("now", now)
        .setMaxResults(8)
        .getResultList();
    for (long id : candidates) {
      // The same condition again in the UPDATE: of instances racing for this row, one changes it.
      int claimed = em.createQuery("update ExportItem i set i.claimedBy = :me, i.leaseUntil = :until,"
              + " i.attempts = i.attempts + 1 where i.id = :id and i.state = :pending and i.leaseUntil < :now")
          .setParameter("me", instance)
          .setParameter("until", now + lease.toMillis())
          .setParameter("id", id)
          .setParameter("pending", ExportItemState.PENDING)
          .setParameter("now", now)
          .executeUpdate();
      if (claimed == 1) {
        return Optional.of(em.find(ExportItem.class, id));
      }
    }
    return Optional.empty();
  }

  /**
   * Records the rendered file, if {@code instance} still holds the claim (an instance whose lease
   * ran out and was taken over loses its work here), with its audit event. False if it lost.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean complete(long itemId, String instance, String language, int revision, String filename,
      String sha256, byte[] pdf) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int done = em.createQuery("update ExportItem i set i.state = :done, i.language = :language,"
            + " i.revision = :revision, i.filename = :filename, i.sha256 = :sha, i.size = :size, i.finishedAt = :now"
            + " where i.id = :id and i.state = :pending and i.claimedBy = :me")
        .setParameter("done", ExportItemState.DONE)
        .setParameter("language", language)
        .setParameter("revision", revision)
        .setParameter("filename", filename)
        .setParameter("sha", sha256)
        .setParameter("size", pdf.length)
        .setParameter("now", now)
        .setParameter("id", itemId)
        .setParameter("pending", ExportItemState.PENDING)
        .setParameter("me", instance)
        .executeUpdate();
    if (done != 1) {
      return false;
    }
    em.createNativeQuery("UPDATE export_item SET pdf = ? WHERE id = ?")
        .setParameter(1, pdf)
        .setParameter(2, itemId)
        .executeUpdate();
    ExportItem item = em.find(ExportItem.class, itemId);
    ExportJob job = em.find(ExportJob.class, item.jobId());
    audit.record(item.articleId(), job.createdBy(), now, "article.exported", "pdf:" + language, null,
        Map.of("language", language, "revision", revision, "format", "pdf", "sha256", sha256, "job", job.id()),
        null);
    return true;
  }

  /** Records why the item cannot be exported, if {@code instance} still holds the claim. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean fail(long itemId, String instance, String code, Map<String, ?> args, String detail) {
    var json = Json.createObjectBuilder();
    args.forEach((k, v) -> json.add(k, String.valueOf(v)));
    return em.createQuery("update ExportItem i set i.state = :failed, i.errorCode = :code, i.errorArgs = :args,"
            + " i.errorDetail = :detail, i.finishedAt = :now"
            + " where i.id = :id and i.state = :pending and i.claimedBy = :me")
        .setParameter("failed", ExportItemState.FAILED)
        .setParameter("code", code)
        .setParameter("args", json.build().toString())
        .setParameter("detail", detail == null ? code : truncate(detail, 2000))
        .setParameter("now", OffsetDateTime.now(clock))
        .setParameter("id", itemId)
        .setParameter("pending", ExportItemState.PENDING)
        .setParameter("me", instance)
        .executeUpdate() == 1;
  }

  /** Marks the job done once no item is pending; true for the one caller that did it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean finishIfDone(long jobId) {
    return em.createQuery("update ExportJob j set j.state = :done, j.finishedAt = :now, j.version = j.version + 1"
            + " where j.id = :id and j.state = :running and not exists"
            + " (select i.id from ExportItem i where i.jobId = :id and i.state = :pending)")
        .setParameter("done", ExportJobState.DONE)
        .setParameter("now", OffsetDateTime.now(clock))
        .setParameter("id", jobId)
        .setParameter("running", ExportJobState.RUNNING)
        .setParameter("pending", ExportItemState.PENDING)
        .executeUpdate() == 1;
  }

  /** Running jobs with an item nobody holds a live claim on: new work, or work a dead instance left. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> jobsWithClaimableItems(int max) {
    return em.createQuery("select distinct i.jobId from ExportItem i where i.state = :pending"
            + " and i.leaseUntil < :now order by i.jobId", Long.class)
        .setParameter("pending", ExportItemState.PENDING)
        .setParameter("now", nowMillis())
        .setMaxResults(max)
        .getResultList();
  }

  /** Running jobs whose items are all finished but that nobody marked done (the finisher died). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> unfinishedJobs(int max) {
    return em.createQuery("select j.id from ExportJob j where j.state = :running and not exists"
            + " (select i.id from ExportItem i where i.jobId = j.id and i.state = :pending) order by j.id", Long.class)
        .setParameter("running", ExportJobState.RUNNING)
        .setParameter("pending", ExportItemState.PENDING)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Deletes jobs finished before the cutoff, with their items and rendered files (the PDFs live in
   * the database, so without this it only grows). Idempotent: every instance may run it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeFinishedBefore(OffsetDateTime cutoff) {
    em.createQuery("delete from ExportItem i where i.jobId in (select j.id from ExportJob j where j.state = :done"
            + " and j.finishedAt < :cutoff)")
        .setParameter("done", ExportJobState.DONE)
        .setParameter("cutoff", cutoff)
        .executeUpdate();
    return em.createQuery("delete from ExportJob j where j.state = :done and j.finishedAt < :cutoff")
        .setParameter("done", ExportJobState.DONE)
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  /** The rendered file of a done item. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] file(long itemId) {
    Object pdf = em.createNativeQuery("SELECT pdf FROM export_item WHERE id = ?")
        .setParameter(1, itemId)
        .getSingleResult();
    if (pdf == null) {
      throw new NotFoundException("export item", itemId);
    }
    return (byte[]) pdf;
  }

  /** Through instant(): the server's microsecond-tick clock fails in millis() (the JDK divides by zero there). */
  private long nowMillis() {
    return clock.instant().toEpochMilli();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
