package org.w3id.kazaz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.w3id.kazaz.report.GoldScorer;
import org.w3id.kazaz.report.ReportException;
import org.w3id.kazaz.report.ReportOperation;
import org.w3id.kazaz.report.Score;
import org.w3id.kazaz.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kazaz report}: what the store holds, in the gold form, or its score against a gold file.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Print what the knowledge graph holds in the JSON form of the gold facts,",
      "or, with --score, precision and recall per category (and pooled) against a gold file."
    })
final class ReportCommand implements Callable<Integer> {
  /** Output formats of the report. */
  enum Format {
    json
  }

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--format",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "json")
  Format format;

  @Option(
      names = "--score",
      paramLabel = "GOLD.json",
      description = "Score the report against this gold file and print the table instead.")
  Path gold;

  @Option(
      names = "--details",
      description =
          "With --score: also score each article of the gold's list (the facts whose sources"
              + " include it), and list the gold facts missed and the reported facts unmatched.")
  boolean details;

  @Option(
      names = "--pairs",
      description = "With --details: also list which reported fact matched which gold fact.")
  boolean pairs;

  @Override
  public Integer call() {
    JsonObject goldDoc = gold == null ? null : readGold(gold);
    JsonObject report;
    try (TdbStore s = TdbStore.open(store.store)) {
      report = ReportOperation.run(s.dataset());
    }
    if (goldDoc == null) {
      spec.commandLine().getOut().println(JSON.toString(report));
    } else {
      Score score = GoldScorer.score(goldDoc, report);
      String table = details ? score.toDetails(pairs) : score.toTable();
      // a fact's name comes from an article: each line of the table is shown as such
      table.lines().forEach(l -> spec.commandLine().getOut().println(Shown.line(l)));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static JsonObject readGold(Path file) {
    try {
      return JSON.parse(Files.readString(file));
    } catch (IOException e) {
      throw new ReportException("E-REPORT-GOLD", file + ": cannot be read: " + e.getMessage(), e);
    } catch (JsonParseException e) {
      throw new ReportException(
          "E-REPORT-GOLD", file + ": not a JSON object: " + e.getMessage(), e);
    }
  }
}
