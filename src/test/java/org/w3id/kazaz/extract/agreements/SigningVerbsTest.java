package org.w3id.kazaz.extract.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The signing words of signing-verbs.tsv. */
class SigningVerbsTest {
  @Test
  void theSigningVerbsAreTheFilesVerbsAndNounsApart() {
    Pattern verb = Pattern.compile("(?i)\\b(?:" + SigningVerbs.VERBS + ")\\b");
    assertTrue(verb.matcher("a memorandum was inked on Friday").find());
    assertTrue(verb.matcher("The ministers signed a protocol").find());
    assertFalse(verb.matcher("the signing of a protocol").find());
    assertTrue(Pattern.compile("(?i)\\b(?:" + SigningVerbs.NOUNS + ")\\b").matcher("the signing  of a protocol").find());
  }
}
