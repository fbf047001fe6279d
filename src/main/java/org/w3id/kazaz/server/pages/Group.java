package org.w3id.kazaz.server.pages;

import java.util.List;

/**
 * A list a template shows with a heading: Mustache renders {@code {{#x}}...{{/x}}} once for an object
 * and not at all for null, so a heading inside shows only when there are {@code items}.
 */
public record Group<T>(List<T> items) {
  /** The group of these items, or null when there are none. */
  public static <T> Group<T> of(List<T> items) {
    return items == null || items.isEmpty() ? null : new Group<>(List.copyOf(items));
  }
}
