package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.gazetteer.Demonyms;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Lines that are not written as stop lists: a cable or fiber-optic line across or along the bed of a
 * sea ("fiber-optic communication line along the bottom of the Caspian Sea" → "Trans-Caspian
 * fiber-optic communication line", "fiber-optic line across the Caspian" → "Trans-Caspian fiber-optic
 * line"), and the transit of a state's goods through another state
 * ("transit of Kazakh oil through Azerbaijan", "shipment of Kazakh oil was sent through
 * Azerbaijan", "Azerbaijan ... a transshipment point for Kazakh oil").
 */
final class OtherLines {
  /** One line found in a sentence. */
  record Line(String name, String written, List<EntityRef> stops, String carries) {}

  private static final Pattern FIBER =
      Pattern.compile("(?:(?<trans>Trans[-–](?<adj>\\p{Lu}\\p{L}+))\\s+|(?<pre>\\p{Lu}\\p{L}+)\\s+)?(?<kind>(?i:fib(?:er|re)[-\\s]optic|submarine|undersea))"
          + "\\s+(?<noun>(?i:(?:communications?\\s+)?(?:lines?|cables?|links?|communications?|networks?)))"
          + "(?<rest>[^.;]{0,40}?\\b(?:across|along|under|on|through|via|beneath)\\s+(?:the\\s+)?"
          + "(?:(?:bottom|bed|floor|seabed)\\s+of\\s+the\\s+)?(?<sea>\\p{Lu}\\p{L}+(?:\\s+Sea)?)(?:\\s+(?:bed|floor))?)?");
  private static final String CARGO = "oil|gas|grain|wheat|uranium|cargo|cargoes|goods|coal|fertili[sz]ers|metals|crude";
  private static final Pattern TRANSIT =
      Pattern.compile("\\b(?i:transit|shipments?|exports?|supply|supplies|transportation|deliver(?:y|ies)"
          + "|transfer|volumes?)\\s+of\\s+(?:\\p{Ll}+\\s+){0,2}?(?<adj>\\p{Lu}\\p{L}+)\\s+(?<cargo>" + CARGO
          + ")\\b[^.;]{0,60}?\\b(?:through|via|across)\\s+(?:the\\s+territory\\s+of\\s+)?(?<via>\\p{Lu}\\p{L}+)");
  private static final Pattern TRANSSHIPMENT =
      Pattern.compile("\\btrans(?:s)?hipment\\s+(?:point|hub|route|country)\\s+for\\s+(?<adj>\\p{Lu}\\p{L}+)\\s+(?<cargo>"
          + CARGO + ")\\b");

  private OtherLines() {}

  /** The lines of {@code sentence}; {@code hits} are its gazetteer matches, offsets relative to it. */
  static List<Line> find(String sentence, List<Gazetteer.Hit> hits, Gazetteer gazetteer) {
    List<Line> out = new ArrayList<>();
    Matcher f = FIBER.matcher(sentence);
    while (f.find()) {
      String adj = f.group("adj");
      if (adj == null && f.group("pre") != null && gazetteer.byLabel(f.group("pre"))
          .filter(e -> e.kind() == EntityKind.SEA).isPresent()) {
        adj = f.group("pre"); // "the Caspian fiber-optic line"
      }
      if (adj == null && f.group("sea") != null && gazetteer.byLabel(f.group("sea"))
          .filter(e -> e.kind() == EntityKind.SEA).isPresent()) {
        adj = f.group("sea").replaceFirst("\\s+Sea$", "");
      }
      if (adj == null) {
        continue;
      }
      boolean fiber = f.group("kind").toLowerCase(Locale.ROOT).startsWith("fib");
      boolean line = f.group("noun").toLowerCase(Locale.ROOT).matches("lines?");
      String kind = !fiber ? "submarine cable" : line ? "fiber-optic line" : "fiber-optic communication line";
      out.add(new Line("Trans-" + adj + " " + kind, f.group().strip(), List.of(), "data"));
    }
    Matcher t = TRANSIT.matcher(sentence);
    while (t.find()) {
      add(out, t.group("adj"), t.group("cargo"), gazetteer.byLabel(t.group("via")).orElse(null),
          t.group(), gazetteer);
    }
    Matcher s = TRANSSHIPMENT.matcher(sentence);
    while (s.find()) {
      add(out, s.group("adj"), s.group("cargo"), lastStateBefore(hits, s.start()), s.group(),
          gazetteer);
    }
    return out;
  }

  private static void add(List<Line> out, String adj, String cargo, GazetteerEntry via, String written,
      Gazetteer gazetteer) {
    GazetteerEntry from = Demonyms.state(adj, gazetteer);
    if (from == null || via == null || via.kind() != EntityKind.STATE || via.iri().equals(from.iri())) {
      return;
    }
    String c = cargo.toLowerCase(Locale.ROOT);
    String name = "Transit of " + adj + " " + c + " through " + via.prefLabel();
    List<EntityRef> stops = List.of(ref(from), ref(via));
    out.add(new Line(name, written, stops, c.equals("crude") ? "oil" : c));
  }

  private static GazetteerEntry lastStateBefore(List<Gazetteer.Hit> hits, int at) {
    GazetteerEntry last = null;
    for (Gazetteer.Hit h : hits) {
      if (h.entry().kind() == EntityKind.STATE && h.end() <= at) {
        last = h.entry();
      }
    }
    return last;
  }

  private static EntityRef ref(GazetteerEntry e) {
    return EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri());
  }
}
