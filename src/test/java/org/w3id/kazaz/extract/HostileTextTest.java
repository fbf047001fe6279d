package org.w3id.kazaz.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerLoader;

/**
 * Crafted sentences that made the matching explode (a stack overflow in a regex repeating a group
 * over every word): each article must extract, and in bounded time. The bound is a guard against an
 * explosion (minutes, or a dead build), not a measure of speed; that is the benchmark's.
 */
class HostileTextTest {
  private static final Gazetteer GAZ = GazetteerLoader.load(GazetteerLoader.reference());
  private static final Duration BOUND = Duration.ofSeconds(60);

  private static Extraction extract(String body) {
    return assertTimeoutPreemptively(BOUND,
        () -> new ArticleExtractor(GAZ).extract(TestGazetteer.article("2025-01-01", body)));
  }

  @Test
  void aLongRunOfOneBodysHeadWordsExtracts() {
    Extraction x = extract("Ministry of ".repeat(500) + "Energy signed a memorandum.");
    assertTrue(x.agreements().size() <= 1, x.agreements().toString());
  }

  @Test
  void aSentenceOfSixteenHundredCapitalisedWordsExtracts() {
    String[] words = {"Alpha", "Baku", "Council", "Ministry", "Agency", "Of", "Trade", "Company", "Forum", "Summit",
        "Kazakh", "Energy"};
    Random r = new Random(1);
    String body = IntStream.range(0, 1600).mapToObj(i -> words[r.nextInt(words.length)])
        .collect(Collectors.joining(" ")) + " signed an agreement.";
    extract(body);
  }

  @Test
  void sixHundredPartiesInOneListExtract() {
    extract(String.join(", ", java.util.Collections.nCopies(600, "Steppe Company"))
        + " and Caspian Fund signed an agreement on 5 May.");
  }

  @Test
  void aSentenceOfMoreTokensThanAnyNewsSentenceIsRejectedWithItsOwnCode() {
    String body = "Trade".repeat(1) + " and trade".repeat(1100) + " grew.";
    org.w3id.kazaz.article.ArticleException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.w3id.kazaz.article.ArticleException.class, () -> extract(body));
    org.junit.jupiter.api.Assertions.assertEquals("E-ARTICLE-SENTENCE", e.code());
  }
}
