package org.w3id.kazaz.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.common.EntityRef;

/**
 * Finds the agreement records of different articles that report the same document: same type and
 * signing date, compatible place, and titles (with their parties' names) that share most content
 * words, or the same parties. Best pairs are taken first, and a record pairs with at most one
 * record of each other article. The result does not depend on the order of the input: candidates
 * are sorted by score and then by content before they are taken.
 */
public final class AgreementResolver {
  static final double THRESHOLD = 0.5;

  /** A record together with the article it comes from. */
  public record Sourced(String article, AgreementRecord record) {}

  private AgreementResolver() {}

  /** For every record, the record that stands for its document (the richest of its cluster). */
  public static Map<AgreementRecord, AgreementRecord> canonical(List<Sourced> all) {
    List<Sourced> items = new ArrayList<>(all);
    items.sort(Comparator.comparing(AgreementResolver::sortKey));
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<Set<String>> words = new ArrayList<>();
    for (Sourced s : items) {
      words.add(TitleWords.of(text(s.record())));
    }
    // how many titles of the same type and date hold each word
    Map<String, Map<String, Integer>> df = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Integer> g = df.computeIfAbsent(group(items.get(i).record()), k -> new java.util.HashMap<>());
      for (String w : words.get(i)) {
        g.merge(w, 1, Integer::sum);
      }
    }
    record Pair(int a, int b, double score) {}
    // only records of the same type and date can be compatible: compare within those groups
    Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(group(items.get(i).record()), k -> new ArrayList<>()).add(i);
    }
    List<Pair> pairs = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      for (int gi = 0; gi < members.size(); gi++) {
        for (int gj = gi + 1; gj < members.size(); gj++) {
          int i = members.get(gi);
          int j = members.get(gj);
          Sourced x = items.get(i);
          Sourced y = items.get(j);
          if (x.article().equals(y.article()) || !compatible(x.record(), y.record())) {
            continue;
          }
          double s =
              sameParties(x.record(), y.record())
                  ? 1.0
                  : TitleWords.overlap(words.get(i), words.get(j), df.get(group(x.record())));
          if (s >= THRESHOLD) {
            pairs.add(new Pair(i, j, s));
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
    // which articles each cluster already holds, so that a cluster takes one record per article
    List<Set<String>> articles = new ArrayList<>();
    for (Sourced s : items) {
      articles.add(new TreeSet<>(Set.of(s.article())));
    }
    for (Pair p : pairs) {
      int ra = find(parent, p.a());
      int rb = find(parent, p.b());
      if (ra == rb || articles.get(ra).stream().anyMatch(articles.get(rb)::contains)) {
        continue;
      }
      parent[rb] = ra;
      articles.get(ra).addAll(articles.get(rb));
    }
    Map<Integer, AgreementRecord> best = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      AgreementRecord r = items.get(i).record();
      best.merge(root, r, (a, b) -> richer(a, b) ? a : b);
    }
    Map<AgreementRecord, AgreementRecord> out = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(items.get(i).record(), best.get(find(parent, i)));
    }
    return out;
  }

  /**
   * The record among {@code candidates} that a title refers to ("within the framework of the
   * Memorandum of Cooperation between A and B"), or null: the one whose title and parties share
   * the most content words with it, if they share at least two thirds of the smaller set.
   */
  public static AgreementRecord referredTo(String title, List<AgreementRecord> candidates) {
    Set<String> words = TitleWords.of(title);
    AgreementRecord best = null;
    double bestScore = 2.0 / 3;
    for (AgreementRecord c : candidates) {
      Set<String> other = TitleWords.of(text(c));
      long shared = words.stream().filter(other::contains).count();
      double score =
          words.isEmpty() || other.isEmpty() ? 0 : (double) shared / Math.min(words.size(), other.size());
      if (score > bestScore || (best == null && score == bestScore)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Records of one type and year: the only ones that can be compatible. */
  private static String group(AgreementRecord r) {
    return r.type() + "|" + (r.date() == null ? "undated" : String.valueOf(r.date().year()));
  }

  /** The same date, or the same date known more or less precisely ("2022" and "2022-08"). */
  static boolean sameDate(AgreementRecord a, AgreementRecord b) {
    if (a.date() == null || b.date() == null) {
      return a.date() == b.date();
    }
    String x = a.date().toString();
    String y = b.date().toString();
    return x.startsWith(y) || y.startsWith(x);
  }

  static boolean compatible(AgreementRecord a, AgreementRecord b) {
    return a.type() == b.type()
        && sameDate(a, b)
        && (a.place() == null || b.place() == null || Objects.equals(key(a.place()), key(b.place())));
  }

  static boolean sameParties(AgreementRecord a, AgreementRecord b) {
    return a.parties().size() >= 2 && partyKeys(a).equals(partyKeys(b));
  }

  private static Set<String> partyKeys(AgreementRecord r) {
    return r.parties().stream().map(AgreementResolver::key).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String key(EntityRef e) {
    return e.isKnown() ? e.iri() : e.kind() + ":" + e.label().toLowerCase();
  }

  /** More parties other than states, more parties, a more precise date, the longer title, the title. */
  static boolean richer(AgreementRecord a, AgreementRecord b) {
    Comparator<AgreementRecord> c =
        Comparator.comparingLong(AgreementResolver::bodies)
            .thenComparingInt(r -> r.parties().size())
            .thenComparingInt(r -> r.date() == null ? 0 : r.date().toString().length())
            .thenComparingInt(r -> r.title().length())
            .thenComparing(AgreementRecord::title, Comparator.reverseOrder());
    return c.compare(a, b) >= 0;
  }

  /** Parties that are bodies (ministries, companies...), not states. */
  static long bodies(AgreementRecord r) {
    return r.parties().stream().filter(p -> p.kind() != EntityKind.STATE).count();
  }

  private static String text(AgreementRecord r) {
    StringBuilder sb = new StringBuilder(r.title());
    for (EntityRef p : r.parties()) {
      sb.append(' ').append(p.label());
    }
    return sb.toString();
  }

  private static String sortKey(Sourced s) {
    AgreementRecord r = s.record();
    return r.type() + "|" + r.date() + "|" + s.article() + "|" + r.title() + "|" + r.evidence().start();
  }
}
