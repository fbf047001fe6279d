package org.w3id.kazaz.server.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How names are indexed and searched: Unicode words (of any script), lower-cased and folded to ASCII
 * where a letter has an ASCII form ("Sınaq" and "Sinaq", "Türkiye" and "Turkiye" are one word); the
 * same for the terms of prefix and fuzzy queries.
 */
final class NameAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
