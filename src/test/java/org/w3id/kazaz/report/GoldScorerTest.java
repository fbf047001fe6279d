package org.w3id.kazaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
  void theTableHasOneLinePerCategoryAndOneForAll() {
    String table = score("{}", "{}").toTable();
    assertEquals(2 + GoldScorer.CATEGORIES.size(), table.lines().count());
    assertTrue(table.lines().skip(1).allMatch(l -> l.endsWith("1.00    1.00")), table);
    assertTrue(table.lines().reduce((a, b) -> b).orElseThrow().startsWith("overall "), table);
  }

  @Test
  void allCategoriesPooledCountEveryFactOnce() {
    String gold =
        "{'states': [{'name': 'Kazakhstan'}, {'name': 'Azerbaijan'}],"
            + " 'events': [{'type': 'Talks', 'date': '2025-06-02'}]}";
    String report =
        "{'states': [{'name': 'Kazakhstan'}],"
            + " 'events': [{'type': 'Talks', 'date': '2025-06-02'}, {'type': 'Forum', 'date': null}]}";
    Score.Row all = score(gold, report).overall();
    // states: 1 of 1 reported, 1 of 2 gold; events: 1 of 2 reported, 1 of 1 gold.
    // pooled: 2 matched of 3 reported, 2 of 3 gold.
    assertEquals(3, all.reported());
    assertEquals(3, all.gold());
    assertEquals(2, all.matched());
    assertEquals(2.0 / 3, all.precision(), EPS);
    assertEquals(2.0 / 3, all.recall(), EPS);
  }

  @Test
  void eachArticleOfTheGoldIsScoredOnTheFactsItIsASourceOf() {
    String gold =
        "{'articles': [{'file': 'a.txt'}, {'file': 'b.txt'}],"
            + " 'states': [{'name': 'Kazakhstan', 'sources': ['a.txt', 'b.txt']}],"
            + " 'figures': [{'indicator': 'trade turnover', 'value': 5, 'unit': 'USD',"
            + "   'sources': ['a.txt']},"
            + "  {'indicator': 'cargo volume', 'value': 7, 'unit': 't', 'sources': ['b.txt']}]}";
    String report =
        "{'states': [{'name': 'Kazakhstan', 'sources': ['a.txt']}],"
            + " 'figures': [{'indicator': 'trade turnover', 'value': 5, 'unit': 'USD',"
            + "   'sources': ['a.txt', 'b.txt']},"
            + "  {'indicator': 'exports', 'value': 9, 'unit': 'USD', 'sources': ['z.txt']}]}";
    Score s = score(gold, report);
    assertEquals(List.of("a.txt", "b.txt"), s.articles().stream().map(Score.ArticleScore::file).toList());
    // a.txt: the state and the turnover on both sides: 2 of 2, 2 of 2.
    Score.Row a = s.article("a.txt").overall();
    assertEquals(List.of(2, 2, 2), List.of(a.reported(), a.gold(), a.matched()));
    // b.txt: the report gives it the turnover (not in the gold for b) but not the state; the gold
    // gives it the state and the cargo: nothing pairs, 0 of 1 reported, 0 of 2 gold.
    Score.Row b = s.article("b.txt").overall();
    assertEquals(List.of(1, 2, 0), List.of(b.reported(), b.gold(), b.matched()));
    assertEquals(0.0, b.precision(), EPS);
    assertEquals(0.0, b.recall(), EPS);
    assertEquals(1, s.article("b.txt").row("figures").reported());
    // z.txt is not in the gold's list of articles: its exports count only in the category table
    assertEquals(2, s.row("figures").reported());

    String table = s.toArticleTable();
    assertTrue(table.lines().findFirst().orElseThrow().startsWith("article "), table);
    List<String> lines = table.lines().toList();
    assertTrue(lines.contains(String.format("%-15s %8d %5d %7d %9s %7s", "a.txt", 2, 2, 2, "1.00", "1.00")), table);
    int b0 = lines.indexOf(String.format("%-15s %8d %5d %7d %9s %7s", "b.txt", 1, 2, 0, "0.00", "0.00"));
    assertTrue(b0 > 0, table);
    // under b.txt, indented: its two categories with a fact on either side
    assertEquals(b0 + 3, lines.size(), table);
    assertTrue(lines.get(b0 + 1).matches("  states\\s+0\\s+1\\s+0\\s+1\\.00\\s+0\\.00"), table);
    assertTrue(lines.get(b0 + 2).matches("  figures\\s+1\\s+1\\s+0\\s+0\\.00\\s+0\\.00"), table);
    // a category with nothing on either side is not listed under the article
    assertTrue(table.lines().noneMatch(l -> l.startsWith("  events")), table);
    assertTrue(s.toDetails(false).contains(table), "the details show the article table");
  }
}
