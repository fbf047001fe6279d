package org.w3id.kazaz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.annotate.Span;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.extract.agreements.AgreementType;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.extract.figures.FigureRecord;
import org.w3id.kazaz.gazetteer.EntityKind;

/** The extraction cache gives back what it kept, for the same article and converter only. */
class ExtractionCacheTest {
  @TempDir Path dir;

  static final String TEXT = " date 2025-02-11\nTitle\n\nKazakhstan and Azerbaijan signed a roadmap.\n";
  static final Article ARTICLE = new Article("roadmap.txt", LocalDate.of(2025, 2, 11), TEXT, 17);

  static Extraction extraction(Article a) {
    EntityRef kz = new EntityRef("https://w3id.org/kazaz/id/state/kazakhstan", EntityKind.STATE,
        "Kazakhstan", null);
    EntityRef az = new EntityRef("https://w3id.org/kazaz/id/state/azerbaijan", EntityKind.STATE,
        "Azerbaijan", null);
    Span s = new Span(24, 67, "Kazakhstan and Azerbaijan signed a roadmap.");
    AgreementRecord r = new AgreementRecord(AgreementType.values()[0], "roadmap", List.of(kz, az),
        new PartialDate(2025, 2, null), null, null, 2030, null, List.of(), s);
    FigureRecord f = new FigureRecord("TradeTurnover", new BigDecimal("1.50E+9"), "USD",
        new PartialDate(2024, null, null), List.of(kz, az), null, s, "trade");
    return new Extraction(a, List.of(new Mention(kz, s)), List.of(r), List.of(), List.of(),
        List.of(f), List.of());
  }

  @Test
  void whatIsKeptComesBackEqual() {
    ExtractionCache cache = ExtractionCache.of(dir, "v1");
    assertTrue(cache.get(ARTICLE).isEmpty());
    Extraction x = extraction(ARTICLE);
    cache.put(x);
    assertEquals(x, cache.get(ARTICLE).orElseThrow());
    // BigDecimal kept as its exact text, scale included
    assertEquals("1.50E+9", cache.get(ARTICLE).orElseThrow().figures().get(0).value().toString());
  }

  @Test
  void anotherTextOrAnotherConverterFindsNothing() {
    ExtractionCache v1 = ExtractionCache.of(dir, "v1");
    v1.put(extraction(ARTICLE));
    v1.retain(Set.of(v1.key(ARTICLE)));
    Article edited = new Article("roadmap.txt", ARTICLE.date(), TEXT.replace("roadmap", "road map"), 17);
    assertTrue(v1.get(edited).isEmpty());
    ExtractionCache v2 = ExtractionCache.of(dir, "v2");
    assertTrue(v2.get(ARTICLE).isEmpty(), "another converter does not reuse v1's records");
    assertTrue(v2.converterChanged());
    assertFalse(v1.converterChanged());
  }

  @Test
  void aDamagedEntryIsExtractedAgainAndRetainRemovesTheRest() throws Exception {
    ExtractionCache cache = ExtractionCache.of(dir, "v1");
    cache.put(extraction(ARTICLE));
    Path entry = dir.resolve("extractions").resolve(cache.key(ARTICLE) + ".json.gz");
    Files.write(entry, new byte[] {1, 2, 3});
    assertTrue(cache.get(ARTICLE).isEmpty());
    cache.put(extraction(ARTICLE));
    cache.retain(Set.of());
    assertFalse(Files.exists(entry));
  }
}
