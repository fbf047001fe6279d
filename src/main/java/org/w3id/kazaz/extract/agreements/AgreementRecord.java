package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.annotate.Span;
import java.util.List;

/**
 * A signed (or adopted, or issued) document as one article reports it.
 *
 * @param type its type, from the head word of its title
 * @param title its title as written, cleaned of list numbering and trailing punctuation
 * @param parties the signing bodies as named (states, ministries, companies, funds), in order
 * @param date when it was signed, at the precision the article gives, or null
 * @param place where it was signed, or null
 * @param validFrom first year of validity ("for 2024-2026"), or null
 * @param validTo last year of validity, or null
 * @param amends the title of a document it amends or implements, or null
 * @param signatories people named as signing it
 * @param evidence the sentence or list item it comes from
 */
public record AgreementRecord(
    AgreementType type,
    String title,
    List<EntityRef> parties,
    PartialDate date,
    EntityRef place,
    Integer validFrom,
    Integer validTo,
    String amends,
    List<EntityRef> signatories,
    Span evidence) {
  public AgreementRecord {
    parties = List.copyOf(parties);
    signatories = List.copyOf(signatories);
  }
}
