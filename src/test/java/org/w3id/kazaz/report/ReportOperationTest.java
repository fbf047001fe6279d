package org.w3id.kazaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.store.TdbStore;

/** A store built from one article written for the test, reported in the gold form. */
class ReportOperationTest {
  @TempDir Path dir;

  private static final String ARTICLE =
      " date 2025-06-03 \n"
          + "Kazakhstan and Azerbaijan expand energy ties\n\n"
          + "ASTANA, June 3. The Ministry of Energy of Kazakhstan and the Ministry of Energy of"
          + " Azerbaijan signed a Memorandum of Understanding on cooperation in the field of"
          + " renewable energy in Astana on June 2, the ministry said.\n";

  @Test
  void reportsTheAgreementOfTheArticle() throws Exception {
    Path article = dir.resolve("100_energy.txt");
    Files.writeString(article, ARTICLE);
    JsonObject report;
    try (TdbStore store = TdbStore.open(dir.resolve("tdb2"))) {
      BuildOperation.run(List.of(article), store, 10, n -> {}, n -> {});
      report = ReportOperation.run(store.dataset());
    }
    for (String key :
        List.of(
            "articles",
            "states",
            "people",
            "organisations",
            "places",
            "agreements",
            "events",
            "routes",
            "figures")) {
      assertTrue(report.hasKey(key), key);
    }
    List<JsonObject> agreements = GoldScorer.facts(report, "agreements");
    assertEquals(1, agreements.size(), agreements.toString());
    JsonObject a = agreements.get(0);
    assertEquals("MemorandumOfUnderstanding", GoldScorer.str(a, "type"));
    assertEquals("2025-06-02", GoldScorer.str(a, "date"));
    assertEquals("Astana", GoldScorer.str(a, "place"));
    assertEquals(
        List.of("Ministry of Energy of Azerbaijan", "Ministry of Energy of Kazakhstan"),
        GoldScorer.strings(a, "parties"));
    assertTrue(GoldScorer.str(a, "title").contains("renewable energy"), GoldScorer.str(a, "title"));
    assertEquals(List.of("100_energy.txt"), GoldScorer.strings(a, "sources"));

    JsonObject art = GoldScorer.facts(report, "articles").get(0);
    assertEquals("100_energy.txt", GoldScorer.str(art, "file"));
    assertEquals("2025-06-03", GoldScorer.str(art, "date"));
    assertTrue(
        GoldScorer.facts(report, "organisations").stream()
            .anyMatch(
                o ->
                    "Ministry of Energy of Kazakhstan".equals(GoldScorer.str(o, "name"))
                        && "Kazakhstan".equals(GoldScorer.str(o, "state"))),
        report.get("organisations").toString());
  }

  @Test
  void numbersWithoutFractionAreIntegers() {
    assertEquals("529000000", ReportOperation.number("5.29E8").toString());
    assertEquals("2.5", ReportOperation.number("2.50").toString());
    assertEquals("Agreement", ReportOperation.goldType("CooperationAgreement"));
    assertEquals("Roadmap", ReportOperation.goldType("Roadmap"));
  }
}
