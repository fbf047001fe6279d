package org.w3id.kazaz.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kazaz.reason.ExplainOperation;
import org.w3id.kazaz.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kazaz explain IRI}: each fact about a node, stated (article, sentence) or inferred (rule). */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show for each triple of a node whether it was stated (which article, which"
        + " sentence) or inferred (which rule, from which facts).")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(
      arity = "1",
      paramLabel = "IRI",
      description = "The node: a full IRI, or one relative to https://w3id.org/kazaz/id/.")
  String iri;

  @Override
  public Integer call() {
    List<ExplainOperation.Fact> facts;
    try (TdbStore s = TdbStore.open(store.store)) {
      facts = ExplainOperation.explain(s.dataset(), iri);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (facts.isEmpty()) {
      out.println("nothing is known about " + Shown.line(iri));
    }
    for (ExplainOperation.Fact f : facts) {
      out.println(Shown.line(f.predicate() + " " + f.object()));
      if (f.inferred()) {
        out.println("  inferred by rule " + Shown.line(f.rule()));
        for (String p : f.premises().split(" ; ")) {
          if (!p.isBlank()) {
            out.println("    from " + Shown.line(p));
          }
        }
      } else {
        out.println("  stated in " + Shown.line(f.source()));
        if (!f.sentence().isEmpty()) {
          out.println("    \"" + Shown.line(f.sentence()) + "\"");
        }
      }
    }
    out.flush();
    return facts.isEmpty() ? Main.EXIT_REJECTED : 0;
  }
}
