package org.factdesk.workflow.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.figures.Figure;
import org.factdesk.i18n.figures.Figures;
import org.factdesk.i18n.figures.Finding;
import org.factdesk.workflow.claim.AnchoredClaim;

/**
 * Compares the figures of every claim a source block carries (numbers, percentages, years, months)
 * with its translated block, in the digits and separators of each language. An untranslated block
 * has nothing to compare yet.
 */
public final class FigureWarnings {
  private FigureWarnings() {}

  public static List<FigureWarning> of(Workspace w, List<AnchoredClaim> claims) {
    LanguageTag source = LanguageTag.parse(w.article().language());
    LanguageTag target = LanguageTag.parse(w.task().language());
    Map<Integer, List<AnchoredClaim>> byBlock = claims.stream()
        .filter(a -> a.anchor().position() != null)
        .collect(Collectors.groupingBy(a -> a.anchor().position().block()));
    List<FigureWarning> out = new ArrayList<>();
    for (Workspace.Row row : w.rows()) {
      if (row.target().isBlank()) {
        continue;
      }
      for (AnchoredClaim a : byBlock.getOrDefault(row.index(), List.of())) {
        List<Figure> figures = Figures.extract(a.anchor().quote().exact(), source);
        if (figures.isEmpty()) {
          continue;
        }
        for (Finding f : Figures.compare(figures, row.target(), target).findings()) {
          if (f.outcome() != Finding.Outcome.MATCHED) {
            out.add(new FigureWarning(row.index(), a.claim().id(), f.expected().text(), f.outcome().name(),
                f.found().stream().map(Figure::text).toList(), f.outcome().blocking()));
          }
        }
      }
    }
    return out;
  }

  public static List<FigureWarning> blocking(List<FigureWarning> warnings) {
    return warnings.stream().filter(FigureWarning::blocking).toList();
  }
}
