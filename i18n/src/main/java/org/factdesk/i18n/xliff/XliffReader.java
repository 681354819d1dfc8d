package org.factdesk.i18n.xliff;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads XLIFF 2.x as this application writes it: one {@code <file>}, units with one segment each,
 * plain-text source and target. The parser refuses DOCTYPE declarations outright, so no entity (and
 * no external resource) is ever expanded. All structural problems are collected before failing.
 */
public final class XliffReader {
  private static final Pattern ORIGINAL = Pattern.compile("factdesk:task/(\\d{1,18})/revision/(\\d{1,9})");
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

  private XliffReader() {}

  static String original(long taskId, int revision) {
    return "factdesk:task/" + taskId + "/revision/" + revision;
  }

  /**
   * Parses already-decoded text (the caller decodes strict UTF-8, so an encoding declaration in the
   * prolog cannot change how bytes are read).
   *
   * @throws XliffException listing every problem found
   */
  public static XliffDocument read(String xml) {
    List<XliffDocument.Problem> problems = new ArrayList<>();
    if (DOCTYPE.matcher(xml).find()) {
      throw new XliffException(List.of(new XliffDocument.Problem("prolog", "xliffDoctype",
          "DOCTYPE declarations (and with them entities) are not accepted")));
    }
    Document dom;
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      dom = builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new XliffException(List.of(new XliffDocument.Problem("line " + e.getLineNumber(), "xliffMalformed",
          "not well-formed XML: " + e.getMessage())));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new XliffException(List.of(new XliffDocument.Problem("document", "xliffMalformed",
          "not well-formed XML: " + e.getMessage())));
    }
    Element root = dom.getDocumentElement();
    if (!XliffDocument.NAMESPACE.equals(root.getNamespaceURI()) || !"xliff".equals(root.getLocalName())) {
      throw new XliffException(List.of(new XliffDocument.Problem("xliff", "xliffNamespace",
          "the root element must be <xliff> in " + XliffDocument.NAMESPACE)));
    }
    String version = root.getAttribute("version");
    if (!version.matches("2\\.\\d")) {
      problems.add(new XliffDocument.Problem("xliff@version", "xliffVersion",
          "version must be 2.x, not \"" + version + "\""));
    }
    String srcLang = required(root, "srcLang", "xliff", problems);
    String trgLang = required(root, "trgLang", "xliff", problems);
    List<Element> files = children(root, "file");
    if (files.size() != 1) {
      problems.add(new XliffDocument.Problem("xliff", "xliffStructure", "exactly one <file> expected, found "
          + files.size()));
      throw new XliffException(problems);
    }
    Element file = files.get(0);
    long taskId = -1;
    int revision = -1;
    Matcher m = ORIGINAL.matcher(file.getAttribute("original"));
    if (m.matches()) {
      taskId = Long.parseLong(m.group(1));
      revision = Integer.parseInt(m.group(2));
    } else {
      problems.add(new XliffDocument.Problem("file@original", "xliffStructure",
          "the file does not say which task and revision it belongs to (original=\"factdesk:task/…/revision/…\")"));
    }
    List<XliffDocument.Unit> units = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element unit : children(file, "unit")) {
      String id = unit.getAttribute("id");
      String where = "unit " + id;
      if (id.isEmpty()) {
        problems.add(new XliffDocument.Problem("unit", "xliffStructure", "a unit has no id"));
        continue;
      }
      if (!seen.add(id)) {
        problems.add(new XliffDocument.Problem(where, "xliffDuplicateUnit", "unit " + id + " appears twice"));
        continue;
      }
      List<Element> segments = children(unit, "segment");
      if (segments.size() != 1) {
        problems.add(new XliffDocument.Problem(where, "xliffStructure", "exactly one <segment> expected, found "
            + segments.size()));
        continue;
      }
      Element segment = segments.get(0);
      String state = segment.hasAttribute("state") ? segment.getAttribute("state") : null;
      if (state != null && !XliffDocument.STATES.contains(state)) {
        problems.add(new XliffDocument.Problem(where, "xliffState", "state \"" + state + "\" is not one of "
            + XliffDocument.STATES));
      }
      List<Element> sources = children(segment, "source");
      List<Element> targets = children(segment, "target");
      if (sources.size() != 1 || targets.size() > 1) {
        problems.add(new XliffDocument.Problem(where, "xliffStructure", "one <source> and at most one <target>"
            + " expected"));
        continue;
      }
      String source = plainText(sources.get(0), where, problems);
      String target = targets.isEmpty() ? null : plainText(targets.get(0), where, problems);
      units.add(new XliffDocument.Unit(id, source, target, state, notes(unit)));
    }
    if (!problems.isEmpty()) {
      throw new XliffException(problems);
    }
    return new XliffDocument(srcLang, trgLang, taskId, revision, notes(file), units);
  }

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try {
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
    }
    return f;
  }

  private static String required(Element e, String attribute, String where, List<XliffDocument.Problem> problems) {
    String value = e.getAttribute(attribute);
    if (value.isBlank()) {
      problems.add(new XliffDocument.Problem(where + "@" + attribute, "xliffStructure", attribute + " is required"));
      return null;
    }
    return value.strip();
  }

  /** Text only: inline codes ({@code <ph>}, {@code <pc>}…) have no place in Factdesk's plain blocks. */
  private static String plainText(Element e, String where, List<XliffDocument.Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(n.getNodeValue());
      } else if (n.getNodeType() == Node.ELEMENT_NODE) {
        problems.add(new XliffDocument.Problem(where, "xliffInline", "inline element <" + n.getLocalName()
            + "> is not supported in " + e.getLocalName()));
      }
    }
    return sb.toString();
  }

  private static List<XliffDocument.Note> notes(Element parent) {
    List<XliffDocument.Note> notes = new ArrayList<>();
    for (Element container : children(parent, "notes")) {
      for (Element note : children(container, "note")) {
        notes.add(new XliffDocument.Note(note.hasAttribute("category") ? note.getAttribute("category") : null,
            note.getTextContent()));
      }
    }
    return notes;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && XliffDocument.NAMESPACE.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

}
