package org.factdesk.workflow.article;

import static org.factdesk.workflow.article.Revisions.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.Segmenter;
import org.factdesk.workflow.article.RevisionDiff.Op;
import org.factdesk.workflow.article.RevisionDiff.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RevisionDiffTest {

  private static final LanguageTag EN = LanguageTag.parse("en");
  private static final LanguageTag RU = LanguageTag.parse("ru");

  private static String text(RevisionDiff diff, Op changed) {
    return diff.segments().stream()
        .filter(s -> s.op() == Op.EQUAL || s.op() == changed)
        .map(Segment::text)
        .collect(Collectors.joining());
  }

  private static int words(List<String> blocks, LanguageTag language) {
    return (int)
        blocks.stream()
            .flatMap(b -> Segmenter.tokens(b, language).stream())
            .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit))
            .count();
  }

  @Test
  void identicalRevisionsGiveOneEqualSegment() {
    Revision a = revision(1, "The mayor opened the bridge.", "The ferry waited.");
    Revision b = revision(2, "The mayor opened the bridge.", "The ferry waited.");
    RevisionDiff diff = RevisionDiff.between(a, b, EN);
    assertEquals(List.of(new Segment(Op.EQUAL, "The mayor opened the bridge.\n\nThe ferry waited.")), diff.segments());
    assertEquals(0, diff.wordsAdded());
    assertEquals(0, diff.wordsRemoved());
  }

  @Test
  void carriesTheNumbersAndHashesOfBothRevisions() {
    Revision a = revision(3, "Old text.");
    Revision b = revision(5, "New text.");
    RevisionDiff diff = RevisionDiff.between(a, b, EN);
    assertEquals(3, diff.from());
    assertEquals(5, diff.to());
    assertEquals(a.sha256(), diff.fromSha256());
    assertEquals(b.sha256(), diff.toSha256());
  }

  @Test
  void showsAOneWordChangeAsOneWordOutAndOneIn() {
    RevisionDiff diff =
        RevisionDiff.between(revision(1, "The mayor opened the bridge."), revision(2, "The mayor closed the bridge."), EN);
    assertEquals(
        List.of(
            new Segment(Op.EQUAL, "The mayor "),
            new Segment(Op.DELETE, "opened"),
            new Segment(Op.INSERT, "closed"),
            new Segment(Op.EQUAL, " the bridge.")),
        diff.segments());
    assertEquals(1, diff.wordsAdded());
    assertEquals(1, diff.wordsRemoved());
  }

  @Test
  void countsARussianOneWordChange() {
    RevisionDiff diff =
        RevisionDiff.between(revision(1, "Мэр открыл новый мост."), revision(2, "Мэр закрыл новый мост."), RU);
    assertEquals(1, diff.wordsAdded());
    assertEquals(1, diff.wordsRemoved());
    assertTrue(diff.segments().contains(new Segment(Op.DELETE, "открыл")), diff.segments().toString());
    assertTrue(diff.segments().contains(new Segment(Op.INSERT, "закрыл")), diff.segments().toString());
  }

  @Test
  void countsNoWordsForAPunctuationChange() {
    RevisionDiff diff = RevisionDiff.between(revision(1, "The bridge opened."), revision(2, "The bridge opened!"), EN);
    assertEquals(0, diff.wordsAdded());
    assertEquals(0, diff.wordsRemoved());
    assertTrue(diff.segments().contains(new Segment(Op.DELETE, ".")));
    assertTrue(diff.segments().contains(new Segment(Op.INSERT, "!")));
  }

  @Test
  void showsAnAddedParagraphWithItsBlockBreak() {
    RevisionDiff diff =
        RevisionDiff.between(revision(1, "First."), revision(2, "First.", "Two more words."), EN);
    assertEquals(List.of(new Segment(Op.EQUAL, "First."), new Segment(Op.INSERT, "\n\nTwo more words.")), diff.segments());
    assertEquals(3, diff.wordsAdded());
    assertEquals(0, diff.wordsRemoved());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.factdesk.workflow.article.SeededTexts#seeds")
  void segmentsRebuildBothBodies(long seed) {
    record Edit(SeededTexts.Language language, List<String> before, List<String> after) {}
    SeededTexts.forAll(
        seed,
        texts -> {
          SeededTexts.Language language = texts.language();
          List<String> before = texts.body(language);
          return new Edit(language, before, texts.edit(before, language));
        },
        edit -> {
          LanguageTag tag = LanguageTag.parse(edit.language().tag);
          RevisionDiff diff =
              RevisionDiff.between(
                  revision(1, edit.before().toArray(String[]::new)), revision(2, edit.after().toArray(String[]::new)), tag);

          assertEquals(String.join(RevisionDiff.BLOCK_BREAK, edit.before()), text(diff, Op.DELETE));
          assertEquals(String.join(RevisionDiff.BLOCK_BREAK, edit.after()), text(diff, Op.INSERT));
          assertEquals(
              words(edit.after(), tag) - words(edit.before(), tag), diff.wordsAdded() - diff.wordsRemoved());
          for (int i = 0; i < diff.segments().size(); i++) {
            assertFalse(diff.segments().get(i).text().isEmpty(), "empty segment " + i);
            if (i > 0) {
              assertNotEquals(diff.segments().get(i - 1).op(), diff.segments().get(i).op(), "unmerged at " + i);
            }
          }
        });
  }
}
