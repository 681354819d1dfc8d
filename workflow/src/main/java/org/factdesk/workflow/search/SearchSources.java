package org.factdesk.workflow.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.factdesk.workflow.access.AccessPolicy;
import org.factdesk.workflow.search.SearchTexts.ArticleText;
import org.factdesk.workflow.search.SearchTexts.ClaimText;
import org.factdesk.workflow.search.SearchTexts.SourceText;
import org.factdesk.workflow.search.SearchTexts.TranslatedText;
import org.factdesk.workflow.user.Actor;

/**
 * Reads what the index holds, in batches of ids (a rebuild reads a whole archive; one query per
 * table per batch, never one per row), with plain JDBC: the index needs values, not entities.
 */
@ApplicationScoped
public class SearchSources {
  @Resource(lookup = "jdbc/factdesk")
  DataSource dataSource;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** The articles among {@code ids} that still exist. */
  public List<ArticleText> articles(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> blocks = new HashMap<>();
    query("SELECT r.article_id, b.body FROM article a JOIN revision r ON r.article_id = a.id"
        + " AND r.revision_number = a.current_revision JOIN revision_block b ON b.revision_id = r.id"
        + " WHERE a.id IN " + in(ids) + " ORDER BY r.article_id, b.block_index",
        rs -> blocks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
    Map<Long, List<TranslatedText>> translations = approvedTranslations(ids);
    return query("SELECT id, title, language, state FROM article WHERE id IN " + in(ids) + " ORDER BY id",
        rs -> new ArticleText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            blocks.getOrDefault(rs.getLong(1), List.of()), translations.getOrDefault(rs.getLong(1), List.of())));
  }

  /** The claims among {@code ids} that still exist. */
  public List<ClaimText> claims(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : claimsWhere("c.id IN " + in(ids));
  }

  /** Every claim of the articles {@code articleIds}. */
  public List<ClaimText> claimsOfArticles(Collection<Long> articleIds) {
    return articleIds.isEmpty() ? List.of() : claimsWhere("c.article_id IN " + in(articleIds));
  }

  /** The sources among {@code ids} that still exist. */
  public List<SourceText> sources(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return query("SELECT id, kind, title, publisher, url, description FROM source WHERE id IN " + in(ids),
        rs -> new SourceText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)));
  }

  /** Article ids after {@code afterId}, ascending: a rebuild walks the archive with them. */
  public List<Long> articleIds(long afterId, int limit) {
    return ids("article", afterId, limit);
  }

  public List<Long> sourceIds(long afterId, int limit) {
    return ids("source", afterId, limit);
  }

  /**
   * The articles {@code actor} may find, or empty when they may find every article (editors,
   * admins). Everyone else finds the articles they hold an active assignment on, as they read them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Set<Long>> readableArticles(Actor actor) {
    if (AccessPolicy.seesEveryArticle(actor)) {
      return Optional.empty();
    }
    return Optional.of(new HashSet<>(em.createQuery("select distinct s.articleId from Assignment s"
        + " where s.assignee = :u and s.endedAt is null", Long.class)
        .setParameter("u", actor.username()).getResultList()));
  }

  private List<ClaimText> claimsWhere(String where) {
    record Raw(long id, long articleId, String language, String state, String status, String quote, String reason,
        String verdict, String rationale, OffsetDateTime resolvedAt, Integer block) {}
    List<Raw> raw = query("SELECT c.id, c.article_id, a.language, a.state, c.status, c.quote_exact, c.reason,"
        + " c.verdict, c.rationale, c.resolved_at, c.block_index FROM claim c JOIN article a ON a.id = c.article_id"
        + " WHERE " + where + " ORDER BY c.id",
        rs -> new Raw(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getObject(10, OffsetDateTime.class), (Integer) rs.getObject(11)));
    Map<Long, List<TranslatedText>> translations =
        approvedTranslations(raw.stream().map(Raw::articleId).collect(Collectors.toSet()));
    return raw.stream().map(r -> new ClaimText(r.id(), r.articleId(), r.language(), r.state(), r.status(),
        r.quote(), r.reason(), r.verdict(), r.rationale(), r.resolvedAt(),
        carried(translations.getOrDefault(r.articleId(), List.of()), r.block()))).toList();
  }

  /** The block holding the claim, in each approved translation that has it. */
  private static List<TranslatedText> carried(List<TranslatedText> translations, Integer block) {
    if (block == null) {
      return List.of();
    }
    return translations.stream().filter(t -> block < t.blocks().size())
        .map(t -> new TranslatedText(t.language(), t.title(), List.of(t.blocks().get(block)))).toList();
  }

  private Map<Long, List<TranslatedText>> approvedTranslations(Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    record Key(long article, String language, String title) {}
    Map<Key, List<String>> blocks = new LinkedHashMap<>();
    query("SELECT t.article_id, t.language, tr.title, tb.body FROM translation_task t"
        + " JOIN translation_revision tr ON tr.task_id = t.id AND tr.revision_number = t.current_revision"
        + " JOIN translation_block tb ON tb.translation_revision_id = tr.id"
        + " WHERE t.state = 'APPROVED' AND t.article_id IN " + in(articleIds)
        + " ORDER BY t.article_id, t.language, tb.block_index",
        rs -> blocks.computeIfAbsent(new Key(rs.getLong(1), rs.getString(2), rs.getString(3)), k -> new ArrayList<>())
            .add(rs.getString(4)));
    Map<Long, List<TranslatedText>> out = new HashMap<>();
    blocks.forEach((k, v) -> out.computeIfAbsent(k.article(), a -> new ArrayList<>())
        .add(new TranslatedText(k.language(), k.title(), v)));
    return out;
  }

  private List<Long> ids(String table, long afterId, int limit) {
    return query("SELECT id FROM " + table + " WHERE id > " + afterId + " ORDER BY id FETCH FIRST " + limit
        + " ROWS ONLY", rs -> rs.getLong(1));
  }

  /** Ids are numbers, so the IN list is built inline (one statement per batch, any batch size). */
  private static String in(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
  }

  private <T> List<T> query(String sql, Row<T> row) {
    List<T> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        out.add(row.read(rs));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read texts to index", e);
    }
    return out;
  }
}
