package org.w3id.kazaz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;

class CorpusGeneratorTest {
  private static Article article(String name, String text) {
    return ArticleReader.parse(name, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static final Article A =
      article(
          "a.txt",
          " date 2021-06-15 On 14 June 2021, the Ministry of Energy of Kazakhstan and the Caspian"
              + " Shipping Company signed a roadmap for 2022-2025 worth $1,2021 million, 3000 tons.");
  private static final Article B =
      article("b.txt", " date 2019-02-01 Talks were held in Astana on January 30; last year trade grew 5%.");

  @Test
  void copiesShiftEveryYearAndRenameBodies() {
    List<CorpusGenerator.Generated> g = CorpusGenerator.generate(List.of(A, B), 6, 7);
    assertEquals(6, g.size());
    assertEquals("000000_a.txt", g.get(0).fileName());
    assertEquals(A.text(), g.get(0).text(), "copy 0 is the article itself");
    String copy2 = g.get(4).text();
    assertTrue(copy2.startsWith(" date 2023-06-15 "), copy2);
    assertTrue(copy2.contains("On 14 June 2023,"), copy2);
    assertTrue(copy2.contains("for 2024-2027"), copy2);
    assertTrue(copy2.contains("$1,2021 million, 3000 tons"), "amounts are not years: " + copy2);
    assertTrue(copy2.matches("(?s).*the Ministry of [A-Z][A-Za-z ]+ and Energy of Kazakhstan.*"), copy2);
    assertTrue(copy2.matches("(?s).*Caspian Shipping Company [A-Z][a-z]+ signed.*"), copy2);
    assertTrue(g.get(5).text().startsWith(" date 2021-02-01 Talks"), g.get(5).text());
  }

  @Test
  void sameSeedSameCorpusAndEveryArticleDistinct() {
    List<CorpusGenerator.Generated> one = CorpusGenerator.generate(List.of(A, B), 200, 3);
    assertEquals(one, CorpusGenerator.generate(List.of(A, B), 200, 3));
    assertFalse(one.equals(CorpusGenerator.generate(List.of(A, B), 200, 4)));
    assertEquals(200, new HashSet<>(one.stream().map(CorpusGenerator.Generated::text).toList()).size());
  }

  private static final Article DEV =
      article("d1.txt", " date 2023-05-10 The Ministry of Digital Development of Azerbaijan and the Space"
          + " Agency met in Baku; the plan runs to 2026.");

  @Test
  void seedsThenDevArticlesInTurnSameEveryTimeAllDistinct() {
    List<CorpusGenerator.Generated> g = CorpusGenerator.generate(List.of(A, B), List.of(DEV), 30, 11);
    assertEquals(g, CorpusGenerator.generate(List.of(A, B), List.of(DEV), 30, 11), "deterministic");
    assertEquals(List.of("000000_a.txt", "000001_b.txt", "000002_d1.txt", "000003_a.txt"),
        g.subList(0, 4).stream().map(CorpusGenerator.Generated::fileName).toList());
    assertEquals(DEV.text(), g.get(2).text(), "copy 0 of a dev article is the article itself");
    String devCopy = g.get(5).text();
    assertTrue(devCopy.startsWith(" date 2024-05-10 "), devCopy);
    assertTrue(devCopy.contains("runs to 2027"), devCopy);
    assertTrue(devCopy.matches("(?s).*Space Agency [A-Z][a-z]+ met.*"), devCopy);
    assertEquals(30, new HashSet<>(g.stream().map(CorpusGenerator.Generated::fileName).toList()).size());
    assertEquals(30, new HashSet<>(g.stream().map(CorpusGenerator.Generated::text).toList()).size());
    assertEquals(10, g.stream().filter(x -> x.fileName().endsWith("_d1.txt")).count(), "a third from dev");
  }

  @Test
  void devArticlesAloneOrSeedsAloneStillMakeACorpus() {
    assertEquals(CorpusGenerator.generate(List.of(A, B), 8, 5),
        CorpusGenerator.generate(List.of(A, B), List.of(), 8, 5));
    assertEquals(4, CorpusGenerator.generate(List.of(), List.of(DEV), 4, 5).size());
  }
}
