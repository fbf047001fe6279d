package org.w3id.kazaz.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/**
 * What the knowledge graph holds, in the form of the gold README ({@code articles}, {@code states},
 * {@code people}, {@code organisations}, {@code places}, {@code agreements}, {@code events}, {@code
 * routes}, {@code figures}), made by the SPARQL queries of {@code queries/report/} over the union
 * of the store's graphs, not from the converter's objects.
 */
public final class ReportOperation {
  /** The ontology class whose local name differs from the gold type it stands for. */
  private static final Map<String, String> GOLD_TYPE = Map.of("CooperationAgreement", "Agreement");

  private ReportOperation() {}

  /** The report of {@code ds}, made in one read transaction. */
  public static JsonObject run(Dataset ds) {
    return Txn.calculateRead(ds, () -> build(ds));
  }

  private static JsonObject build(Dataset ds) {
    JsonObject report = new JsonObject();
    report.put("articles", articles(ReportQueries.select(ds, "articles")));
    report.put("states", entities(ReportQueries.select(ds, "states"), false, false, false));
    report.put("people", entities(ReportQueries.select(ds, "people"), true, false, true));
    report.put(
        "organisations", entities(ReportQueries.select(ds, "organisations"), false, false, true));
    report.put("places", entities(ReportQueries.select(ds, "places"), false, true, true));
    report.put("agreements", agreements(ReportQueries.select(ds, "agreements")));
    report.put("events", events(ReportQueries.select(ds, "events")));
    report.put(
        "routes",
        routes(ReportQueries.select(ds, "routes"), ReportQueries.select(ds, "route-stops")));
    report.put("figures", figures(ReportQueries.select(ds, "figures")));
    return report;
  }

  private static JsonArray articles(List<Map<String, String>> rows) {
    JsonArray out = new JsonArray();
    for (Map<String, String> r : rows) {
      JsonObject o = new JsonObject();
      o.put("file", r.get("file"));
      o.put("date", str(r.get("date")));
      out.add(o);
    }
    return out;
  }

  private static JsonArray entities(
      List<Map<String, String>> rows, boolean role, boolean kind, boolean state) {
    JsonArray out = new JsonArray();
    for (Map<String, String> r : rows) {
      JsonObject o = new JsonObject();
      String name = r.get("name");
      o.put("name", str(name));
      o.put("aliases", aliases(name, r.get("aliases")));
      if (role) {
        o.put("role", str(r.get("role")));
      }
      if (kind) {
        o.put("kind", str(r.get("kind")));
      }
      if (state) {
        o.put("state", str(r.get("state")));
      }
      o.put("sources", sorted(r.get("sources")));
      out.add(o);
    }
    return out;
  }

  private static JsonArray agreements(List<Map<String, String>> rows) {
    JsonArray out = new JsonArray();
    for (Map<String, String> r : rows) {
      List<String> titles = ReportQueries.split(r.get("titles"));
      titles.sort(null);
      // The longest wording is the title; the others are how other articles list it.
      String title =
          titles.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
      JsonObject o = new JsonObject();
      o.put("title", str(title));
      o.put("type", str(goldType(r.get("type"))));
      o.put("parties", sorted(r.get("parties")));
      o.put("date", str(r.get("signed")));
      o.put("place", str(r.get("place")));
      o.put("sources", sorted(r.get("sources")));
      o.put("aliases", aliases(title, r.get("titles")));
      out.add(o);
    }
    return out;
  }

  private static JsonArray events(List<Map<String, String>> rows) {
    JsonArray out = new JsonArray();
    for (Map<String, String> r : rows) {
      JsonObject o = new JsonObject();
      o.put("type", str(goldType(r.get("type"))));
      o.put("name", str(r.get("name")));
      o.put("date", str(r.get("date")));
      o.put("end", str(r.get("end")));
      o.put("place", str(r.get("place")));
      o.put("participants", sorted(r.get("participants")));
      o.put("sources", sorted(r.get("sources")));
      out.add(o);
    }
    return out;
  }

  private static JsonArray routes(List<Map<String, String>> rows, List<Map<String, String>> stops) {
    Map<String, List<String>> stopsOf = new HashMap<>();
    for (Map<String, String> s : stops) { // ordered by route, then stop index
      stopsOf.computeIfAbsent(s.get("r"), k -> new ArrayList<>()).add(s.get("stop"));
    }
    JsonArray out = new JsonArray();
    for (Map<String, String> r : rows) {
      JsonObject o = new JsonObject();
      String name = r.get("name");
      o.put("name", str(name));
      o.put("aliases", aliases(name, r.get("aliases")));
      JsonArray st = new JsonArray();
      stopsOf.getOrDefault(r.get("r"), List.of()).forEach(st::add);
      o.put("stops", st);
      o.put("length_km", number(r.get("length_km")));
      o.put("duration_days", number(r.get("duration_days")));
      o.put("sources", sorted(r.get("sources")));
      out.add(o);
    }
    return out;
  }

  private static JsonArray figures(List<Map<String, String>> rows) {
    JsonArray out = new JsonArray();
    for (Map<String, String> r : rows) {
      JsonObject o = new JsonObject();
      String kind = r.get("kind");
      String measured = r.get("measured");
      // the kind of measure, and what it is of as the articles put it: "cargo volume (shipments from Aktau)"
      o.put("indicator", str(measured == null || measured.isBlank() || kind == null ? kind : kind + " (" + measured + ")"));
      o.put("value", number(r.get("value")));
      o.put("unit", str(r.get("unit")));
      o.put("date", str(r.get("date")));
      o.put("subject", sorted(r.get("subject")));
      if (r.get("qualifier") != null) {
        o.put("qualifier", r.get("qualifier"));
      }
      o.put("sources", sorted(r.get("sources")));
      out.add(o);
    }
    return out;
  }

  static String goldType(String localName) {
    return localName == null ? null : GOLD_TYPE.getOrDefault(localName, localName);
  }

  private static JsonValue str(String s) {
    return s == null ? JsonNull.instance : new JsonString(s);
  }

  /** A number as the gold file writes it: an integer when it has no fraction. */
  static JsonValue number(String lexical) {
    if (lexical == null) {
      return JsonNull.instance;
    }
    BigDecimal d = new BigDecimal(lexical.strip()).stripTrailingZeros();
    return d.scale() <= 0 ? JsonNumber.value(d.longValueExact()) : JsonNumber.value(d);
  }

  private static JsonArray sorted(String joined) {
    Set<String> set = new TreeSet<>(ReportQueries.split(joined));
    JsonArray a = new JsonArray();
    set.forEach(a::add);
    return a;
  }

  /** The joined names other than {@code name}, in sorted order. */
  private static JsonArray aliases(String name, String joined) {
    Set<String> set = new LinkedHashSet<>(new TreeSet<>(ReportQueries.split(joined)));
    set.remove(name);
    JsonArray a = new JsonArray();
    set.forEach(a::add);
    return a;
  }
}
