package org.w3id.kazaz.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the input arguments into the article files to read: a file stands for itself, a folder
 * for its entries (not recursive, hidden files and README files skipped), in name order. Entries
 * that cannot be articles, such as sub-folders, stay in the list so that the reader rejects them
 * with a message.
 */
public final class Inputs {
  private Inputs() {}

  public static List<Path> expand(List<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.list(in)) {
          s.filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> !p.getFileName().toString().toLowerCase().startsWith("readme"))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          out.add(in); // the reader will name the problem
        }
      } else {
        out.add(in);
      }
    }
    return out;
  }
}
