package org.w3id.kazaz.reason;

import java.util.List;
import org.apache.jena.shacl.ValidationReport;

/** A SHACL report with its results summarised and placed in their articles. */
public record Validation(ValidationReport report, List<Finding> findings) {
  /** Severities, as the report names them. */
  public enum Level {
    VIOLATION("Violation"),
    WARNING("Warning"),
    INFO("Info");

    final String label;

    Level(String label) {
      this.label = label;
    }
  }

  public long violations() {
    return count(Level.VIOLATION);
  }

  public long warnings() {
    return count(Level.WARNING);
  }

  /** True when nothing is a violation: warnings and infos are allowed. */
  public boolean ok() {
    return violations() == 0;
  }

  public long count(Level level) {
    return findings.stream().filter(f -> f.severity().equals(level.label)).count();
  }

  /** The printable lines of the findings at {@code level}. */
  public List<String> lines(Level level) {
    return findings.stream()
        .filter(f -> f.severity().equals(level.label))
        .map(Finding::line)
        .toList();
  }

  /** Every finding as a printable line, violations first. */
  public List<String> lines() {
    return java.util.stream.Stream.of(Level.values()).flatMap(l -> lines(l).stream()).toList();
  }

  /** {@code N violation(s), M warning(s)}. */
  public String summary() {
    return violations() + " violation(s), " + warnings() + " warning(s)";
  }
}
