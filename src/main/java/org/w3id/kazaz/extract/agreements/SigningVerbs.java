package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * The words that say a document was signed ("signed", "inked", "the signing of"), as
 * {@code ontology/extraction/signing-verbs.tsv} lists them, each as a regex alternation without
 * groups.
 */
final class SigningVerbs {
  static final String RESOURCE = "/ontology/extraction/signing-verbs.tsv";

  /** The verbs: "signed|issued|...". */
  static final String VERBS;
  /** The nouns before a document: "adoption\\s+of|...". */
  static final String NOUNS;

  static {
    List<String> verbs = new ArrayList<>();
    List<String> nouns = new ArrayList<>();
    for (Rules.Row row : Rules.rows(RESOURCE, 2)) {
      Rules.compileWithoutGroups(RESOURCE, row, 0);
      switch (row.get(1)) {
        case "verb" -> verbs.add(row.get(0));
        case "noun" -> nouns.add(row.get(0));
        default -> throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected verb or noun: " + row.get(1));
      }
    }
    if (verbs.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": no signing verbs");
    }
    VERBS = String.join("|", verbs);
    NOUNS = nouns.isEmpty() ? "(?!)" : String.join("|", nouns);
  }

  private SigningVerbs() {}
}
