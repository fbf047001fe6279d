package org.w3id.kazaz.server.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' templates, {@code org/w3id/kazaz/server/pages/*.mustache} on the classpath. Mustache
 * escapes every {@code {{value}}} for HTML; no template here uses the unescaped form. Templates are
 * compiled once and shared by every thread.
 */
public final class Templates {
  private final MustacheFactory factory = new DefaultMustacheFactory("org/w3id/kazaz/server/pages/");
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** Renders the template {@code name} (without {@code .mustache}) with the given model. */
  public void render(String name, Object model, Writer out) {
    Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
    try {
      m.execute(out, model).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
