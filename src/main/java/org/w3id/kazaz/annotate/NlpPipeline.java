package org.w3id.kazaz.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CoreNLP pipeline of the JVM, built on first use from {@code corenlp.properties} (building
 * one takes seconds and a few hundred MB, so tests and builds share it). {@link StanfordCoreNLP}
 * is safe to call from several threads at once.
 */
public final class NlpPipeline {
  private static final Logger log = LoggerFactory.getLogger(NlpPipeline.class);
  private static volatile StanfordCoreNLP pipeline;

  private NlpPipeline() {}

  /** The properties the pipeline is built from. */
  public static Properties properties() {
    Properties p = new Properties();
    try (InputStream in = NlpPipeline.class.getResourceAsStream("corenlp.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static StanfordCoreNLP get() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = pipeline;
        if (p == null) {
          long t = System.nanoTime();
          p = new StanfordCoreNLP(properties());
          log.info("CoreNLP pipeline ready in {} ms", (System.nanoTime() - t) / 1_000_000);
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** Annotates {@code text} with {@code date} as the document date that SUTime resolves against. */
  public static Annotation annotate(String text, LocalDate date) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    get().annotate(doc);
    return doc;
  }
}
