package org.w3id.kazaz.gazetteer;

/** What kind of thing an entity is; each kind maps to one ontology class. */
public enum EntityKind {
  STATE,
  PERSON,
  ORGANISATION,
  GOVERNMENT_BODY,
  COMPANY,
  FUND,
  AGENCY,
  INTERNATIONAL_ORGANISATION,
  INTERGOVERNMENTAL_COUNCIL,
  PLACE,
  CITY,
  PORT,
  STATION,
  SEA,
  REGION,
  STREET,
  FIELD,
  TERMINAL,
  PIPELINE,
  BUILDING,
  ROUTE,
  CORRIDOR;

  public boolean isOrganisation() {
    return switch (this) {
      case ORGANISATION,
          GOVERNMENT_BODY,
          COMPANY,
          FUND,
          AGENCY,
          INTERNATIONAL_ORGANISATION,
          INTERGOVERNMENTAL_COUNCIL -> true;
      default -> false;
    };
  }

  public boolean isPlace() {
    return switch (this) {
      case PLACE, CITY, PORT, STATION, SEA, REGION, STREET, FIELD, TERMINAL, PIPELINE, BUILDING -> true;
      default -> false;
    };
  }
}
