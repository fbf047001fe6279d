package org.w3id.kazaz.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link TdbStoreTest}: holds a store open until its stdin closes. */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    try (TdbStore store = TdbStore.open(Path.of(args[0]))) {
      System.out.println("held");
      System.out.flush();
      while (System.in.read() != -1) {
        // wait for the test to close our stdin
      }
    }
  }
}
