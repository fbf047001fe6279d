package org.w3id.kazaz.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/** The annotated document: offsets into the article, NER and SUTime layers, the gazetteer layer. */
class AnnotatorTest {
  private static final Gazetteer GAZ =
      new Gazetteer(List.of(new GazetteerEntry("https://w3id.org/kazaz/id/place/aktau", EntityKind.CITY,
          "Aktau", List.of(), null, null)));

  private static Article article(String date, String body) {
    String header = " date " + date + "\n";
    return new Article("t.txt", LocalDate.parse(date), header + body, header.length());
  }

  @Test
  void everyLayerPointsIntoTheArticlesText() {
    Article a = article("2025-01-30", "Minister Dana Omarova arrived in Aktau\non Tuesday. The talks lasted two days.");
    AnnotatedArticle doc = new Annotator(GAZ).annotate(a);
    assertEquals(2, doc.sentences().size(), doc.spans().toString());
    for (Sentence s : doc.sentences()) {
      assertEquals(a.text().substring(s.start(), s.end()), s.text());
      for (Token t : s.tokens()) {
        assertEquals(a.text().substring(t.start(), t.end()).replace("\n", " "), t.word().replace("\u00a0", " "));
      }
    }
    for (NamedEntity e : doc.entities()) {
      assertEquals(a.text().substring(e.span().start(), e.span().end()), e.span().text());
    }
    assertTrue(doc.entities().stream().anyMatch(e -> e.type().equals("PERSON") && e.span().text().equals("Dana Omarova")));
    assertTrue(doc.entities().stream().anyMatch(e -> e.type().equals("DATE") && "2025-01-28".equals(e.normalized())),
        "Tuesday before Thursday 30 January: " + doc.entities());
    assertEquals(1, doc.hits().size());
    assertEquals("Aktau", a.text().substring(doc.hits().get(0).start(), doc.hits().get(0).end()));
  }

  @Test
  void aStatesCapitalWrittenByItsAdjectiveIsTheCapitalCityButACapitalMarketIsNot() {
    String id = "https://w3id.org/kazaz/id/";
    Gazetteer g = new Gazetteer(List.of(
        new GazetteerEntry(id + "state/azerbaijan", EntityKind.STATE, "Azerbaijan", List.of(), null, null),
        new GazetteerEntry(id + "place/baku", EntityKind.CITY, "Baku", List.of(), id + "state/azerbaijan", null)),
        java.util.Map.of(id + "place/baku", id + "state/azerbaijan"));
    Article a = article("2025-01-30",
        "The delegation arrived in the Azerbaijani capital on Tuesday. Azerbaijani capital markets grew.");
    AnnotatedArticle doc = new Annotator(g).annotate(a);
    List<Gazetteer.Hit> cities = doc.hits().stream().filter(h -> h.entry().kind() == EntityKind.CITY).toList();
    assertEquals(1, cities.size(), doc.hits().toString());
    assertEquals("Azerbaijani capital", a.text().substring(cities.get(0).start(), cities.get(0).end()));
    assertEquals(id + "place/baku", cities.get(0).entry().iri());
  }

  @Test
  void parallelAnnotationGivesWhatSerialGives() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      articles.add(article("2024-0" + (i + 1) + "-15",
          "The ministers met in Aktau yesterday. Trade reached $" + (i + 2) + " million in the first half of 2023."));
    }
    Annotator annotator = new Annotator(GAZ);
    List<AnnotatedArticle> serial = new ArrayList<>();
    for (Article a : articles) {
      serial.add(annotator.annotate(a));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<AnnotatedArticle>> parallel = new ArrayList<>();
      for (Article a : articles) {
        parallel.add(pool.submit(() -> annotator.annotate(a)));
      }
      for (int i = 0; i < articles.size(); i++) {
        assertEquals(serial.get(i), parallel.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals("2024-01-14", serial.get(0).entities().stream()
        .filter(e -> e.span().text().equals("yesterday")).findFirst().orElseThrow().normalized());
  }
}
