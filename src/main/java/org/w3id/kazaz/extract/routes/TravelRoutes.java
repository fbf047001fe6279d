package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.extract.common.EntityRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes written as travel in a sentence that is about trains, flights, shipments or cables
 * ({@link RouteWords#CUE}, or a corridor named in it): "from A through B and C to D", "from A to B
 * via C", "from A, the capital of X, for B through C", "from A to B and to C" (two routes), "N days
 * to travel from A to B, M days to reach C via D" (one route a leg), and "by rail to A, by ferry to
 * B and on to C", and "flights between A and B".
 */
final class TravelRoutes {
  private static final String STOP = ConcreteRoutes.STOP;
  private static final String PLACE_OF = "(?:the\\s+)?(?:(?:dry\\s+)?(?:port|station|terminal)\\s+of\\s+)?";
  private static final String LIST =
      "(?:the\\s+)?" + STOP + "(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?" + STOP + ")*";
  /** What may follow the start: ", the capital of X," or "on the X border". */
  private static final String TAIL =
      "(?:,\\s+the\\s+\\p{Ll}+\\s+of\\s+[^,;.]{1,40},|\\s+(?:on|near|at)\\s+the\\s+[\\p{L}\\s'’-]{1,40}?)?";
  private static final Pattern FROM_THROUGH_TO = Pattern.compile(
      "\\bfrom\\s+" + PLACE_OF + "(?<a>" + STOP + ")" + TAIL + "\\s+(?:through|via|across)\\s+(?<b>" + LIST
          + ")\\s+(?:to|for)\\s+" + PLACE_OF + "(?<c>" + STOP + ")");
  private static final Pattern FROM_TO_VIA = Pattern.compile(
      "\\bfrom\\s+" + PLACE_OF + "(?<a>" + STOP + ")" + TAIL + "(?:\\s*[–—-])?\\s+(?:to|for|towards)\\s+" + PLACE_OF
          + "(?<c>" + STOP + ")(?:\\s+(?:through|via)\\s+(?<b>" + LIST + "))?");
  private static final Pattern AND_TO =
      Pattern.compile("^\\s+and\\s+(?:then\\s+)?(?:on\\s+)?to\\s+" + PLACE_OF + "(?<c>" + STOP + ")");
  private static final Pattern LEG = Pattern.compile(
      "\\b(?:\\d+(?:[-–]\\d+)?|\\p{Ll}+)\\s+(?:days?|hours?)\\s+to\\s+(?:reach|get\\s+to|arrive\\s+(?:at|in))\\s+"
          + PLACE_OF + "(?<c>" + STOP + ")(?:\\s+or\\s+" + STOP + ")?(?:\\s+via\\s+(?<b>" + LIST + "))?");
  private static final Pattern BY_LEG = Pattern.compile(
      "^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)?(?:then\\s+)?(?:on\\s+)?(?<by>by\\s+\\p{Ll}+\\s+)?to\\s+(?:\\p{Lu}\\p{L}+['’]s\\s+)?"
          + PLACE_OF + "(?<c>" + STOP + ")");
  private static final Pattern BY_START = Pattern.compile("\\bby\\s+\\p{Ll}+\\s+to\\s+");
  private static final Pattern BETWEEN = Pattern.compile(
      "\\b(?:" + RouteWords.BETWEEN + ")\\s+between\\s+" + PLACE_OF + "(?<a>" + STOP + ")\\s+and\\s+" + PLACE_OF
          + "(?<c>" + STOP + ")(?!\\s*,|\\s+and\\b)");
  private static final Pattern CONNECTOR = Pattern.compile("(?:\\s+(?:in|of|dry))+$");
  private static final Pattern NAMED_BY =
      Pattern.compile("((?:[\\p{L}-]+\\s+){0,3}(?:route|line|service|corridor|train|connection|link))\\s+$",
          Pattern.CASE_INSENSITIVE);

  private TravelRoutes() {}

  static List<ConcreteRoutes.Found> find(String sentence, List<org.w3id.kazaz.gazetteer.Gazetteer.Hit> hits,
      StopFinder stops, List<ConcreteRoutes.Found> before) {
    List<ConcreteRoutes.Found> out = new ArrayList<>();
    boolean corridor = hits.stream()
        .anyMatch(h -> h.entry().kind() == org.w3id.kazaz.gazetteer.EntityKind.CORRIDOR);
    if (!corridor && !RouteWords.CUE.matcher(sentence).find()) {
      return out;
    }
    for (Pattern p : List.of(FROM_THROUGH_TO, FROM_TO_VIA)) {
      Matcher f = p.matcher(sentence);
      while (f.find()) {
        if (overlaps(before, f.start(), f.end()) || overlaps(out, f.start(), f.end())) {
          continue;
        }
        EntityRef a = stops.resolve(f.group("a"), false);
        List<EntityRef> via = list(f.group("b"), stops);
        EntityRef c = stops.resolve(f.group("c"), false);
        ConcreteRoutes.Found first = found(sentence, f.start(), f.end(), a, via, c);
        if (first == null) {
          continue;
        }
        out.add(first);
        int at = f.end();
        Matcher more = AND_TO.matcher(sentence.substring(at));
        while (more.find()) { // "from A to B and to C": a second destination, a second route
          at += more.end();
          ConcreteRoutes.Found next = found(sentence, f.start(), at, a, List.of(), stops.resolve(more.group("c"), false));
          if (next != null) {
            out.add(new ConcreteRoutes.Found(next.stops(), next.written(), next.start(), at));
          }
          more = AND_TO.matcher(sentence.substring(at));
        }
        legs(sentence, f.end(), a, stops, out);
      }
    }
    Matcher b = BETWEEN.matcher(sentence);
    while (b.find()) { // "flights between A and B"
      if (!overlaps(before, b.start("a"), b.end()) && !overlaps(out, b.start("a"), b.end())) {
        ConcreteRoutes.Found f = found(sentence, b.start(), b.end(), stops.resolve(b.group("a"), false), List.of(),
            stops.resolve(b.group("c"), false));
        if (f != null && f.stops().stream().noneMatch(s -> s.kind() == org.w3id.kazaz.gazetteer.EntityKind.REGION)) {
          out.add(new ConcreteRoutes.Found(f.stops(), b.group().strip(), b.start(), b.end()));
        }
      }
    }
    byLegs(sentence, stops, before, out);
    return out;
  }

  /** "..., 12 days to reach C, and 20 days to get to D via E": more routes from the same start. */
  private static void legs(String sentence, int from, EntityRef a, StopFinder stops, List<ConcreteRoutes.Found> out) {
    Matcher l = LEG.matcher(sentence);
    l.region(from, sentence.length());
    while (l.find()) {
      ConcreteRoutes.Found f = found(sentence, l.start(), l.end(), a, list(l.group("b"), stops),
          stops.resolve(l.group("c"), false));
      if (f != null) {
        out.add(new ConcreteRoutes.Found(f.stops(), l.group().strip(), l.start(), l.end()));
      }
    }
  }

  /** "travels by rail to A, by ferry to B and on to C": the stops of a trip told leg by leg. */
  private static void byLegs(String sentence, StopFinder stops, List<ConcreteRoutes.Found> before,
      List<ConcreteRoutes.Found> out) {
    Matcher s = BY_START.matcher(sentence);
    while (s.find()) {
      if (overlaps(before, s.start(), s.end()) || overlaps(out, s.start(), s.end())) {
        continue;
      }
      List<EntityRef> list = new ArrayList<>();
      int modes = 0;
      int at = s.start();
      Matcher leg = BY_LEG.matcher(sentence.substring(at));
      while (leg.find()) {
        EntityRef c = stops.resolve(leg.group("c"), false);
        if (c == null) {
          break;
        }
        list.add(c);
        modes += leg.group("by") != null ? 1 : 0;
        at += leg.end();
        leg = BY_LEG.matcher(sentence.substring(at));
      }
      if (list.size() >= 2 && modes >= 1 && ConcreteRoutes.acceptable(list)) {
        String written = CONNECTOR.matcher(sentence.substring(s.start(), at)).replaceAll("").strip();
        out.add(new ConcreteRoutes.Found(list, written, s.start(), at));
      }
    }
  }

  private static List<EntityRef> list(String text, StopFinder stops) {
    List<EntityRef> out = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
        out.add(stops.resolve(part.replaceFirst("^the\\s+", ""), false));
      }
    }
    return out;
  }

  private static ConcreteRoutes.Found found(String sentence, int start, int end, EntityRef a, List<EntityRef> via,
      EntityRef c) {
    List<EntityRef> list = new ArrayList<>();
    list.add(a);
    list.addAll(via);
    list.add(c);
    if (!ConcreteRoutes.acceptable(list)) {
      return null;
    }
    String written = CONNECTOR.matcher(sentence.substring(start, end)).replaceAll("");
    Matcher n = NAMED_BY.matcher(sentence.substring(0, start));
    int from = start;
    if (n.find()) {
      written = n.group(1).replaceFirst("(?i)^(?:a|an|the)\\s+", "") + " " + written;
      from = n.start(1);
    }
    return new ConcreteRoutes.Found(list, written, from, end);
  }

  private static boolean overlaps(List<ConcreteRoutes.Found> found, int start, int end) {
    return found.stream().anyMatch(f -> f.start() < end && start < f.end());
  }
}
