package org.factdesk.workflow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factdesk.workflow.common.ValidationException;
import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
  @Test
  void lowerCasesSchemeAndHostAndDropsDefaultPortsAndFragments() {
    assertEquals("https://stat.gov.az/source/labour/", CanonicalUrl.of("HTTPS://Stat.GOV.az:443/source/labour/#table2"));
    assertEquals("http://example.org/", CanonicalUrl.of("http://Example.org:80"));
    assertEquals("http://example.org:8080/a", CanonicalUrl.of("http://example.org:8080/a"));
  }

  @Test
  void removesTrackingParametersAndSortsTheRest() {
    assertEquals("https://news.example/story?id=7&page=2",
        CanonicalUrl.of("https://news.example/story?utm_source=x&page=2&fbclid=abc&id=7&gclid=1&mc_cid=q&UTM_Medium=m"));
    assertEquals("https://news.example/story", CanonicalUrl.of("https://news.example/story?utm_campaign=z"));
  }

  @Test
  void keepsPathCaseAndPercentEncoding() {
    assertEquals("https://example.org/Report%20A.pdf", CanonicalUrl.of("https://example.org/a/../Report%20A.pdf"));
  }

  @Test
  void internationalHostsBecomePunycode() {
    assertEquals("https://xn--e1afmkfd.xn--p1ai/", CanonicalUrl.of("https://пример.рф/"));
  }

  @Test
  void refusesWhatIsNotAWebAddress() {
    for (String bad : List.of("ftp://example.org/x", "javascript:alert(1)", "not a url", "https:///nohost", "mailto:a@b")) {
      assertEquals("webUrl", assertThrows(ValidationException.class, () -> CanonicalUrl.of(bad)).errors().get(0).code(),
          bad);
    }
  }

  /** Seeded random spellings of one address (case, ports, fragments, tracking, order) all canonicalise alike. */
  @Test
  void randomSpellingsOfOneAddressAgree() {
    String expected = "https://data.example.com/series/gdp?country=az&year=2024";
    for (long seed = 1; seed <= 500; seed++) {
      Random r = new Random(seed);
      List<String> params = new ArrayList<>(List.of("country=az", "year=2024"));
      String[] tracking = {"utm_source=tw", "utm_medium=social", "fbclid=Iw" + seed, "gclid=" + seed, "mc_eid=x"};
      for (String t : tracking) {
        if (r.nextBoolean()) params.add(t);
      }
      Collections.shuffle(params, r);
      String host = r.nextBoolean() ? "DATA.Example.COM" : "data.example.com";
      String scheme = r.nextBoolean() ? "HTTPS" : "https";
      String port = r.nextBoolean() ? ":443" : "";
      String fragment = r.nextBoolean() ? "#chart-" + r.nextInt(9) : "";
      String url = scheme + "://" + host + port + "/series/gdp?" + String.join("&", params) + fragment;
      assertEquals(expected, CanonicalUrl.of(url), "seed " + seed + ": " + url);
      assertEquals(CanonicalUrl.of(url), CanonicalUrl.of(CanonicalUrl.of(url)), "idempotent, seed " + seed);
    }
  }

  @Test
  void trackingNamesAreRecognised() {
    assertTrue(CanonicalUrl.tracking("utm_content"));
    assertTrue(CanonicalUrl.tracking("fbclid"));
    assertTrue(!CanonicalUrl.tracking("id"));
  }
}
