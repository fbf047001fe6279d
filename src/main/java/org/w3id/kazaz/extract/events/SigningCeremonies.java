package org.w3id.kazaz.extract.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.extract.agreements.AgreementExtractor;
import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.gazetteer.EntityKind;

/**
 * A signing the article reports as news is an event of its own, a ceremony: "the three companies
 * on Friday signed in Baku a founding agreement ..." is the signing of that agreement in Baku on
 * that Friday, its participants the people who signed or attended, else the signing bodies. Only
 * where the text says the document was signed (a signing verb in its own sentence, not a list of
 * documents under a lead-in, which belongs to the talks or visit it follows), on a day the text
 * gives, in the weeks before the article: a document signed years ago is history, not an event the
 * article reports. Documents signed on the same day at the same place make one signing; a
 * "signing ceremony" the text names on a day they share takes their day.
 */
final class SigningCeremonies {
  /** How long before the article's date a signing is still news. */
  static final long NEWS_DAYS = 31;

  private SigningCeremonies() {}

  static List<EventRecord> add(List<EventRecord> events, List<AgreementRecord> agreements, AnnotatedArticle doc) {
    LocalDate published = doc.article().date();
    Map<String, List<AgreementRecord>> byDayAndPlace = new LinkedHashMap<>();
    for (AgreementRecord a : agreements) {
      if (!isNews(a, published, doc)) {
        continue;
      }
      String place = a.place() == null ? "" : a.place().iri() != null ? a.place().iri() : a.place().label();
      byDayAndPlace.computeIfAbsent(a.date() + "|" + place, k -> new ArrayList<>()).add(a);
    }
    List<EventRecord> out = new ArrayList<>(events);
    for (List<AgreementRecord> signed : byDayAndPlace.values()) {
      AgreementRecord first = signed.get(0);
      int named = indexOfNamedSigning(out, first.date());
      if (named >= 0) {
        EventRecord e = out.get(named);
        out.set(named, new EventRecord(e.type(), e.name(), first.date(), e.end(), e.place() != null ? e.place() : first.place(),
            e.participants(), e.evidence()));
        continue;
      }
      if (out.stream().anyMatch(e -> e.type() == EventType.Ceremony && first.date().equals(e.start())
          && e.name().toLowerCase(java.util.Locale.ROOT).contains("sign"))) {
        continue;
      }
      if (partOfTalks(signed, out, doc)) {
        continue;
      }
      out.add(new EventRecord(EventType.Ceremony, name(signed), first.date(), null, first.place(), participants(signed),
          first.evidence()));
    }
    return out;
  }

  private static final java.util.Set<EventType> TALKS = java.util.EnumSet.of(EventType.Talks, EventType.Summit,
      EventType.StateVisit, EventType.OfficialVisit, EventType.WorkingVisit, EventType.CouncilMeeting);
  private static final java.util.regex.Pattern OCCASION =
      java.util.regex.Pattern.compile("(?i)\\bsigning\\s+ceremony\\b|\\bceremony\\s+of\\s+(?:the\\s+)?signing\\b"
          + "|\\bthe\\s+signing\\b(?!\\s+of)");

  /**
   * Documents the states signed on a day of talks, a visit or a summit the article reports belong
   * to those talks (the mapping links them), not to a ceremony of their own, unless the text makes
   * the signing an occasion ("after the signing ceremony", "described the signing as historic").
   */
  private static boolean partOfTalks(List<AgreementRecord> signed, List<EventRecord> events, AnnotatedArticle doc) {
    boolean states = signed.stream().allMatch(a -> a.parties().stream().allMatch(p -> p.kind() == EntityKind.STATE));
    boolean talks = events.stream().anyMatch(e -> TALKS.contains(e.type()) && signed.get(0).date().equals(e.start()));
    return states && talks && !OCCASION.matcher(doc.article().body()).find();
  }

    private static boolean isNews(AgreementRecord a, LocalDate published, AnnotatedArticle doc) {
    if (a.date() == null || !a.date().isFullDate() || a.evidence() == null) {
      return false;
    }
    LocalDate day = LocalDate.of(a.date().year(), a.date().month(), a.date().day());
    long before = ChronoUnit.DAYS.between(day, published);
    return before >= 0 && before <= NEWS_DAYS && AgreementExtractor.reportsSigning(a.evidence().text());
  }

  /** A signing ceremony the text names with a coarser date that this day falls in ("in August"). */
  private static int indexOfNamedSigning(List<EventRecord> events, PartialDate day) {
    for (int i = 0; i < events.size(); i++) {
      EventRecord e = events.get(i);
      if (e.type() == EventType.Ceremony && e.start() != null && !e.start().isFullDate()
          && e.name().toLowerCase(java.util.Locale.ROOT).startsWith("signing")
          && day.toString().startsWith(e.start().toString())) {
        return i;
      }
    }
    return -1;
  }

  private static String name(List<AgreementRecord> signed) {
    StringBuilder sb = new StringBuilder("Signing of the ");
    for (int i = 0; i < signed.size() && i < 3; i++) {
      String t = signed.get(i).title().replaceFirst("^(?i:the|a|an)\\s+", "");
      sb.append(i == 0 ? "" : i == signed.size() - 1 || i == 2 ? " and the " : ", the ").append(t);
    }
    if (signed.size() > 3) {
      sb.append(" and other documents");
    }
    EntityRef place = signed.get(0).place();
    return sb + (place == null ? "" : " in " + place.label());
  }

  private static List<EntityRef> participants(List<AgreementRecord> signed) {
    Map<String, EntityRef> out = new LinkedHashMap<>();
    for (AgreementRecord a : signed) {
      for (EntityRef p : a.signatories().isEmpty() ? a.parties() : a.signatories()) {
        if (p.kind() == EntityKind.PERSON || a.signatories().isEmpty()) {
          out.putIfAbsent(p.iri() != null ? p.iri() : p.kind() + "|" + p.label(), p);
        }
      }
    }
    return List.copyOf(out.values());
  }
}
