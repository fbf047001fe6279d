package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.gazetteer.Demonyms;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * Routes of their own name that the gazetteer does not know: capitalised words before a route head
 * ("the Zangezur Corridor", "the Digital Silk Way project"), or one place name before "corridor"
 * ("the Lachin corridor"). A name that starts with a state or its people ("Georgian Railway") is a
 * national body; a name is no route where a body word follows it ("... Corridor Union",
 * "... Silk Road Forum", {@link RouteWords#NOTROUTE}), where it stands in quotes, or where the
 * article calls it a body ("the CEO of X", {@link RouteWords#BODYOF}).
 */
final class NamedRoutes {
  /** One name found, as written, at its offsets in the sentence. */
  record Name(String name, int start, int end) {}

  private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
  private static final Pattern TITLED = Pattern.compile(
      "(?<![\\p{L}\"“«'‘-])(?<name>(?:" + CAP + "\\s+){1,4}(?:" + RouteWords.NAMEHEAD + "))\\b(?![\"”»’-]|\\s+\\p{Lu})");
  private static final Pattern ONE_PLACE =
      Pattern.compile("(?<![\\p{L}\"“«'‘-])(?<name>(?<place>\\p{Lu}\\p{Ll}[\\p{L}'’]+)\\s+corridor)\\b");

  /** "Eurasian", "Asiatic", "Chinese": an adjective, not a place's name. */
  private static final Pattern ADJECTIVE = Pattern.compile("(?:an|ic|ese|ish|al|i)$");

  private NamedRoutes() {}

  /** The route names of {@code sentence} ({@code article} is the whole text, for body cues). */
  static List<Name> find(String sentence, String article, StopFinder stops) {
    List<Name> out = new ArrayList<>();
    Gazetteer g = stops.gazetteer();
    Matcher m = TITLED.matcher(sentence);
    while (m.find()) {
      String name = m.group("name");
      String first = name.split("\\s+")[0];
      if (m.start() == 0 && !stops.isPlace(first) || first.contains("-") && stops.isPlace(first.split("-")[0])
          || Demonyms.state(first, g) != null || g.byLabel(first).filter(e -> e.kind() == EntityKind.STATE).isPresent()
          || excluded(sentence, m.end(), name, article, g)) {
        continue; // a sentence's first word may be any word; "A-B X Corridor" is a stop list
      }
      out.add(new Name(name, m.start("name"), m.end("name")));
    }
    Matcher o = ONE_PLACE.matcher(sentence);
    while (o.find()) {
      String place = o.group("place");
      if (o.start() == 0 || !stops.isPlace(place) && ADJECTIVE.matcher(place).find() || Demonyms.state(place, g) != null
          || g.byLabel(place).isPresent() || excluded(sentence, o.end(), o.group("name"), article, g)) {
        continue;
      }
      String name = place + " Corridor";
      if (out.stream().noneMatch(n -> n.name().equalsIgnoreCase(name))) {
        out.add(new Name(name, o.start("name"), o.end("name")));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Name::start));
    return out;
  }

  private static boolean excluded(String sentence, int end, String name, String article, Gazetteer g) {
    if (RouteWords.NOTROUTE.matcher(sentence.substring(end)).find()) {
      return true;
    }
    boolean known = g.findAll(name).stream()
        .anyMatch(h -> h.entry().kind() != EntityKind.PLACE && h.entry().kind() != EntityKind.CITY
            && h.entry().kind() != EntityKind.REGION && h.entry().kind() != EntityKind.SEA
            && h.entry().kind() != EntityKind.STATE);
    if (known) {
      return true; // a corridor, body or person the gazetteer knows is not a new route
    }
    String quoted = Pattern.quote(name).replace(" ", "\\E\\s+\\Q");
    return Pattern.compile("(?:" + RouteWords.BODYOF + ")" + quoted + "\\b").matcher(article).find()
        || Pattern.compile(quoted + "\\s+" + RouteWords.NOTROUTE_WORDS).matcher(article).find();
  }
}
