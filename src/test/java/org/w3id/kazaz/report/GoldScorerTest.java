package org.w3id.kazaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The matching rules on small gold and report documents written for the test; each expected
 * precision and recall is worked out by hand in the comment above its assertion.
 */
class GoldScorerTest {
  private static final double EPS = 1e-9;

  private static Score score(String gold, String report) {
    JsonObject g = JSON.parse(gold.replace('\'', '"'));
    JsonObject r = JSON.parse(report.replace('\'', '"'));
    return GoldScorer.score(g, r);
  }

  @Test
  void namesMatchAfterNormalisationOrThroughAnAlias() {
    Score s =
        score(
            "{'organisations': ["
                + " {'name': 'Samruk-Kazyna', 'aliases': ['Samruk Kazyna Sovereign Wealth Fund']},"
                + " {'name': 'Ministry of Energy of Kazakhstan', 'aliases': []}]}",
            "{'organisations': [ {'name': 'Samruk Kazyna Sovereign Wealth Fund', 'aliases': []},"
                + " {'name': 'the Ministry of Energy of the Republic of Kazakhstan', 'aliases':"
                + " []}, {'name': 'Ministry of Finance of Azerbaijan', 'aliases': []}]}");
    Score.Row row = s.row("organisations");
    // The fund through the gold alias, the ministry after dropping "the" and "of the Republic";
    // the finance ministry is not in the gold: 2 of 3 reported, 2 of 2 gold.
    assertEquals(2, row.matched());
    assertEquals(2.0 / 3, row.precision(), EPS);
    assertEquals(1.0, row.recall(), EPS);
    assertEquals("Ministry of Finance of Azerbaijan", row.spurious().get(0));
  }

  @Test
  void agreementsMatchByTitleWordsOrByParties() {
    String gold =
        "{'organisations': [ {'name': 'Samruk-Kazyna', 'aliases': ['Samruk Kazyna Sovereign Wealth"
            + " Fund']}, {'name': 'Azerbaijan Investment Holding', 'aliases': ['AIH']}],"
            + " 'agreements': [ {'title': 'Agreement on cooperation in the field of renewable"
            + " energy',  'type': 'Agreement', 'date': '2025-06-02', 'parties': ['Kazakhstan',"
            + " 'Azerbaijan']}, {'title': 'Roadmap for digital transformation for 2025-2027',"
            + " 'type': 'Roadmap',  'date': '2025-06', 'parties': ['Samruk-Kazyna', 'Azerbaijan"
            + " Investment Holding']}, {'title': 'Protocol on customs cooperation', 'type':"
            + " 'Protocol', 'date': '2025-06-02',  'parties': []}]}";
    String report =
        "{'agreements': [ {'title': 'Agreement on renewable energy cooperation', 'type':"
            + " 'Agreement',  'date': '2025-06-02', 'parties': []}, {'title': 'Joint action roadmap"
            + " on information technologies', 'type': 'Roadmap',  'date': '2025-06', 'parties':"
            + " ['AIH', 'Samruk Kazyna Sovereign Wealth Fund']}, {'title': 'Protocol on customs"
            + " cooperation', 'type': 'Protocol', 'date': '2025-06-03',  'parties': []}]}";
    Score.Row row = score(gold, report).row("agreements");
    // 1: same type and date, content words {agreement, renewable, energy, cooperation} on both
    //    sides (4 of 4 shared), though the parties differ.
    // 2: titles share only "roadmap" (1 of 5), but the parties are the same two bodies through
    //    the gold aliases.
    // 3: the date differs (06-03 against 06-02), so the identical title does not help.
    // 2 of 3 reported, 2 of 3 gold.
    assertEquals(2, row.matched());
    assertEquals(2.0 / 3, row.precision(), EPS);
    assertEquals(2.0 / 3, row.recall(), EPS);
    assertTrue(row.missed().get(0).startsWith("Protocol 2025-06-02"), row.missed().toString());
  }

  @Test
  void figuresMatchWithinHalfAPercentAndTheSameUnit() {
    String gold =
        "{'figures': ["
            + " {'indicator': 'trade turnover', 'value': 1000000000, 'unit': 'USD'},"
            + " {'indicator': 'cargo volume', 'value': 2000000, 'unit': 't'}]}";
    String report =
        "{'figures': ["
            + " {'indicator': 'turnover of trade', 'value': 1004000000, 'unit': 'USD'},"
            + " {'indicator': 'volume of cargo', 'value': 2000000, 'unit': 't/year'},"
            + " {'indicator': 'trade turnover', 'value': 1010000000, 'unit': 'USD'}]}";
    Score.Row row = score(gold, report).row("figures");
    // 1.004 billion is 0.4% off 1 billion, indicators share "turnover" and "trade": a match.
    // 2 million t/year is not 2 million t (unit differs). 1.01 billion is 1% off: no match.
    // 1 of 3 reported, 1 of 2 gold.
    assertEquals(1, row.matched());
    assertEquals(1.0 / 3, row.precision(), EPS);
    assertEquals(0.5, row.recall(), EPS);
    assertEquals("cargo volume = 2000000 t", row.missed().get(0));
  }

  @Test
  void aGoldFactIsMatchedOnlyOnce() {
    String gold =
        "{'states': [{'name': 'Kazakhstan', 'aliases': ['Republic of Kazakhstan']}], 'events':"
            + " [{'type': 'Talks', 'date': '2025-06-02'}, {'type': 'Talks', 'date':"
            + " '2025-06-02'}]}";
    String report =
        "{'states': [{'name': 'Kazakhstan', 'aliases': []}, {'name': 'Republic of Kazakhstan',"
            + " 'aliases': []}], 'events': [{'type': 'Talks', 'date': '2025-06-02'}]}";
    Score s = score(gold, report);
    // Both reported states stand for the one gold state: 1 of 2 reported, 1 of 1 gold.
    assertEquals(0.5, s.row("states").precision(), EPS);
    assertEquals(1.0, s.row("states").recall(), EPS);
    // One reported talks for two gold talks of the same day: 1 of 1 reported, 1 of 2 gold.
    assertEquals(1.0, s.row("events").precision(), EPS);
    assertEquals(0.5, s.row("events").recall(), EPS);
  }

  @Test
  void theMatchingPairsAsManyAsPossible() {
    // "Aliyev" may stand for either gold person, "Ilham Aliyev" only for the first. Pairing the
    // first reported with the first gold would leave the second unpaired; the best pairing uses
    // both.
    String gold =
        "{'people': [{'name': 'Ilham Aliyev', 'aliases': ['Aliyev']},"
            + " {'name': 'Mehriban Aliyeva', 'aliases': ['Aliyev']}]}";
    String report =
        "{'people': [{'name': 'Aliyev', 'aliases': []}, {'name': 'Ilham Aliyev', 'aliases': []}]}";
    Score.Row row = score(gold, report).row("people");
    assertEquals(2, row.matched());
    assertEquals(1.0, row.precision(), EPS);
    assertEquals(1.0, row.recall(), EPS);
  }

  @Test
  void routesMatchByNameAliasOrOrderedStops() {
    String gold =
        "{'places': [{'name': 'Poti', 'aliases': ['Poti port']}], 'routes': [ {'name': 'Middle"
            + " Corridor', 'aliases': ['TITR'], 'stops': []}, {'name': 'Lianyungang - Almaty -"
            + " Poti', 'aliases': [], 'stops': ['Lianyungang', 'Almaty', 'Poti']}, {'name': 'Aktau"
            + " - Baku', 'aliases': [], 'stops': ['Aktau', 'Baku']}]}";
    String report =
        "{'routes': [ {'name': 'TITR', 'aliases': [], 'stops': []}, {'name': 'container line',"
            + " 'aliases': [], 'stops': ['Lianyungang', 'Almaty', 'Poti port']}, {'name': 'ferry"
            + " line', 'aliases': [], 'stops': ['Baku', 'Aktau']}]}";
    Score.Row row = score(gold, report).row("routes");
    // TITR is a gold alias; the container line has the gold stops in order (Poti port is an alias
    // of Poti); the ferry line runs the other way round: 2 of 3 on both sides.
    assertEquals(2, row.matched());
    assertEquals(2.0 / 3, row.precision(), EPS);
    assertEquals(2.0 / 3, row.recall(), EPS);
  }

  @Test
  void normalisationFoldsCaseAndDropsPunctuationAndNoiseWords() {
    assertEquals("xian", Names.normalise("Xi’an"));
    assertEquals("samruk kazyna", Names.normalise("Samruk-Kazyna JSC"));
    assertEquals(
        "foreign trade chamber of kazakhstan",
        Names.normalise("Foreign Trade Chamber of Kazakhstan LLP"));
    assertEquals(
        "president of kazakhstan", Names.normalise("the President of the Republic of Kazakhstan"));
  }

  @Test
  void theTableHasOneLinePerCategory() {
    String table = score("{}", "{}").toTable();
    assertEquals(1 + GoldScorer.CATEGORIES.size(), table.lines().count());
    assertTrue(table.lines().skip(1).allMatch(l -> l.endsWith("1.00    1.00")), table);
  }
}
