package org.w3id.kazaz.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.Sentence;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.gazetteer.EntityKind;

/**
 * An article written as questions and answers ("– Mr Ambassador, what did the year bring?",
 * each question a line of its own opened by a dash) is an interview, whether or not it says so: given
 * by the person its lead names last before the first question ("Kazakhstan's Ambassador to
 * Georgia, Serik Nurlanov, looks back at the year"), with the outlet the lead names, on the day the lead
 * gives and on no day where it gives none. An interview cue in the lead ("Speaking to a news
 * agency on Friday, ...") is that interview: it is given by that person, not by whoever the article names most.
 * An interview mentioned inside the answers is another one; where its sentence names no one ("an
 * interview I gave in May"), it is the interviewee's.
 */
final class Interviews {
  /** How many dash-led questions make an article a set of questions and answers. */
  static final int MIN_QUESTIONS = 2;
  private static final Pattern QUESTION = Pattern.compile("(?m)^[ \\t]*[-–—][ \\t]+\\S[^\\n]*\\?[ \\t]*$");

  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|we|my|our)\\b");

  private Interviews() {}

  /** Where the first of the article's questions begins, or -1 when it is not in questions and answers. */
  static int firstQuestion(String text, int bodyStart) {
    Matcher m = QUESTION.matcher(text);
    int first = -1;
    int count = 0;
    int from = bodyStart;
    while (from < text.length() && m.find(from)) {
      if (first < 0) {
        first = m.start();
      }
      count++;
      from = m.end();
    }
    return count >= MIN_QUESTIONS ? first : -1;
  }

  static List<EventRecord> add(List<EventRecord> events, AnnotatedArticle doc, List<Mention> mentions) {
    int first = firstQuestion(doc.text(), doc.article().bodyStart());
    if (first < 0) {
      return events;
    }
    Mention who = null;
    for (Mention m : mentions) {
      if (m.entity().kind() == EntityKind.PERSON && m.span().start() < first
          && (who == null || m.span().start() > who.span().start())) {
        who = m;
      }
    }
    List<EventRecord> out = new ArrayList<>();
    boolean found = false;
    for (EventRecord e : events) {
      boolean lead = e.evidence() != null && e.evidence().start() < first;
      boolean answer = e.evidence() != null && !lead && FIRST_PERSON.matcher(e.evidence().text()).find()
          && mentions.stream().noneMatch(m -> m.entity().kind() == EntityKind.PERSON
              && m.span().start() >= e.evidence().start() && m.span().end() <= e.evidence().end());
      if (e.type() == EventType.Interview && (lead || answer) && who != null) {
        List<EntityRef> with = new ArrayList<>();
        with.add(who.entity());
        e.participants().stream().filter(p -> p.kind() != EntityKind.PERSON).forEach(with::add);
        out.add(new EventRecord(e.type(), name(with), e.start(), e.end(), e.place(), with, e.evidence()));
        found |= lead;
      } else {
        found |= e.type() == EventType.Interview && e.evidence() != null && e.evidence().start() < first;
        out.add(e);
      }
    }
    if (!found && who != null) {
      Sentence lead = doc.sentenceAt(who.span().start());
      List<EntityRef> with = List.of(who.entity());
      out.add(new EventRecord(EventType.Interview, name(with), null, null, null, with,
          lead != null ? lead.span() : who.span()));
    }
    return out;
  }

  private static String name(List<EntityRef> with) {
    String of = " of " + with.get(0).label();
    return "Interview" + of + (with.size() > 1 ? " with " + with.get(1).label() : "");
  }
}
