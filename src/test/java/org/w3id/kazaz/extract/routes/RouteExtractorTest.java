package org.w3id.kazaz.extract.routes;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.gazetteer.EntityKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteExtractorTest {
  private static List<RouteRecord> routes(String body) {
    return RouteExtractor.extract(Annotated.of(TestGazetteer.article("2025-03-03", body), TestGazetteer.gazetteer()), TestGazetteer.gazetteer());
  }

  private static RouteRecord named(List<RouteRecord> all, String name) {
    return all.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseGet(() -> fail("no route " + name + " in " + all));
  }

  private static List<String> stopLabels(RouteRecord r) {
    return r.stops().stream().map(EntityRef::label).toList();
  }

  @Test
  void corridorOnceWithTheNamesWritten() {
    List<RouteRecord> all = routes("The Middle Corridor grows. Shippers use the TITR more each year. "
        + "The Trans-Caspian International Transport Route links Asia and Europe.");
    assertEquals(1, all.size(), all.toString());
    RouteRecord r = all.get(0);
    assertEquals(TestGazetteer.CORRIDOR, r.corridor().iri());
    assertEquals("Trans-Caspian International Transport Route", r.name());
    assertEquals(List.of("Middle Corridor", "TITR"), r.aliases());
    assertTrue(r.stops().isEmpty());
  }

  @Test
  void dashListWithLengthDurationAndCorridor() {
    List<RouteRecord> all = routes("The Middle Corridor is busy. A container train ran 4,100 km along the route "
        + "(Dostyk station – Kuryk port – Alat port – Poti port) in 9 days.");
    RouteRecord r = named(all, "Dostyk station – Kuryk port – Alat port – Poti port");
    assertEquals(List.of("Dostyk station", "Kuryk port", "Alat port", "Poti port"), stopLabels(r));
    assertEquals(4100.0, r.lengthKm());
    assertEquals(9.0, r.durationDays());
    assertEquals("containers", r.carries());
    assertEquals(TestGazetteer.CORRIDOR, r.corridor().iri());
  }

  @Test
  void fromThroughTo() {
    List<RouteRecord> all = routes("The leaders opened a new rail route from Lianyungang through Kazakhstan"
        + " and Turkmenistan to Georgia.");
    RouteRecord r = named(all, "Lianyungang – Kazakhstan – Turkmenistan – Georgia");
    assertEquals(List.of("new rail route from Lianyungang through Kazakhstan and Turkmenistan to Georgia"),
        r.aliases());
    assertNull(r.corridor());
  }

  @Test
  void aTerminalAtAPlaceTheArticleNamesIsThatPlace() {
    // CoreNLP reads "Khorgos" as a location: the stop is the place, as the article's places name it
    List<RouteRecord> all = routes("Freight moves on the line Khorgos terminal – Kuryk port – Baku.");
    RouteRecord r = named(all, "Khorgos – Kuryk port – Baku");
    assertEquals(EntityKind.PLACE, r.stops().get(0).kind());
    assertNull(r.stops().get(0).iri());
    assertEquals(List.of("Khorgos terminal – Kuryk port – Baku"), r.aliases());
  }

  @Test
  void datelinesAndCompoundsAreNoRoutes() {
    assertEquals(List.of(), routes("ASTANA – The ministers met. Kazakh-Azerbaijani ties and East –West trade grow."));
  }

  @Test
  void cableAcrossASea() {
    List<RouteRecord> all = routes("The parties will lay a fiber-optic cable across the Black Sea bed.");
    RouteRecord r = named(all, "Trans-Black fiber-optic communication line");
    assertEquals("data", r.carries());
    List<RouteRecord> caspian = routes("Work goes on on fibre-optic communications along the bottom of the Caspian Sea.");
    assertEquals("Trans-Caspian fiber-optic communication line", caspian.get(0).name());
  }

  @Test
  void transitOfAStatesCargoThroughAnother() {
    List<RouteRecord> all = routes("Exports of Turkmen gas via Azerbaijan rose. "
        + "Georgia may serve as a transshipment hub for Azerbaijani oil.");
    RouteRecord gas = named(all, "Transit of Turkmen gas through Azerbaijan");
    assertEquals(List.of(TestGazetteer.TM, TestGazetteer.AZ), gas.stops().stream().map(EntityRef::iri).toList());
    assertEquals("gas", gas.carries());
    RouteRecord oil = named(all, "Transit of Azerbaijani oil through Georgia");
    assertEquals("oil", oil.carries());
  }

  @Test
  void sameLineTwiceIsOneRecordWithBothWordings() {
    List<RouteRecord> all = routes("They discussed the transit of Kazakh oil through Azerbaijan. "
        + "The first shipment of Kazakh oil was sent through Azerbaijan in May.");
    RouteRecord r = named(all, "Transit of Kazakh oil through Azerbaijan");
    assertEquals(1, all.size());
    assertEquals(2, r.aliases().size(), r.aliases().toString());
  }

  @Test
  void hyphenedPipelineWithItsAcronymIsNamedByItsStopsAndHead() {
    List<RouteRecord> all = routes("Crude is pumped through the Baku-Samsun (BSP) pipeline every day. "
        + "The Baku-Samsun pipeline is full.");
    RouteRecord r = named(all, "Baku – Samsun pipeline");
    assertEquals(List.of("Baku", "Samsun"), stopLabels(r));
    assertTrue(r.aliases().contains("BSP"), r.aliases().toString());
    assertEquals(1, all.stream().filter(x -> x.stops().size() == 2).count(), all.toString());
  }

  @Test
  void severalStopListsShareOneHead() {
    List<RouteRecord> all = routes("Travellers fly daily on the Baku-Samarkand, Baku-Bukhara and Khiva-Baku routes.");
    assertEquals(List.of("Baku", "Samarkand"), stopLabels(named(all, "Baku – Samarkand route")));
    assertEquals(List.of("Khiva", "Baku"), stopLabels(named(all, "Khiva – Baku route")));
    assertEquals("passengers", named(all, "Baku – Bukhara route").carries());
    List<RouteRecord> before = routes("The region has two pipelines, Baku-Samsun and Baku-Mersin, for its oil.");
    assertEquals(List.of("Baku", "Mersin"), stopLabels(named(before, "Baku – Mersin pipeline")));
  }

  @Test
  void statesAndPeopleJoinedByHyphensAreNoRoute() {
    assertEquals(List.of(), routes("Kazakhstan-Azerbaijan relations and Kazakh-Azerbaijani ties grow; "
        + "the Baku – Dostyk transit times fall."));
  }

  @Test
  void oneStartToTwoDestinations() {
    List<RouteRecord> all = routes("The operator dispatched two trains from Lianyungang – to Dostyk station "
        + "and to the Kuryk port in Kazakhstan.");
    assertEquals(List.of("Lianyungang", "Dostyk station"), stopLabels(named(all, "Lianyungang – Dostyk station")));
    assertEquals(List.of("Lianyungang", "Kuryk port"), stopLabels(named(all, "Lianyungang – Kuryk port")));
  }

  @Test
  void travelTimesTellOneRouteALeg() {
    List<RouteRecord> all = routes("A container needs six days to travel from Dostyk station to Baku, "
        + "ten days to reach Poti port, and 15 days to get to Varna in Bulgaria via Poti port.");
    named(all, "Dostyk station – Baku");
    named(all, "Dostyk station – Poti port");
    assertEquals(List.of("Dostyk station", "Poti port", "Varna"), stopLabels(named(all, "Dostyk station – Poti port – Varna")));
  }

  @Test
  void aTripToldLegByLeg() {
    List<RouteRecord> all = routes("The copper travels by rail to Kuryk port, by ferry to Baku and on to Georgia's Poti port.");
    assertEquals(List.of("Kuryk port", "Baku", "Poti port"), stopLabels(all.get(0)));
  }

  @Test
  void routesOfTheirOwnNameButNotBodiesOrEvents() {
    List<RouteRecord> all = routes("The ministers spoke of the Lachin corridor and of the Great Amber Way project. "
        + "The Green Corridor Union met at the Silk Road Forum, where the head of the Digital Cargo Corridor "
        + "spoke. The Digital Cargo Corridor grows. Georgian Railway and \"New Silk Way\" were there.");
    List<String> names = all.stream().map(RouteRecord::name).toList();
    assertEquals(List.of("Lachin Corridor", "Great Amber Way"), names);
  }

  @Test
  void aCorridorBetweenTwoPlacesIsNamedWithIt() {
    List<RouteRecord> all = routes("They study the Uzbekistan-Azerbaijan green energy corridor.");
    RouteRecord r = named(all, "Uzbekistan – Azerbaijan green energy corridor");
    assertTrue(r.undirected());
    assertEquals(List.of(), routes("The Uzbekistan-Azerbaijan Intergovernmental Commission met."));
  }

  @Test
  void aFlightBetweenCities() {
    List<RouteRecord> all = routes("A passenger jet flying from Baku to Samarkand landed safely.");
    RouteRecord r = named(all, "Baku – Samarkand");
    assertTrue(r.flies());
    List<RouteRecord> between = routes("Weekly flights between Bukhara and Baku start in May; "
        + "a corridor between Europe and Asia is planned.");
    assertEquals(List.of("Bukhara", "Baku"), stopLabels(between.get(0)));
    assertEquals(1, between.size(), between.toString());
  }

  @Test
  void tripsOfPeopleFlowsOfGoodsAndRowsOfStatesAreNoRoutes() {
    assertEquals(List.of(), routes("The minister flew from Baku to Samarkand on Monday. "
        + "Oil exports from Kazakhstan to Turkmenistan rose. "
        + "The Azerbaijan – Kazakhstan – Uzbekistan energy ministers met."));
    List<RouteRecord> named = routes("The Uzbekistan-Azerbaijan-Georgia (UAG) power corridor is planned.");
    RouteRecord r = named(named, "Uzbekistan – Azerbaijan – Georgia power corridor");
    assertTrue(r.aliases().contains("UAG"), r.aliases().toString());
    assertEquals("Uzbekistan-Azerbaijan-Georgia (UAG) power corridor", r.aliases().get(0));
  }
}
