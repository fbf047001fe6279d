package org.w3id.kazaz.annotate;

import org.w3id.kazaz.annotate.Span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** Sentences and list items as the annotated document gives them: Layout, then CoreNLP's splitter. */
class SentencesTest {
  private static List<Span> spans(String text, int from) {
    Article a = new Article("t.txt", LocalDate.parse("2025-06-02"), text, from);
    return new Annotator(new Gazetteer(List.of())).annotate(a).spans();
  }

  private static List<String> texts(String s) {
    return spans(s, 0).stream().map(Span::text).toList();
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "xx Minister K. Zhumabekov met Mr. Mammadov. They spoke No. 5 times.";
    List<Span> spans = spans(text, 3);
    assertEquals(2, spans.size());
    for (Span s : spans) {
      assertEquals(text.substring(s.start(), s.end()), s.text());
    }
    assertEquals("Minister K. Zhumabekov met Mr. Mammadov.", spans.get(0).text());
  }

  @Test
  void numberedItemsWithAndWithoutSpaceAndOddLineBreaks() {
    String text =
        "Signed documents:\n\n1.Agreement between the Ministry of Energy of\nKazakhstan and the Ministry of"
            + " Energy of Azerbaijan;\n2) Memorandum between JSC “Kazakh Invest” and AZPROMO;\n\n3. Protocol"
            + " No. 4 on trade;\n- Roadmap for 2025-2027.";
    assertEquals(
        List.of(
            "Signed documents:",
            "1.Agreement between the Ministry of Energy of\nKazakhstan and the Ministry of Energy of Azerbaijan;",
            "2) Memorandum between JSC “Kazakh Invest” and AZPROMO;",
            "3. Protocol No. 4 on trade;",
            "- Roadmap for 2025-2027."),
        texts(text));
  }

  @Test
  void semicolonListAfterColonInSameParagraph() {
    String text =
        "After the talks, the ministers signed 3 documents: a roadmap on grain; agreement on rail"
            + " tariffs; MoU on tourism. The next meeting is in May.";
    assertEquals(
        List.of(
            "After the talks, the ministers signed 3 documents:",
            "a roadmap on grain;",
            "agreement on rail tariffs;",
            "MoU on tourism.",
            "The next meeting is in May."),
        texts(text));
  }

  @Test
  void semicolonListInTheParagraphAfterTheCue() {
    String text = "These documents were signed:\n\nMemorandum on water; Agreement on roads.\n\nAn ordinary; sentence.";
    List<String> t = texts(text);
    assertEquals(List.of("These documents were signed:", "Memorandum on water;", "Agreement on roads.",
        "An ordinary; sentence."), t);
  }

  @Test
  void quotesBylineAndCaptionStandApart() {
    String text =
        "“Trade grew. It will grow,” he said. The sides met in Aktau. ///Trend, 2 June 2025 [photo credit – Akorda]";
    List<String> t = texts(text);
    assertEquals("“Trade grew.", t.get(0));
    assertEquals("It will grow,” he said.", t.get(1));
    assertEquals("The sides met in Aktau.", t.get(2));
    assertTrue(t.get(3).startsWith("///Trend"), t.toString());
    assertEquals("[photo credit – Akorda]", t.get(4));
  }

  @Test
  void headingLineIsItsOwnSpan() {
    List<String> t = texts("Energy Ties\n\nThe Ministry of Energy of Kazakhstan LLP. Then it rained.");
    assertEquals(List.of("Energy Ties", "The Ministry of Energy of Kazakhstan LLP.", "Then it rained."), t);
  }

  @Test
  void anInitialStaysWithTheNameAfterIt() {
    assertEquals(List.of("They met at the Kh. Dosmukhamedov University in Atyrau.", "Then they left."),
        texts("They met at the Kh. Dosmukhamedov University in Atyrau. Then they left."));
  }
}
