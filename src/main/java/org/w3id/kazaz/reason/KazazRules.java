package org.w3id.kazaz.reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.reasoner.rulesys.Rule;

/** The rule set {@code ontology/rules/kazaz.rules}, read from the classpath (the jar carries it). */
public final class KazazRules {
  /** Where the rules are on the classpath. */
  public static final String RESOURCE = "ontology/rules/kazaz.rules";

  private static volatile List<Rule> cached;

  private KazazRules() {}

  /** The parsed rules, in file order; parsed once. */
  public static List<Rule> rules() {
    List<Rule> r = cached;
    if (r == null) {
      r = List.copyOf(parse(read(RESOURCE), RESOURCE));
      cached = r;
    }
    return r;
  }

  /** Parses rules in Jena syntax; {@code name} is used in the error message. */
  public static List<Rule> parse(String text, String name) {
    try {
      return Rule.parseRules(text);
    } catch (Rule.ParserException e) {
      throw new ReasonException("E-RULES", name + ": does not parse: " + e.getMessage(), e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = KazazRules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReasonException("E-RULES", resource + ": not found on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReasonException("E-RULES", resource + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
