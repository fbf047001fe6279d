package org.w3id.kazaz.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.kazaz.store.TdbStore;

/**
 * Run in a child JVM by {@link AtomicBuildTest}: builds {@code args[2..]} into the store {@code
 * args[0]} and, when the build reaches the stage {@code args[1]}, prints {@code at STAGE} and waits
 * to be killed. At {@code CONVERTING} it waits after the first article is extracted, at {@code
 * WRITING} once the first graph it writes is written inside the open write transaction: the new
 * article's (the base and the articles the store holds as they are are not written again).
 */
public final class KilledBuild {
  private KilledBuild() {}

  public static void main(String[] args) {
    BuildOperation.Stage at = BuildOperation.Stage.valueOf(args[1]);
    List<Path> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      inputs.add(Path.of(args[i]));
    }
    try (TdbStore store = TdbStore.open(Path.of(args[0]))) {
      BuildOperation.run(
          inputs,
          store,
          1,
          n -> {
            if (at == BuildOperation.Stage.CONVERTING) {
              waitHere(at);
            }
          },
          n -> {
            if (at == BuildOperation.Stage.WRITING) {
              waitHere(at);
            }
          },
          BuildOperation.Options.DEFAULT,
          stage -> {
            if (stage == at && at != BuildOperation.Stage.CONVERTING
                && at != BuildOperation.Stage.WRITING) {
              waitHere(at);
            }
          });
    }
    System.out.println("finished");
  }

  private static void waitHere(BuildOperation.Stage stage) {
    System.out.println("at " + stage);
    System.out.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
