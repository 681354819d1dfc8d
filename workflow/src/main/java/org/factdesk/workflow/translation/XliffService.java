package org.factdesk.workflow.translation;

import com.ibm.icu.text.Normalizer2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.i18n.InvalidLanguageTagException;
import org.factdesk.i18n.InvalidTextException;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.TextInput;
import org.factdesk.i18n.xliff.XliffDocument;
import org.factdesk.i18n.xliff.XliffException;
import org.factdesk.i18n.xliff.XliffReader;
import org.factdesk.i18n.xliff.XliffWriter;
import org.factdesk.workflow.article.ArticleAccess.TranslationNeed;
import org.factdesk.workflow.article.RevisionDiff.Segment;
import org.factdesk.workflow.claim.AnchoredClaim;
import org.factdesk.workflow.claim.ClaimQueries;
import org.factdesk.workflow.user.Actor;

/**
 * A translation task as XLIFF 2.1 and back: a unit for the title and one per source block, with
 * the block's claims and source changes as notes. An import is checked whole and changes nothing
 * unless all of it holds; it is then saved as a draft like any other.
 */
@ApplicationScoped
public class XliffService {
  private static final Pattern BLOCK_UNIT = Pattern.compile("b(\\d{1,5})");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  @Inject Translations translations;
  @Inject WorkspaceBuilder workspaces;
  @Inject TranslationService service;
  @Inject ClaimQueries claims;

  /** The task as XLIFF 2.1: a unit for the title and one per source block. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] exportXliff(Actor actor, long id) {
    Workspace w = workspaces.workspace(translations.task(actor, id, TranslationNeed.READ, "read this translation"));
    TranslationTask task = w.task();
    boolean done = task.state() == TranslationState.APPROVED && !task.stale();
    List<XliffDocument.Note> fileNotes = new ArrayList<>();
    fileNotes.add(new XliffDocument.Note("factdesk:task", String.valueOf(task.id())));
    fileNotes.add(new XliffDocument.Note("factdesk:basedOnRevision", String.valueOf(w.source().number())));
    if (task.reviewComment() != null) {
      fileNotes.add(new XliffDocument.Note("editor", task.reviewComment()));
    }
    // Claims travel with their block: the translator sees what is claimed, and its verdict.
    Map<Integer, List<AnchoredClaim>> claimsByBlock = claims.anchoredOn(actor, task.articleId(),
            w.source().number()).stream()
        .filter(a -> a.anchor().position() != null)
        .collect(Collectors.groupingBy(a -> a.anchor().position().block()));
    List<XliffDocument.Unit> units = new ArrayList<>();
    String title = w.title().isEmpty() ? null : w.title();
    units.add(new XliffDocument.Unit("title", w.article().title(), title,
        title == null ? "initial" : done ? "final" : "translated", List.of()));
    for (Workspace.Row row : w.rows()) {
      String target = row.target().isEmpty() ? null : row.target();
      String state = target == null ? "initial" : row.approved() ? (done ? "final" : "reviewed") : "translated";
      List<XliffDocument.Note> notes = new ArrayList<>();
      notes.add(new XliffDocument.Note("factdesk:kind", row.source().kind().name()));
      if (row.changed()) {
        notes.add(new XliffDocument.Note("factdesk:changed", render(row.diff())));
      }
      for (AnchoredClaim a : claimsByBlock.getOrDefault(row.index(), List.of())) {
        notes.add(new XliffDocument.Note("factdesk:claim", "#" + a.claim().id() + " " + a.claim().status()
            + (a.claim().verdict() == null ? "" : " " + a.claim().verdict()) + ": \"" + a.claim().exact() + "\""
            + (a.claim().rationale() == null ? "" : " (" + a.claim().rationale() + ")")));
      }
      units.add(new XliffDocument.Unit("b" + row.index(), row.source().text(), target, state, notes));
    }
    return XliffWriter.write(new XliffDocument(w.article().language(), task.language(), task.id(),
        w.source().number(), fileNotes, units));
  }

  /**
   * Saves the targets of an XLIFF file as a new draft. Checks everything first (the file, the task,
   * the source revision, the languages, every unit) and changes nothing unless all of it holds.
   */
  @Transactional
  public ChangedTask importXliff(Actor actor, long id, Long expectedVersion, String xml) {
    TranslationTask task = translations.task(actor, id, expectedVersion, TranslationNeed.TRANSLATE, "translate");
    XliffDocument doc;
    try {
      doc = XliffReader.read(xml);
    } catch (XliffException e) {
      throw new XliffRejectedException(e.problems());
    }
    Workspace w = workspaces.workspace(task);
    List<XliffDocument.Problem> problems = new ArrayList<>();
    if (doc.taskId() != task.id()) {
      problems.add(new XliffDocument.Problem("file@original", "xliffWrongTask",
          "the file belongs to task " + doc.taskId() + ", not " + task.id()));
    }
    if (doc.basedOnRevision() != w.source().number()) {
      problems.add(new XliffDocument.Problem("file@original", "xliffWrongRevision", "the file was made from source"
          + " revision " + doc.basedOnRevision() + "; the source is now at revision " + w.source().number()));
    }
    checkLanguage("xliff@srcLang", doc.srcLang(), w.article().language(), problems);
    checkLanguage("xliff@trgLang", doc.trgLang(), task.language(), problems);
    String title = w.title();
    List<String> targets = new ArrayList<>(w.targets());
    for (XliffDocument.Unit unit : doc.units()) {
      var m = BLOCK_UNIT.matcher(unit.id());
      int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      if (!unit.id().equals("title") && (index < 0 || index >= targets.size())) {
        problems.add(new XliffDocument.Problem("unit " + unit.id(), "xliffUnknownUnit",
            "there is no unit " + unit.id() + " in this task"));
        continue;
      }
      String expectedSource = index < 0 ? w.article().title() : w.rows().get(index).source().text();
      if (unit.source() != null && !sameText(unit.source(), expectedSource)) {
        problems.add(new XliffDocument.Problem("unit " + unit.id(), "xliffSourceEdited",
            "the source text was changed in the file; edit the article instead and translate only the target"));
        continue;
      }
      if (unit.target() == null) {
        continue;
      }
      String text;
      try {
        text = TextInput.clean(unit.target().strip());
      } catch (InvalidTextException e) {
        problems.add(new XliffDocument.Problem("unit " + unit.id(), "xliffText", e.getMessage()));
        continue;
      }
      if (index < 0) {
        title = text;
      } else {
        targets.set(index, text);
      }
    }
    if (!problems.isEmpty()) {
      throw new XliffRejectedException(problems);
    }
    return service.save(actor, task, w, title, targets, null, "translation.imported");
  }

  /** Equal up to Unicode normalisation and whitespace, which translation tools may reflow. */
  private static boolean sameText(String a, String b) {
    return normalised(a).equals(normalised(b));
  }

  private static String normalised(String s) {
    return WHITESPACE.matcher(Normalizer2.getNFCInstance().normalize(s)).replaceAll(" ").strip();
  }

  private static void checkLanguage(String where, String given, String expected, List<XliffDocument.Problem> out) {
    String canonical;
    try {
      canonical = given == null ? null : LanguageTag.parse(given).value();
    } catch (InvalidLanguageTagException e) {
      canonical = null;
    }
    if (!expected.equals(canonical)) {
      out.add(new XliffDocument.Problem(where, "xliffWrongLanguage", "expected " + expected + ", found " + given));
    }
  }

  private static String render(List<Segment> diff) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : diff) {
      switch (s.op()) {
        case EQUAL -> sb.append(s.text());
        case DELETE -> sb.append("[-").append(s.text()).append("-]");
        case INSERT -> sb.append("{+").append(s.text()).append("+}");
      }
    }
    return sb.toString();
  }
}
