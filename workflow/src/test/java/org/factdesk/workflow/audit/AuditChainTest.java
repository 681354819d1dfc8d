package org.factdesk.workflow.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 3, 13, 2, 32, 123_456_789, ZoneOffset.UTC);

  /** One stored event: the members its hash covers and the hash stored with it. */
  private record Stored(Map<String, Object> members, String hash) {}

  private static List<Stored> chain(Long article, long... ids) {
    List<Stored> events = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (long id : ids) {
      var m = AuditChain.members(id, article, "editor", AT.plusSeconds(id), "article.revised", "revision:" + id,
          "{\"state\":\"DRAFT\"}", null, "\u05ea\u05d9\u05e7\u05d5\u05df " + id, previous);
      previous = AuditChain.hash(m);
      events.add(new Stored(m, previous));
    }
    return events;
  }

  private static AuditVerdict.Broken walk(List<Stored> events) {
    ChainCheck check = new ChainCheck();
    for (Stored e : events) {
      var broken = check.accept(e.members(), e.hash());
      if (broken != null) {
        return broken;
      }
    }
    return null;
  }

  @Test
  void hashesAreSha256OfTheCanonicalFormIn64LowercaseHex() {
    var m = AuditChain.members(7, null, "admin", AT, "user.created", "user:x", null, "{}", null, AuditChain.GENESIS);
    assertEquals("{\"action\":\"user.created\",\"actor\":\"admin\",\"after\":\"{}\",\"articleId\":null,\"before\":null,"
        + "\"id\":7,\"note\":null,\"occurredAt\":\"2026-12-03T13:02:32.123456Z\",\"previousHash\":\"" + AuditChain.GENESIS
        + "\",\"subject\":\"user:x\"}", CanonicalJson.write(m));
    assertEquals(AuditChain.sha256(CanonicalJson.write(m)), AuditChain.hash(m));
    assertTrue(AuditChain.hash(m).matches("[0-9a-f]{64}"));
  }

  @Test
  void anInstantHashesTheSameWhateverItsOffsetAndBeyondMicroseconds() {
    var baku = AT.withOffsetSameInstant(ZoneOffset.ofHours(4));
    assertEquals("2026-12-03T13:02:32.123456Z", AuditChain.occurredAt(baku));
    assertEquals(AuditChain.occurredAt(AT), AuditChain.occurredAt(AuditChain.stored(AT)));
    assertEquals("2026-12-03T13:02:32.000000Z", AuditChain.occurredAt(AT.withNano(0)));
  }

  @Test
  void eachEventLinksToTheHashBeforeItInItsChain() {
    var events = chain(3L, 10, 11, 12);
    assertEquals(AuditChain.GENESIS, events.get(0).members().get("previousHash"));
    assertEquals(events.get(0).hash(), events.get(1).members().get("previousHash"));
    assertEquals(events.get(1).hash(), events.get(2).members().get("previousHash"));
    assertNull(walk(events));
  }

  @Test
  void everyChainStartsFromGenesis() {
    List<Stored> all = new ArrayList<>(chain(null, 1, 4));
    all.addAll(chain(3L, 2, 5));
    all.addAll(chain(9L, 3, 6));
    ChainCheck check = new ChainCheck();
    all.forEach(e -> assertNull(check.accept(e.members(), e.hash())));
    assertEquals(6, check.events());
  }

  @Test
  void aChangedEventIsNamedByItsHash() {
    var events = chain(3L, 10, 11, 12);
    events.get(1).members().put("actor", "someone else");
    var broken = walk(events);
    assertEquals(11, broken.eventId());
    assertEquals(3L, broken.articleId());
    assertEquals("hash", broken.differs());
    assertEquals(events.get(1).hash(), broken.found());
    assertNotEquals(broken.found(), broken.expected());
  }

  @Test
  void aRemovedEventBreaksTheLinkOfTheNextOne() {
    var events = chain(3L, 10, 11, 12);
    events.remove(1);
    var broken = walk(events);
    assertEquals(12, broken.eventId());
    assertEquals("previousHash", broken.differs());
    assertEquals(events.get(0).hash(), broken.expected());
  }

  @Test
  void aChangedTimestampOrNoteBreaksTheHash() {
    var events = chain(null, 1, 2);
    events.get(0).members().put("occurredAt", "2026-12-03T13:02:34.123456Z");
    assertEquals(1, walk(events).eventId());
    events = chain(null, 1, 2);
    events.get(1).members().put("note", "\u05ea\u05d9\u05e7\u05d5\u05df 2 ");
    assertEquals(2, walk(events).eventId());
  }
}
