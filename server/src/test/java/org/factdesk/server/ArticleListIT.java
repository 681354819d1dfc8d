package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 15: the articles list finds by headline or id, author and deadline, in the order a desk asks for. */
@ExtendWith(ArquillianExtension.class)
class ArticleListIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static long create(String user, String title, String deadline) {
    Api.Reply r = Api.post(user, "articles", Api.json(Map.of("title", title, "language", "en", "text", "Text.",
        "deadline", deadline)));
    assertEquals(201, r.status(), r::toString);
    return Articles.id(r.json());
  }

  private static List<Long> ids(String query) {
    Api.Reply r = Api.get("editor", "articles?" + query);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  @Test
  void filtersByAuthorAndDeadlineSortsAndFindsById() {
    String tag = "Ferry " + UUID.randomUUID().toString().substring(0, 8);
    String other = Api.account("EDITOR");
    long b = create("editor", tag + " B", "2031-03-01T12:00:00Z");
    long a = create(other, tag + " A", "2031-01-01T12:00:00Z");
    long c = create("editor", tag + " C", "2031-02-01T12:00:00Z");
    String q = "q=" + tag.replace(" ", "%20");
    assertEquals(List.of(c, a, b), ids(q), "most recently changed first, by default");
    assertEquals(List.of(a, b, c), ids(q + "&sort=TITLE"));
    assertEquals(List.of(a, c, b), ids(q + "&sort=deadline"));
    assertEquals(List.of(c, a, b), ids(q + "&sort=CREATED"));
    assertEquals(List.of(c, b), ids(q + "&author=editor"));
    assertEquals(List.of(a), ids(q + "&author=" + other));
    assertEquals(List.of(c, a), ids(q + "&dueBefore=2031-02-15"), "deadline by the end of that day");
    assertEquals(List.of(a), ids(q + "&dueBefore=2031-01-01T13:00:00Z"));
    assertEquals(true, ids("q=%23" + b).contains(b), "#id finds the article");
    assertEquals(true, ids("q=" + b).contains(b), "so does the bare number");
    Api.Reply badSort = Api.get("editor", "articles?sort=SIDEWAYS");
    assertEquals(400, badSort.status(), badSort::toString);
    assertEquals("sort", badSort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(400, Api.get("editor", "articles?dueBefore=tomorrow").status());
  }
}
