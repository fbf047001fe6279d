package org.w3id.kazaz.extract.entities;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.extract.common.StateCues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** New people, bodies and places found through CoreNLP's NER, on sentences written for the test. */
class NamedEntitiesTest {
  private static final Gazetteer GAZ = TestGazetteer.gazetteer();
  private static final String BODY =
      "ASTANA – Deputy Minister Aigerim Sarsenova of the Ministry of Ecology of Kazakhstan visited the"
          + " Kuryk terminal on Monday. Sarsenova said the Kazakh-Azerbaijani working group would meet in"
          + " Shymkent. She thanked the Caspian Shipping Company and the Tengiz field's operators.";

  private static List<Mention> found(String body) {
    Article a = TestGazetteer.article("2025-01-30", body);
    return new NamedEntities(GAZ).find(Annotated.of(a, GAZ), List.of());
  }

  private static EntityRef named(List<Mention> ms, String label) {
    return ms.stream().map(Mention::entity).filter(e -> e.label().equals(label)).findFirst().orElse(null);
  }

  @Test
  void aPersonTheGazetteerDoesNotKnowAndHerSurnameLater() {
    List<Mention> ms = found(BODY);
    EntityRef p = named(ms, "Aigerim Sarsenova");
    assertEquals(EntityKind.PERSON, p.kind());
    assertFalse(p.isKnown());
    long mentions = ms.stream().filter(m -> m.entity().equals(p)).count();
    assertEquals(2, mentions, "the full name, then 'Sarsenova' alone: " + ms);
    assertTrue(ms.stream().noneMatch(m -> m.span().text().equals("She")), "a pronoun is no one");
  }

  @Test
  void aMinistryRunsOnOverOfItsStateAndBelongsToIt() {
    EntityRef m = named(found(BODY), "Ministry of Ecology of Kazakhstan");
    assertEquals(EntityKind.GOVERNMENT_BODY, m.kind());
    assertEquals(TestGazetteer.KZ, m.stateIri());
  }

  @Test
  void placesAndCompaniesOfTheirKindButNoAdjectiveOfTwoStates() {
    List<Mention> ms = found(BODY);
    assertEquals(EntityKind.PLACE, named(ms, "Shymkent").kind());
    assertEquals(EntityKind.COMPANY, named(ms, "Caspian Shipping Company").kind());
    assertNull(named(ms, "Kazakh-Azerbaijani"), ms.toString());
  }

  @Test
  void aNameTheGazetteerKnowsIsLeftToIt() {
    Article a = TestGazetteer.article("2025-01-30", "Trains left Dostyk station for Baku.");
    var doc = Annotated.of(a, GAZ);
    List<Mention> known = ReferenceMentions.find(doc, GAZ, List.of());
    List<Mention> ms = new NamedEntities(GAZ).find(doc, known);
    assertTrue(ms.stream().noneMatch(m -> m.span().text().contains("Baku")), ms.toString());
  }

  @Test
  void aNationalBodyIsNamedWithItsStateAsItOfficiallyIs() {
    List<Mention> ms = found("Officials of the Kazakh Foreign Ministry met staff of Azerbaijan's Ministry of"
        + " Agriculture in Baku.");
    EntityRef foreign = named(ms, "Ministry of Foreign Affairs of Kazakhstan");
    assertEquals(TestGazetteer.KZ, foreign == null ? null : foreign.stateIri(), ms.toString());
    EntityRef agri = named(ms, "Ministry of Agriculture of Azerbaijan");
    assertEquals("Ministry of Digital Development of Kazakhstan",
        new Organisations(GAZ, new StateCues(GAZ)).official("Digital Development Ministry", TestGazetteer.KZ));
    assertEquals("Ministry of Foreign Affairs of Kazakhstan",
        new Organisations(GAZ, new StateCues(GAZ)).official("Kazakh MFA", TestGazetteer.KZ));
    assertEquals(TestGazetteer.AZ, agri == null ? null : agri.stateIri(), ms.toString());
  }

  @Test
  void aSingleNameThatReportsOrIsToldIsAnOrganisation() {
    List<Mention> ms = found("The ministry's spokesman told Qazpress on Monday that the talks went well."
        + " Qazpress reports that the next round is due in May.");
    EntityRef outlet = named(ms, "Qazpress");
    assertEquals(EntityKind.ORGANISATION, outlet == null ? null : outlet.kind(), ms.toString());
  }

  @Test
  void aBodysNameThatNerCutAtACommaIsOneName() {
    List<Mention> ms = found("Officials of the Ministry of Water Resources, Irrigation and Land Reclamation of"
        + " Kazakhstan visited Aktau on Monday.");
    EntityRef m = named(ms, "Ministry of Water Resources, Irrigation and Land Reclamation of Kazakhstan");
    assertEquals(EntityKind.GOVERNMENT_BODY, m == null ? null : m.kind(), ms.toString());
  }

  @Test
  void aStateNamedByItsAdjectiveIsMentioned() {
    List<Mention> ms = found("The Georgian Prime Minister said the cargo crossed Uzbek territory.");
    assertTrue(ms.stream().anyMatch(m -> m.span().text().equals("Georgian") && TestGazetteer.GE.equals(m.entity().iri())),
        ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.span().text().equals("Uzbek") && TestGazetteer.UZ.equals(m.entity().iri())),
        ms.toString());
  }

  @Test
  void anEmbassyWrittenInLowerCaseAfterItsStateIsTheEmbassyOfThatStateAtItsPlace() {
    List<Mention> ms = found("The Azerbaijani embassy in Baku hosted a reception. Later the minister visited"
        + " Kazakhstan's embassy in Baku and the Georgian embassy in the city.");
    assertEquals(EntityKind.GOVERNMENT_BODY, named(ms, "Embassy of Azerbaijan in Baku").kind());
    assertEquals(TestGazetteer.KZ, named(ms, "Embassy of Kazakhstan in Baku").stateIri());
    assertTrue(ms.stream().noneMatch(m -> m.entity().label().startsWith("Embassy of Georgia")), ms.toString());
  }

  @Test
  void aStatesFieldBeforeAPersonsTitleIsNoBody() {
    List<Mention> ms = found("Kazakh Energy Minister Nurlan Sadykov met Georgian Transport Minister Levan Davitashvili.");
    assertNull(named(ms, "Kazakh Energy"), ms.toString());
    assertNull(named(ms, "Georgian Transport"), ms.toString());
  }

  @Test
  void aDescriptionInLowerCaseNamesNoBodyButAHeadWordDoes() {
    Organisations orgs = new Organisations(GAZ, new StateCues(GAZ));
    assertNull(orgs.resolve("national grid companies of Georgia"));
    assertNull(orgs.resolve("Georgia on Friday"));
    assertEquals("Governorate of Kuryk", orgs.resolve("the governorate of Kuryk").label());
    assertEquals(EntityKind.GOVERNMENT_BODY, orgs.resolve("Head of the Executive Power of Lankaran city").kind());
    assertEquals(TestGazetteer.ID + "org/ktz", orgs.resolve("JSC NC Kazakhstan Temir Zholy").iri(), "NC: national company");
  }

  @Test
  void aCentreOrATheatreWhereSomethingHappensIsABuildingButOneThatSignsIsABody() {
    List<Mention> ms = found("A gala concert was held at the Zhambyl Regional Drama Theatre on Friday. The Abai"
        + " Children's Creativity Center in Baku opened its doors. The Shymkent Innovation Centre signed a memorandum with"
        + " the Caspian Shipping Company.");
    EntityRef theatre = ms.stream().map(Mention::entity).filter(e -> e.label().contains("Drama Theatre")).findFirst().orElse(null);
    assertEquals(EntityKind.BUILDING, theatre == null ? null : theatre.kind(), ms.toString());
    EntityRef centre = ms.stream().map(Mention::entity).filter(e -> e.label().contains("Creativity Center")).findFirst().orElse(null);
    assertEquals(EntityKind.BUILDING, centre == null ? null : centre.kind(), ms.toString());
    EntityRef body = ms.stream().map(Mention::entity).filter(e -> e.label().contains("Innovation Centre")).findFirst().orElse(null);
    assertTrue(body != null && body.kind().isOrganisation(), ms.toString());
  }

  @Test
  void anAcronymThatBeginsOneKnownBodysNameIsThatBody() {
    Gazetteer g = new Gazetteer(java.util.stream.Stream.concat(GAZ.entries().stream(), java.util.stream.Stream.of(
        new org.w3id.kazaz.gazetteer.GazetteerEntry(TestGazetteer.ID + "org/qaz-power", EntityKind.COMPANY,
            "QAZ Power", List.of(), TestGazetteer.KZ, null))).toList());
    Article a = TestGazetteer.article("2025-01-30", "QAZ said on Monday that exports rose.");
    List<Mention> ms = new NamedEntities(g).find(Annotated.of(a, g), List.of());
    assertTrue(ms.stream().anyMatch(m -> (TestGazetteer.ID + "org/qaz-power").equals(m.entity().iri())
        && m.span().text().equals("QAZ")), ms.toString());
  }

  @Test
  void aOneOrTwoLetterNameIsNoBody() {
    List<Mention> ms = found("The project will deliver 1 GW of power, GW said.");
    assertNull(named(ms, "GW"), ms.toString());
  }

  @Test
  void aMinistersPortfolioNamesTheMinistryOfItsState() {
    List<Mention> ms = found("ASTANA – Kazakhstan's Deputy Minister of Science, Higher Education and Innovation"
        + " Policy, Dana Tulegenova, addressed the Water Congress in Astana.");
    EntityRef m = named(ms, "Ministry of Science, Higher Education and Innovation Policy of Kazakhstan");
    assertEquals(EntityKind.GOVERNMENT_BODY, m == null ? null : m.kind(), ms.toString());
    assertEquals(TestGazetteer.KZ, m.stateIri());
    assertNull(named(ms, "Science"), ms.toString());
  }

  @Test
  void coordinatedNamesBeforeAPluralHeadAreOneBodyEach() {
    List<Mention> ms = found("The leaders welcomed the creation of Youth and Media Councils between the two countries.");
    assertEquals(EntityKind.ORGANISATION, named(ms, "Youth Council") == null ? null : named(ms, "Youth Council").kind(),
        ms.toString());
    assertEquals(EntityKind.ORGANISATION, named(ms, "Media Council").kind());
    ms = found("Kazakhstan and Azerbaijan met in Baku. Azerbaijan thanked Kazakhstan. A memorandum was signed between"
        + " the Border Guard Academies of the two countries.");
    assertEquals(TestGazetteer.AZ, named(ms, "Border Guard Academy of Azerbaijan").stateIri(), ms.toString());
    assertEquals(TestGazetteer.KZ, named(ms, "Border Guard Academy of Kazakhstan").stateIri());
    ms = found("The document was signed by Kazakhstan Railways and Azerbaijan Railways.");
    assertNull(named(ms, "Azerbaijan Railway"), ms.toString());
  }

  @Test
  void aPluralHeadBeforeTwoStatesIsOneBodyOfEach() {
    List<Mention> ms = found("A plan between the Ministries of Energy of Azerbaijan and Kazakhstan was approved.");
    assertEquals(TestGazetteer.AZ, named(ms, "Ministry of Energy of Azerbaijan") == null ? null
        : named(ms, "Ministry of Energy of Azerbaijan").stateIri(), ms.toString());
    assertEquals(TestGazetteer.KZ, named(ms, "Ministry of Energy of Kazakhstan").stateIri());
    // the states' own mentions, found before, do not stop it
    String text = "A plan between the Ministries of Energy of Azerbaijan and Kazakhstan was approved.";
    org.w3id.kazaz.annotate.AnnotatedArticle doc = Annotated.of(TestGazetteer.article("2025-01-30", text), GAZ);
    List<Mention> states = new java.util.ArrayList<>();
    for (org.w3id.kazaz.gazetteer.Gazetteer.Hit h : doc.hits()) {
      states.add(new Mention(Organisations.ref(h.entry()), new org.w3id.kazaz.annotate.Span(h.start(), h.end(), h.text())));
    }
    ms = new NamedEntities(GAZ).find(doc, states);
    assertEquals(TestGazetteer.KZ, named(ms, "Ministry of Energy of Kazakhstan") == null ? null
        : named(ms, "Ministry of Energy of Kazakhstan").stateIri(), ms.toString());
    // names that are not states' make no body
    ms = found("The Ministries of Energy of Astana and Baku are near.");
    assertNull(named(ms, "Ministry of Energy of Astana"), ms.toString());
  }

  @Test
  void aLegalFormMakesABodyOfAPlacesName() {
    Organisations orgs = new Organisations(GAZ, new StateCues(GAZ));
    EntityRef port = orgs.resolve("Kuryk Sea Trade Port CJSC");
    assertEquals(EntityKind.COMPANY, port == null ? null : port.kind());
    assertEquals("Kuryk Sea Trade Port", port.label());
  }

  @Test
  void aWordNerCallsALocationIsNoPlaceWhereNoPlaceIsWritten() {
    List<Mention> ms = found("The agency runs the Earth monitoring satellite Steppe-1. The lectures covered the"
        + " legends of Alpamys. Oil goes to the port of Poti and on to Constanta.");
    assertNull(named(ms, "Earth"), ms.toString());
    assertNull(named(ms, "Alpamys"), ms.toString());
    assertEquals(EntityKind.PLACE, named(ms, "Constanta") == null ? null : named(ms, "Constanta").kind(), ms.toString());
  }

  @Test
  void theEndOfAKnownPersonsFullNameIsThatPerson() {
    List<org.w3id.kazaz.gazetteer.GazetteerEntry> es = new java.util.ArrayList<>(GAZ.entries());
    es.add(new org.w3id.kazaz.gazetteer.GazetteerEntry("urn:x:person/nurlan-serik-abenov", EntityKind.PERSON, "Nurlan Serik Abenov", List.of(),
        TestGazetteer.KZ, "President"));
    Gazetteer g = new Gazetteer(es);
    Article a = TestGazetteer.article("2025-01-30", "In Baku, President Aliyev received Serik Abenov on Tuesday.");
    List<Mention> ms = new NamedEntities(g).find(Annotated.of(a, g), List.of());
    assertTrue(ms.stream().anyMatch(m -> "urn:x:person/nurlan-serik-abenov".equals(m.entity().iri())), ms.toString());
  }

  @Test
  void aRoleBeforeATitledNameWithItsParticleGivesTheWholeName() {
    Article a = TestGazetteer.article("2025-01-30", "The programme was signed by Saudi Energy Minister Prince Faisal bin"
        + " Khalid in Baku.");
    var people = PersonExtractor.extract(Annotated.of(a, GAZ), GAZ).people();
    assertTrue(people.stream().noneMatch(p -> p.person().label().equals("Prince Faisal")), people.toString());
  }
}
