package org.factdesk.server.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.ArticleDraft;
import org.factdesk.workflow.article.ArticleFilter;
import org.factdesk.workflow.article.ArticleImporter;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.article.Priority;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;
import org.factdesk.workflow.user.UserService;

/**
 * Demo staff (password {@code demo}, for local use only) and one demo article in DRAFT, so that a
 * newcomer can log in and walk an article through the desk at once.
 */
@ApplicationScoped
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String PASSWORD = "demo";
  static final String ARTICLE_TITLE = "Demo: Caspian ferry line promises to double freight by 2027";

  static final String ARTICLE_TEXT = """
      The operator of the ferry line between Baku and Turkmenbashi says it will double the freight it \
      carries across the Caspian Sea by 2027, after taking delivery of two new roll-on/roll-off ships this \
      spring.

      According to the company's chief executive, the line moved 1.2 million tonnes of cargo last year, \
      "more than any other route on the Caspian". The new ships, built at a shipyard near Baku, can each \
      carry 56 railway wagons.

      What the numbers say

      Transport ministry figures published in March put the line's 2025 volume at 1.05 million tonnes, \
      about 12% lower than the company's figure. A ministry spokesperson said the difference comes from \
      counting empty containers.

      > "Doubling in two years is ambitious but not impossible," said a logistics analyst in Tbilisi.

      The line is the first in the region to publish its sailing schedule a month in advance, the \
      company says.
      """;

  @Inject UserService users;
  @Inject ArticleService articles;
  @Inject ArticleQueries queries;

  void load() {
    provision("admin", "Demo Admin", Set.of(Role.ADMIN), Set.of());
    provision("editor", "Demo Editor", Set.of(Role.EDITOR), Set.of());
    provision("reviewer", "Demo Reviewer", Set.of(Role.EDITOR), Set.of());
    provision("checker", "Demo Fact-Checker", Set.of(Role.FACT_CHECKER), Set.of());
    provision("translator", "Demo Translator", Set.of(Role.TRANSLATOR),
        Set.of(tag("he"), tag("ar"), tag("az"), tag("ru"), tag("ka")));
    try {
      Actor editor = users.actor("editor").orElseThrow();
      boolean present = queries.list(editor, new ArticleFilter(null, null, null, "Demo: Caspian ferry"),
          new Page.Request(1, 1)).total() > 0;
      if (!present) {
        var imported = ArticleImporter.plainText(ARTICLE_TEXT, ARTICLE_TITLE);
        articles.create(editor, new ArticleDraft(imported.title(), tag("en"), imported.blocks(), "Business",
            null, Priority.NORMAL, "Demo article"));
      }
    } catch (RuntimeException e) {
      // Another instance starting at the same moment may have created it.
      LOG.log(Level.INFO, "Demo article not created here: " + e.getMessage());
    }
    LOG.info("Demo mode: log in as admin, editor, reviewer, checker or translator with password \"" + PASSWORD
        + "\" (local use only; set FACTDESK_DEMO=false to turn demo mode off)");
  }

  private void provision(String username, String name, Set<Role> roles, Set<LanguageTag> languages) {
    try {
      users.provision(username, name, PASSWORD, roles, languages);
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "Demo user " + username + " not created here: " + e.getMessage());
    }
  }

  private static LanguageTag tag(String value) {
    return LanguageTag.parse(value);
  }

  static List<String> usernames() {
    return List.of("admin", "editor", "reviewer", "checker", "translator");
  }
}
