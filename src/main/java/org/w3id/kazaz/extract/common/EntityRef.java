package org.w3id.kazaz.extract.common;

import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.Objects;

/**
 * A reference to a real thing named in an article. Either a known entity of the reference
 * gazetteer ({@code iri} set), or a new one found by pattern ({@code iri} null): then mapping mints
 * its identifier from {@code kind} and the normalised {@code label}.
 *
 * @param iri the gazetteer IRI, or null for an entity found by pattern
 * @param kind what it is
 * @param label its name as the article writes it (cleaned of quotes and legal-form noise)
 * @param stateIri the IRI of the state it belongs to, or null where no cue says
 */
public record EntityRef(String iri, EntityKind kind, String label, String stateIri) {
  public EntityRef {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(label);
  }

  public static EntityRef known(String iri, EntityKind kind, String label, String stateIri) {
    return new EntityRef(Objects.requireNonNull(iri), kind, label, stateIri);
  }

  public static EntityRef found(EntityKind kind, String label, String stateIri) {
    return new EntityRef(null, kind, label, stateIri);
  }

  public boolean isKnown() {
    return iri != null;
  }
}
