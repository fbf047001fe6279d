package org.w3id.kazaz.extract.events;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable names for events, made from what the text says: "State visit of Kassym-Jomart Tokayev to
 * Azerbaijan", "Talks between Kassym-Jomart Tokayev and Ilham Aliyev in Baku", "Press briefing in
 * Baku", and for events named by their own phrase ("Opening ceremony of X", "First meeting of the
 * Supreme Interstate Council ...") that phrase with a capital.
 */
final class EventNames {
  private static final Pattern ROUTE_TAIL =
      Pattern.compile("^\\s*((?:(?:through|via|to|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*\\s*)+)");

  private EventNames() {}

  static String name(EventDraft d) {
    String at = d.place == null ? "" : " in " + d.place.label();
    return switch (d.type) {
      case StateVisit, OfficialVisit, WorkingVisit -> visit(d);
      case Talks -> "Talks" + between(d.people()) + at;
      case PressBriefing -> (d.phrase.matches("(?i)joint.*") ? "Joint press briefing" : "Press briefing")
          + (d.anchor == EventType.Talks ? " following the talks" : "") + at;
      case PressConference -> (d.phrase.matches("(?i)joint.*") ? "Joint press conference" : "Press conference")
          + (d.anchor == EventType.Talks ? " after the talks" : "") + at;
      case Interview -> interview(d);
      case Shipment -> shipment(d);
      case Ceremony -> ceremony(d);
      default -> capital(d.phrase.replaceFirst("^(?:(?:of|and|the)\\s+)+", "").replaceFirst("^(?i:the)\\s+", ""));
    };
  }

  private static String visit(EventDraft d) {
    String kind = switch (d.type) {
      case StateVisit -> "State visit";
      case WorkingVisit -> "Working visit";
      default -> "Official visit";
    };
    String of = d.visitor == null ? "" : " of " + d.visitor.label();
    String to = d.place == null ? "" : " to " + d.place.label();
    return kind + of + to;
  }

  private static String between(List<EntityRef> people) {
    if (people.isEmpty()) {
      return "";
    }
    if (people.size() == 1) {
      return " of " + people.get(0).label();
    }
    StringBuilder sb = new StringBuilder(" between ");
    for (int i = 0; i < people.size(); i++) {
      sb.append(i == 0 ? "" : i == people.size() - 1 ? " and " : ", ").append(people.get(i).label());
    }
    return sb.toString();
  }

  private static String interview(EventDraft d) {
    List<EntityRef> people = d.people();
    String of = people.isEmpty() ? "" : " of " + people.get(0).label();
    String with = d.partner == null ? "" : " with " + d.partner.label();
    return "Interview" + of + with;
  }

  private static String ceremony(EventDraft d) {
    String p = d.phrase.replaceFirst("^(?i:the)\\s+", "");
    if (d.object != null && (p.matches("(?is).*\\b(?:opened|inaugurated|unveiled)") || p.matches("(?is)cut\\s.*"))) {
      p = "opening of the " + d.object.replaceFirst("^(?i:the|an?)\\s+", ""); // "a Poetry Corner had been opened"
    }
    if (d.object != null && !p.contains(d.object)) {
      p = p + " for the " + d.object.replaceFirst("^(?i:the)\\s+", "");
    }
    if (d.place != null && !p.contains(d.place.label())) {
      boolean site = d.place.kind() == EntityKind.STATION || d.place.kind() == EntityKind.PORT;
      p = p + (site ? " at " : " in ") + d.place.label();
    }
    return capital(p);
  }

  private static String shipment(EventDraft d) {
    String text = d.evidence.text();
    boolean train = d.object != null && d.object.matches("(?i).*\\btrains?\\b.*");
    String p = train ? d.object : d.phrase.replaceFirst("^(?i:the|a|an)\\s+", "")
        .replaceFirst("\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+", " ");
    int at = text.indexOf(d.phrase);
    if (at >= 0 && !p.contains(" from ") && !p.contains(" to ")) {
      Matcher tail = ROUTE_TAIL.matcher(text.substring(at + d.phrase.length()));
      if (tail.find()) {
        p = p + " " + tail.group(1).strip();
      }
    }
    if (d.place != null && !p.contains(" to ")) {
      p = p + " to " + d.place.label();
    }
    return capital(p);
  }

  static String capital(String s) {
    s = s.strip();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
