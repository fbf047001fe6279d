package org.w3id.kazaz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.kazaz.annotate.Annotator;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.gazetteer.GazetteerLoader;

/** A conversion of N articles annotates each of them once: N calls of the Annotator, no more. */
class AnnotatedOnceTest {
  @Test
  void aBuildOfNArticlesAnnotatesNTimes() throws Exception {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    // two inputs, one article already stored, and an input of a stored name (it replaces it)
    List<Path> inputs = List.of(seeds.get(0), seeds.get(1));
    List<Article> stored = List.of(ArticleReader.read(seeds.get(1)), ArticleReader.read(seeds.get(2)));
    long before = Annotator.annotated();
    BuildOperation.Conversion c = BuildOperation.convert(inputs, stored,
        GazetteerLoader.load(GazetteerLoader.reference()), n -> {});
    assertEquals(3, c.graphs().size(), "three distinct articles: " + c.rejected());
    assertEquals(3, Annotator.annotated() - before, "each article annotated once");
  }
}
