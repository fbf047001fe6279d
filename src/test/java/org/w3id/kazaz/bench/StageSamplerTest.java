package org.w3id.kazaz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StageSamplerTest {
  /** A stack from class names, innermost first, as {@code Thread.getStackTrace} gives it. */
  private static StackTraceElement[] stack(String... classes) {
    StackTraceElement[] out = new StackTraceElement[classes.length];
    for (int i = 0; i < classes.length; i++) {
      out[i] = new StackTraceElement(classes[i], "m", null, -1);
    }
    return out;
  }

  private static final String K = "org.w3id.kazaz.";
  private static final String EXTRACT = K + "extract.ArticleExtractor";
  private static final String CONVERT = K + "build.BuildOperation";

  @Test
  void underTheExtractorTheStageIsWhatItCalled() {
    assertEquals("annotate: CoreNLP", StageSampler.stage(stack("edu.stanford.nlp.ie.crf.CRFClassifier",
        K + "annotate.NlpPipeline", K + "annotate.Annotator", EXTRACT, CONVERT + "$$Lambda$1")));
    assertEquals("annotate: gazetteer", StageSampler.stage(stack("java.util.regex.Matcher",
        K + "gazetteer.Gazetteer", K + "annotate.Annotator", EXTRACT, CONVERT)));
    assertEquals("annotate: layout and tokens", StageSampler.stage(stack(K + "annotate.Layout",
        K + "annotate.Annotator", EXTRACT, CONVERT)));
    assertEquals("extract: EventExtractor", StageSampler.stage(stack("java.util.regex.Pattern$Loop",
        K + "gazetteer.Gazetteer", K + "extract.EventCues", K + "extract.EventExtractor$Draft", EXTRACT,
        EXTRACT, CONVERT)));
    assertEquals("extract: ArticleExtractor", StageSampler.stage(stack("java.util.ArrayList", EXTRACT, CONVERT)));
  }

  @Test
  void outsideTheExtractorTheOutermostStageCounts() {
    assertEquals("resolve: EntityResolver", StageSampler.stage(stack("java.util.HashMap",
        K + "resolve.TitleWords", K + "resolve.EntityResolver", K + "resolve.Resolution", CONVERT)));
    assertEquals("mapping", StageSampler.stage(stack(K + "resolve.Resolution", K + "mapping.ArticleMapper", CONVERT)));
    assertEquals("store", StageSampler.stage(stack("org.apache.jena.tdb2.Foo", K + "store.TdbStore", CONVERT,
        K + "bench.BenchOperation")));
    assertEquals("other", StageSampler.stage(stack(K + "gazetteer.GazetteerLoader", CONVERT, K + "bench.BenchOperation")));
  }

  @Test
  void threadsNotDoingTheProjectsWorkAreNotCounted() {
    assertNull(StageSampler.stage(stack("java.lang.Thread", "java.util.concurrent.ForkJoinPool")));
    assertNull(StageSampler.stage(stack("java.lang.Thread", K + "bench.HeapSampler")));
  }
}
