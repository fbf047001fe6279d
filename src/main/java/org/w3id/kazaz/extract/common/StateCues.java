package org.w3id.kazaz.extract.common;

import org.w3id.kazaz.gazetteer.Demonyms;
import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Which state a name belongs to, from the cues a reader uses, strongest first: "(Kazakhstan)", "of
 * (the Republic of) Azerbaijan", a state's name inside the name ("Azerbaijan State News Agency"), an
 * adjective ("Kazakh", "Kazakhstani", "Azerbaijani": derived from the states' labels, not listed),
 * a place of a known state in the name ("Baku ..."), a national prefix ("KazMunaiGas"). The states
 * are the gazetteer's STATE entries.
 */
public final class StateCues {
  private final Gazetteer gazetteer;
  /** Every label and adjective of a state, to the state's IRI. */
  private final Map<String, String> words = new LinkedHashMap<>();
  /** National prefixes ("Kaz", "Azer") to the state's IRI. */
  private final Map<String, String> prefixes = new LinkedHashMap<>();
  private final Pattern stateWord;
  private final Pattern inParens;
  private final Pattern ofState;

  public StateCues(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() != EntityKind.STATE) {
        continue;
      }
      List<String> labels = new ArrayList<>(e.altLabels());
      labels.add(0, e.prefLabel());
      for (String l : labels) {
        words.putIfAbsent(l, e.iri());
        for (String adj : adjectives(l)) {
          words.putIfAbsent(adj, e.iri());
        }
      }
      String p = e.prefLabel();
      if (p.matches("\\p{Lu}\\p{Ll}{3,}")) {
        prefixes.putIfAbsent(p.substring(0, 3), e.iri());
        prefixes.putIfAbsent(p.substring(0, 4), e.iri());
      }
    }
    Demonyms.irregular().forEach((adjective, labels) -> {
      for (String l : labels) {
        gazetteer.byLabel(l).filter(e -> e.kind() == EntityKind.STATE).ifPresent(e ->
            words.putIfAbsent(Character.toUpperCase(adjective.charAt(0)) + adjective.substring(1), e.iri()));
      }
    });
    String alt =
        words.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b)
            .orElse("(?!x)x");
    stateWord = Pattern.compile("(?<![\\p{L}-])(" + alt + ")(?![\\p{L}]|-\\p{Lu})");
    inParens = Pattern.compile("\\((" + stateWord.pattern() + ")\\)");
    ofState = Pattern.compile("\\bof\\s+(?:the\\s+Republic\\s+of\\s+)?(" + stateWord.pattern() + ")");
  }

  /** Adjectives a reader derives from a state's name: Kazakhstan → Kazakh, Kazakhstani. */
  static Set<String> adjectives(String label) {
    Set<String> out = new LinkedHashSet<>();
    if (!label.matches("\\p{Lu}\\p{Ll}+")) {
      return out; // only one-word names
    }
    out.add(label + "i");
    if (label.endsWith("istan")) {
      out.add(label.substring(0, label.length() - 5));
    } else if (label.endsWith("stan")) {
      out.add(label.substring(0, label.length() - 4));
    }
    if (label.endsWith("a")) {
      out.add(label + "n");
      out.add(label.substring(0, label.length() - 1) + "ese");
    }
    if (label.endsWith("y")) {
      out.add(label.substring(0, label.length() - 1) + "ish");
    }
    return out;
  }

  /** The IRI of the state a state word names ("Kazakh" → Kazakhstan), or null. */
  public String stateOfWord(String word) {
    return words.get(word);
  }

  /** The state the name of a body belongs to, or null when no cue says or cues disagree. */
  public String stateOf(String name) {
    String s;
    if ((s = single(inParens, name)) != null) {
      return s;
    }
    if ((s = single(ofState, name))
        != null) {
      return s;
    }
    if ((s = single(stateWord, name)) != null) {
      return s;
    }
    Set<String> states = new LinkedHashSet<>();
    for (Gazetteer.Hit h : gazetteer.findAll(name)) {
      if (h.entry().kind().isPlace() && h.entry().stateIri() != null) {
        states.add(h.entry().stateIri());
      }
    }
    if (states.size() == 1) {
      return states.iterator().next();
    }
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(p.getKey()) + "\\p{Lu}").matcher(name).find()) {
        return p.getValue();
      }
    }
    return null;
  }

  /** The one state the pattern's first group names, or null if none or several. */
  private String single(Pattern p, String name) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = p.matcher(name);
    while (m.find()) {
      found.add(words.get(m.group(1)));
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** A regex that matches any state word. */
  public Pattern stateWordPattern() {
    return stateWord;
  }
}
