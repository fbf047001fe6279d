package org.w3id.kazaz.extract.events;

import org.w3id.kazaz.extract.common.DateMention;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.extract.common.Quotations;
import org.w3id.kazaz.extract.common.SutimeDates;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.article.Article;

/**
 * Reads one sentence's event mentions as drafts: the type from the cue, and from the same sentence
 * the date, place and people that belong to it. A sentence with several cues gives each date and
 * place to the cue nearest to it ("During an interview on March 10, ... ahead of his state visit to
 * Baku": the date is the interview's). Dates inside quotations that are "today"-like, dates after
 * "dated", "since", "until" or "by" are not event dates.
 */
final class EventMentions {
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?i)\\b(?:after|following|during|at|as\\s+part\\s+of|in\\s+the\\s+course\\s+of|on\\s+the\\s+sidelines\\s+of"
              + "|within(?:\\s+the\\s+framework\\s+of)?)\\s+(?:the|their|this|his|her|its)"
              + "\\s+(?:[\\w-]+\\s+){0,2}?(talks|negotiations|visit|meeting|ceremony|summit|briefing)\\b");
  private static final Pattern ELSEWHEN =
      Pattern.compile("(?i)\\b(?:upcoming|ahead\\s+of|next|future|previous|last\\s+year|earlier|ago|in\\s+the\\s+past"
          + "|recent|recently|successful\\s+hosting)\\b");
  private static final Pattern NOT_EVENT_DATE =
      Pattern.compile("(?i)\\b(?:dated|since|until|till|by|before|from)\\s+(?:the\\s+end\\s+of\\s+)?$");
  /** "The two leaders", "both presidents" (referents.txt). */
  private static final Pattern HEADS = Pattern.compile("(?i)\\b(?:"
      + String.join("|", org.w3id.kazaz.extract.common.Rules.lines("/ontology/extraction/referents.txt")) + ")\\b");
  private static final Pattern REPORTED_TODAY = Pattern.compile("(?i)\\b(?:that|as)\\s+$");
  /** Planned, proposed or invited: not an event that took place (event-modality.txt). */
  private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:"
      + String.join("|", org.w3id.kazaz.extract.common.Rules.words("/ontology/extraction/event-modality.txt")
          .stream().map(w -> w.replace(" ", "\\s+")).toList()) + ")\\b");

  /**
   * Whether a planned event has a day fixed in the weeks after the article ("will pay a state visit
   * on March 11-12", written on the 11th; "will host the meeting on 20 June"): a scheduled event,
   * which a reader lists, unlike one only invited to or proposed.
   */
  private boolean soon(DateMention dm) {
    if (dm == null || !dm.start().isFullDate()) {
      return false;
    }
    java.time.LocalDate day = java.time.LocalDate.of(dm.start().year(), dm.start().month(), dm.start().day());
    long ahead = java.time.temporal.ChronoUnit.DAYS.between(article.date(), day);
    return ahead >= -1 && ahead <= 62;
  }

  /**
   * "The Culture Days opened yesterday with the presentation of a book and a concert": where a
   * sentence writes one day, the ceremonies, forums and conferences it names without a date of their
   * own are on that day too.
   */
  private static void shareTheDay(List<EventDraft> drafts, List<DateMention> dates) {
    if (dates.size() != 1 || !dates.get(0).start().isFullDate()) {
      return;
    }
    for (EventDraft d : drafts) {
      if (d.start == null && !d.elsewhen && (d.type == EventType.Ceremony || d.type == EventType.Forum
          || d.type == EventType.Conference)) {
        d.start = dates.get(0).start();
      }
    }
  }

  /** Whether the clause of cue {@code c} says the event is planned, proposed or only invited to. */
  static boolean planned(String text, int start, int end) {
    int from = start;
    while (from > 0 && start - from < 80 && ",;:".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && to - end < 40 && ",;:.".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return MODAL.matcher(text.substring(from, to)).find();
  }
  /**
   * A clause that still describes the event: ", held in Baku on ...", ", which took place ...", ", the
   * UN climate conference that Azerbaijan hosted in 2024".
   */
  private static final Pattern CLAUSE_OF_EVENT =
      Pattern.compile("(?s)(?:\\s*\\([^)]*\\))?(?:,\\s+(?:held|which|that|taking|scheduled|planned|organi[sz]ed|to\\s+be|the|an?)\\b[^,;:]*)?\\s+[^,;:]*");
  /** A place's state set off by commas: "from Xi’an, China, in ..." is one clause. */
  private static final Pattern APPOSITIVE =
      Pattern.compile(",\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*,");
  private static final Pattern AGENCY =
      Pattern.compile(
          "^\\s+(?:with|to|for|by|given\\s+to)\\s+(?:the\\s+)?(?:(?<poss>\\p{Lu}\\p{L}+)['’]s\\s+)?"
              + "(?<name>\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}\\p{N}&.-]*)*)"
              + "(?:\\s*\\((?<acr>\\p{Lu}[\\p{Lu}\\p{N}]{1,9})\\))?"
              + "(?<tail>\\s+(?:news\\s+|information\\s+|press\\s+)?(?:agency|newspaper|(?:TV\\s+)?channel|outlet"
              + "|magazine|portal|website|broadcaster))?");
  private static final Pattern TOLD = Pattern.compile(
      "\\btold\\s+(?:the\\s+)?(?<name>\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*)*)\\s+in\\s+an\\s+$");

  private final Article article;
  private final AnnotatedArticle doc;
  private final EventActors actors;
  private final boolean[] quoted;

  EventMentions(AnnotatedArticle doc, EventActors actors) {
    this.doc = doc;
    this.article = doc.article();
    this.actors = actors;
    this.quoted = Quotations.mask(article.text());
  }

  /** The drafts of sentence {@code s} (number {@code index}). */
  List<EventDraft> read(Span s, int index) {
    String text = s.text();
    List<EventCues.Cue> cues = EventCues.find(text);
    List<EventDraft> out = new ArrayList<>();
    if (cues.isEmpty()) {
      return out;
    }
    List<DateMention> dates = dates(s);
    List<EventActors.Found> places = actors.places(s);
    List<EventActors.Found> persons = actors.persons(s);
    Matcher ref = REFERENCE.matcher(text);
    List<int[]> refs = new ArrayList<>();
    List<EventType> refTypes = new ArrayList<>();
    while (ref.find()) {
      refs.add(new int[] {ref.start(1), ref.end(1)});
      refTypes.add(typeOf(ref.group(1)));
    }
    for (EventCues.Cue c : cues) {
      EventDraft d = new EventDraft(c.type(), s, index, c.phrase(), c.object(), c.contextual());
      DateMention dm = nearest(text, dates, cues, c, DateMention::begin, DateMention::finish);
      if (planned(text, c.start(), c.end()) && !soon(dm)) {
        continue; // "invited him to pay a state visit next year": not an event that took place
      }
      if (dm == null && c.type() == EventType.Shipment) {
        // "The first consignment, grain from ..., was brought ... and received yesterday, April 8": a
        // shipment's clause runs past the commas to its verb; the first date after it is its own
        dm = dates.stream().filter(x -> x.begin() >= c.end()).findFirst().orElse(null);
      }
      if (dm != null) {
        d.start = dm.start();
        d.end = dm.end();
      }
      EventActors.Found pl = nearest(text, places, cues, c, f -> f.at(), f -> f.at() + 1);
      d.place = pl == null ? null : pl.ref();
      if (d.place == null) {
        // "a forum in Baku", "Culture Days in Azerbaijan" (where the cue takes in its "in X")
        int in = text.lastIndexOf(" in ", c.end());
        d.place = actors.destination(s, in >= c.start() ? in : c.end());
      }
      String before = text.substring(Math.max(0, c.start() - 40), c.start());
      d.elsewhen = ELSEWHEN.matcher(before).find() || dm != null && ELSEWHEN.matcher(dm.phrase()).find();
      for (int i = 0; i < refs.size(); i++) {
        boolean self = refs.get(i)[0] >= c.start() && refs.get(i)[1] <= c.end();
        if (!self && refTypes.get(i) != null && !sameKind(refTypes.get(i), c.type())) {
          d.anchor = refTypes.get(i);
        }
      }
      people(d, c, s, persons);
      if (!d.dropped) {
        out.add(d);
      }
    }
    shareTheDay(out, dates);
    anchored(out);
    during(text, out);
    return out;
  }

  private static final Pattern DURING = Pattern.compile("\\b(?:during|in\\s+the\\s+course\\s+of)\\s+");

  /**
   * "In March, a train ... arrived at Alat station during President Tokayev's state visit to Baku": what
   * happened during an event the sentence names without a date of its own dates that event too, at
   * the precision written.
   */
  private static void during(String text, List<EventDraft> drafts) {
    Matcher m = DURING.matcher(text);
    while (m.find()) {
      EventDraft inside = null;
      for (EventDraft d : drafts) {
        int at = text.indexOf(d.phrase, m.end());
        if (d.start == null && at >= m.end() && at - m.end() <= 60 && (inside == null
            || at < text.indexOf(inside.phrase, m.end()))) {
          inside = d;
        }
      }
      if (inside == null) {
        continue;
      }
      for (EventDraft d : drafts) {
        if (d != inside && d.start != null && text.indexOf(d.phrase) < m.start() && !d.elsewhen) {
          inside.start = d.start;
          break;
        }
      }
    }
  }

  /**
   * "The two leaders held talks on the sidelines of the summit in Baku in May 2021": an event
   * the sentence ties to another ("on the sidelines of", "following") that it dates takes that one's
   * date and place here, before it could be merged with an event of its type on another day.
   */
  private static void anchored(List<EventDraft> drafts) {
    for (EventDraft d : drafts) {
      if (d.start != null || d.anchor == null) {
        continue;
      }
      for (EventDraft a : drafts) {
        if (a != d && a.start != null && sameKind(a.type, d.anchor)) {
          d.start = a.start;
          d.place = d.place != null ? d.place : a.place;
          break;
        }
      }
    }
  }

  private void people(EventDraft d, EventCues.Cue c, Span s, List<EventActors.Found> persons) {
    String text = s.text();
    switch (c.type()) {
      case StateVisit, OfficialVisit, WorkingVisit -> {
        EntityRef dest = actors.destination(s, c.end());
        if (dest != null) {
          d.place = dest;
        }
        String destState = d.place == null ? null
            : d.place.kind() == EntityKind.STATE ? d.place.iri() : d.place.stateIri();
        EntityRef visitor = null;
        for (EventActors.Found f : persons) {
          if (f.at() >= c.end() && text.substring(c.end(), f.at()).matches("\\s+of\\s+(?:the\\s+)?")) {
            visitor = f.ref();
          }
        }
        if (visitor == null) {
          for (EventActors.Found f : persons) {
            if (f.at() < c.start() && (destState == null || !destState.equals(f.ref().stateIri()))) {
              visitor = f.ref();
            }
          }
        }
        // a visit of an earlier year that its sentence gives no one for ("the official visit to Baku
        // in 2022") is not lent the people the article is about
        boolean past = visitor == null && d.start != null && d.start.year() < article.date().getYear();
        if (past) {
          break;
        }
        if (visitor == null) {
          visitor = actors.mainPerson(destState);
        }
        d.visitor = visitor;
        d.add(visitor);
        EntityRef host = destState == null ? null : actors.headOf(destState);
        if (host != null && actors.mentioned(host) && (visitor == null || !EventDraft.same(host, visitor))) {
          d.add(host);
        }
      }
      case Interview -> {
        d.partner = partner(text, c);
        if (!c.phrase().toLowerCase(java.util.Locale.ROOT).contains("interview")
            && (d.partner == null || !d.partner.isKnown() || !d.partner.kind().isOrganisation())) {
          d.dropped = true; // "spoke to" someone who is not a known news outlet
          break;
        }
        EventActors.Found who = null;
        for (EventActors.Found f : persons) {
          if (who == null || Math.abs(f.at() - c.start()) < Math.abs(who.at() - c.start())) {
            who = f;
          }
        }
        d.add(who != null ? who.ref() : actors.mainPerson(null));
        d.add(d.partner);
      }
      case Shipment -> { }
      default -> {
        persons.forEach(f -> d.add(f.ref()));
        if (persons.isEmpty() && HEADS.matcher(text).find()) {
          actors.twoHeads().forEach(d::add); // "the two leaders held talks": the article's two presidents
        }
      }
    }
  }

  /** The outlet an interview was given to: "interview with the Azerbaijani Press Agency (APA)". */
  private EntityRef partner(String text, EventCues.Cue c) {
    Matcher m = AGENCY.matcher(text.substring(c.end()));
    String name = null;
    String poss = null;
    String tail = null;
    if (m.find()) {
      name = m.group("name");
      poss = m.group("poss");
      tail = m.group("tail");
    } else {
      Matcher t = TOLD.matcher(text.substring(0, c.start()));
      if (t.find()) {
        name = t.group("name");
      }
    }
    if (name == null) {
      return null;
    }
    var known = actors.gazetteer().byLabel(name);
    if (known.isPresent() && known.get().kind().isOrganisation()) {
      return Organisations.ref(known.get());
    }
    String state = poss != null ? actors.stateOfWord(poss) : null;
    if (state == null) {
      state = actors.stateOf(name);
    }
    boolean agency = name.matches("(?i).*\\b(?:agency|news|press|information)\\b.*")
        || tail != null && tail.matches("(?i).*(?:agency|news).*");
    return EntityRef.found(agency ? EntityKind.AGENCY : EntityKind.ORGANISATION, name, state);
  }

  /** The thing closest to cue {@code c} among those for which {@code c} is the closest cue. */
  private static <T> T nearest(String text, List<T> things, List<EventCues.Cue> cues, EventCues.Cue c,
      java.util.function.ToIntFunction<T> from, java.util.function.ToIntFunction<T> to) {
    T best = null;
    int bestDist = Integer.MAX_VALUE;
    for (T t : things) {
      EventCues.Cue closest = null;
      int closestDist = Integer.MAX_VALUE;
      for (EventCues.Cue k : cues) {
        int dist = distance(text, k, from.applyAsInt(t), to.applyAsInt(t));
        if (dist < closestDist) {
          closest = k;
          closestDist = dist;
        }
      }
      if (closest == c && closestDist < bestDist && closestDist < Integer.MAX_VALUE - 1) {
        best = t;
        bestDist = closestDist;
      }
    }
    return best;
  }

  /**
   * How far a date or place is from a cue; a thing after the cue but past a clause break ("following
   * the talks, he said the line opens next year") is not the cue's, and one before the cue past a
   * clause break is the cue's last.
   */
  private static int distance(String text, EventCues.Cue k, int from, int to) {
    if (from >= k.end()) {
      // "on Monday, April 13": the weekday's comma is the date's own
      String between = APPOSITIVE.matcher(text.substring(k.end(), from)).replaceAll(" ")
          .replaceFirst("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s*$", "");
      boolean broken = between.matches("(?s).*[,;:–—“”\"(].*") && !CLAUSE_OF_EVENT.matcher(between).matches();
      return broken ? Integer.MAX_VALUE - 1 : from - k.end();
    }
    if (to > k.start()) {
      return 0;
    }
    // a thing after its cue wins a tie; one before its cue across a clause break ("met him on
    // Wednesday, on the margins of the summit") is the cue's only when nothing nearer claims it
    int gap = k.start() - to + 1;
    String between = APPOSITIVE.matcher(text.substring(to, k.start())).replaceAll(" ");
    return between.matches("(?s).*[,;:–—(].*") ? gap + 1000 : gap;
  }

  /** The dates of a sentence that can be the date of an event in it. */
  private List<DateMention> dates(Span s) {
    List<DateMention> out = new ArrayList<>();
    String text = s.text();
    for (DateMention d : SutimeDates.written(doc, s.start(), s.end())) {
      String before = text.substring(Math.max(0, d.begin() - 20), d.begin());
      boolean relative = d.phrase().matches("(?i)today|yesterday|tomorrow");
      // "from 20 to 24 November" is a range, its start the event's; "from May" is not
      if (NOT_EVENT_DATE.matcher(before).find() && d.end() == null
          || relative && (quoted[s.start() + d.begin()] || REPORTED_TODAY.matcher(before).find())) {
        continue;
      }
      out.add(d);
    }
    return out;
  }

  private static EventType typeOf(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "talks", "negotiations" -> EventType.Talks;
      case "visit" -> EventType.StateVisit;
      case "meeting" -> EventType.CouncilMeeting;
      case "ceremony" -> EventType.Ceremony;
      case "summit" -> EventType.Summit;
      case "briefing" -> EventType.PressBriefing;
      default -> null;
    };
  }

  /** "visit" refers to state and official visits alike. */
  static boolean sameKind(EventType a, EventType b) {
    boolean va = a == EventType.StateVisit || a == EventType.OfficialVisit || a == EventType.WorkingVisit;
    boolean vb = b == EventType.StateVisit || b == EventType.OfficialVisit || b == EventType.WorkingVisit;
    return a == b || va && vb;
  }

}
