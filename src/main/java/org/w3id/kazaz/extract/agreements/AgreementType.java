package org.w3id.kazaz.extract.agreements;

/** The types of signed documents; the names are those of the gold form. */
public enum AgreementType {
  Treaty,
  Agreement,
  Protocol,
  MemorandumOfUnderstanding,
  Memorandum,
  ActionPlan,
  Roadmap,
  Decision,
  JointStatement,
  Declaration,
  Programme,
  Contract
}
