package org.w3id.kazaz.extract;

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

  private static final Pattern DEFINE = Pattern.compile("@(\\w+)\\s*=\\s*(.+)");
  private static final Pattern PART = Pattern.compile("@\\{(\\p{Lu}+)\\}");
  private static final List<Rule> RULES = load();

  private EventCues() {}

  /** The rules of {@link #RESOURCE}, their named parts expanded. */
  static List<Rule> load() {
    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    int n = 0;
    for (String line : Rules.rawLines(RESOURCE)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher def = DEFINE.matcher(line);
      if (def.matches()) {
        parts.put(def.group(1), expand(def.group(2).strip(), parts, n));
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3 || !f[1].matches("contextual|own")) {
        throw new IllegalStateException(RESOURCE + ":" + n + ": expected Type, contextual|own and a regex");
      }
      try {
        rules.add(new Rule(EventType.valueOf(f[0]), Pattern.compile(expand(f[2], parts, n)), f[1].equals("contextual")));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rules);
  }

  private static String expand(String regex, java.util.Map<String, String> parts, int line) {
    Matcher m = PART.matcher(regex);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String p = parts.get(m.group(1));
      if (p == null) {
        throw new IllegalStateException(RESOURCE + ":" + line + ": no part named " + m.group(1));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(p));
    }
    m.appendTail(sb);
    return sb.toString();
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
