package org.factdesk.server.rest.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.factdesk.exports.model.ExportCitation;
import org.factdesk.exports.model.ExportClaim;

/** The frozen fact-check record of an approved revision as JSON: the export model's claims, verbatim. */
final class FactCheckRecordJson {
  private FactCheckRecordJson() {}

  static String write(List<ExportClaim> claims) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (ExportClaim c : claims) {
      JsonArrayBuilder cited = Json.createArrayBuilder();
      for (ExportCitation x : c.citations()) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("sourceTitle", x.sourceTitle());
        put(o, "publisher", x.publisher());
        put(o, "url", x.url());
        put(o, "publishedOn", x.publishedOn());
        put(o, "locator", x.locator());
        put(o, "stance", x.stance());
        put(o, "archiveSha256", x.archiveSha256());
        cited.add(o);
      }
      JsonObjectBuilder o = Json.createObjectBuilder().add("id", c.id()).add("block", c.blockIndex())
          .add("start", c.start()).add("end", c.end()).add("verdict", c.verdict());
      put(o, "quote", c.quote());
      put(o, "rationale", c.rationale());
      list.add(o.add("citations", cited));
    }
    return list.build().toString();
  }

  static List<ExportClaim> read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonArray list = reader.readArray();
      return list.stream().map(JsonValue::asJsonObject).map(o -> new ExportClaim(o.getString("id"),
          o.getInt("block"), o.getInt("start"), o.getInt("end"), text(o, "quote"), o.getString("verdict"),
          text(o, "rationale"), o.getJsonArray("citations").stream().map(JsonValue::asJsonObject)
              .map(x -> new ExportCitation(x.getString("sourceTitle"), text(x, "publisher"), text(x, "url"),
                  text(x, "publishedOn"), text(x, "locator"), text(x, "stance"), text(x, "archiveSha256")))
              .toList())).toList();
    }
  }

  private static void put(JsonObjectBuilder o, String key, String value) {
    if (value != null) {
      o.add(key, value);
    }
  }

  private static String text(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
  }
}
