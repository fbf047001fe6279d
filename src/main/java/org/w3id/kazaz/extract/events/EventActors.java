package org.w3id.kazaz.extract.events;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.extract.common.StateCues;
import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Who and where, as an event sentence says it: people by name ("Ilham Aliyev", "Tokayev"), by office
 * ("the President of Azerbaijan", "Kazakh President", "Kazakhstan's President": the gazetteer's head of
 * state whose role is President), as a group ("the presidents", "the leaders", "the heads of state":
 * every president the article names), and places written as where something happens ("in Baku", "at
 * Absheron station", "in the center of Astana", "Baku will host").
 */
final class EventActors {
  /** Something found in a sentence, at an offset of that sentence. */
  record Found(EntityRef ref, int at) {}

  private static final Pattern GROUP =
      Pattern.compile("\\b(?:[Pp]residents|leaders|heads\\s+of\\s+state|two\\s+sides)\\b");
  private static final Pattern PLACE_CUE =
      Pattern.compile(
          "(?:\\b(?:in|at|to|into)\\s+(?:the\\s+)?(?:(?:city|center|centre|heart|capital|port|station)\\s+of\\s+)?"
              + "(?:\\p{Lu}\\p{L}+['’]s\\s+)?)$");
  private static final Pattern HOSTS =
      Pattern.compile("^\\s+(?:is\\s+|was\\s+)?(?:set\\s+to\\s+|due\\s+to\\s+|to\\s+|will\\s+)?host(?:s|ed)?\\b");
  private static final Pattern NOT_A_PERSON_AFTER =
      org.w3id.kazaz.extract.common.Organisations.NAMED_AFTER;
  private static final Pattern PRECEDING_WORD = Pattern.compile("(\\p{Lu}[\\p{L}'’.]*)\\s+$");
  private static final Pattern TITLE_BEFORE =
      Pattern.compile("(?:President|Presidents|Mr\\.?|Leader|Minister|Chairman|Head|and|counterpart)\\s+$");

  private final Gazetteer gazetteer;
  private final org.w3id.kazaz.annotate.AnnotatedArticle doc;
  private final StateCues cues;
  private final Pattern office;
  private final Pattern adjectiveOffice;
  private final List<EntityRef> presidents = new ArrayList<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  EventActors(Gazetteer gazetteer, org.w3id.kazaz.annotate.AnnotatedArticle doc) {
    this.gazetteer = gazetteer;
    this.doc = doc;
    int bodyStart = doc.article().bodyStart();
    String body = doc.text().substring(bodyStart);
    this.cues = new StateCues(gazetteer);
    String state = "(?:the\\s+Republic\\s+of\\s+)?(" + cues.stateWordPattern().pattern() + ")";
    this.office =
        Pattern.compile("\\b(?:President|Presidents|[Ll]eader|[Hh]ead\\s+of\\s+[Ss]tate)\\s+of\\s+" + state
            + "(?:\\s+and\\s+(?:of\\s+)?" + state + ")?");
    this.adjectiveOffice =
        Pattern.compile(cues.stateWordPattern().pattern() + "(?:['’]s)?\\s+(?:President|[Ll]eader|counterpart)\\b");
    for (Found f : persons(doc.hits(bodyStart, doc.text().length()), body, false)) {
      counts.merge(f.ref().iri(), 1, Integer::sum);
      if (isPresident(f.ref()) && presidents.stream().noneMatch(p -> p.iri().equals(f.ref().iri()))) {
        presidents.add(f.ref());
      }
    }
  }

  /** People the sentence names, by name, office or as a group, in order. */
  List<Found> persons(org.w3id.kazaz.annotate.Span sentence) {
    return persons(doc.hits(sentence), sentence.text(), true);
  }

  /** The gazetteer's matches are the annotated article's, offsets relative to {@code text}. */
  private List<Found> persons(List<Gazetteer.Hit> hits, String text, boolean groups) {
    List<Found> out = new ArrayList<>();
    for (Gazetteer.Hit h : hits) {
      if (h.entry().kind() == EntityKind.PERSON && !partOfAnotherName(text, h)) {
        out.add(new Found(Organisations.ref(h.entry()), h.start()));
      }
    }
    Matcher m = office.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        addHead(m.group(g), m.start(), out);
      }
    }
    Matcher a = adjectiveOffice.matcher(text);
    while (a.find()) {
      addHead(a.group(1), a.start(), out);
    }
    if (groups) {
      Matcher g = GROUP.matcher(text);
      while (g.find()) {
        for (EntityRef p : presidents) {
          out.add(new Found(p, g.start()));
        }
      }
    }
    out.sort(Comparator.comparingInt(Found::at));
    return out;
  }

  /**
   * "Heydar Aliyev Street" names a street, not the president called Aliyev; a surname right after a
   * capitalised word that is no title and no state word ("Heydar Aliyev") is someone else's name.
   */
  private boolean partOfAnotherName(String text, Gazetteer.Hit h) {
    if (NOT_A_PERSON_AFTER.matcher(text.substring(h.end())).find()) {
      return true;
    }
    if (h.text().indexOf(' ') >= 0) {
      return false;
    }
    String before = text.substring(Math.max(0, h.start() - 30), h.start());
    Matcher w = PRECEDING_WORD.matcher(before);
    if (!w.find() || TITLE_BEFORE.matcher(before).find()) {
      return false;
    }
    String word = w.group(1).replaceAll("['’]s$", "");
    return !word.equals(word.toUpperCase(Locale.ROOT)) && cues.stateOfWord(word) == null;
  }

  private void addHead(String stateWord, int at, List<Found> out) {
    if (stateWord == null) {
      return;
    }
    String state = cues.stateOfWord(stateWord.replaceAll("['’]s$", ""));
    EntityRef head = state == null ? null : headOf(state);
    if (head != null) {
      out.add(new Found(head, at));
    }
  }

  /** The president of {@code stateIri} in the gazetteer, or null. */
  EntityRef headOf(String stateIri) {
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() == EntityKind.PERSON && stateIri.equals(e.stateIri()) && e.role() != null
          && e.role().toLowerCase(Locale.ROOT).contains("president")) {
        return Organisations.ref(e);
      }
    }
    return null;
  }

  private static boolean isPresident(EntityRef p) {
    return p.kind() == EntityKind.PERSON;
  }

  /** Every head of state or other known person the article names, in order of first mention. */
  List<EntityRef> presidents() {
    return presidents;
  }

  /** The person the article names most often, or null. */
  EntityRef mainPerson(String exceptStateIri) {
    return presidents.stream()
        .filter(p -> exceptStateIri == null || !exceptStateIri.equals(p.stateIri()))
        .max(Comparator.comparingInt(p -> counts.getOrDefault(p.iri(), 0)))
        .orElse(null);
  }

  /**
   * The two heads of state of different states the article names most (presidents by the
   * gazetteer's roles), for "the two leaders"; fewer where it names fewer.
   */
  List<EntityRef> twoHeads() {
    List<EntityRef> out = new ArrayList<>();
    presidents.stream()
        .filter(p -> p.iri() != null && gazetteer.byIri(p.iri()).map(e -> e.role() != null
            && e.role().toLowerCase(Locale.ROOT).contains("president")).orElse(false))
        .sorted(Comparator.comparingInt((EntityRef p) -> -counts.getOrDefault(p.iri(), 0)))
        .forEach(p -> {
          if (out.size() < 2 && out.stream().noneMatch(o -> java.util.Objects.equals(o.stateIri(), p.stateIri()))) {
            out.add(p);
          }
        });
    return out;
  }

  boolean mentioned(EntityRef person) {
    return counts.containsKey(person.iri());
  }

  /** Places written as where something happens: "in Baku", "at Absheron station", "Baku will host". */
  List<Found> places(org.w3id.kazaz.annotate.Span span) {
    String sentence = span.text();
    List<Found> out = new ArrayList<>();
    for (Gazetteer.Hit h : doc.hits(span)) {
      EntityKind k = h.entry().kind();
      if (k != EntityKind.CITY && k != EntityKind.PORT && k != EntityKind.STATION && k != EntityKind.REGION) {
        continue;
      }
      String before = sentence.substring(Math.max(0, h.start() - 40), h.start());
      if (PLACE_CUE.matcher(before).find() || HOSTS.matcher(sentence.substring(h.end())).find()) {
        out.add(new Found(Organisations.ref(h.entry()), h.start()));
      }
    }
    return out;
  }

  /** The city or state right after "to" from {@code from} on ("visit to Baku", "visit of X to Astana"). */
  EntityRef destination(org.w3id.kazaz.annotate.Span span, int from) {
    String sentence = span.text();
    Matcher to =
        Pattern.compile("\\G(?:\\s+of\\s+[^,.;]{0,80}?)?\\s+(?:to|in)\\s+(?:the\\s+)?").matcher(sentence);
    if (!to.find(from)) {
      return null;
    }
    for (Gazetteer.Hit h : doc.hits(span)) {
      if (h.start() != to.end()) {
        continue;
      }
      EntityKind k = h.entry().kind();
      if (k == EntityKind.CITY || k == EntityKind.STATE || k == EntityKind.REGION) {
        return Organisations.ref(h.entry());
      }
    }
    return null;
  }

  /** The state a word or name points to ("Azerbaijani Press Agency" → Azerbaijan), or null. */
  String stateOf(String name) {
    return cues.stateOf(name);
  }

  String stateOfWord(String word) {
    return cues.stateOfWord(word);
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }
}
