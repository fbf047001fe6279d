package org.w3id.kazaz.extract;

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
