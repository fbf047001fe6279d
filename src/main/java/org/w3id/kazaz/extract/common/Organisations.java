package org.w3id.kazaz.extract.common;

import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Turns one party as written ("the Joint-Stock Company “Damu Entrepreneurship Development Fund”
 * (Kazakhstan)") into an entity: a gazetteer entry when the name is a known one, else a new
 * organisation with a clean label ("Damu Entrepreneurship Development Fund"), a kind from its head
 * word and a state from the cues of {@link StateCues}. Returns null for what is not a body (a
 * lower-case phrase such as "communication services", a place, a person).
 */
public final class Organisations {
  private static final String LEGAL =
      "(?:Non[- ]?profit\\s+|Non[- ]?commercial\\s+)?(?:(?:Public|Closed|Open)\\s+)?(?:Joint[- ]Stock\\s+Company"
          + "|Limited\\s+Liability\\s+(?:Partnership|Company)|Republican\\s+State\\s+(?:Institution|Enterprise)"
          + "|State\\s+Institution|Legal\\s+Entity\\s+of\\s+Public\\s+Law|OJSC|CJSC|PJSC|JSC|LLP|LLC|Ltd\\.?|PLC|NC)";
  private static final Pattern LEGAL_PREFIX =
      Pattern.compile("^(?:" + LEGAL + "\\s+)+", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEGAL_SUFFIX =
      Pattern.compile(",?(?:\\s+" + LEGAL + ")+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED = Pattern.compile("[“\"«„]([^”\"»“]{2,}?)[”\"»“]");
  /**
   * The words after a person's name that make it another thing's name (named-after.txt): "the
   * Golden Steppe order", "Abai Street". Matched right after the name, in any case.
   */
  public static final Pattern NAMED_AFTER = Pattern.compile("^\\s+(?i:"
      + String.join("|", Rules.words("/ontology/extraction/named-after.txt")) + ")\\b");
  private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,11})\\)");
  /** The head words of bodies' names and their kinds (organisation-heads.tsv), in the file's order. */
  static final String HEADS_RESOURCE = "/ontology/extraction/organisation-heads.tsv";
  public record Head(Pattern whole, EntityKind kind) {}
  private static final java.util.List<Head> HEADS = loadHeads();
  private static final Pattern BODY_WORD =
      Pattern.compile("\\b(?:" + String.join("|", HEADS.stream().map(h -> h.whole().pattern()).toList()) + ")\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern HEAD_PREFIX_END =
      Pattern.compile("\\s(?:of|for|under|on|in|at|to)\\s", Pattern.CASE_INSENSITIVE);
  private static final Set<String> FILLER =
      Set.of("national", "company", "state", "sovereign", "wealth", "fund", "holding", "group", "the", "of",
          "republic", "jsc", "llp", "joint", "stock", "joint-stock", "corporation", "");

  private final Gazetteer gazetteer;
  private final StateCues cues;

  public Organisations(Gazetteer gazetteer, StateCues cues) {
    this.gazetteer = gazetteer;
    this.cues = cues;
  }

  /** The entity a party's words name, or null if they name no body. */
  public EntityRef resolve(String written) {
    String w = written.strip().replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "");
    if (w.chars().filter(c -> c == ' ').count() >= MAX_NAME_WORDS) {
      return null; // a run of capitalised words this long is a clause or noise, not a body's name
    }
    w = w.replaceFirst("^(?i:the)\\s+", "");
    if (w.isEmpty()) {
      return null;
    }
    String bare = ACRONYM.matcher(w).replaceAll("");
    String core = LEGAL_SUFFIX.matcher(LEGAL_PREFIX.matcher(bare).replaceFirst("")).replaceFirst("").strip();
    core = core.replaceFirst("^(?i:the)\\s+", "");
    EntityRef known = known(core);
    if (known != null) {
      return known;
    }
    String label = label(w, core);
    // "Kuryk Sea Trade Port CJSC": a legal form makes a body of a place's name
    boolean legal = !core.equals(bare.replaceFirst("^(?i:the)\\s+", "").strip());
    if (label.isEmpty() || !looksLikeBody(label) || !legal && isPlaceOrPerson(label)) {
      return null;
    }
    label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
    String state = cues.stateOf(w);
    return EntityRef.found(kind(w, label), official(label, state), state);
  }

  /** More words than any body's name has: "Ministry of ... " repeated, a headline in capitals. */
  static final int MAX_NAME_WORDS = 30;
  private static final Pattern SHORT_MINISTRY =
      Pattern.compile("^(?:(\\p{Lu}\\p{L}+)\\s+)?(\\p{Lu}[\\p{L}]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}]+){0,12})\\s+Ministry$");
  private static final Pattern ADJ_MINISTRY = Pattern.compile("^(\\p{Lu}\\p{L}+)\\s+(Ministry\\s+of\\s+.+)$");
  private static final Pattern ADJ_ACRONYM = Pattern.compile("^(\\p{Lu}\\p{L}+)\\s+(\\p{Lu}{2,5})$");
  private static final java.util.Map<String, String> MINISTRIES = Rules.pairs("/ontology/extraction/ministries.tsv");

  /**
   * A ministry named as a reader shortens it ("Kazakh Foreign Ministry", "Azerbaijani Ministry of
   * Energy", "Kazakh MFA") under its official name, "Ministry of Foreign Affairs of Kazakhstan", so
   * that all its spellings are one body; any other name as it is.
   */
  public String official(String label, String state) {
    String stateName = state == null ? null : gazetteer.byIri(state).map(GazetteerEntry::prefLabel).orElse(null);
    if (stateName == null) {
      return label;
    }
    Matcher adj = ADJ_MINISTRY.matcher(label);
    if (adj.matches() && state.equals(cues.stateOfWord(adj.group(1))) && cues.stateOf(adj.group(2)) == null) {
      return adj.group(2) + " of " + stateName;
    }
    Matcher acr = ADJ_ACRONYM.matcher(label);
    if (acr.matches() && state.equals(cues.stateOfWord(acr.group(1)))
        && MINISTRIES.containsKey(acr.group(2).toLowerCase(Locale.ROOT))) {
      return "Ministry of " + MINISTRIES.get(acr.group(2).toLowerCase(Locale.ROOT)) + " of " + stateName;
    }
    Matcher shortForm = SHORT_MINISTRY.matcher(label);
    if (shortForm.matches()) {
      String adjective = shortForm.group(1);
      if (adjective != null && cues.stateOfWord(adjective) != null && !state.equals(cues.stateOfWord(adjective))) {
        return label; // another state's ministry
      }
      String subject = adjective == null || cues.stateOfWord(adjective) != null
          ? shortForm.group(2) : adjective + " " + shortForm.group(2);
      return "Ministry of " + MINISTRIES.getOrDefault(subject.toLowerCase(Locale.ROOT), subject) + " of " + stateName;
    }
    return label;
  }

  /** The gazetteer entry the core of a name is, if any (a state, a known body or company). */
  private EntityRef known(String core) {
    var exact = gazetteer.byLabel(core).or(() -> gazetteer.byLabel(stripCue(core)));
    if (exact.isPresent() && isParty(exact.get())) {
      return ref(exact.get());
    }
    List<Gazetteer.Hit> hits = gazetteer.findAll(core);
    for (Gazetteer.Hit h : hits) {
      if (!h.entry().kind().isOrganisation()) {
        continue;
      }
      StringBuilder left = new StringBuilder(core);
      for (Gazetteer.Hit other : hits) {
        if (other.entry().kind() == EntityKind.STATE || other == h) {
          for (int i = other.start(); i < other.end(); i++) {
            left.setCharAt(i, ' '); // "Masdar of the United Arab Emirates": the state's name is a cue
          }
        }
      }
      String rest = left.toString().toLowerCase(Locale.ROOT);
      boolean filler = true;
      for (String word : rest.split("[\\s,]+")) {
        filler &= FILLER.contains(word) || cues.stateOfWord(capitalise(word)) != null;
      }
      if (filler) {
        return ref(h.entry());
      }
    }
    return null;
  }

  /** A proper name, or a lower-case phrase with a body word and a proper name ("governorate of Aktau"). */
  private static final java.util.Set<String> NOT_FIRST = notFirst();
  /** "Name Surname, chairman of ...": a person with the title of the body, not the body. */
  private static final Pattern APPOSITION =
      Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*,\\s+(?:the\\s+)?\\p{Ll}");
  /** A dateline before the name: "ASTANA – ". */
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}{3,}(?:[\\s-]\\p{Lu}{3,})?\\s*[–—-]\\s+");

  private static java.util.Set<String> notFirst() {
    return java.util.Set.copyOf(Rules.words("/ontology/extraction/not-a-body.txt"));
  }

  /** Whether written words are a clause, a pronoun, a title or a person with a title rather than a name. */
  static boolean notAName(String written) {
    String first = written.strip().split("[\\s,]+")[0].toLowerCase(Locale.ROOT);
    return NOT_FIRST.contains(first) || APPOSITION.matcher(written).find() || DATELINE.matcher(written).find();
  }

  /** The small words a name keeps in lower case: "Ministry of Energy", "Bank for Development". */
  private static final Set<String> NAME_WORDS =
      Set.of("of", "and", "for", "the", "on", "in", "at", "to", "de", "du", "des", "la", "al", "el", "bin", "under",
          "with", "named", "after", "&", "city", "town", "region", "district", "province", "oblast", "village");
  /** A day or month at the end: "Uzbekistan on Friday" is a clause, not a name. */
  private static final Pattern WHEN_AT_END =
      Pattern.compile("(?i)\\s(?:on|in|since|from)\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March"
          + "|April|May|June|July|August|September|October|November|December)\\b.*$");

  /**
   * The body of each of {@code stateIris} that a plural names: "the Ministries of Energy of A and
   * B" is the Ministry ({@code singular}) of Energy ({@code mid}) of A and of B; "the Governments
   * of A and B" sign for their states, which are then the bodies. A state whose body does not
   * resolve is left out.
   */
  public java.util.List<EntityRef> ofEach(String singular, String mid, java.util.List<String> stateIris) {
    java.util.List<EntityRef> out = new java.util.ArrayList<>();
    for (String state : stateIris) {
      String name = gazetteer.byIri(state).map(e -> e.prefLabel()).orElse(null);
      EntityRef body = name == null ? null : singular.equals("Government") && mid.isBlank()
          ? gazetteer.byIri(state).map(Organisations::ref).orElse(null)
          : resolve(singular + mid + " of " + name);
      if (body != null) {
        out.add(body);
      }
    }
    return out;
  }

  /**
   * Whether a capitalised phrase reads as a proper name: every word capitalised but the small words
   * of names, no date at its end, no digits. "National power companies of Azerbaijan" describes
   * bodies, it does not name one.
   */
  static boolean properName(String label) {
    if (WHEN_AT_END.matcher(label).find() || label.matches(".*\\b\\d{1,2}\\b.*\\(.*")) {
      return false;
    }
    for (String w : label.split("[\\s/]+")) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      if (Character.isLowerCase(w.codePointAt(0)) && !NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))
          && !w.matches("\\p{Ll}+\\p{Lu}.*")) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeBody(String label) {
    if (notAName(label)) {
      return false;
    }
    if (Character.isUpperCase(label.codePointAt(0)) && !properName(label)) {
      return false;
    }
    boolean body = BODY_WORD.matcher(label).find();
    if (label.matches("(?i)^presidents?\\b.*") && !body) {
      return false;
    }
    if (Character.isUpperCase(label.codePointAt(0)) || label.matches("^\\p{Ll}+\\p{Lu}.*")) {
      return true;
    }
    if (!body || !label.matches(".*\\b\\p{Lu}.*")) {
      return false;
    }
    // a lower-case phrase names a body only when a head word heads it: "governorate of Aktau", not
    // "national railway companies of Azerbaijan"
    Matcher end = HEAD_PREFIX_END.matcher(label);
    String prefix = end.find() ? label.substring(0, end.start()) : label;
    String[] words = prefix.strip().split("\\s+");
    return isHeadWord(words[words.length - 1]);
  }

  private static boolean isParty(GazetteerEntry e) {
    return e.kind() == EntityKind.STATE || e.kind().isOrganisation();
  }

  private boolean isPlaceOrPerson(String label) {
    return gazetteer
        .byLabel(label)
        .map(e -> e.kind().isPlace() || e.kind() == EntityKind.PERSON)
        .orElse(false);
  }

  public static EntityRef ref(GazetteerEntry e) {
    String state = e.kind() == EntityKind.STATE ? null : e.stateIri();
    return EntityRef.known(e.iri(), e.kind(), e.prefLabel(), state);
  }

  /** The label: a quoted name (with an "under ..." tail), else the core without legal forms. */
  private String label(String written, String core) {
    Matcher q = QUOTED.matcher(written);
    if (q.find()) {
      String tail = written.substring(q.end()).strip();
      tail = ACRONYM.matcher(tail).replaceAll("").strip();
      tail = stripCue(tail).strip();
      tail = LEGAL_SUFFIX.matcher(tail).replaceFirst("").strip();
      String inner = q.group(1).strip();
      return tail.isEmpty() || !tail.matches("(?i)^(?:under|of|at|attached)\\b.*") ? inner : inner + " " + tail;
    }
    return stripCue(core.replaceAll("[“”\"«»„]", "")).strip();
  }

  /** Drops a state cue that stands alone: "of Kazakhstan", "(Azerbaijan)". */
  private String stripCue(String s) {
    String p = cues.stateWordPattern().pattern();
    return s.replaceAll("^(?:of\\s+(?:the\\s+Republic\\s+of\\s+)?" + p + "|\\(" + p + "\\))$", "")
        .replaceAll("\\s*\\(" + p + "\\)$", "");
  }

  /** The kind from the head word of the name; a legal form decides only where the head does not. */
  public static EntityKind kind(String written, String label) {
    Matcher end = HEAD_PREFIX_END.matcher(label);
    String prefix = end.find() ? label.substring(0, end.start()) : label;
    EntityKind k = lastKind(prefix);
    if (k == null) {
      k = firstKind(label);
    }
    if ((k == null || k == EntityKind.ORGANISATION)
        && written.matches("(?i).*\\b(?:JSC|LLP|LLC|OJSC|CJSC|Joint[- ]Stock Company|Ltd)\\b.*")) {
      return EntityKind.COMPANY;
    }
    return k == null ? EntityKind.ORGANISATION : k;
  }

  /** Whether {@code name} holds a head word of bodies' names anywhere. */
  public static boolean isHeadWordIn(String name) {
    return BODY_WORD.matcher(name).find();
  }

  /** Whether {@code word} is a head word of bodies' names ("Council", "Ministry", "Fund"). */
  public static boolean isHeadWord(String word) {
    Matcher m = BODY_WORD.matcher(word);
    return m.matches();
  }

  private static EntityKind lastKind(String s) {
    Matcher m = BODY_WORD.matcher(s);
    EntityKind k = null;
    while (m.find()) {
      k = kindOf(m);
    }
    return k;
  }

  private static EntityKind firstKind(String s) {
    Matcher m = BODY_WORD.matcher(s);
    return m.find() ? kindOf(m) : null;
  }

  private static EntityKind kindOf(Matcher m) {
    String word = m.group().replaceAll("\\s+", " ");
    for (Head h : HEADS) {
      if (h.whole().matcher(word).matches()) {
        return h.kind();
      }
    }
    return EntityKind.ORGANISATION;
  }

  static java.util.List<Head> loadHeads() {
    java.util.List<Head> out = new java.util.ArrayList<>();
    for (Rules.Row row : Rules.rows(HEADS_RESOURCE, 2)) {
      EntityKind k = Rules.enumValue(HEADS_RESOURCE, row, 1, EntityKind.class, "kind");
      if (!k.isOrganisation()) {
        throw new IllegalStateException(HEADS_RESOURCE + ":" + row.line() + ": not a kind of organisation: " + k);
      }
      Pattern p = Rules.compileWithoutGroups(HEADS_RESOURCE, row, 0);
      out.add(new Head(p, k));
    }
    return java.util.List.copyOf(out);
  }

  private static String capitalise(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
