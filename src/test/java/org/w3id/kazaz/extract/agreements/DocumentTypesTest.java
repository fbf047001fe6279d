package org.w3id.kazaz.extract.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The document types and head-word spellings that ontology/extraction/document-types.tsv lists. */
class DocumentTypesTest {
  @Test
  void eachSpellingNamesItsType() {
    assertEquals(AgreementType.MemorandumOfUnderstanding, DocumentTypes.type("Memorandum of Understanding"));
    assertEquals(AgreementType.MemorandumOfUnderstanding, DocumentTypes.type("MoU"));
    assertEquals(AgreementType.Memorandum, DocumentTypes.type("memorandum"));
    assertEquals(AgreementType.Declaration, DocumentTypes.type("Joint  Declaration"));
    assertEquals(AgreementType.JointStatement, DocumentTypes.type("joint communique"));
    assertEquals(AgreementType.JointStatement, DocumentTypes.type("Communiqué"));
    assertEquals(AgreementType.ActionPlan, DocumentTypes.type("Plan of Joint Actions"));
    assertEquals(AgreementType.Roadmap, DocumentTypes.type("road map"));
    assertEquals(AgreementType.Decision, DocumentTypes.type("Resolution"));
    assertEquals(AgreementType.Contract, DocumentTypes.type("contract"));
    assertNull(DocumentTypes.type("letter"));
  }

  @Test
  void theHeadPatternFindsSingularHeadsInATitle() {
    var m = DocumentTypes.HEAD.matcher("the sides signed a Memorandum of Understanding on green energy");
    assertTrue(m.find());
    assertEquals("Memorandum of Understanding", m.group());
    assertFalse(DocumentTypes.HEAD.matcher("several agreements and protocols").find());
    assertTrue(DocumentTypes.HEAD.matcher("a supply contract worth $5 million").find());
  }

  @Test
  void aTitleTakesTheTypeOfItsLeadingHead() {
    var head = DocumentHeads.leadingHead("Agreement on the Programme of Economic Cooperation for 2024-2026");
    assertEquals(AgreementType.Agreement, DocumentHeads.type(head.group()));
    head = DocumentHeads.leadingHead("Resolution of the Intergovernmental Council on the budget");
    assertEquals(AgreementType.Decision, DocumentHeads.type(head.group()));
  }
}
