package org.w3id.kazaz.extract.events;

import org.w3id.kazaz.extract.common.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name an event in a sentence: "state visit", "summit talks", "press briefing",
 * "meeting of the Supreme Interstate Council", "opening ceremony of X", "interview", "the 29th
 * Conference of the Parties ...", "the first shipment of Kazakh oil was sent", "a container train".
 * Each cue has its type, its offsets in the sentence and, where the text gives one, the phrase
 * that names the event's object (for its readable name). Overlapping cues keep the first, longest.
 */
final class EventCues {
  /**
   * One event word in a sentence.
   *
   * @param type the event type
   * @param start offset of the cue in the sentence
   * @param end offset after the cue
   * @param phrase the phrase naming the event as written ("opening ceremony of X"), or the cue
   * @param object what a ceremony, shipment or conference is of, or null
   * @param contextual whether the event may take the date of the event the article is about
   */
  record Cue(EventType type, int start, int end, String phrase, String object, boolean contextual) {}

  static final String RESOURCE = "/ontology/extraction/event-cues.txt";

  private record Rule(EventType type, Pattern pattern, boolean contextual) {}

  private static final List<Rule> RULES = load();

  private EventCues() {}

  /** The rules of {@link #RESOURCE}, their named parts expanded (case matters in these rules). */
  static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    for (Rules.Row row : Rules.rows(RESOURCE, 3)) {
      if (!row.get(1).matches("contextual|own")) {
        throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected contextual or own: " + row.get(1));
      }
      try {
        rules.add(new Rule(EventType.valueOf(row.get(0)), Pattern.compile(row.get(2)), row.get(1).equals("contextual")));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ":" + row.line() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rules);
  }

  /**
   * A summit, conference or forum is an event only with a name: "the SCO summit", not "The summit";
   * a round table or seminar is one by its word alone.
   */
  private static final Pattern GENERIC =
      Pattern.compile("(?i)\\b(?:summit|conference|forum|week|expo|exhibition|congress)\\b");

  private static boolean named(EventType type, String phrase) {
    if (type != EventType.Summit && type != EventType.Conference && type != EventType.Forum
        || !GENERIC.matcher(phrase).find()) {
      return true;
    }
    String rest = phrase.replaceFirst("^(?i:the)\\s+", "").replaceAll(GENERIC.pattern(), "");
    return rest.matches("(?s).*(?:\\p{Lu}|\\d).*");
  }

  /** The event cues of {@code sentence}, left to right, without overlaps. */
  static List<Cue> find(String sentence) {
    List<Cue> all = new ArrayList<>();
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(sentence);
      while (m.find()) {
        if (!named(r.type(), m.group())) {
          continue;
        }
        String object = r.pattern().pattern().contains("?<object>") ? m.group("object") : null;
        all.add(new Cue(r.type(), m.start(), m.end(), m.group().strip(), object, r.contextual()));
      }
    }
    all.sort(Comparator.comparingInt(Cue::start).thenComparing(c -> -(c.end() - c.start())));
    List<Cue> out = new ArrayList<>();
    for (Cue c : all) {
      if (out.isEmpty() || c.start() >= out.get(out.size() - 1).end()) {
        out.add(c);
      }
    }
    return out;
  }
}
