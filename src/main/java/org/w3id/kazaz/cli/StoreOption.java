package org.w3id.kazaz.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use the TDB2 store. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "data/tdb2")
  Path store;
}
