package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.extract.common.StateCues;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * Reads a written list of parties ("the Ministry of Culture and Information of Kazakhstan and the
 * Ministry of Culture of Azerbaijan, the Ministry of Youth and Sports of Azerbaijan") into entities.
 * The list ends where the title goes on ("on ...", "for 2024-2026", "in the field ...", "regarding
 * ..."). It is cut at "and" or "," only where a new name starts ("the ...", a capital) and the name
 * before is complete (it ends in a state cue, a closing quote or bracket, a legal form or body
 * word, a known name, or is one word written like a brand: "KazTransOil", "KEGOC", "Samruk-Kazyna"): "Ministry of Digital Development and Transport" stays whole.
 */
final class Parties {
  /** A party and where it is written. */
  record Party(EntityRef ref, int start, int end) {}

  private static final Pattern TERMINATOR =
      Pattern.compile(
          ";|:|\\.(?=\\s*$|\\s+[\\p{Lu}\\[/])|\\s*/{2,}|,\\s+(?=(?:signed|which|who|that|as well as|aimed|dated|in|on"
              + "|for|within|respectively|both|while|with)\\b)|\\s+on\\s+|\\s+in\\s+"
              + "|\\s+for\\s+(?!(?:the\\s+)?[\\p{Lu}“\"])|\\s+(?:to|regarding|concerning|within|dated|signed|was"
              + "|were|is|are|has|have|had|will|during|following|after|at|aimed|as\\s+part)\\b"
              + "|\\s+and\\s+(?:signed|issued|adopted|agreed|will|to|also|a|an)\\b");
  private static final Pattern BOUNDARY = Pattern.compile(",\\s+and\\s+|,\\s+|\\s+and\\s+");
  private static final Pattern CLOSED_END =
      Pattern.compile(
          "(?:[)”\"»]|\\b(?:JSC|LLP|LLC|Ltd\\.?|PLC|Company|Fund|Foundation|Holding|Agency|Service|Bank"
              + "|Corporation|Institute|Center|Centre|Academy|Chamber|University|Group|Railways))$");
  private static final Pattern COMMITTEE_ON = Pattern.compile("(?:Committee|Commission|Council)$");

  private final Gazetteer gazetteer;
  private final StateCues cues;
  private final Organisations organisations;

  public Parties(Gazetteer gazetteer, StateCues cues, Organisations organisations) {
    this.gazetteer = gazetteer;
    this.cues = cues;
    this.organisations = organisations;
  }

  /** Where a party list that starts at {@code from} ends, at most {@code limit}. */
  int end(String text, int from, int limit) {
    String s = text.substring(from, limit);
    boolean[] masked = quoted(s);
    Matcher m = TERMINATOR.matcher(s);
    while (m.find()) {
      if (masked[m.start()]) {
        continue;
      }
      if (m.group().strip().equals("on") && COMMITTEE_ON.matcher(s.substring(0, m.start())).find()) {
        continue;
      }
      return from + m.start();
    }
    return limit;
  }

  /** The parties written in {@code text[from, to)}, or null unless every piece names a body. */
  Organisations organisations() {
    return organisations;
  }

  List<Party> parse(String text, int from, int to) {
    String s = text.substring(from, to);
    boolean[] masked = quoted(s);
    List<int[]> chunks = new ArrayList<>();
    int start = 0;
    Matcher b = BOUNDARY.matcher(s);
    while (b.find()) {
      if (masked[b.start()]) {
        continue;
      }
      String left = s.substring(start, b.start()).strip();
      String right = s.substring(b.end());
      boolean newName = right.matches("(?s)^the\\s+\\S.*") || possessiveState(right);
      boolean capital = right.matches("(?s)^[\\p{Lu}“\"«].*");
      if (newName || capital && closed(left)) {
        chunks.add(new int[] {start, b.start()});
        start = b.end();
      }
    }
    chunks.add(new int[] {start, s.length()});
    List<Party> out = new ArrayList<>();
    for (int[] c : chunks) {
      EntityRef ref = organisations.resolve(s.substring(c[0], c[1]));
      if (ref == null) {
        return null;
      }
      int a = from + c[0];
      int z = from + c[1];
      while (a < z && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      out.add(new Party(ref, a, z));
    }
    return distribute(out);
  }

  /** A plural head word at the start of a body's name: "Ministries of Energy of Azerbaijan". */
  private static final Pattern PLURAL_HEAD = Pattern.compile("^(\\p{Lu}\\p{L}+?)(ies|s)\\b(.*)\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(\\S.*)$");

  /**
   * "The Ministries of Energy of Azerbaijan, Kazakhstan and Uzbekistan": one body of each state,
   * the Ministry of Energy of Azerbaijan, of Kazakhstan and of Uzbekistan, where a plural head word
   * is followed by states only.
   */
  private List<Party> distribute(List<Party> parties) {
    List<Party> out = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      Party p = parties.get(i);
      Matcher m = PLURAL_HEAD.matcher(p.ref().label());
      String own = m.matches() ? cues.stateOfWord(m.group(4)) : null;
      String singular = m.matches() ? m.group(1) + (m.group(2).equals("ies") ? "y" : "") : null;
      if (p.ref().isKnown() || own == null || !Organisations.isHeadWord(singular)) {
        out.add(p);
        continue;
      }
      String mid = m.group(3).replaceFirst("\\s+of\\s+the\\s+(?:Republic|Kingdom|State)$", "");
      List<String> states = new ArrayList<>(List.of(own));
      int j = i + 1;
      while (j < parties.size() && parties.get(j).ref().kind() == EntityKind.STATE) {
        states.add(parties.get(j).ref().iri());
        j++;
      }
      for (EntityRef body : organisations.ofEach(singular, mid, states)) {
        out.add(new Party(body, p.start(), j > i + 1 ? parties.get(j - 1).end() : p.end()));
      }
      i = j - 1;
    }
    return out;
  }

  /** "Azerbaijan's Ministry of ...", "Kazakh Ministry of ...": a state's body begins a new name. */
  private boolean possessiveState(String right) {
    Matcher m = POSSESSIVE.matcher(right);
    return m.lookingAt() && cues.stateOfWord(m.group(1)) != null;
  }

  private static final Pattern POSSESSIVE = Pattern.compile("(\\p{Lu}\\p{L}+)['’]s\\s+\\p{Lu}");

  /** Whether a name before "and" or "," is complete. */
  private boolean closed(String left) {
    if (left.isEmpty()) {
      return false;
    }
    if (CLOSED_END.matcher(left).find() || left.matches("[^\\s]*(?:\\p{Ll}\\p{Lu}|\\p{Lu}{2}|\\p{L}-\\p{L})[^\\s]*")) {
      return true;
    }
    Matcher m = cues.stateWordPattern().matcher(left);
    while (m.find()) {
      if (m.end() == left.length()) {
        return true;
      }
    }
    for (Gazetteer.Hit h : gazetteer.findAll(left)) {
      if (h.end() == left.length()) {
        return true;
      }
    }
    return false;
  }

  /** Marks the characters inside quotes and brackets. */
  static boolean[] quoted(String s) {
    boolean[] in = new boolean[s.length() + 1];
    int quote = 0;
    int paren = 0;
    boolean straight = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '«' || c == '„') {
        quote++;
      } else if ((c == '”' || c == '»') && quote > 0) {
        quote--;
      } else if (c == '"') {
        straight = !straight;
      } else if (c == '(') {
        paren++;
      } else if (c == ')' && paren > 0) {
        paren--;
      }
      in[i] = quote > 0 || paren > 0 || straight;
    }
    return in;
  }
}
