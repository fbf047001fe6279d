package org.w3id.kazaz.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The kazaz ontology ({@code ontology/kazaz.ttl}) as constants, named exactly like its terms. A test
 * checks that every constant here is declared in the ontology.
 */
public final class KZ {
  public static final String NS = "https://w3id.org/kazaz/ontology#";
  /** Base of every instance identifier. */
  public static final String ID = "https://w3id.org/kazaz/id/";
  /** Base of every named graph. */
  public static final String GRAPH = "https://w3id.org/kazaz/graph/";

  public static String getURI() {
    return NS;
  }

  private static Resource r(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property p(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  // Classes
  public static final Resource State = r("State");
  public static final Resource Organisation = r("Organisation");
  public static final Resource GovernmentBody = r("GovernmentBody");
  public static final Resource Company = r("Company");
  public static final Resource Fund = r("Fund");
  public static final Resource Agency = r("Agency");
  public static final Resource InternationalOrganisation = r("InternationalOrganisation");
  public static final Resource IntergovernmentalCouncil = r("IntergovernmentalCouncil");
  public static final Resource Person = r("Person");
  public static final Resource Office = r("Office");
  public static final Resource Place = r("Place");
  public static final Resource City = r("City");
  public static final Resource Port = r("Port");
  public static final Resource Station = r("Station");
  public static final Resource Sea = r("Sea");
  public static final Resource Region = r("Region");
  public static final Resource Street = r("Street");
  public static final Resource Field = r("Field");
  public static final Resource Terminal = r("Terminal");
  public static final Resource Pipeline = r("Pipeline");
  public static final Resource Building = r("Building");

  public static final Resource Agreement = r("Agreement");
  public static final Resource Treaty = r("Treaty");
  /** The narrow type: a document titled "Agreement" (the gold type {@code Agreement}). */
  public static final Resource CooperationAgreement = r("CooperationAgreement");
  public static final Resource Protocol = r("Protocol");
  public static final Resource MemorandumOfUnderstanding = r("MemorandumOfUnderstanding");
  public static final Resource Memorandum = r("Memorandum");
  public static final Resource ActionPlan = r("ActionPlan");
  public static final Resource Roadmap = r("Roadmap");
  public static final Resource Decision = r("Decision");
  public static final Resource JointStatement = r("JointStatement");
  public static final Resource Declaration = r("Declaration");
  public static final Resource Programme = r("Programme");
  public static final Resource Contract = r("Contract");

  public static final Resource Event = r("Event");
  public static final Resource StateVisit = r("StateVisit");
  public static final Resource OfficialVisit = r("OfficialVisit");
  public static final Resource WorkingVisit = r("WorkingVisit");
  public static final Resource Forum = r("Forum");
  public static final Resource Talks = r("Talks");
  public static final Resource Summit = r("Summit");
  public static final Resource CouncilMeeting = r("CouncilMeeting");
  public static final Resource PressBriefing = r("PressBriefing");
  public static final Resource PressConference = r("PressConference");
  public static final Resource Ceremony = r("Ceremony");
  public static final Resource Interview = r("Interview");
  public static final Resource Conference = r("Conference");
  public static final Resource Shipment = r("Shipment");

  public static final Resource Route = r("Route");
  public static final Resource Corridor = r("Corridor");
  public static final Resource RouteStop = r("RouteStop");
  public static final Resource Figure = r("Figure");
  public static final Resource NewsArticle = r("NewsArticle");
  public static final Resource ConversionRun = r("ConversionRun");
  public static final Resource Evidence = r("Evidence");
  public static final Resource Partnership = r("Partnership");
  public static final Resource Inference = r("Inference");

  // Properties
  public static final Property party = p("party");
  public static final Property signatory = p("signatory");
  public static final Property signedOn = p("signedOn");
  public static final Property signedIn = p("signedIn");
  public static final Property signedAt = p("signedAt");
  public static final Property title = p("title");
  public static final Property shortTitle = p("shortTitle");
  public static final Property validFrom = p("validFrom");
  public static final Property validUntil = p("validUntil");
  public static final Property amends = p("amends");
  public static final Property implementsDocument = p("implementsDocument");

  public static final Property participant = p("participant");
  public static final Property place = p("place");
  public static final Property startDate = p("startDate");
  public static final Property endDate = p("endDate");

  public static final Property headOfState = p("headOfState");
  public static final Property holdsOffice = p("holdsOffice");
  public static final Property role = p("role");
  public static final Property state = p("state");
  public static final Property capitalOf = p("capitalOf");
  public static final Property locatedIn = p("locatedIn");

  public static final Property hasStop = p("hasStop");
  public static final Property stopIndex = p("stopIndex");
  public static final Property stopPlace = p("stopPlace");
  public static final Property lengthKm = p("lengthKm");
  public static final Property durationDays = p("durationDays");
  public static final Property partOfRoute = p("partOfRoute");
  public static final Property carries = p("carries");

  public static final Property indicator = p("indicator");
  public static final Property measured = p("measured");
  public static final Property value = p("value");
  public static final Property unit = p("unit");
  public static final Property date = p("date");
  public static final Property subject = p("subject");
  public static final Property qualifier = p("qualifier");

  public static final Property mentions = p("mentions");
  public static final Property source = p("source");
  public static final Property evidence = p("evidence");
  public static final Property fileName = p("fileName");
  public static final Property published = p("published");

  // Properties of the reasoning (ontology/rules/kazaz.rules derives them)
  public static final Property partyTo = p("partyTo");
  public static final Property stateParty = p("stateParty");
  public static final Property stateParticipant = p("stateParticipant");
  public static final Property signedDocument = p("signedDocument");
  public static final Property subOrganisationOf = p("subOrganisationOf");
  public static final Property hasSubOrganisation = p("hasSubOrganisation");
  public static final Property partnerOf = p("partnerOf");
  public static final Property partner = p("partner");
  public static final Property sector = p("sector");
  public static final Property stopOf = p("stopOf");
  public static final Property hasRoutePart = p("hasRoutePart");
  public static final Property crosses = p("crosses");
  public static final Property titlePattern = p("titlePattern");
  public static final Property rule = p("rule");
  public static final Property premise = p("premise");

  private KZ() {}
}
