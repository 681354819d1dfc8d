package org.factdesk.workflow.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.i18n.TextInput;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.common.ValidationException.FieldError;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;

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
    requireChecker(actor, "register a source");
    List<FieldError> errors = new ArrayList<>();
    SourceKind kind = request.kind() != null ? request.kind() : request.url() != null ? SourceKind.WEB : null;
    if (kind == null) {
      errors.add(new FieldError("kind", "required", Map.of(), "a URL, or a kind and a description"));
    }
    String canonical = null;
    String url = clean("url", request.url(), CanonicalUrl.MAX_LENGTH, errors);
    if (kind == SourceKind.WEB) {
      try {
        canonical = CanonicalUrl.of(url);
      } catch (ValidationException e) {
        errors.addAll(e.errors());
      }
    }
    String description = clean("description", request.description(), MAX_DESCRIPTION, errors);
    if (kind != null && kind != SourceKind.WEB && description == null) {
      errors.add(new FieldError("description", "required", Map.of(), "a non-web source needs a description"));
    }
    String title = clean("title", request.title(), MAX_TEXT, errors);
    if (title == null) {
      errors.add(new FieldError("title", "required", Map.of(), "a title is required"));
    }
    String archiveUrl = clean("archiveUrl", request.archiveUrl(), CanonicalUrl.MAX_LENGTH, errors);
    if (archiveUrl != null) {
      try {
        CanonicalUrl.of(archiveUrl);
      } catch (ValidationException e) {
        errors.add(new FieldError("archiveUrl", "webUrl", Map.of(), "not an http or https URL"));
      }
    }
    NewSource clean = new NewSource(kind, url, description, title,
        clean("publisher", request.publisher(), MAX_TEXT, errors), clean("author", request.author(), MAX_TEXT, errors),
        request.publishedOn(), request.accessedOn(), archiveUrl);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
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
        describe(source), null);
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
    requireChecker(actor, "archive evidence");
    return find(actor, sourceId);
  }

  /** Records an evidence file already stored by the caller under its SHA-256. */
  @Transactional
  public Snapshot attachSnapshot(Actor actor, long sourceId, StoredEvidence evidence, String originalName) {
    requireChecker(actor, "archive evidence");
    Source source = find(actor, sourceId);
    String name = originalName == null || originalName.isBlank() ? null
        : TextInput.truncate(TextInput.clean(originalName.strip()), 200, "…");
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

  static void requireChecker(Actor actor, String action) {
    if (!actor.isEditor() && !actor.has(Role.FACT_CHECKER)) {
      throw new ForbiddenException(action, "only editors and fact-checkers may " + action);
    }
  }

  private static String clean(String field, String raw, int max, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = TextInput.clean(raw.strip());
    if (s.codePointCount(0, s.length()) > max) {
      errors.add(new FieldError(field, "tooLong", Map.of("max", max), "at most " + max + " characters"));
    }
    return s;
  }

  private static Map<String, Object> describe(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", s.kind());
    m.put("url", s.canonicalUrl());
    m.put("title", s.title());
    m.put("publisher", s.publisher());
    return m;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
