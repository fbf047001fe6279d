package org.w3id.kazaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kazaz report}: JSON by default, a score table with --score, a coded error for bad gold.
 */
class ReportCommandTest {
  @TempDir Path dir;

  private static final String ARTICLE =
      " date 2025-06-03 \n"
          + "ASTANA, June 3. The Ministry of Energy of Kazakhstan and the Ministry of Energy of"
          + " Azerbaijan signed a Memorandum of Understanding on cooperation in the field of"
          + " renewable energy in Astana on June 2.\n";

  /** Runs the command line and returns exit code and standard output and error. */
  private static String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new String[] {
        String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)
      };
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void reportsAndScores() throws Exception {
    Path article = dir.resolve("in/200_energy.txt");
    Files.createDirectories(article.getParent());
    Files.writeString(article, ARTICLE);
    String store = dir.resolve("tdb2").toString();
    assertEquals("0", run("build", "--input", article.toString(), "--store", store)[0]);

    String[] json = run("report", "--store", store);
    assertEquals("0", json[0], json[2]);
    assertTrue(json[1].contains("\"MemorandumOfUnderstanding\""), json[1]);

    // One gold agreement, the one the article states; one gold figure it does not state.
    Path gold = dir.resolve("gold.json");
    Files.writeString(
        gold,
        "{\"agreements\": [{\"title\": \"MoU on cooperation in renewable energy\", \"type\":"
            + " \"MemorandumOfUnderstanding\", \"date\": \"2025-06-02\", \"parties\": []}],"
            + " \"figures\": [{\"indicator\": \"trade turnover\", \"value\": 5, \"unit\":"
            + " \"USD\"}]}");
    String[] table = run("report", "--store", store, "--score", gold.toString());
    assertEquals("0", table[0], table[2]);
    String agreements =
        table[1].lines().filter(l -> l.startsWith("agreements")).findFirst().orElseThrow();
    assertTrue(agreements.matches("agreements\\s+1\\s+1\\s+1\\s+1\\.00\\s+1\\.00"), agreements);
    String figures =
        table[1].lines().filter(l -> l.startsWith("figures")).findFirst().orElseThrow();
    assertTrue(figures.matches("figures\\s+0\\s+1\\s+0\\s+1\\.00\\s+0\\.00"), figures);
  }

  @Test
  void aGoldFileThatIsNotJsonIsACodedError() throws Exception {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, "agreements: none");
    String[] r =
        run("report", "--store", dir.resolve("tdb2").toString(), "--score", gold.toString());
    assertEquals(String.valueOf(Main.EXIT_ERROR), r[0]);
    assertTrue(r[2].contains("E-REPORT-GOLD") && r[2].contains("gold.json"), r[2]);
  }
}
