package org.factdesk.workflow.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One block of an article body: a paragraph, a heading or a quote. Immutable. */
@Embeddable
public class Block {
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", updatable = false)
  private BlockKind kind;

  @Column(name = "body", updatable = false)
  private String text;

  protected Block() {}

  public Block(BlockKind kind, String text) {
    this.kind = Objects.requireNonNull(kind);
    this.text = Objects.requireNonNull(text);
  }

  public static Block paragraph(String text) {
    return new Block(BlockKind.PARAGRAPH, text);
  }

  public static Block heading(String text) {
    return new Block(BlockKind.HEADING, text);
  }

  public static Block quote(String text) {
    return new Block(BlockKind.QUOTE, text);
  }

  public BlockKind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Block b && b.kind == kind && b.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text);
  }

  @Override
  public String toString() {
    return kind + ": " + text;
  }
}
