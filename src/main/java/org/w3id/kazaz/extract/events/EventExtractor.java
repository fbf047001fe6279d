package org.w3id.kazaz.extract.events;

import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * Events as a careful reader takes them from one article: visits, talks, council meetings, press
 * briefings and conferences, ceremonies, interviews, conferences, summits, shipments. Each sentence
 * gives drafts ({@link EventMentions}); mentions of the same event are merged into one (same type,
 * dates and places that agree); an event written without a date takes the date of the event the
 * text ties it to ("following the talks", "as part of the visit"), else, for the things that happen
 * during a visit (talks, briefings, ceremonies, council meetings), the date of the event the article
 * is about. A day is never invented: "in 2022" stays 2022.
 */
public final class EventExtractor {
  private static final Logger log = LoggerFactory.getLogger(EventExtractor.class);
  /** Events an article can be about: their date is the date of what happens during them. */
  private static final Set<EventType> MAIN =
      EnumSet.of(EventType.StateVisit, EventType.OfficialVisit, EventType.WorkingVisit, EventType.Talks, EventType.CouncilMeeting,
          EventType.PressBriefing, EventType.PressConference);
  /** Events whose participants are those of the talks held the same day. */
  private static final Set<EventType> WITH_TALKS =
      EnumSet.of(EventType.PressBriefing, EventType.PressConference, EventType.CouncilMeeting, EventType.Ceremony);
  private static final Pattern OCCASION =
      Pattern.compile("\\b(?:arrival|opening|launch|departure|inauguration|commissioning|unveiling)\\s+of\\s+[^,.;]+");

  private EventExtractor() {}

  public static List<EventRecord> extract(AnnotatedArticle doc, Gazetteer gazetteer) {
    return extract(doc, gazetteer, List.of());
  }

  /** The events of an article, with the signings of {@code agreements} it reports as news. */
  public static List<EventRecord> extract(AnnotatedArticle doc, Gazetteer gazetteer,
      List<org.w3id.kazaz.extract.agreements.AgreementRecord> agreements) {
    return extract(doc, gazetteer, agreements, List.of());
  }

  /**
   * The events of an article, with the signings of {@code agreements} it reports as news and, where
   * the article is an interview in questions and answers, its interviewee among {@code mentions}.
   */
  public static List<EventRecord> extract(AnnotatedArticle doc, Gazetteer gazetteer,
      List<org.w3id.kazaz.extract.agreements.AgreementRecord> agreements,
      List<org.w3id.kazaz.extract.common.Mention> found) {
    Article article = doc.article();
    String text = article.text();
    List<Span> spans = doc.spans();
    EventActors actors = new EventActors(gazetteer, doc);
    EventMentions mentions = new EventMentions(doc, actors);
    List<EventDraft> drafts = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      drafts.addAll(mentions.read(spans.get(i), i));
    }
    bareCeremonies(drafts, spans, actors);
    List<EventDraft> events = merge(drafts);
    link(events);
    events = oneVisit(merge(events));
    share(events);
    List<EventRecord> out = new ArrayList<>();
    for (EventDraft e : events) {
      out.add(new EventRecord(e.type, EventNames.name(e), e.start, e.end, e.place,
          List.copyOf(e.participants.values()), e.evidence));
    }
    out = SigningCeremonies.add(out, agreements, doc);
    out = Interviews.add(out, doc, found);
    log.debug("{}: {} events", article.fileName(), out.size());
    return out;
  }

  /** "Presidents attended the ceremony": the occasion and its place are in a sentence just before. */
  private static void bareCeremonies(List<EventDraft> drafts, List<Span> spans, EventActors actors) {
    for (EventDraft d : drafts) {
      if (d.type != EventType.Ceremony || d.object != null || !d.contextual
          || !d.phrase.matches("(?i)(?:the\\s+)?ceremony")) {
        continue;
      }
      for (int i = d.sentence - 1; i >= Math.max(0, d.sentence - 3); i--) {
        Matcher m = OCCASION.matcher(spans.get(i).text());
        if (m.find()) {
          d.object = m.group().strip();
          List<EventActors.Found> places = actors.places(spans.get(i));
          if (d.place == null && !places.isEmpty()) {
            d.place = places.get(places.size() - 1).ref();
          }
          break;
        }
      }
    }
  }

  /** One event per real event: later mentions merged into the first that agrees with them. */
  private static List<EventDraft> merge(List<EventDraft> drafts) {
    List<EventDraft> out = new ArrayList<>();
    for (EventDraft d : drafts) {
      EventDraft same = out.stream().filter(e -> e.sameAs(d)).findFirst().orElse(null);
      if (same == null) {
        out.add(d);
      } else {
        same.merge(d);
      }
    }
    return out;
  }

  /** Dates (and places) of events written without them, from the events the text ties them to. */
  private static void link(List<EventDraft> events) {
    EventDraft main = events.stream()
        .filter(e -> MAIN.contains(e.type) && e.start != null && !e.elsewhen)
        .findFirst().orElse(null);
    for (EventDraft e : events) {
      if (e.start != null || e.type == EventType.Shipment) {
        continue;
      }
      EventDraft from = null;
      if (e.anchor != null) {
        // the one its own sentence names ("held talks on the sidelines of the summit in Baku in
        // May 2021"), else the first
        from = events.stream()
            .filter(a -> a != e && a.start != null && EventMentions.sameKind(a.type, e.anchor))
            .min(java.util.Comparator.comparing(a -> a.sentence != e.sentence))
            .orElse(null);
      }
      if (from == null && e.isVisit() && !e.elsewhen) {
        // "Tokayev, who is on an official visit to Azerbaijan, held talks in Baku on Tuesday": the
        // visit is under way on the day of the talks its sentence dates
        from = events.stream()
            .filter(a -> !a.isVisit() && a.start != null && MAIN.contains(a.type) && a.sentence == e.sentence
                && EventDraft.placesAgree(a.place, e.place))
            .findFirst().orElse(null);
        if (from != null && from.place == null) {
          from.place = e.place;
        } else if (from != null && e.place != null && e.place.kind() == org.w3id.kazaz.gazetteer.EntityKind.STATE) {
          e.place = from.place;
        }
      }
      if (from == null && e.isVisit() && e.place != null && !e.elsewhen) {
        from = events.stream()
            .filter(a -> !a.isVisit() && a.start != null && MAIN.contains(a.type) && a.place != null
                && EventDraft.same(a.place, e.place))
            .findFirst().orElse(null);
      }
      if (from == null && e.contextual && !e.elsewhen && (e.anchor != null || !e.isVisit())) {
        from = main;
      }
      if (from == null) {
        continue;
      }
      e.start = from.start;
      if (e.place == null) {
        e.place = from.place;
      }
      if (e.type != EventType.Shipment && e.type != EventType.Interview && e.people().isEmpty()) {
        e.addAll(from);
      }
    }
  }

  /**
   * "On Wednesday Tokayev paid an official visit to Baku ... Analysts said Tokayev's working visit to
   * Azerbaijan opened a new chapter": an undated visit of the visitor of a dated one, to the same place or
   * state, is that visit under another name, whatever kind each mention calls it.
   */
  private static List<EventDraft> oneVisit(List<EventDraft> events) {
    List<EventDraft> out = new ArrayList<>();
    for (EventDraft e : events) {
      boolean named = e.isVisit() && e.start == null && e.visitor != null && events.stream().anyMatch(o -> o != e
          && o.isVisit() && o.start != null && !o.elsewhen && o.visitor != null && EventDraft.same(o.visitor, e.visitor)
          && EventDraft.placesAgree(o.place, e.place));
      if (!named) {
        out.add(e);
      }
    }
    return out;
  }

  /** Briefings, ceremonies and council meetings on the day of talks have the talks' participants. */
  private static void share(List<EventDraft> events) {
    for (EventDraft t : events) {
      if (t.type != EventType.Talks || t.start == null) {
        continue;
      }
      for (EventDraft v : events) {
        if (v.isVisit() && t.start.equals(v.start)) {
          t.addAll(v);
        }
      }
      for (EventDraft e : events) {
        if (WITH_TALKS.contains(e.type) && e.contextual && t.start.equals(e.start)) {
          e.addAll(t);
        }
      }
    }
  }
}
