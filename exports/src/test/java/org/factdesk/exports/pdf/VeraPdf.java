package org.factdesk.exports.pdf;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF validation, failures summarised as "rule: message (count)". */
final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  static Map<String, String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, String> failures = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
          failures.putIfAbsent(rule, a.getMessage() + " @ " + a.getLocationContext());
        }
      }
      if (!result.isCompliant() && failures.isEmpty()) {
        failures.put("?", "not compliant, no failed assertion reported");
      }
      return failures;
    }
  }
}
