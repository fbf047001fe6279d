package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The types of signed documents and the spellings of their head words, as
 * {@code ontology/extraction/document-types.tsv} lists them: "memorandum of understanding" and
 * "MoU" are a MemorandumOfUnderstanding, "communiqué" a JointStatement, a council's "resolution" a
 * Decision.
 */
final class DocumentTypes {
  static final String RESOURCE = "/ontology/extraction/document-types.tsv";

  private record Spelling(AgreementType type, Pattern whole) {}

  private static final List<Spelling> SPELLINGS = load();

  /** Every head word, as one alternation (no group, no bounds), in the file's order. */
  static final String ALTERNATION =
      String.join("|", SPELLINGS.stream().map(s -> s.whole().pattern()).toList());

  /** A head word, in the file's order; singular only (the lookahead refuses "agreements"). */
  static final Pattern HEAD =
      Pattern.compile("\\b(?:" + ALTERNATION + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DocumentTypes() {}

  /** The type a head word names, by the first spelling that matches all of it; null if none does. */
  static AgreementType type(String head) {
    String h = head.strip().replaceAll("\\s+", " ");
    for (Spelling s : SPELLINGS) {
      if (s.whole().matcher(h).matches()) {
        return s.type();
      }
    }
    return null;
  }

  private static List<Spelling> load() {
    List<Spelling> out = new ArrayList<>();
    for (Rules.Row row : Rules.rows(RESOURCE, 2)) {
      AgreementType type = Rules.enumValue(RESOURCE, row, 0, AgreementType.class, "document type");
      Pattern p = Rules.compileWithoutGroups(RESOURCE, row, 1);
      out.add(new Spelling(type, p));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": no document types");
    }
    return List.copyOf(out);
  }
}
