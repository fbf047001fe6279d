package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.Mention;
import java.util.List;

/**
 * What {@link AgreementExtractor} takes from one article.
 *
 * @param agreements the signed, adopted or issued documents, in text order
 * @param newOrganisations the parties found by pattern (not in the gazetteer), each where it is named
 */
public record AgreementExtraction(List<AgreementRecord> agreements, List<Mention> newOrganisations) {
  public AgreementExtraction {
    agreements = List.copyOf(agreements);
    newOrganisations = List.copyOf(newOrganisations);
  }
}
