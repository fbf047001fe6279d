package org.w3id.kazaz.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.article.Article;

/**
 * Makes a benchmark corpus of many distinct articles from a few (the seeds and the development
 * articles, taken in turn): copy {@code c} of an article has
 * every year shifted by {@code c} (header and body alike, so that "on March 11" or "last year" still
 * resolve to the shifted dates), every "Ministry of X" renamed "Ministry of T and X" for a topic T,
 * and every body named with a head word (Fund, Company, Agency...) given a made-up suffix name.
 * The same seed, inputs and size give the same corpus. No IO: the caller writes the texts.
 */
public final class CorpusGenerator {
  /** One generated article: the file name to write it under and its whole text, header included. */
  public record Generated(String fileName, String text) {}

  /** Years in the text that are shifted (other four-digit numbers are amounts, left alone). */
  private static final Pattern YEAR = Pattern.compile("(?<![\\d$]|\\d[.,])(19[5-9]\\d|20[0-4]\\d)(?!\\d|[.,]\\d)");
  private static final Pattern MINISTRY = Pattern.compile("\\bMinistry of (?=[A-Z])");
  private static final Pattern HEAD =
      Pattern.compile("\\b(Fund|Foundation|Holding|Agency|Company|Bank|Corporation|Centre|Center)\\b");
  private static final Pattern HEADER = Pattern.compile("date[ \\t]+(\\d{4}-\\d{2}-\\d{2})");
  private static final String[] TOPICS = {
    "Trade", "Energy", "Ecology", "Labour", "Tourism", "Agriculture", "Finance", "Health",
    "Justice", "Industry", "Science", "Water Resources", "Mining", "Innovation", "Construction",
    "Emergency Situations"
  };
  private static final String[] SYLLABLES = {
    "ka", "ra", "ten", "sul", "mir", "bay", "tal", "zhan", "ber", "kol", "as", "nur", "dan",
    "sar", "tau", "gul"
  };

  private CorpusGenerator() {}

  /**
   * {@code size} articles made from the {@code seeds} and the {@code dev} articles together, in
   * turn: the sources are the seeds, then the dev articles, and article {@code i} is a copy of
   * source {@code i % (seeds + dev)}, as in {@link #generate(List, int, long)}.
   */
  public static List<Generated> generate(List<Article> seeds, List<Article> dev, int size, long randomSeed) {
    List<Article> sources = new ArrayList<>(seeds);
    sources.addAll(dev);
    return generate(sources, size, randomSeed);
  }

  /**
   * {@code size} articles made from {@code seeds} in turn (article {@code i} from seed {@code i %
   * seeds.size()}, copy {@code i / seeds.size()}), named {@code NNNNNN_<seed stem>.txt}.
   */
  public static List<Generated> generate(List<Article> seeds, int size, long randomSeed) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("no articles to make a corpus from");
    }
    Random random = new Random(randomSeed);
    List<Generated> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Article seed = seeds.get(i % seeds.size());
      int copy = i / seeds.size();
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      String suffix = name(copy, random);
      String text = variant(seed, copy, topic, suffix);
      out.add(new Generated(String.format("%06d_%s.txt", i, seed.stem()), text));
    }
    return out;
  }

  /** The text of {@code seed} with years shifted by {@code years} and organisations renamed. */
  static String variant(Article seed, int years, String topic, String suffix) {
    LocalDate date = seed.date().plusYears(years);
    String header = seed.text().substring(0, seed.bodyStart());
    Matcher h = HEADER.matcher(header);
    header = h.find() ? header.substring(0, h.start(1)) + date + header.substring(h.end(1)) : header;
    String body = seed.body();
    body = replace(YEAR, body, m -> String.valueOf(Integer.parseInt(m.group(1)) + years));
    if (years > 0) {
      body = MINISTRY.matcher(body).replaceAll("Ministry of " + topic + " and ");
      body = replace(HEAD, body, m -> m.group(1) + " " + suffix);
    }
    return header + body;
  }

  private static String replace(
      Pattern p, String s, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(s);
    StringBuilder sb = new StringBuilder(s.length() + 64);
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A made-up capitalised name, different for every {@code n}, (a random syllable, then {@code n} in syllables). */
  static String name(int n, Random random) {
    StringBuilder sb = new StringBuilder(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    int k = n;
    do {
      sb.append(SYLLABLES[k % SYLLABLES.length]);
      k /= SYLLABLES.length;
    } while (k > 0);
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }
}
