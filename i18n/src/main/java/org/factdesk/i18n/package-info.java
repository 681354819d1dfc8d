/**
 * Language and text handling shared by every Factdesk module, built on ICU4J: BCP 47 language tags
 * ({@link org.factdesk.i18n.LanguageTag}) with their script, direction and names; strict decoding,
 * validation and NFC normalisation of user text ({@link org.factdesk.i18n.TextInput}); sentence and
 * word segmentation ({@link org.factdesk.i18n.Segmenter}); localised server messages ({@link
 * org.factdesk.i18n.Messages}) and the bundle checker their tests use ({@link
 * org.factdesk.i18n.BundleAudit}).
 *
 * <p>Nothing here knows about articles, claims or HTTP. All text offsets are UTF-16 {@code char}
 * indices unless a method says otherwise.
 */
package org.factdesk.i18n;
