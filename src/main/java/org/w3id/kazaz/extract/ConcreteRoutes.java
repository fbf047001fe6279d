package org.w3id.kazaz.extract;

import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Concrete routes written in one sentence with their stops in order: a dash list ("Kuryk port – Alat
 * port – Poti port") or "from A through B to C" / "from A to B via C". Every stop must resolve to
 * the gazetteer (a port or station before a city, a city before a state) or be a named port,
 * station or terminal; otherwise the words are no route.
 */
final class ConcreteRoutes {
  /** One route found: its stops, and the words that wrote it. */
  record Found(List<EntityRef> stops, String written, int start, int end) {
    String name() {
      return stops.stream().map(EntityRef::label).collect(Collectors.joining(" – "));
    }

    EntityRef asEntity() {
      return EntityRef.found(EntityKind.ROUTE, name(), null);
    }
  }

  private static final String KEYWORD = "port|seaport|station|terminal|hub|junction|crossing";
  private static final String STOP =
      "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|" + KEYWORD + "|dry|in|of))*";
  private static final Pattern CHAIN =
      Pattern.compile("(?<![\\p{L}’'-])" + STOP + "(?:(?:\\s*[–—]\\s*|\\s+-\\s+)" + STOP + ")+");
  private static final Pattern SEP = Pattern.compile("\\s*[–—]\\s*|\\s+-\\s+");
  private static final String LIST = "(?:the\\s+)?" + STOP + "(?:(?:,\\s*|\\s+and\\s+)(?:the\\s+)?" + STOP + ")*";
  private static final Pattern FROM_THROUGH_TO =
      Pattern.compile("\\bfrom\\s+(?:the\\s+)?(?<a>" + STOP + ")\\s+(?:through|via|across)\\s+(?<b>" + LIST
          + ")\\s+to\\s+(?:the\\s+)?(?<c>" + STOP + ")");
  private static final Pattern FROM_TO_VIA =
      Pattern.compile("\\bfrom\\s+(?:the\\s+)?(?<a>" + STOP + ")\\s+to\\s+(?:the\\s+)?(?<c>" + STOP
          + ")(?:\\s+(?:through|via)\\s+(?<b>" + LIST + "))?");
  private static final Pattern ROUTE_CUE =
      Pattern.compile("\\b(?:route|train|line|corridor|ferry|shipment|shipped|container|travell?ed|covered"
          + "|delivered|railway|flight|pipeline|sent|voyage|convoy)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONNECTOR = Pattern.compile("(?:\\s+(?:in|of|dry))+$");
  private static final Pattern NAMED_BY =
      Pattern.compile("((?:[\\p{L}-]+\\s+){0,3}(?:route|line|service|corridor|train|connection|link))\\s+$",
          Pattern.CASE_INSENSITIVE);

  private ConcreteRoutes() {}

  static List<Found> find(String sentence, Gazetteer gazetteer) {
    List<Found> out = new ArrayList<>();
    Matcher m = CHAIN.matcher(sentence);
    while (m.find()) {
      List<EntityRef> stops = new ArrayList<>();
      for (String part : SEP.split(m.group())) {
        stops.add(resolve(part, gazetteer));
      }
      if (acceptable(stops)) {
        out.add(new Found(stops, m.group(), m.start(), m.end()));
      }
    }
    if (!ROUTE_CUE.matcher(sentence).find()) {
      return out;
    }
    for (Pattern p : List.of(FROM_THROUGH_TO, FROM_TO_VIA)) {
      Matcher f = p.matcher(sentence);
      while (f.find()) {
        if (overlaps(out, f.start(), f.end())) {
          continue;
        }
        List<EntityRef> stops = new ArrayList<>();
        stops.add(resolve(f.group("a"), gazetteer));
        if (f.group("b") != null) {
          for (String part : f.group("b").split(",\\s*|\\s+and\\s+")) {
            stops.add(resolve(part.replaceFirst("^the\\s+", ""), gazetteer));
          }
        }
        stops.add(resolve(f.group("c"), gazetteer));
        if (acceptable(stops)) {
          String written = CONNECTOR.matcher(f.group()).replaceAll("");
          Matcher n = NAMED_BY.matcher(sentence.substring(0, f.start()));
          int start = f.start();
          if (n.find()) {
            written = n.group(1).replaceFirst("(?i)^(?:a|an|the)\\s+", "") + " " + written;
            start = n.start(1);
          }
          out.add(new Found(stops, written, start, f.end()));
        }
      }
    }
    return out;
  }

  private static boolean overlaps(List<Found> found, int start, int end) {
    return found.stream().anyMatch(f -> f.start() < end && start < f.end());
  }

  /** Two stops or more, each resolved, not all of them states unless there are three or more. */
  private static boolean acceptable(List<EntityRef> stops) {
    if (stops.size() < 2 || stops.contains(null)) {
      return false;
    }
    boolean allStates = stops.stream().allMatch(s -> s.kind() == EntityKind.STATE);
    return !allStates || stops.size() >= 3;
  }

  /** The place a stop phrase names, or null when it names none. */
  static EntityRef resolve(String phrase, Gazetteer gazetteer) {
    String p = CONNECTOR.matcher(phrase.strip()).replaceAll("");
    GazetteerEntry best = null;
    int bestRank = Integer.MAX_VALUE;
    int bestStart = 0;
    for (Gazetteer.Hit h : gazetteer.findAll(p)) {
      int rank = rank(h.entry().kind());
      if (rank < bestRank) {
        best = h.entry();
        bestRank = rank;
        bestStart = h.start();
      }
    }
    Matcher kw = Pattern.compile("^(.*?\\b(" + KEYWORD + "))\\b", Pattern.CASE_INSENSITIVE).matcher(p);
    boolean keyword = kw.find();
    if (best != null && (bestRank < 3 || !keyword || bestStart == 0)) {
      return EntityRef.known(best.iri(), best.kind(), best.prefLabel(), best.stateIri());
    }
    if (!keyword) {
      return null;
    }
    String word = kw.group(2).toLowerCase(Locale.ROOT);
    EntityKind kind = word.equals("station") || word.equals("junction") ? EntityKind.STATION
        : word.contains("port") || word.equals("terminal") ? EntityKind.PORT : EntityKind.PLACE;
    return EntityRef.found(kind, kw.group(1), best != null ? best.iri() : null);
  }

  private static int rank(EntityKind k) {
    return switch (k) {
      case PORT, STATION -> 0;
      case CITY -> 1;
      case PLACE, REGION, SEA -> 2;
      case STATE -> 3;
      default -> Integer.MAX_VALUE;
    };
  }
}
