package org.factdesk.exports.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.factdesk.exports.pdf.TaggedParagraph.Marks;

/**
 * The logical structure PDF/UA asks for: a Document element holding each paragraph's element in
 * reading order, Notes findable by id, and per page which element owns each marked-content id.
 * Kids are ordered logically even where right-to-left lines are drawn in visual order.
 */
final class StructureTree {

  /** Where a paragraph's text goes: its element, and the element owning each owned unit. */
  record Target(PDStructureElement element, IntFunction<PDStructureElement> owners) {}

  /** A kid of a paragraph's element (an MCID, a reference or an element) and where it starts. */
  record Kid(int logicalStart, Object kid) {}

  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final PDStructureElement document;
  private final Map<String, PDStructureElement> ids = new TreeMap<>();
  private final List<PDPage> pages = new ArrayList<>();
  /** Per page, the owner of each MCID (the parent tree's entries). */
  private final List<COSArray> owners = new ArrayList<>();
  private PDStructureElement note;
  private String noteId;

  StructureTree() {
    document = new PDStructureElement("Document", root);
    root.appendKid(document);
  }

  /** Creates the paragraph's element (and its Note and Lbl where it opens a note). */
  Target open(TaggedParagraph p) {
    PDStructureElement parent = document;
    if (p.note() != null) {
      if (!p.note().equals(noteId)) {
        note = element("Note", document, null);
        noteId = p.note();
        note.setElementIdentifier(noteId);
        ids.put(noteId, note);
      }
      parent = note;
    }
    if (p.marks() == Marks.NOTE_LABEL) {
      PDStructureElement label = element("Lbl", parent, null);
      return new Target(element(p.type(), parent, p.lang()), i -> label);
    }
    PDStructureElement element = element(p.type(), parent, p.lang());
    if (p.marks() == Marks.NOTE_REFERENCES) {
      Map<Integer, PDStructureElement> references = new HashMap<>();
      return new Target(element,
          n -> references.computeIfAbsent(n, k -> new PDStructureElement("Reference", element)));
    }
    return new Target(element, i -> element);
  }

  private static PDStructureElement element(String type, PDStructureElement parent, String lang) {
    PDStructureElement e = new PDStructureElement(type, parent);
    if (lang != null) {
      e.setLanguage(lang);
    }
    parent.appendKid(e);
    return e;
  }

  /** Marked content from now on goes on this page. */
  void addPage(PDPage page) {
    pages.add(page);
    owners.add(new COSArray());
  }

  /**
   * Gives marked content on the current page to {@code owning}, an element of {@code target}'s
   * paragraph, and returns its MCID. The paragraph element's own kids are collected in
   * {@code kids} to be ordered by {@link #attach}; an owned element (a note reference) gets its
   * content at once.
   */
  int mark(PDStructureElement owning, Target target, int logicalStart, List<Kid> kids) {
    COSArray pageOwners = owners.get(owners.size() - 1);
    pageOwners.add(owning.getCOSObject());
    int mcid = pageOwners.size() - 1;
    Object kid = contentKid(owning, mcid);
    if (owning == target.element()) {
      kids.add(new Kid(logicalStart, kid));
    } else {
      if (kid instanceof Integer i) {
        owning.appendKid(i);
      } else {
        owning.appendKid((PDMarkedContentReference) kid);
      }
      if (owning.getCOSObject().getDictionaryObject(COSName.P) == target.element().getCOSObject()) {
        kids.add(new Kid(logicalStart, owning));
      }
    }
    return mcid;
  }

  /**
   * Marked content as a structure kid: the bare MCID when it is on the element's page (/Pg, set
   * by its first content), else a reference naming the page.
   */
  private Object contentKid(PDStructureElement owning, int mcid) {
    PDPage page = pages.get(pages.size() - 1);
    COSBase pg = owning.getCOSObject().getDictionaryObject(COSName.PG);
    if (pg == null) {
      owning.setPage(page);
      return mcid;
    }
    if (pg == page.getCOSObject()) {
      return mcid;
    }
    PDMarkedContentReference mcr = new PDMarkedContentReference();
    mcr.setMCID(mcid);
    mcr.setPage(page);
    return mcr;
  }

  /** Appends a paragraph's kids to its element in logical order, each owned element once. */
  void attach(Target target, List<Kid> kids) {
    kids.sort(Comparator.comparingInt(Kid::logicalStart));
    List<PDStructureElement> added = new ArrayList<>();
    for (Kid k : kids) {
      if (k.kid() instanceof PDMarkedContentReference mcr) {
        target.element().appendKid(mcr);
      } else if (k.kid() instanceof Integer mcid) {
        target.element().appendKid(mcid);
      } else {
        PDStructureElement child = (PDStructureElement) k.kid();
        if (!added.contains(child)) {
          added.add(child);
          target.element().appendKid(child);
        }
      }
    }
  }

  /** Writes the parent tree and the IdTree and hangs the tree on the catalog. */
  void finish(PDDocument pdf) {
    COSArray nums = new COSArray();
    for (int i = 0; i < pages.size(); i++) {
      pages.get(i).setStructParents(i);
      nums.add(COSInteger.get(i));
      nums.add(owners.get(i));
    }
    COSDictionary parentTree = new COSDictionary();
    parentTree.setItem(COSName.NUMS, nums);
    root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
    root.setParentTreeNextKey(pages.size());
    if (!ids.isEmpty()) {
      COSArray names = new COSArray();
      for (Map.Entry<String, PDStructureElement> e : ids.entrySet()) {
        names.add(new COSString(e.getKey()));
        names.add(e.getValue().getCOSObject());
      }
      COSDictionary idTree = new COSDictionary();
      idTree.setItem(COSName.NAMES, names);
      root.getCOSObject().setItem(COSName.ID_TREE, idTree);
    }
    pdf.getDocumentCatalog().setStructureTreeRoot(root);
  }
}
