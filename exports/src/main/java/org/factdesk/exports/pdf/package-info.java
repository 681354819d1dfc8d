/**
 * PDF writer: bidi runs (ICU4J), OpenType shaping (the JDK's layout engine, headless), glyph-id
 * output through PDFBox, tagging for PDF/UA-1 and metadata for PDF/A-2u. See exports/DESIGN.md.
 */
package org.factdesk.exports.pdf;
