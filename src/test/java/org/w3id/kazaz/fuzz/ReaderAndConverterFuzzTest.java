package org.w3id.kazaz.fuzz;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.article.ArticleReader;
import org.w3id.kazaz.extract.ArticleExtractor;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerLoader;

/**
 * Random input, bounded in number and size: the reader either reads an article or rejects it with
 * an error of the project (a code and one line), and the converter extracts from whatever the
 * reader accepted without any throwable of its own. Runs in {@code mvn verify}; the numbers of
 * tries keep it to seconds beside CoreNLP's cost.
 */
class ReaderAndConverterFuzzTest {
  private static final Gazetteer GAZ = GazetteerLoader.load(GazetteerLoader.reference());
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(GAZ);

  @Property(tries = 300, seed = "20261202")
  void theReaderReadsOrRejectsAnyBytes(@ForAll byte[] bytes) {
    try {
      ArticleReader.parse("f.txt", "f.txt", bytes);
    } catch (KazazException expected) {
      // a rejection with its code: what the reader is for
    }
  }

  @Property(tries = 300, seed = "20261202")
  void theReaderReadsOrRejectsAnyTextAfterAHeader(@ForAll("bodies") String body) {
    try {
      ArticleReader.parse("f.txt", "f.txt", (" date 2025-05-20 " + body).getBytes(StandardCharsets.UTF_8));
    } catch (KazazException expected) {
      // a rejection with its code
    }
  }

  @Property(tries = 25, seed = "20261202")
  void theConverterExtractsFromAnyArticleTheReaderAccepts(@ForAll("bodies") String body) {
    Article a;
    try {
      a = ArticleReader.parse("f.txt", "f.txt", (" date 2025-05-20 " + body).getBytes(StandardCharsets.UTF_8));
    } catch (KazazException rejected) {
      return;
    }
    try {
      EXTRACTOR.extract(a);
    } catch (KazazException limit) {
      // an input limit found once annotated (a sentence too long): a rejection with its code
    }
  }

  /** News-like text: words, names, numbers, dates, punctuation, list markers, and some noise. */
  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> words = Arbitraries.of("Kazakhstan", "Azerbaijan", "Baku", "Astana", "signed", "a",
        "memorandum", "agreement", "on", "the", "Ministry", "of", "Energy", "Aktau", "–", "-", "•", "1.", "$5.3",
        "million", "tons", "per", "year", "12-14", "March", "11,", "2024", "Tuesday", "President", "Tokayev",
        "Aliyev", "held", "talks", "(", ")", "\"", ":", ";", ",", ".", "\n", "\n\n", "Company", "Fund", "and",
        "between", "visit", "state", "official", "SOCAR", "KTZ", "container", "train", "of", "61", "km", "%",
        "fold", "times", "Қазақ", "Ə", "\u0001", "\u200f");
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
    return Arbitraries.oneOf(words, words, words, noise).list().ofMaxSize(120).map(l -> String.join(" ", l));
  }
}
