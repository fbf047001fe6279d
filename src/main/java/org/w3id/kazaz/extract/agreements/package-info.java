/** Signed documents from document lists, chronologies and prose, with their types, parties, dates, places and modality. Public face: AgreementExtractor and its records. */
package org.w3id.kazaz.extract.agreements;
