package org.w3id.kazaz.extract.events;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An event while the extractor still gathers it: mutable, merged with later mentions of itself. */
final class EventDraft {
  final EventType type;
  final Span evidence;
  final int sentence;
  final String phrase;
  String object;
  final boolean contextual;
  /** Written as something to come or gone by ("upcoming", "ahead of", "last year"): no date by context. */
  boolean elsewhen;
  /** The type of the event the sentence says this one belongs to ("following the talks"), or null. */
  EventType anchor;
  PartialDate start;
  PartialDate end;
  EntityRef place;
  EntityRef visitor;
  EntityRef partner;
  /** Set where the words of the cue turn out to name no event ("spoke to" a person). */
  boolean dropped;
  final Map<String, EntityRef> participants = new LinkedHashMap<>();

  EventDraft(EventType type, Span evidence, int sentence, String phrase, String object, boolean contextual) {
    this.type = type;
    this.evidence = evidence;
    this.sentence = sentence;
    this.phrase = phrase;
    this.object = object;
    this.contextual = contextual;
  }

  void add(EntityRef p) {
    if (p != null) {
      participants.putIfAbsent(p.iri() != null ? p.iri() : p.kind() + "|" + p.label(), p);
    }
  }

  void addAll(EventDraft other) {
    other.participants.values().forEach(this::add);
  }

  List<EntityRef> people() {
    List<EntityRef> out = new ArrayList<>();
    for (EntityRef p : participants.values()) {
      if (p.kind() == EntityKind.PERSON) {
        out.add(p);
      }
    }
    return out;
  }

  boolean isVisit() {
    return type == EventType.StateVisit || type == EventType.OfficialVisit || type == EventType.WorkingVisit;
  }

  /** Whether {@code o} can be a later mention of this same event. */
  boolean sameAs(EventDraft o) {
    if (type != o.type) {
      return false;
    }
    if (start != null && o.start != null && !start.equals(o.start)) {
      return false;
    }
    if (!placesAgree(place, o.place)) {
      return false;
    }
    if (object != null && o.object != null && !key(object).equals(key(o.object))) {
      return false;
    }
    if (type == EventType.Ceremony && !key(phrase).equals(key(o.phrase)) && !bare(phrase) && !bare(o.phrase)) {
      return false; // "the Culture Days opened with the presentation of a book and a concert": three
    }
    if ((type == EventType.Summit || type == EventType.Conference || type == EventType.Forum)
        && !nameShared(phrase, o.phrase)) {
      return false; // "the summit of the Turkic Council" is not "the summit of the Caspian Programme"
    }
    if (type == EventType.Shipment && (object == null) != (o.object == null)) {
      return false;
    }
    if (visitor != null && o.visitor != null && !same(visitor, o.visitor)) {
      return false;
    }
    return partner == null || o.partner == null || same(partner, o.partner);
  }

  /** Takes in a later mention: what it adds, never overwriting what is known. */
  void merge(EventDraft o) {
    if (start == null && o.start != null) {
      start = o.start;
      end = o.end;
    }
    if (place == null || o.place != null && o.place.kind() != EntityKind.STATE && place.kind() == EntityKind.STATE) {
      place = o.place != null ? o.place : place;
    }
    if (object == null) {
      object = o.object;
    }
    if (visitor == null) {
      visitor = o.visitor;
    }
    if (partner == null) {
      partner = o.partner;
    }
    addAll(o);
  }

  /** A ceremony named by the word alone ("the ceremony"), which may be any ceremony named before. */
  private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’-]*");
  /** Words of an event's name that say what it is or which of a series, not whose it is. */
  private static final java.util.Set<String> EVENT_WORDS = java.util.Set.of("Summit", "Conference", "Forum", "The",
      "Week", "Days", "Expo", "Exhibition", "Congress", "Meeting", "Session", "Anniversary", "Jubilee", "Annual",
      "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Regular",
      "Extraordinary", "Informal", "Inaugural", "Next", "Of", "And");

  /**
   * Whether two names of events can name one: either has no name words of its own ("the summit",
   * "Friday's summit"), or they share a name word or one's initials spell a word of the other ("OTS
   * summit", "Summit of the Organization of Turkic States").
   */
  static boolean nameShared(String a, String b) {
    return nameWords(a).isEmpty() || nameWords(b).isEmpty() || namedAlike(a, b);
  }

  /** Whether both names have name words of their own and share one (or one's initials spell the other's). */
  static boolean namedAlike(String a, String b) {
    List<String> wa = nameWords(a);
    List<String> wb = nameWords(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    for (String w : wa) {
      if (wb.contains(w)) {
        return true;
      }
    }
    return wb.contains(initials(wa)) || wa.contains(initials(wb));
  }

  private static List<String> nameWords(String phrase) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = NAME_WORD.matcher(phrase);
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$", "");
      boolean weekday = java.util.Arrays.stream(java.time.DayOfWeek.values())
          .anyMatch(d -> d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).equals(w));
      if (!EVENT_WORDS.contains(w) && !weekday) {
        out.add(w);
      }
    }
    return out;
  }

  private static String initials(List<String> words) {
    StringBuilder sb = new StringBuilder();
    words.forEach(w -> sb.append(w.charAt(0)));
    return sb.toString();
  }

  private static boolean bare(String phrase) {
    return phrase.matches("(?i)(?:the\\s+|this\\s+|a\\s+)?ceremony");
  }

  static boolean placesAgree(EntityRef a, EntityRef b) {
    if (a == null || b == null || same(a, b)) {
      return true;
    }
    return a.kind() == EntityKind.STATE && a.iri() != null && a.iri().equals(b.stateIri())
        || b.kind() == EntityKind.STATE && b.iri() != null && b.iri().equals(a.stateIri());
  }

  static boolean same(EntityRef a, EntityRef b) {
    return a.iri() != null ? a.iri().equals(b.iri()) : b.iri() == null && key(a.label()).equals(key(b.label()));
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("^(?:the|a|an)\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
