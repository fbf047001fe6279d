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

  /** A run of capitalised words joined by small words: "Parties to the United Nations ...". */
  static final String CAPS =
      "\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+(?:(?:of|on|for|to|the|and|de)\\s+)*\\p{Lu}[\\p{L}\\p{N}'’-]*)*";
  private static final String ORDINAL =
      "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)"
          + "|regular|extraordinary|inaugural|next|joint|plenary|initial|pilot|trial)";

  private record Rule(EventType type, Pattern pattern, boolean contextual) {}

  private static final List<Rule> RULES =
      List.of(
          rule(EventType.PressConference, "\\b(?:joint\\s+)?(?:press|news)\\s+conference\\b", true),
          rule(EventType.PressBriefing, "\\b(?:joint\\s+)?(?:press\\s+|news\\s+)?briefing\\b", true),
          rule(
              EventType.CouncilMeeting,
              "\\b(?:(?i:" + ORDINAL + ")\\s+)*(?:meeting|session)\\s+of\\s+(?:the\\s+)?"
                  + "(?:\\p{Lu}[\\p{L}-]*\\s+)*(?:Council|Commission)\\b"
                  + "(?:\\s+(?:of|on|for)\\s+(?:the\\s+)?" + CAPS + ")?",
              true),
          rule(EventType.StateVisit, "\\b(?i:state)\\s+visit\\b", false),
          rule(EventType.OfficialVisit, "\\b(?i:official|working)\\s+visit\\b", false),
          rule(
              EventType.Talks,
              "\\b(?:(?:summit|bilateral|high-level|official|face-to-face|narrow-format|expanded-format"
                  + "|extended-format|one-on-one)\\s+)?(?:talks|negotiations)\\b"
                  + "|\\b(?:held|hold|holds|had|have|will\\s+hold)\\s+(?:a\\s+)?(?:bilateral\\s+|one-on-one\\s+"
                  + "|tete-a-tete\\s+|separate\\s+)?meeting\\s+with\\b|\\bmet\\s+with\\b",
              true),
          rule(
              EventType.Summit,
              "\\b(?:the\\s+)?(?:(?:" + CAPS + ")\\s+)[Ss]ummit\\b(?!\\s+talks|-)"
                  + "|\\b[Ss]ummit\\s+of\\s+(?:the\\s+)?" + CAPS,
              false),
          rule(
              EventType.Ceremony,
              "\\b(?:(?:official\\s+)?(?:opening|signing|inauguration|inaugural|launch|launching|welcoming"
                  + "|welcome|awarding|wreath-laying|groundbreaking|closing|commissioning|unveiling|handover"
                  + "|official|flag-raising)\\s+)?ceremony\\b(?:\\s+(?:of|for|to\\s+mark|marking)\\s+"
                  + "(?<object>[^,.;:“”\"]+?)(?=\\s+(?:via|by|and\\s+(?!\\p{Lu})|with|where|which|as|on|at)\\b|[,.;:“”\"]|$))?",
              true),
          rule(
              EventType.Ceremony,
              "(?:\\b\\p{Lu}\\p{L}+['’]s\\s+)?(?:\\b\\p{Lu}\\p{L}+\\s+)?\\b(?:Culture|Cultural)\\s+Days\\b"
                  + "(?:\\s+(?:in|of)\\s+\\p{Lu}\\p{L}+)?|\\bDays\\s+of\\s+(?:\\p{Lu}\\p{L}+\\s+)?Culture\\b"
                  + "(?:\\s+in\\s+\\p{Lu}\\p{L}+)?|\\b(?:\\p{Lu}\\p{L}+\\s+)+Festival\\b",
              false),
          rule(EventType.Interview, "\\b(?i:interview)(?:ed)?\\b", false),
          rule(
              EventType.Conference,
              "(?:\\b(?:\\d+(?:st|nd|rd|th)|(?i:first|second|third|next))\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)*"
                  + "Conference\\b(?:\\s+(?:of|on|for)\\s+(?:the\\s+)?" + CAPS + ")?(?:\\s*\\([^)]{2,12}\\))?"
                  + "|\\bCOP-?\\d{1,2}\\b",
              false),
          rule(
              EventType.Shipment,
              "\\b(?:(?i:the|a|an)\\s+)?(?:(?i:" + ORDINAL + ")\\s+)?(?:shipment|consignment|batch|cargo)\\s+of\\s+"
                  + "(?<object>[^,.;]+?)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
                  + "(?:sent|shipped|delivered|dispatched|transported|exported|loaded)\\b",
              false),
          rule(
              EventType.Shipment,
              "\\b(?i:a|the|first|second|one|another)\\s+(?:(?i:" + ORDINAL + ")\\s+)?(?<object>(?:container|freight"
                  + "|cargo|block)\\s+train)\\b(?=[^.]*\\b(?:arriv|depart|reached|sent|dispatched|traveled"
                  + "|travelled|launched|left))",
              false));

  private static final Pattern ARRIVAL_OF_TRAIN =
      Pattern.compile("(?i)\\b(?:arrival|departure|dispatch)\\s+of\\s+(?:a|the)\\s+(?:\\w+\\s+)?train\\b");

  private EventCues() {}

  private static Rule rule(EventType type, String regex, boolean contextual) {
    return new Rule(type, Pattern.compile(regex), contextual);
  }

  /** A summit or conference is an event only with a name: "the SCO summit", not "The summit". */
  private static boolean named(EventType type, String phrase) {
    if (type != EventType.Summit && type != EventType.Conference) {
      return true;
    }
    String rest = phrase.replaceFirst("^(?i:the)\\s+", "").replaceAll("(?i)\\b(?:summit|conference)\\b", "");
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
    Matcher t = ARRIVAL_OF_TRAIN.matcher(sentence);
    while (t.find()) {
      all.add(new Cue(EventType.Shipment, t.start(), t.end(), t.group(), t.group().substring(
          t.group().indexOf(" of ") + 4).replaceFirst("^(?i:a|the)\\s+", "").strip(), false));
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
