package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.extract.common.Rules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which an article presents a route ({@code ontology/extraction/route-words.txt}):
 * the heads that make a list of stops a route's name, the cues that make "from A to B" a route,
 * and the words that make a name a body or an event instead. Each is a named regex part.
 */
final class RouteWords {
  static final String RESOURCE = "/ontology/extraction/route-words.txt";
  private static final Pattern DEFINE = Pattern.compile("@(\\w+)\\s*=\\s*(.+)");
  private static final Map<String, String> PARTS = load();

  /** A route's head noun ("pipeline", "routes", "air route"). */
  static final String HEAD = part("HEAD");
  /** A word between the stops and the head ("container", "green energy"). */
  static final String MODIFIER = part("MODIFIER");
  /** The head of a route of its own name ("Corridor", "Way"). */
  static final String NAMEHEAD = part("NAMEHEAD");
  /** A word after a name that makes it a body or an event. */
  static final String NOTROUTE_WORDS = "(?:" + part("NOTROUTE") + ")";
  /** A word right after a name that makes it a body or an event. */
  static final Pattern NOTROUTE = Pattern.compile("^\\s+" + NOTROUTE_WORDS);
  /** The words before "of X" that make X a body. */
  static final String BODYOF = part("BODYOF");
  /** A word after a dash list that makes it something else than a route. */
  static final Pattern NOTHEAD = Pattern.compile("^\\s+(?:" + part("NOTHEAD") + ")");
  /** A word that makes "from A to B" in its sentence a route. */
  static final Pattern CUE = Pattern.compile(part("CUE"));
  /** A word that makes a route a flight. */
  static final Pattern AIR = Pattern.compile(part("AIR"));
  /** A noun that makes "between A and B" after it a route. */
  static final String BETWEEN = part("BETWEEN");
  /** Capitalised words that never name a stop. */
  static final String NOTSTOP = "(?:" + part("NOTSTOP") + ")";
  /** The heads of a link without direction. */
  static final Pattern UNDIRECTED = Pattern.compile("\\b(?:" + part("UNDIRECTED") + ")$");

  private RouteWords() {}

  private static Map<String, String> load() {
    Map<String, String> parts = new LinkedHashMap<>();
    int n = 0;
    for (String line : Rules.rawLines(RESOURCE)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher def = DEFINE.matcher(line);
      if (!def.matches()) {
        throw new IllegalStateException(RESOURCE + ":" + n + ": expected @NAME = regex: " + line);
      }
      try {
        Pattern.compile(def.group(2).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ":" + n + ": " + e.getMessage(), e);
      }
      parts.put(def.group(1), def.group(2).strip());
    }
    return parts;
  }

  private static String part(String name) {
    String p = PARTS.get(name);
    if (p == null) {
      throw new IllegalStateException(RESOURCE + ": no part named @" + name);
    }
    return p;
  }

  /** Whether a route so named is a link without direction ("the A-B corridor"). */
  static boolean undirected(String name) {
    return UNDIRECTED.matcher(name).find();
  }
}
