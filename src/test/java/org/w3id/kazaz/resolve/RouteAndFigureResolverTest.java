package org.w3id.kazaz.resolve;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.figures.FigureRecord;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.extract.routes.RouteRecord;
import org.w3id.kazaz.annotate.Span;

class RouteAndFigureResolverTest {
  private static final String KZ = "urn:x:kz";
  private static final String GE = "urn:x:ge";
  private static final EntityRef KAZAKHSTAN = EntityRef.known(KZ, EntityKind.STATE, "Kazakhstan", KZ);
  private static final EntityRef GEORGIA = EntityRef.known(GE, EntityKind.STATE, "Georgia", GE);
  private static final EntityRef LIANYUNGANG = EntityRef.known("urn:x:lyg", EntityKind.CITY, "Lianyungang", "urn:x:cn");
  private static final EntityRef KURYK = EntityRef.known("urn:x:kuryk", EntityKind.PORT, "Kuryk port", KZ);
  private static final EntityRef ALAT = EntityRef.known("urn:x:alat", EntityKind.PORT, "Alat port", "urn:x:az");
  private static final EntityRef POTI = EntityRef.known("urn:x:poti", EntityKind.PORT, "Poti port", GE);
  private static final Span S = new Span(0, 1, "x");

  private static RouteRecord route(String name, EntityRef... stops) {
    return new RouteRecord(null, name, List.of(), List.of(stops), null, null, null, S);
  }

  @Test
  void aRouteThroughStatesIsTheRouteThroughTheirPorts() {
    RouteRecord full = route("Lianyungang – Kuryk port – Alat port – Poti port", LIANYUNGANG, KURYK, ALAT, POTI);
    RouteRecord rough = route("from Lianyungang through Kazakhstan to Georgia", LIANYUNGANG, KAZAKHSTAN, GEORGIA);
    RouteRecord other = route("from Kuryk port to Poti port", KURYK, POTI);
    Map<RouteRecord, RouteRecord> c = RouteResolver.canonical(List.of(rough, other, full));
    assertSame(full, c.get(rough));
    assertSame(full, c.get(full));
    assertSame(other, c.get(other)); // starts elsewhere
  }

  @Test
  void twoRoutesWrittenWithTheirPlacesStayTwo() {
    RouteRecord four = route("Lianyungang – Kuryk port – Alat port – Poti port route", LIANYUNGANG, KURYK, ALAT, POTI);
    RouteRecord three = route("Lianyungang – Kuryk port – Poti port route", LIANYUNGANG, KURYK, POTI);
    RouteRecord again = route("Lianyungang – Kuryk port – Poti port", LIANYUNGANG, KURYK, POTI);
    Map<RouteRecord, RouteRecord> c = RouteResolver.canonical(List.of(four, three, again));
    assertSame(three, c.get(three));
    assertSame(three, c.get(again)); // the same stops: one route, named with its head noun
    assertSame(four, c.get(four));
  }

  @Test
  void aCorridorIsOneBothWaysAndANameOneOverItsVowels() {
    RouteRecord ab = route("Kuryk port – Poti port green energy corridor", KURYK, POTI);
    RouteRecord ba = route("Poti port – Kuryk port green energy corridor", POTI, KURYK);
    RouteRecord flightAb = new RouteRecord(null, "Kuryk port – Poti port route", List.of(), List.of(KURYK, POTI),
        null, null, "passengers", S);
    RouteRecord flightBa = new RouteRecord(null, "Poti port – Kuryk port route", List.of(), List.of(POTI, KURYK),
        null, null, "passengers", S);
    RouteRecord e = route("Lachin Corridor");
    RouteRecord y = route("Lachyn Corridor");
    Map<RouteRecord, RouteRecord> c = RouteResolver.canonical(List.of(ab, ba, flightAb, flightBa, e, y));
    assertSame(c.get(ab), c.get(ba));
    assertNotSame(c.get(flightAb), c.get(flightBa)); // a flight has a direction
    assertNotSame(c.get(ab), c.get(flightAb));
    assertSame(c.get(e), c.get(y));
  }

  private static FigureRecord figure(String unit, String date, EntityRef... subjects) {
    return new FigureRecord("expected cargo volume", new BigDecimal("15000000"), unit,
        date == null ? null : PartialDate.parse(date), List.of(subjects), "expected", S, null);
  }

  @Test
  void aTotalAndARateOfOneFigureAreOneFigure() {
    FigureRecord total = figure("t", null, KAZAKHSTAN);
    FigureRecord rate = figure("t/year", null, KAZAKHSTAN);
    FigureRecord otherYear = figure("t", "2019", GEORGIA);
    FigureRecord otherKm = figure("km", null, KAZAKHSTAN);
    Map<FigureRecord, FigureRecord> c = FigureResolver.canonical(List.of(total, otherYear, rate, otherKm));
    assertSame(rate, c.get(total));
    assertSame(rate, c.get(rate));
    assertSame(otherKm, c.get(otherKm));
    assertSame(otherYear, c.get(otherYear)); // no subject in common
  }

  @Test
  void aParticularValueIsOneFigureWhateverSubjectsEachArticleGivesIt() {
    FigureRecord exporter = new FigureRecord("growth", new BigDecimal("11.6"), "times", null, List.of(KAZAKHSTAN),
        null, S, null);
    FigureRecord importer = new FigureRecord("growth", new BigDecimal("11.6"), "times", null, List.of(GEORGIA),
        null, S, null);
    Map<FigureRecord, FigureRecord> c = FigureResolver.canonical(List.of(exporter, importer));
    assertSame(c.get(exporter), c.get(importer));
    assertTrue(FigureResolver.precise(new BigDecimal("420500000")));
    assertFalse(FigureResolver.precise(new BigDecimal("15000000")));
  }
}
