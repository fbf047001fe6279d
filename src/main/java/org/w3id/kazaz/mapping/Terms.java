package org.w3id.kazaz.mapping;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.kazaz.extract.agreements.AgreementType;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.events.EventType;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.vocab.KZ;

/** How record values become RDF terms: classes for kinds and types, literals for dates. */
public final class Terms {
  private Terms() {}

  public static Resource classOf(EntityKind kind) {
    return switch (kind) {
      case STATE -> KZ.State;
      case PERSON -> KZ.Person;
      case ORGANISATION -> KZ.Organisation;
      case GOVERNMENT_BODY -> KZ.GovernmentBody;
      case COMPANY -> KZ.Company;
      case FUND -> KZ.Fund;
      case AGENCY -> KZ.Agency;
      case INTERNATIONAL_ORGANISATION -> KZ.InternationalOrganisation;
      case INTERGOVERNMENTAL_COUNCIL -> KZ.IntergovernmentalCouncil;
      case PLACE -> KZ.Place;
      case CITY -> KZ.City;
      case PORT -> KZ.Port;
      case STATION -> KZ.Station;
      case SEA -> KZ.Sea;
      case REGION -> KZ.Region;
      case STREET -> KZ.Street;
      case FIELD -> KZ.Field;
      case TERMINAL -> KZ.Terminal;
      case PIPELINE -> KZ.Pipeline;
      case BUILDING -> KZ.Building;
      case ROUTE -> KZ.Route;
      case CORRIDOR -> KZ.Corridor;
    };
  }

  /** The first segment of identifiers minted for entities of this kind. */
  public static String iriKind(EntityKind kind) {
    if (kind.isOrganisation()) {
      return "org";
    }
    if (kind.isPlace()) {
      return "place";
    }
    return switch (kind) {
      case STATE -> "state";
      case PERSON -> "person";
      default -> "route";
    };
  }

  public static Resource classOf(AgreementType type) {
    return switch (type) {
      case Treaty -> KZ.Treaty;
      case Agreement -> KZ.CooperationAgreement;
      case Protocol -> KZ.Protocol;
      case MemorandumOfUnderstanding -> KZ.MemorandumOfUnderstanding;
      case Memorandum -> KZ.Memorandum;
      case ActionPlan -> KZ.ActionPlan;
      case Roadmap -> KZ.Roadmap;
      case Decision -> KZ.Decision;
      case JointStatement -> KZ.JointStatement;
      case Declaration -> KZ.Declaration;
      case Programme -> KZ.Programme;
      case Contract -> KZ.Contract;
    };
  }

  public static Resource classOf(EventType type) {
    return ResourceFactory.createResource(KZ.NS + type.name());
  }

  /** A date at its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
  public static Literal date(PartialDate d) {
    XSDDatatype dt =
        d.day() != null
            ? XSDDatatype.XSDdate
            : d.month() != null ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
    return ResourceFactory.createTypedLiteral(d.toString(), dt);
  }

  public static Literal year(int y) {
    return ResourceFactory.createTypedLiteral(String.format("%04d", y), XSDDatatype.XSDgYear);
  }
}
