package org.factdesk.exports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.DeflaterOutputStream;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.DateConverter;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.type.TypeMapping;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.factdesk.exports.model.ExportDocument;

/**
 * Document-level metadata for PDF/A-2u and PDF/UA-1: XMP, info dictionary, output intent,
 * language, viewer preferences, and a document id and dates that depend only on the content.
 */
final class Metadata {

  static final String PRODUCER = "Factdesk exports";
  private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";
  private static final String SCHEMA_NS = "http://www.aiim.org/pdfa/ns/schema#";
  private static final String PROPERTY_NS = "http://www.aiim.org/pdfa/ns/property#";

  /** The JDK's sRGB profile, compressed once: the same bytes go into every export. */
  private static final byte[] SRGB_DEFLATED = deflate(
      ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

  /**
   * Making a serializer looks up XML factories, which costs more than the XMP; one serializer is
   * not thread-safe, so each export borrows one.
   */
  private static final IdlePool<XmpSerializer> SERIALIZERS = new IdlePool<>();

  private Metadata() {}

  private static byte[] deflate(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
        z.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void apply(PDDocument pdf, ExportDocument doc, List<byte[]> contents)
      throws IOException {
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    pdf.setVersion(1.7f);
    catalog.setLanguage(doc.language());
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
    prefs.setDisplayDocTitle(true);
    catalog.setViewerPreferences(prefs);

    Calendar approved = GregorianCalendar.from(doc.approvedAt().toZonedDateTime());
    approved.setTimeZone(TimeZone.getTimeZone(doc.approvedAt().getOffset()));
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(doc.title());
    if (doc.byline() != null) {
      info.setAuthor(doc.byline());
    }
    info.setProducer(PRODUCER);
    info.setCreator(PRODUCER);
    info.setCreationDate(approved);
    info.setModificationDate(approved);

    catalog.setMetadata(xmp(pdf, doc, approved));

    COSStream profile = pdf.getDocument().createCOSStream();
    try (OutputStream raw = profile.createRawOutputStream()) {
      raw.write(SRGB_DEFLATED);
    }
    profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    profile.setInt(COSName.N, 3);
    COSDictionary intentDict = new COSDictionary();
    intentDict.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    intentDict.setItem(COSName.S, COSName.GTS_PDFA1);
    intentDict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    PDOutputIntent intent = new PDOutputIntent(intentDict);
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);

    COSString id = new COSString(documentId(doc, contents));
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /*
   * Serializing XMP through xmpbox (a DOM and an XSLT transformer) costs about as much as setting
   * a short article. Its output is the same for every export but for title, language, byline and
   * date, so it is serialized once per JVM with marker values (with and without a byline), and
   * each export replaces the markers by its escaped values. Values the serializer might write
   * differently (controls, surrogates, line separators) or that contain a marker take the xmpbox
   * path.
   */
  private static final String TITLE_MARK = "factdeskxmptitlemark";
  private static final String LANGUAGE_MARK = "factdeskxmplanguagemark";
  private static final String BYLINE_MARK = "factdeskxmpbylinemark";
  private static final Calendar DATE_MARK = markDate();
  private static final String DATE_MARK_TEXT = DateConverter.toISO8601(DATE_MARK);
  private static final String[] TEMPLATES = new String[2];

  private static Calendar markDate() {
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    c.clear();
    c.set(1901, Calendar.FEBRUARY, 3, 4, 5, 6);
    return c;
  }

  private static PDMetadata xmp(PDDocument pdf, ExportDocument doc, Calendar approved)
      throws IOException {
    byte[] packet;
    if (plain(doc.title()) && plain(doc.language())
        && (doc.byline() == null || plain(doc.byline()))) {
      String template = template(doc.byline() != null);
      packet = template
          .replace(TITLE_MARK, escape(doc.title()))
          .replace(LANGUAGE_MARK, escape(doc.language()))
          .replace(BYLINE_MARK, doc.byline() == null ? "" : escape(doc.byline()))
          .replace(DATE_MARK_TEXT, DateConverter.toISO8601(approved))
          .getBytes(StandardCharsets.UTF_8);
    } else {
      packet = serialize(doc.title(), doc.language(), doc.byline(), approved);
    }
    PDMetadata metadata = new PDMetadata(pdf);
    metadata.importXMPMetadata(packet);
    return metadata;
  }

  private static String template(boolean byline) throws IOException {
    int k = byline ? 1 : 0;
    synchronized (TEMPLATES) {
      if (TEMPLATES[k] == null) {
        TEMPLATES[k] = new String(serialize(TITLE_MARK, LANGUAGE_MARK,
            byline ? BYLINE_MARK : null, DATE_MARK), StandardCharsets.UTF_8);
      }
      return TEMPLATES[k];
    }
  }

  /** Whether the serializer writes every character of {@code s} as itself (or as &amp;, &lt;, &gt;). */
  private static boolean plain(String s) {
    if (s.contains("factdeskxmp") || s.contains(DATE_MARK_TEXT)) {
      return false; // would be taken for a marker
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
          || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') {
        return false;
      }
    }
    return true;
  }

  private static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String e = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
      if (e != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (e != null) {
          b.append(e);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** The XMP packet as xmpbox writes it. */
  static byte[] serialize(String title, String language, String byline, Calendar approved)
      throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addLanguage(language);
    if (byline != null) {
      dc.addCreator(byline);
    }
    dc.setFormat("application/pdf");
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreateDate(approved);
    basic.setModifyDate(approved);
    basic.setCreatorTool(PRODUCER);
    AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
    adobe.setProducer(PRODUCER);
    PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
    try {
      pdfa.setPart(2);
      pdfa.setConformance("U");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    XMPSchema pdfua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
    pdfua.setIntegerPropertyValueAsSimple("part", 1);
    xmp.addSchema(pdfua);
    describePdfUaSchema(xmp);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XmpSerializer serializer = SERIALIZERS.take();
    if (serializer == null) {
      serializer = new XmpSerializer();
    }
    try {
      serializer.serialize(xmp, out, true);
    } catch (TransformerException e) {
      throw new IOException("cannot write XMP", e);
    }
    SERIALIZERS.giveBack(serializer);
    return out.toByteArray();
  }

  /** The XMP packet this class writes for these values (the template path where it applies). */
  static byte[] packet(ExportDocument doc, Calendar approved) throws IOException {
    try (PDDocument scratch = new PDDocument()) {
      return xmp(scratch, doc, approved).toByteArray();
    }
  }

  /** PDF/A accepts pdfuaid:part only with an extension schema describing it. */
  private static void describePdfUaSchema(XMPMetadata xmp) {
    TypeMapping types = xmp.getTypeMapping();
    PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
    extension.addNamespace(SCHEMA_NS, "pdfaSchema");
    extension.addNamespace(PROPERTY_NS, "pdfaProperty");

    PDFAPropertyType part = new PDFAPropertyType(xmp);
    part.addProperty(types.createText(PROPERTY_NS, "pdfaProperty", PDFAPropertyType.NAME, "part"));
    part.addProperty(
        types.createText(PROPERTY_NS, "pdfaProperty", PDFAPropertyType.VALUETYPE, "Integer"));
    part.addProperty(
        types.createText(PROPERTY_NS, "pdfaProperty", PDFAPropertyType.CATEGORY, "internal"));
    part.addProperty(types.createText(PROPERTY_NS, "pdfaProperty",
        PDFAPropertyType.DESCRIPTION, "Part of ISO 14289 the document conforms to"));

    PDFASchemaType schema = new PDFASchemaType(xmp);
    schema.addProperty(types.createText(SCHEMA_NS, "pdfaSchema", PDFASchemaType.SCHEMA,
        "PDF/UA identification schema"));
    schema.addProperty(types.createText(SCHEMA_NS, "pdfaSchema",
        PDFASchemaType.NAMESPACE_URI, PDFUA_NS));
    schema.addProperty(
        types.createText(SCHEMA_NS, "pdfaSchema", PDFASchemaType.PREFIX, "pdfuaid"));
    ArrayProperty properties = types.createArrayProperty(SCHEMA_NS, "pdfaSchema",
        PDFASchemaType.PROPERTY, Cardinality.Seq);
    properties.getContainer().addProperty(part);
    schema.addProperty(properties);

    ArrayProperty schemas = types.createArrayProperty(extension.getNamespace(), extension.getPrefix(),
        PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
    schemas.getContainer().addProperty(schema);
    extension.addProperty(schemas);
  }

  /** 16 bytes of SHA-256 over what identifies the export and everything drawn on its pages. */
  private static byte[] documentId(ExportDocument doc, List<byte[]> contents) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = String.join("\u0000", doc.articleId(), Integer.toString(doc.revisionNumber()),
          doc.revisionSha256(), doc.language().toLowerCase(Locale.ROOT));
      sha.update(key.getBytes(StandardCharsets.UTF_8));
      for (byte[] c : contents) {
        sha.update(c);
      }
      return Arrays.copyOf(sha.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
