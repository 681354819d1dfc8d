package org.factdesk.workflow.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.i18n.TextInput;
import org.factdesk.workflow.access.AccessPolicy;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.user.Actor;

/**
 * The source registry. Any member of staff reads it; editors and fact-checkers add to it. A web
 * source registered twice (by canonical URL) is the same source.
 */
@ApplicationScoped
public class SourceService {
  public static final int MAX_TEXT = 1000;
  public static final int MAX_DESCRIPTION = 8000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The registered source and whether this call created it. */
  public record Registered(Source source, boolean created) {}

  @Transactional
  public Registered register(Actor actor, NewSource request) {
    AccessPolicy.handleSources(actor).enforce("register a source", "source", 0);
    FieldErrors errors = new FieldErrors();
    SourceKind kind = request.kind() != null ? request.kind() : request.url() != null ? SourceKind.WEB : null;
    if (kind == null) {
      errors.add("kind", "required", Map.of(), "a URL, or a kind and a description");
    }
    String canonical = null;
    String url = errors.optional("url", request.url(), CanonicalUrl.MAX_LENGTH);
    if (kind == SourceKind.WEB) {
      try {
        canonical = CanonicalUrl.of(url);
      } catch (ValidationException e) {
        errors.addAll(e.errors());
      }
    }
    String description = errors.optional("description", request.description(), MAX_DESCRIPTION);
    if (kind != null && kind != SourceKind.WEB && description == null) {
      errors.add("description", "required", Map.of(), "a non-web source needs a description");
    }
    String title = errors.required("title", request.title(), MAX_TEXT, "a title is required");
    String archiveUrl = errors.optional("archiveUrl", request.archiveUrl(), CanonicalUrl.MAX_LENGTH);
    if (archiveUrl != null) {
      try {
        CanonicalUrl.of(archiveUrl);
      } catch (ValidationException e) {
        errors.add("archiveUrl", "webUrl", Map.of(), "not an http or https URL");
      }
    }
    NewSource clean = new NewSource(kind, url, description, title,
        errors.optional("publisher", request.publisher(), MAX_TEXT), errors.optional("author", request.author(), MAX_TEXT),
        request.publishedOn(), request.accessedOn(), archiveUrl);
    errors.throwIfAny();
    if (canonical != null) {
      Optional<Source> existing = byCanonicalUrl(canonical);
      if (existing.isPresent()) {
        return new Registered(existing.get(), false);
      }
    }
    OffsetDateTime now = now();
    Source source = new Source(clean, canonical, actor.username(), now);
    em.persist(source);
    em.flush();
    audit.record(null, actor.username(), now, "source.registered", "source:" + source.id(), null,
        source.snapshot(), null);
    return new Registered(source, true);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Source find(Actor actor, long id) {
    Source s = em.find(Source.class, id);
    if (s == null) {
      throw new NotFoundException("source", id);
    }
    return s;
  }

  /** Sources whose title contains {@code q} (case-insensitive), or whose canonical URL equals {@code q}'s. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Source> search(Actor actor, String q, Page.Request page) {
    String where = "";
    Map<String, Object> params = new LinkedHashMap<>();
    if (q != null && !q.isBlank()) {
      where = " where s.titleFolded like :q";
      params.put("q", "%" + fold(q.strip()).replace("%", "").replace("_", "") + "%");
      try {
        params.put("url", CanonicalUrl.of(q));
        where += " or s.canonicalUrl = :url";
      } catch (ValidationException notAUrl) {
        // A plain search term.
      }
    }
    var count = em.createQuery("select count(s) from Source s" + where, Long.class);
    var list = em.createQuery("select s from Source s" + where + " order by s.titleFolded, s.id", Source.class);
    params.forEach((k, v) -> {
      count.setParameter(k, v);
      list.setParameter(k, v);
    });
    return new Page<>(list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page.page(), page.size(), count.getSingleResult());
  }

  /** Checks, before any upload is read, that the actor may archive evidence for this source. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Source mayArchive(Actor actor, long sourceId) {
    AccessPolicy.handleSources(actor).enforce("archive evidence", "source", 0);
    return find(actor, sourceId);
  }

  /** Records an evidence file already stored by the caller under its SHA-256. */
  @Transactional
  public Snapshot attachSnapshot(Actor actor, long sourceId, StoredEvidence evidence, String originalName) {
    AccessPolicy.handleSources(actor).enforce("archive evidence", "source", 0);
    Source source = find(actor, sourceId);
    String name = originalName == null || originalName.isBlank() ? null
        : TextInput.truncate(FieldErrors.clean("name", originalName).strip(), 200, "…");
    OffsetDateTime now = now();
    Snapshot snapshot = new Snapshot(source.id(), evidence, name, actor.username(), now);
    em.persist(snapshot);
    em.flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("snapshot", snapshot.id());
    after.put("sha256", snapshot.sha256());
    after.put("size", snapshot.size());
    after.put("mediaType", snapshot.mediaType());
    audit.record(null, actor.username(), now, "source.snapshotAdded", "source:" + source.id(), null, after, null);
    return snapshot;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Snapshot> snapshots(Actor actor, long sourceId) {
    find(actor, sourceId);
    return em.createQuery("select s from Snapshot s where s.sourceId = :s order by s.id", Snapshot.class)
        .setParameter("s", sourceId)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Snapshot snapshot(Actor actor, long sourceId, long snapshotId) {
    find(actor, sourceId);
    Snapshot s = em.find(Snapshot.class, snapshotId);
    if (s == null || s.sourceId() != sourceId) {
      throw new NotFoundException("snapshot", snapshotId);
    }
    return s;
  }

  /** The sources with these ids, in one query (for citation lists). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Source> byIds(java.util.Collection<Long> ids) {
    Map<Long, Source> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    em.createQuery("select s from Source s where s.id in :ids", Source.class)
        .setParameter("ids", List.copyOf(new java.util.HashSet<>(ids)))
        .getResultList()
        .forEach(s -> out.put(s.id(), s));
    return out;
  }

  Optional<Source> byCanonicalUrl(String canonical) {
    return em.createQuery("select s from Source s where s.canonicalUrl = :u", Source.class)
        .setParameter("u", canonical)
        .getResultStream()
        .findFirst();
  }

  public static String fold(String s) {
    return com.ibm.icu.lang.UCharacter.foldCase(s, true).toLowerCase(Locale.ROOT);
  }




  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
