package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.Annotated;
import org.w3id.kazaz.extract.TestGazetteer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.gazetteer.Gazetteer;

/** Planned, drafted and refused documents are no agreements (agreement-modality.txt). */
class AgreementModalityTest {
  private static final Gazetteer GAZ = TestGazetteer.gazetteer();

  private static List<AgreementRecord> run(String body) {
    return new AgreementExtractor(GAZ).run(Annotated.of(TestGazetteer.article("2025-04-10", body), GAZ)).agreements();
  }

  @Test
  void aSignedDocumentIsOne() {
    assertEquals(1, run("A Memorandum on Water Use was signed in Baku on Monday by Kazakhstan and Azerbaijan.").size());
  }

  @Test
  void anExpectedOrDraftedOrUnsignedOneIsNot() {
    assertEquals(List.of(), run("The sides are expected to sign a Memorandum on Water Use next month."));
    assertEquals(List.of(), run("Experts are drafting an Agreement on Seasonal Labour between the two countries."));
    assertEquals(List.of(), run("The Protocol on Tariffs was not signed, the ministry said."));
  }

  @Test
  void aListOfDocumentsToBeSignedListsNoAgreement() {
    assertEquals(List.of(), run("The following documents are to be signed during the visit:\n\n"
        + "1. Agreement on Air Services;\n2. Memorandum on Tourism."));
  }
}
