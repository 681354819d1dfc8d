package org.factdesk.i18n.xliff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an {@link XliffDocument} as XLIFF 2.1 in UTF-8 (StAX; the JDK escapes text and attributes). */
public final class XliffWriter {
  private XliffWriter() {}

  public static byte[] write(XliffDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.setDefaultNamespace(XliffDocument.NAMESPACE);
      w.writeStartElement(XliffDocument.NAMESPACE, "xliff");
      w.writeDefaultNamespace(XliffDocument.NAMESPACE);
      w.writeAttribute("version", XliffDocument.VERSION);
      w.writeAttribute("srcLang", doc.srcLang());
      w.writeAttribute("trgLang", doc.trgLang());
      w.writeCharacters("\n");
      w.writeStartElement("file");
      w.writeAttribute("id", "task" + doc.taskId());
      w.writeAttribute("original", XliffReader.original(doc.taskId(), doc.basedOnRevision()));
      w.writeCharacters("\n");
      notes(w, doc.notes());
      for (XliffDocument.Unit u : doc.units()) {
        w.writeStartElement("unit");
        w.writeAttribute("id", u.id());
        w.writeCharacters("\n");
        notes(w, u.notes());
        w.writeStartElement("segment");
        if (u.state() != null) {
          w.writeAttribute("state", u.state());
        }
        w.writeStartElement("source");
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        w.writeCharacters(u.source());
        w.writeEndElement();
        if (u.target() != null) {
          w.writeStartElement("target");
          w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
          w.writeCharacters(u.target());
          w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XLIFF", e);
    }
    return out.toByteArray();
  }

  private static void notes(XMLStreamWriter w, List<XliffDocument.Note> notes) throws XMLStreamException {
    if (notes.isEmpty()) {
      return;
    }
    w.writeStartElement("notes");
    for (XliffDocument.Note n : notes) {
      w.writeStartElement("note");
      if (n.category() != null) {
        w.writeAttribute("category", n.category());
      }
      w.writeCharacters(n.text());
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeCharacters("\n");
  }
}
