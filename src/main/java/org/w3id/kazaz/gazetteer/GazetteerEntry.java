package org.w3id.kazaz.gazetteer;

import java.util.List;
import java.util.Objects;
import org.w3id.kazaz.gazetteer.EntityKind;

/**
 * One well-known actor of the reference data.
 *
 * @param iri its identifier under {@code https://w3id.org/kazaz/id/}
 * @param kind what it is
 * @param prefLabel its preferred English label
 * @param altLabels other English spellings and short forms that articles use
 * @param stateIri the state it belongs to (an organisation's, a place's, a person's), or null
 * @param role for a person, the office held ("President"), or null
 */
public record GazetteerEntry(
    String iri,
    EntityKind kind,
    String prefLabel,
    List<String> altLabels,
    String stateIri,
    String role) {
  public GazetteerEntry {
    Objects.requireNonNull(iri);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(prefLabel);
    altLabels = List.copyOf(altLabels);
  }
}
