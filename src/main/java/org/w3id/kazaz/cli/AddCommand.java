package org.w3id.kazaz.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kazaz add FILE...}: new or changed articles into a store that may already hold others.
 * Only these are annotated and extracted (the stored ones come from the extraction cache), and
 * only the graphs whose content changes are written; the result is the graph a build of all the
 * articles from scratch gives.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add new or changed articles to the store: only they are extracted, only the graphs"
        + " that change are written.")
final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or folders.")
  List<Path> inputs;

  @Override
  public Integer call() {
    return BuildCommand.build(spec, store.store, inputs, 200);
  }
}
