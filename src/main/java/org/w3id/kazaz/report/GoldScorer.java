package org.w3id.kazaz.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Scores a report against a gold file, both in the form of the gold README, with its matching
 * rules:
 *
 * <ul>
 *   <li>names (states, people, organisations, places): equal after {@link Names#normalise}, or
 *       equal to an alias; the aliases of both sides count;
 *   <li>agreements: same type and date, and titles (or their aliases) sharing at least 60% of their
 *       content words, or the parties equal as sets of names;
 *   <li>events: same type and start date;
 *   <li>routes: a name or alias in common, or the same ordered stops where both have two or more;
 *   <li>figures: value within 0.5%, same unit code, and one content word of the indicator in
 *       common.
 * </ul>
 *
 * Each gold fact is paired with at most one reported fact and the other way round ({@link
 * Matching}). Precision = paired reported / all reported; recall = paired gold / all gold. Each
 * article of the gold's {@code articles} list is scored the same way on the facts whose {@code
 * sources} include it, on both sides.
 */
public final class GoldScorer {
  /** The categories scored, in the order of the gold README. */
  public static final List<String> CATEGORIES =
      List.of(
          "states",
          "people",
          "organisations",
          "places",
          "agreements",
          "events",
          "routes",
          "figures");

  static final double TITLE_SHARE = 0.6;
  static final double VALUE_TOLERANCE = 0.005;

  private final Map<String, Set<String>> goldAliases;
  private final Map<String, Set<String>> reportAliases;

  private GoldScorer(JsonObject gold, JsonObject report) {
    this.goldAliases = aliasIndex(gold);
    this.reportAliases = aliasIndex(report);
  }

  /**
   * The score of {@code report} against {@code gold}, one row per category; and one score per
   * article file of the gold's {@code articles} list, pairing the reported facts whose {@code
   * sources} include the file with the gold facts whose {@code sources} include it.
   */
  public static Score score(JsonObject gold, JsonObject report) {
    GoldScorer s = new GoldScorer(gold, report);
    List<Score.Row> rows = new ArrayList<>();
    for (String c : CATEGORIES) {
      rows.add(s.category(c, facts(report, c), facts(gold, c)));
    }
    List<Score.ArticleScore> articles = new ArrayList<>();
    for (JsonObject a : facts(gold, "articles")) {
      String file = str(a, "file");
      if (file == null) {
        continue;
      }
      List<Score.Row> perCategory = new ArrayList<>();
      for (String c : CATEGORIES) {
        perCategory.add(s.category(c, from(facts(report, c), file), from(facts(gold, c), file)));
      }
      articles.add(new Score.ArticleScore(file, perCategory));
    }
    return new Score(rows, articles);
  }

  /** The facts whose {@code sources} include {@code file}. */
  static List<JsonObject> from(List<JsonObject> facts, String file) {
    return facts.stream().filter(f -> strings(f, "sources").contains(file)).toList();
  }

  private Score.Row category(String c, List<JsonObject> rep, List<JsonObject> gold) {
    BiPredicate<JsonObject, JsonObject> rule =
        switch (c) {
          case "agreements" -> this::agreement;
          case "events" -> GoldScorer::event;
          case "routes" -> this::route;
          case "figures" -> GoldScorer::figure;
          default -> GoldScorer::entity;
        };
    int[] pairs =
        Matching.pair(rep.size(), gold.size(), (r, g) -> rule.test(rep.get(r), gold.get(g)));
    Set<Integer> goldHit = new HashSet<>();
    List<String> spurious = new ArrayList<>();
    List<String> paired = new ArrayList<>();
    for (int r = 0; r < pairs.length; r++) {
      if (pairs[r] >= 0) {
        goldHit.add(pairs[r]);
        paired.add(describe(c, rep.get(r)) + "  =>  " + describe(c, gold.get(pairs[r])));
      } else {
        spurious.add(describe(c, rep.get(r)));
      }
    }
    List<String> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!goldHit.contains(g)) {
        missed.add(describe(c, gold.get(g)));
      }
    }
    return new Score.Row(c, rep.size(), gold.size(), goldHit.size(), missed, spurious, paired);
  }

  // --- rules

  static boolean entity(JsonObject r, JsonObject g) {
    return sameName(names(r, "name"), names(g, "name"));
  }

  private boolean agreement(JsonObject r, JsonObject g) {
    if (!Objects.equals(str(r, "type"), str(g, "type"))
        || !Objects.equals(str(r, "date"), str(g, "date"))) {
      return false;
    }
    for (String rt : names(r, "title")) {
      for (String gt : names(g, "title")) {
        if (Names.shareWords(rt, gt, TITLE_SHARE)) {
          return true;
        }
      }
    }
    return sameNameSet(strings(r, "parties"), strings(g, "parties"));
  }

  static boolean event(JsonObject r, JsonObject g) {
    return Objects.equals(str(r, "type"), str(g, "type"))
        && Objects.equals(str(r, "date"), str(g, "date"));
  }

  private boolean route(JsonObject r, JsonObject g) {
    if (sameName(names(r, "name"), names(g, "name"))) {
      return true;
    }
    List<String> rs = strings(r, "stops");
    List<String> gs = strings(g, "stops");
    if (rs.size() < 2 || rs.size() != gs.size()) {
      return false;
    }
    for (int i = 0; i < rs.size(); i++) {
      if (!sameName(withAliases(rs.get(i), reportAliases), withAliases(gs.get(i), goldAliases))) {
        return false;
      }
    }
    return true;
  }

  static boolean figure(JsonObject r, JsonObject g) {
    Double rv = num(r, "value");
    Double gv = num(g, "value");
    if (rv == null || gv == null || Math.abs(rv - gv) > VALUE_TOLERANCE * Math.abs(gv)) {
      return false;
    }
    if (!Objects.equals(str(r, "unit"), str(g, "unit"))) {
      return false;
    }
    Set<String> ri = Names.contentWords(str(r, "indicator"));
    return Names.contentWords(str(g, "indicator")).stream().anyMatch(ri::contains);
  }

  /** Both lists name the same things, one to one, each name compared with its entity's aliases. */
  private boolean sameNameSet(List<String> rep, List<String> gold) {
    if (rep.isEmpty() || rep.size() != gold.size()) {
      return false;
    }
    int[] pairs =
        Matching.pair(
            rep.size(),
            gold.size(),
            (i, j) ->
                sameName(
                    withAliases(rep.get(i), reportAliases), withAliases(gold.get(j), goldAliases)));
    return java.util.Arrays.stream(pairs).allMatch(p -> p >= 0);
  }

  private static boolean sameName(Set<String> a, Set<String> b) {
    Set<String> na = new HashSet<>();
    a.forEach(s -> na.add(Names.normalise(s)));
    na.remove("");
    return b.stream().map(Names::normalise).anyMatch(na::contains);
  }

  // --- reading the JSON

  /** Every entity's name and aliases, by each of its names, from the four entity lists. */
  private static Map<String, Set<String>> aliasIndex(JsonObject doc) {
    Map<String, Set<String>> index = new HashMap<>();
    for (String c : List.of("states", "people", "organisations", "places")) {
      for (JsonObject e : facts(doc, c)) {
        Set<String> all = names(e, "name");
        all.forEach(
            n -> index.computeIfAbsent(Names.normalise(n), k -> new HashSet<>()).addAll(all));
      }
    }
    return index;
  }

  private static Set<String> withAliases(String name, Map<String, Set<String>> index) {
    Set<String> out = new HashSet<>(index.getOrDefault(Names.normalise(name), Set.of()));
    out.add(name);
    return out;
  }

  /** The value of {@code key} with the fact's aliases. */
  static Set<String> names(JsonObject o, String key) {
    Set<String> out = new HashSet<>(strings(o, "aliases"));
    String n = str(o, key);
    if (n != null) {
      out.add(n);
    }
    return out;
  }

  static List<JsonObject> facts(JsonObject doc, String category) {
    List<JsonObject> out = new ArrayList<>();
    JsonValue v = doc.get(category);
    if (v != null && v.isArray()) {
      for (JsonValue e : v.getAsArray()) {
        if (e.isObject()) {
          out.add(e.getAsObject());
        }
      }
    }
    return out;
  }

  static String str(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isString()) {
      return v.getAsString().value();
    }
    return v.isNumber() ? v.getAsNumber().value().toString() : v.toString();
  }

  static List<String> strings(JsonObject o, String key) {
    List<String> out = new ArrayList<>();
    JsonValue v = o.get(key);
    if (v != null && v.isArray()) {
      JsonArray a = v.getAsArray();
      a.forEach(e -> out.add(e.isString() ? e.getAsString().value() : e.toString()));
    } else if (v != null && v.isString()) {
      out.add(v.getAsString().value());
    }
    return out;
  }

  static Double num(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.isNumber() ? v.getAsNumber().value().doubleValue() : null;
  }

  private static String describe(String category, JsonObject o) {
    Function<String, String> f = k -> Objects.toString(str(o, k), "-");
    return switch (category) {
      case "agreements" -> f.apply("type") + " " + f.apply("date") + " " + f.apply("title");
      case "events" -> f.apply("type") + " " + f.apply("date") + " " + f.apply("name");
      case "figures" -> f.apply("indicator") + " = " + f.apply("value") + " " + f.apply("unit");
      default -> f.apply("name");
    };
  }
}
