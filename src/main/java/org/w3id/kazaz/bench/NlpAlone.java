package org.w3id.kazaz.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import java.time.LocalDate;
import java.util.List;
import org.w3id.kazaz.annotate.Layout;
import org.w3id.kazaz.annotate.Navigation;
import org.w3id.kazaz.annotate.NlpPipeline;
import org.w3id.kazaz.article.Article;

/**
 * CoreNLP's own work on a corpus and nothing else: the texts the {@code Annotator} hands to the
 * pipeline (navigation blanked, layout marked), prepared before the clock starts, then given to
 * the same {@link NlpPipeline} (the same properties, one pipeline per JVM) on the same threads as
 * the build (a parallel stream on the common fork-join pool, whose caller joins in).
 */
final class NlpAlone {
  /** The text CoreNLP reads for one article, and the document date SUTime resolves against. */
  record Input(String text, LocalDate date) {}

  private NlpAlone() {}

  /** What the Annotator gives CoreNLP for {@code a}, as {@code Annotator.annotate} makes it. */
  static Input input(Article a) {
    String story = Navigation.story(a.text(), a.bodyStart());
    return new Input(Layout.prepare(story, a.bodyStart(), story.length()), a.date());
  }

  /** Annotates every input, in parallel as the build does; returns the number of tokens. */
  static long annotate(List<Input> inputs) {
    return inputs.parallelStream()
        .mapToLong(i -> NlpPipeline.annotate(i.text(), i.date()).get(CoreAnnotations.TokensAnnotation.class).size())
        .sum();
  }
}
