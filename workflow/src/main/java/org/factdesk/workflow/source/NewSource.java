package org.factdesk.workflow.source;

import java.time.LocalDate;

/** What a caller tells about a source to register; {@code url} for WEB, {@code description} otherwise. */
public record NewSource(SourceKind kind, String url, String description, String title, String publisher,
    String author, LocalDate publishedOn, LocalDate accessedOn, String archiveUrl) {}
