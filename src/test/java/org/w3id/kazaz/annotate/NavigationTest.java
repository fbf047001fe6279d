package org.w3id.kazaz.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What of a page is not its story (ontology/extraction/navigation.tsv), on a page written for the test. */
class NavigationTest {
  private static final String PAGE =
      "The ministers met in Aktau on Monday.\n\n"
          + "Read also: Grain exports rise again\n"
          + "A bank in another country opened a branch, the item below the link says.\n\n"
          + "The talks will go on in May.\n\n"
          + "Tags: grain, Aktau, ministers\n";

  @Test
  void aLinkAndTheItemUnderItAndTheTagsAreNotTheStory() {
    String story = Navigation.story(PAGE, 0);
    assertEquals(PAGE.length(), story.length(), "offsets stay offsets into the article");
    assertTrue(story.contains("The ministers met in Aktau on Monday."));
    assertTrue(story.contains("The talks will go on in May."));
    assertFalse(story.contains("Read also"));
    assertFalse(story.contains("A bank in another country"));
    assertFalse(story.contains("grain, Aktau"));
    assertEquals(PAGE.chars().filter(c -> c == '\n').count(), story.chars().filter(c -> c == '\n').count());
  }

  @Test
  void aCueMustOpenItsLine() {
    String text = "He said we should read also the annex.\n";
    assertEquals(text, Navigation.story(text, 0));
  }
}
