package org.factdesk.workflow.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns pasted plain text or Markdown into a title and body blocks.
 *
 * <p>Plain text: paragraphs are separated by blank lines; lines inside a paragraph are joined; a
 * first paragraph that is only a site name ("example.com") is dropped; the first remaining
 * paragraph is the title unless one is given, and a repeat of the title right after it is dropped;
 * a short single line without closing punctuation that is followed by more text is a heading; a
 * paragraph whose lines start with "&gt;" is a quote. Markdown is parsed with commonmark: headings,
 * paragraphs, block quotes and list items become blocks; inline markup is reduced to its text.
 */
public final class ArticleImporter {
  /** A line break, a line of horizontal space only (NBSP included), and any space after it. */
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\h*\\n[\\s\\h]*");
  private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\h]+|[\\s\\h]+$");
  private static final Pattern SITE_NAME = Pattern.compile("^(www\\.)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}$");
  private static final int MAX_HEADING_LENGTH = 120;

  private ArticleImporter() {}

  /** The outcome of an import: the title (from the text, or as given) and the body. */
  public record Imported(String title, List<Block> blocks) {}

  public static Imported plainText(String text, String givenTitle) {
    List<String> paragraphs = split(text);
    if (!paragraphs.isEmpty() && isSingleLine(paragraphs.get(0)) && SITE_NAME.matcher(paragraphs.get(0)).matches()) {
      paragraphs.remove(0);
    }
    String title = blankToNull(givenTitle);
    if (title == null && !paragraphs.isEmpty() && isSingleLine(paragraphs.get(0))) {
      title = paragraphs.remove(0);
    }
    if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title.strip())) {
      paragraphs.remove(0);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      boolean followedByText = i + 1 < paragraphs.size();
      if (p.lines().allMatch(l -> l.startsWith(">"))) {
        blocks.add(Block.quote(join(p.lines().map(l -> l.substring(1)).toList())));
      } else if (followedByText && looksLikeHeading(p)) {
        blocks.add(Block.heading(p));
      } else {
        blocks.add(Block.paragraph(join(p.lines().toList())));
      }
    }
    return new Imported(title, blocks);
  }

  public static Imported markdown(String markdown, String givenTitle) {
    Node document = Parser.builder().build().parse(markdown);
    String title = blankToNull(givenTitle);
    List<Block> blocks = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof ThematicBreak) {
        continue;
      }
      if (node instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          addIfNotBlank(blocks, Block.paragraph(plain(item)));
        }
        continue;
      }
      String content = plain(node);
      if (node instanceof Heading h) {
        if (title == null && h.getLevel() == 1 && blocks.isEmpty()) {
          title = content;
        } else {
          addIfNotBlank(blocks, Block.heading(content));
        }
      } else if (node instanceof BlockQuote) {
        addIfNotBlank(blocks, Block.quote(content));
      } else {
        addIfNotBlank(blocks, Block.paragraph(content));
      }
    }
    if (title == null && !blocks.isEmpty() && blocks.get(0).kind() != BlockKind.QUOTE) {
      title = blocks.remove(0).text();
    }
    return new Imported(title, blocks);
  }

  /** The reader-visible text of a Markdown node: literals only, link targets and markup dropped. */
  private static String plain(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        sb.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        sb.append(code.getLiteral());
      }

      @Override
      public void visit(Paragraph paragraph) {
        sb.append(' ');
        visitChildren(paragraph);
      }

      @Override
      public void visit(org.commonmark.node.ListItem item) {
        sb.append(' ');
        visitChildren(item);
      }

      @Override
      public void visit(FencedCodeBlock code) {
        sb.append(' ').append(code.getLiteral());
      }

      @Override
      public void visit(IndentedCodeBlock code) {
        sb.append(' ').append(code.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        sb.append(' ');
      }

      @Override
      public void visit(HardLineBreak hardLineBreak) {
        sb.append(' ');
      }
    });
    return trim(sb.toString().replaceAll("[\\s\\h]+", " "));
  }

  /** Splits plain text into paragraphs without title detection: the body of a revision edit. */
  public static List<Block> paragraphs(String text) {
    return split(text).stream().map(p -> Block.paragraph(join(p.lines().toList()))).toList();
  }

  /** Paragraphs separated by blank lines, each line trimmed, blank lines dropped. */
  private static List<String> split(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : BLANK_LINES.split(trim(text.replace("\r\n", "\n").replace('\r', '\n')))) {
      List<String> lines = p.lines().map(ArticleImporter::trim).filter(l -> !l.isEmpty()).toList();
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
    }
    return paragraphs;
  }

  private static String trim(String s) {
    return EDGE_SPACE.matcher(s).replaceAll("");
  }

  private static void addIfNotBlank(List<Block> blocks, Block b) {
    if (!b.text().isBlank()) {
      blocks.add(b);
    }
  }

  private static boolean looksLikeHeading(String p) {
    if (!isSingleLine(p) || p.length() > MAX_HEADING_LENGTH) {
      return false;
    }
    int last = p.codePointBefore(p.length());
    return ".!?…:;,\"»”’)".indexOf(last) < 0 && last != '。' && last != '؟' && last != '۔';
  }

  private static boolean isSingleLine(String p) {
    return p.indexOf('\n') < 0;
  }

  private static String join(List<String> lines) {
    return String.join(" ", lines.stream().map(ArticleImporter::trim).filter(l -> !l.isEmpty()).toList());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
