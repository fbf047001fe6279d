package org.w3id.kazaz.report;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * A one-to-one matching of reported facts to gold facts that pairs as many as possible (maximum
 * bipartite matching by augmenting paths), so that neither side is counted twice.
 */
final class Matching {
  private Matching() {}

  /**
   * For each reported index, the gold index it is paired with, or -1. {@code matches} says whether
   * reported fact {@code r} may stand for gold fact {@code g}.
   */
  static int[] pair(int reported, int gold, BiPredicate<Integer, Integer> matches) {
    boolean[][] ok = new boolean[reported][gold];
    for (int r = 0; r < reported; r++) {
      for (int g = 0; g < gold; g++) {
        ok[r][g] = matches.test(r, g);
      }
    }
    int[] goldTo = new int[gold];
    Arrays.fill(goldTo, -1);
    for (int r = 0; r < reported; r++) {
      augment(r, ok, goldTo, new boolean[gold]);
    }
    int[] reportedTo = new int[reported];
    Arrays.fill(reportedTo, -1);
    for (int g = 0; g < gold; g++) {
      if (goldTo[g] >= 0) {
        reportedTo[goldTo[g]] = g;
      }
    }
    return reportedTo;
  }

  private static boolean augment(int r, boolean[][] ok, int[] goldTo, boolean[] seen) {
    for (int g = 0; g < goldTo.length; g++) {
      if (ok[r][g] && !seen[g]) {
        seen[g] = true;
        if (goldTo[g] < 0 || augment(goldTo[g], ok, goldTo, seen)) {
          goldTo[g] = r;
          return true;
        }
      }
    }
    return false;
  }
}
