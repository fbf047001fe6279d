package org.w3id.kazaz.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.kazaz.reason.Validation;
import org.w3id.kazaz.reason.ValidationOperation;
import org.w3id.kazaz.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kazaz validate}: the store's graphs against the SHACL shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Validate the store (all graphs but the inferred one) against the kazaz SHACL shapes."
            + " Exit 0 when there is no violation (warnings allowed), 4 when there are violations.")
final class ValidateCommand implements Callable<Integer> {
  /** Exit code when the store holds SHACL violations. */
  static final int EXIT_INVALID = Main.EXIT_VIOLATIONS;

  enum Format {
    text,
    turtle
  }

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--format",
      description = "text (a summary, one line per result) or turtle (the SHACL report).",
      defaultValue = "text")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Validation v;
    try (TdbStore s = TdbStore.open(store.store)) {
      v =
          Txn.calculateRead(
              s.dataset(), () -> ValidationOperation.validate(s.dataset().asDatasetGraph()));
    }
    if (format == Format.turtle) {
      ByteArrayOutputStream turtle = new ByteArrayOutputStream();
      RDFDataMgr.write(turtle, v.report().getModel(), Lang.TURTLE);
      out.print(turtle.toString(StandardCharsets.UTF_8));
    } else {
      out.println(v.summary());
      v.lines().forEach(l -> out.println(Shown.line(l)));
    }
    out.flush();
    return v.ok() ? 0 : EXIT_INVALID;
  }
}
