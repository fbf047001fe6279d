package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.gazetteer.Demonyms;
import org.w3id.kazaz.extract.common.EntityRef;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.NamedEntity;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * The place a stop phrase of a route names: the gazetteer's (a port or station before a city, a
 * city before a state), else a named port, station or terminal, else a name that CoreNLP reads as a
 * location somewhere in the article ("Constanta in Romania" is Constanta), else, where the words
 * around make it a stop ({@code lenient}), a single capitalised word that is no demonym.
 */
final class StopFinder {
  static final String KEYWORD = "port|seaport|station|terminal|hub|junction|crossing";
  private static final Pattern KW =
      Pattern.compile("^(.*?\\b(" + KEYWORD + "))\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONNECTOR = Pattern.compile("(?:\\s+(?:in|of|dry))+$");
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{Ll}'’]+");
  private static final Pattern NOTSTOP = Pattern.compile(RouteWords.NOTSTOP);

  private final Gazetteer gazetteer;
  private final Set<String> locations;

  private StopFinder(Gazetteer gazetteer, Set<String> locations) {
    this.gazetteer = gazetteer;
    this.locations = locations;
  }

  /** Stops by the gazetteer and named ports and stations only. */
  static StopFinder of(Gazetteer gazetteer) {
    return new StopFinder(gazetteer, Set.of());
  }

  /** Stops also by the names CoreNLP reads as locations anywhere in {@code doc}. */
  static StopFinder of(Gazetteer gazetteer, AnnotatedArticle doc) {
    Set<String> loc = new HashSet<>();
    for (NamedEntity e : doc.entities()) {
      if (e.type().equals("LOCATION")) {
        String text = e.span().text().strip();
        loc.add(text);
        if (text.contains("-")) { // CoreNLP reads "A-B" as one location where both are
          loc.addAll(java.util.Arrays.asList(text.split("\\s*-\\s*")));
        }
      }
    }
    return new StopFinder(gazetteer, loc);
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The place {@code phrase} names, or null. */
  EntityRef resolve(String phrase, boolean lenient) {
    String p = clean(phrase);
    if (p.isEmpty()) {
      return null;
    }
    int in = p.indexOf(" in ");
    if (in > 0) { // "Constanta in Romania": the stop, then where it lies
      EntityRef head = resolve(p.substring(0, in), false);
      if (head != null && head.kind() != EntityKind.STATE) {
        return head;
      }
    }
    EntityRef known = known(p);
    if (known != null) {
      return known;
    }
    if (locations.contains(p) && !NOTSTOP.matcher(p).matches() && Demonyms.state(p, gazetteer) == null) {
      return EntityRef.found(EntityKind.PLACE, p, null);
    }
    if (lenient && WORD.matcher(p).matches() && !NOTSTOP.matcher(p).matches()
        && Demonyms.state(p, gazetteer) == null) {
      return EntityRef.found(EntityKind.PLACE, p, null);
    }
    return null;
  }

  /** Whether {@code phrase} names a place the gazetteer or CoreNLP knows. */
  boolean isPlace(String phrase) {
    String p = clean(phrase);
    return known(p) != null || locations.contains(p);
  }

  /**
   * Whether {@code phrase} as a whole is the name of a place ("Nur-Sultan", not "Baku-Tbilisi"):
   * a hyphened name only by the gazetteer, as CoreNLP reads "A-B" as one location.
   */
  boolean isWholePlace(String phrase) {
    String p = clean(phrase);
    return !p.contains("-") && locations.contains(p)
        || gazetteer.findAll(p).stream().anyMatch(h -> h.start() == 0 && h.end() == p.length() && rank(h.entry().kind()) < 4);
  }

  private static String clean(String phrase) {
    String p = CONNECTOR.matcher(phrase.strip()).replaceAll("");
    p = p.replaceFirst("^(?i:the)\\s+", "");
    return p.replaceAll("/[\\p{L}\\p{M}'’-]+", ""); // "Poti/Batumi": the first of the two
  }

  private EntityRef known(String p) {
    if (p.isEmpty()) {
      return null;
    }
    GazetteerEntry best = null;
    int bestRank = 4;
    int bestStart = 0;
    for (Gazetteer.Hit h : gazetteer.findAll(p)) {
      int rank = rank(h.entry().kind());
      if (rank < bestRank) {
        best = h.entry();
        bestRank = rank;
        bestStart = h.start();
      }
    }
    Matcher kw = KW.matcher(p);
    boolean keyword = kw.find();
    if (best != null && (bestRank < 3 || !keyword || bestStart == 0)) {
      return EntityRef.known(best.iri(), best.kind(), best.prefLabel(), best.stateIri());
    }
    if (!keyword || p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
      return null;
    }
    String name = kw.group(1).substring(0, kw.start(2)).strip();
    if (locations.contains(name) && known(name) == null) {
      return EntityRef.found(EntityKind.PLACE, name, null); // "Altynkol station": the place the article names
    }
    String word = kw.group(2).toLowerCase(Locale.ROOT);
    EntityKind kind = word.equals("station") || word.equals("junction") ? EntityKind.STATION
        : word.contains("port") || word.equals("terminal") ? EntityKind.PORT : EntityKind.PLACE;
    return EntityRef.found(kind, kw.group(1), best != null ? best.iri() : null);
  }

  private static int rank(EntityKind k) {
    return switch (k) {
      case PORT, STATION, TERMINAL, FIELD -> 0;
      case CITY -> 1;
      case PLACE, REGION, SEA -> 2;
      case STATE -> 3;
      default -> 4;
    };
  }
}
