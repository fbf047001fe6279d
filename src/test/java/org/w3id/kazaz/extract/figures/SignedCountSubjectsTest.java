package org.w3id.kazaz.extract.figures;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import org.w3id.kazaz.extract.common.EntityRef;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count of signed documents whose sentence names no state ("the leaders signed seven documents")
 * is about the article's two main states: a figure needs a subject (SHACL kzsh:FigureShape).
 */
class SignedCountSubjectsTest {
  @Test
  void documentsSignedByLeadersAreAboutTheMainStates() {
    String body =
        "Delegations of Kazakhstan and Uzbekistan held talks in Tashkent on Monday.\n\n"
            + "After the talks, the leaders signed seven documents.";
    List<FigureRecord> all =
        FigureExtractor.extract(
            Annotated.of(TestGazetteer.article("2025-03-03", body), TestGazetteer.gazetteer()),
            TestGazetteer.gazetteer());
    FigureRecord f =
        all.stream()
            .filter(
                x -> x.unit().equals("count") && x.value().compareTo(BigDecimal.valueOf(7)) == 0)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no count of 7 in " + all));
    assertEquals("documents signed", f.indicator());
    assertEquals(
        List.of(TestGazetteer.KZ, TestGazetteer.UZ),
        f.subjects().stream().map(EntityRef::iri).toList());
  }
}
