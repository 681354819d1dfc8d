package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Only approved content leaves as PDF, always the same bytes for the same approved revision. */
@ExtendWith(ArquillianExtension.class)
class ExportIT {
  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.factdesk();
  }

  private static HttpResponse<byte[]> pdf(String user, long id, String query, String... headers) {
    return Api.bytes(user, "articles/" + id + "/pdf" + query, headers);
  }

  private static long approvedArticle() {
    return Articles.approved("Export");
  }

  @Test
  void approvedSourceExportsAsAReproduciblePdfWithAnEtag() throws Exception {
    long id = approvedArticle();
    HttpResponse<byte[]> first = pdf("editor", id, "");
    assertEquals(200, first.statusCode());
    assertEquals("application/pdf", first.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(new String(first.body(), 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertTrue(first.headers().firstValue("Content-Disposition").orElseThrow().contains(".pdf"));
    assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(null), "issue 14: never stored");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again = pdf("checker", id, "?lang=en");
    assertArrayEquals(first.body(), again.body(), "the same approved revision gives the same bytes");
    assertEquals(304, pdf("editor", id, "", "If-None-Match", etag).statusCode());
    assertTrue(Api.get("editor", "articles/" + id + "/audit").body().contains("article.exported"));
  }

  @Test
  void reopenedArticlesStillExportTheirApprovedRevision() throws Exception {
    long id = approvedArticle();
    HttpResponse<byte[]> before = pdf("editor", id, "");
    assertEquals(200, before.statusCode());
    byte[] approved = before.body();
    assertEquals(200, Articles.transition("editor", id, "DRAFT").status());
    String etag = Api.get("editor", "articles/" + id).etag();
    assertEquals(201, Api.post("editor", "articles/" + id + "/revisions", "{\"text\":\"A new draft.\"}",
        "If-Match", etag).status());
    assertArrayEquals(approved, pdf("editor", id, "").body());
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  @Test
  void approvedTranslationsExportInTheirOwnLanguage() throws Exception {
    long id = Articles.staffed("Translated export");
    assertEquals(200, Articles.transition("editor", id, "IN_REVIEW").status());
    assertEquals(200, Articles.transition("reviewer", id, "FACT_CHECK").status());
    assertEquals(200, Articles.transition("checker", id, "TRANSLATION").status());
    assertEquals(409, pdf("editor", id, "?lang=he").statusCode(), "not yet approved");
    Articles.approveTranslations(id);
    assertEquals(200, Articles.transition("reviewer", id, "APPROVED").status());
    HttpResponse<byte[]> hebrew = pdf("editor", id, "?lang=he");
    assertEquals(200, hebrew.statusCode());
    // The translated blocks (the fixture translator prefixes the source); a Latin run inside
    // right-to-left text keeps its own order when extracted.
    assertTrue(text(hebrew.body()).contains("The bridge opened in 1998"), "the translated text");
    try (var document = org.apache.pdfbox.Loader.loadPDF(hebrew.body())) {
      assertEquals("he", document.getDocumentCatalog().getLanguage(), "a Hebrew document, not the source");
    }
    assertTrue(hebrew.headers().firstValue("Content-Disposition").orElseThrow().contains("-he-"));
    assertEquals(409, pdf("editor", id, "?lang=ar").statusCode(), "no Arabic translation");
  }

  /** An approved article whose "opened in 1998" is a TRUE claim citing one source; {article, claim}. */
  private static long[] approvedWithClaim(String title, String url, String sourceTitle, String rationale) {
    long id = Articles.id(Articles.draft(title));
    Articles.assign(id, "reviewer", "REVIEWER", null);
    Articles.assign(id, "checker", "FACT_CHECKER", null);
    Articles.transition("editor", id, "IN_REVIEW");
    Articles.transition("reviewer", id, "FACT_CHECK");
    long claim = Claims.flagged(id, "opened in 1998");
    assertEquals(201, Claims.cite(claim, Claims.source(url, sourceTitle), "SUPPORTS", "page 4").status());
    assertEquals(200, Claims.resolve(claim, "TRUE", rationale).status());
    assertEquals(200, Articles.transition("reviewer", id, "APPROVED").status());
    return new long[] {id, claim};
  }

  @Test
  void resolvedClaimsBecomeFactCheckNotes() throws Exception {
    long id = approvedWithClaim("Checked export", "https://example.org/bridge-records", "Bridge records office",
        "Opening recorded by the records office")[0];
    String text = text(pdf("editor", id, "").body());
    assertTrue(text.contains("Opening recorded by the records office"), text);
    assertTrue(text.contains("Bridge records office"), text);
  }

  /** The fact-check record is frozen at approval: changing a claim after reopening leaves the PDF as it was. */
  @Test
  void claimsChangedAfterReopeningLeaveTheApprovedPdfAsItWas() throws Exception {
    long[] ids = approvedWithClaim("Frozen record", "https://example.org/bridge-ledger", "Bridge ledger",
        "The ledger records the opening");
    long id = ids[0];
    long claim = ids[1];
    byte[] approved = pdf("editor", id, "").body();

    assertEquals(200, Articles.transition("editor", id, "DRAFT").status());
    Api.Reply reopened = Api.post("checker", "claims/" + claim + "/reopening",
        Api.json(java.util.Map.of("reason", "a second ledger disagrees")), "If-Match", Api.get("checker", "claims/" + claim).etag());
    assertEquals(200, reopened.status(), reopened::toString);
    long other = Claims.source("https://example.org/second-ledger", "Second ledger");
    assertEquals(201, Claims.cite(claim, other, "REFUTES", "page 2").status());
    Api.Reply changed = Claims.resolve(claim, "FALSE", "The second ledger is right");
    assertEquals(200, changed.status(), changed::toString);

    byte[] after = pdf("editor", id, "").body();
    String text = text(after);
    assertTrue(text.contains("The ledger records the opening") && !text.contains("The second ledger is right"), text);
    assertArrayEquals(approved, after, "the approved revision's PDF, byte for byte");
  }

  @Test
  void unapprovedContentIsAConflict() throws Exception {
    long id = Articles.id(Articles.draft("Not yet"));
    HttpResponse<byte[]> draft = pdf("editor", id, "");
    assertEquals(409, draft.statusCode());
    assertTrue(new String(draft.body(), StandardCharsets.UTF_8).contains("\"code\":\"notApproved\""));
    HttpResponse<byte[]> translation = pdf("editor", approvedArticle(), "?lang=he");
    assertEquals(409, translation.statusCode());
    assertEquals(400, pdf("editor", id, "?lang=klingon-").statusCode());
  }
  @Test
  void aTranslationInAScriptWithoutAFontIsApprovedButItsPdfIsA422NamingTheScript() throws Exception {
    // Santali in Ol Chiki inside a Georgian translation: no face covers Ol Chiki.
    long id = Articles.approvedWithTranslation("Ol Chiki export", "ka", "ᱥᱟᱱᱛᱟᱲᱤ ");
    assertEquals(200, pdf("editor", id, "?lang=en").statusCode(), "the source still exports");
    HttpResponse<byte[]> refused = pdf("editor", id, "?lang=ka");
    assertEquals(422, refused.statusCode());
    assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
    try (var reader = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(refused.body()))) {
      var problem = reader.readObject();
      assertEquals("scriptNotSupported", problem.getString("code"));
      var reason = problem.getJsonArray("reasons").getJsonObject(0);
      assertEquals("Olck", reason.getJsonObject("details").getString("script"));
      assertEquals("Ol Chiki", reason.getJsonObject("details").getString("name"));
      assertEquals("ᱥᱟᱱᱛᱲᱤ", reason.getJsonObject("details").getString("characters"));
      assertTrue(problem.getString("detail").contains("Ol Chiki"), problem::toString);
    }
  }

  @Test
  void languagesSayWhetherPdfExportCanSetTheirScript() {
    Api.Reply santali = Api.get("translator", "languages/sat/pdf");
    assertEquals(200, santali.status(), santali::toString);
    assertEquals("Olck", santali.json().getString("script"));
    assertEquals(false, santali.json().getBoolean("supported"));
    for (String supported : List.of("th", "ko", "am", "ur", "my", "si", "ta", "bn", "pa", "gu", "km", "lo")) {
      assertTrue(Api.get("translator", "languages/" + supported + "/pdf").json().getBoolean("supported"), supported);
    }
    assertTrue(Api.get("translator", "languages").array().stream()
        .allMatch(l -> l.asJsonObject().containsKey("pdf")), "the list says it for each language");
  }
}
