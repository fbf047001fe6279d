package org.w3id.kazaz.mapping;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.extract.events.EventRecord;
import org.w3id.kazaz.extract.events.EventType;

/**
 * The event a document was signed at: of the talks, summit, visit or council meeting that the same
 * article reports on the day of signing, at the same place where both are known, the first in
 * that order (documents are signed "following the talks", "during the visit").
 */
final class SigningEvents {
  private static final List<EventType> ORDER =
      List.of(EventType.Talks, EventType.Summit, EventType.StateVisit, EventType.OfficialVisit, EventType.WorkingVisit,
          EventType.CouncilMeeting);

  private SigningEvents() {}

  static Optional<EventRecord> of(AgreementRecord doc, Collection<EventRecord> events) {
    if (doc.date() == null || !doc.date().isFullDate()) {
      return Optional.empty();
    }
    return events.stream()
        .filter(e -> ORDER.contains(e.type()))
        .filter(e -> doc.date().equals(e.start()) || within(doc, e))
        .filter(e -> doc.place() == null || e.place() == null || samePlace(doc, e))
        .min(Comparator.comparingInt((EventRecord e) -> ORDER.indexOf(e.type())));
  }

  /** A document signed on a day of a multi-day visit. */
  private static boolean within(AgreementRecord doc, EventRecord e) {
    return e.start() != null && e.end() != null && e.start().isFullDate() && e.end().isFullDate()
        && doc.date().compareTo(e.start()) >= 0 && doc.date().compareTo(e.end()) <= 0;
  }

  private static boolean samePlace(AgreementRecord doc, EventRecord e) {
    return Objects.equals(doc.place().iri(), e.place().iri())
        || Objects.equals(doc.place().stateIri(), e.place().iri());
  }
}
