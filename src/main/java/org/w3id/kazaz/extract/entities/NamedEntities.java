package org.w3id.kazaz.extract.entities;

import org.w3id.kazaz.extract.agreements.AgreementExtractor;
import org.w3id.kazaz.gazetteer.Demonyms;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.extract.common.Rules;
import org.w3id.kazaz.extract.common.StateCues;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.NamedEntity;
import org.w3id.kazaz.annotate.Sentence;
import org.w3id.kazaz.annotate.Span;
import org.w3id.kazaz.annotate.Token;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * People, organisations and places that CoreNLP's NER finds and the gazetteer does not know: a new
 * entity for each, of the kind its name says ({@link Organisations} for bodies, {@link PlaceKinds}
 * for places), with its state from the cues of {@link StateCues}. An organisation's name runs on
 * over "of (the Republic of) State" ("Ministry of Energy" + "of Kazakhstan"); a surname alone is the
 * person named in full before it; a single word tagged as a person, a pronoun, or a name inside a
 * mention already found is left out.
 */
public final class NamedEntities {
  private static final Pattern LEADING = Pattern.compile("^(?i:the)\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern CREDIT =
      Pattern.compile("(?i:" + String.join("|", Rules.lines("/ontology/extraction/credits.tsv")) + ")\\s*:\\s*"
          + "(\\p{L}[\\p{L}\\p{N}.'’&-]*(?:\\s+[\\p{L}\\p{N}.'’&-]+){0,5})\\s*\\.?");
  private static final java.util.Set<String> TITLES =
      java.util.Set.copyOf(Rules.words("/ontology/extraction/titles.tsv"));
  private static final Pattern ORG_BEFORE = contextPattern("before", "(?i:(?:%s))\\s+(?:the\\s+)?$");
  private static final Pattern ORG_AFTER = contextPattern("after", "^[’']?s?\\s*,?\\s*(?i:(?:%s))\\b");
  private static final String VENUES = "/ontology/extraction/venue-context.tsv";
  private static final Pattern VENUE_BEFORE = contextPattern(VENUES, "before", "(?i:\\b(?:%s))\\s+(?:the\\s+)?$");
  private static final Pattern VENUE_AFTER = contextPattern(VENUES, "after", "^\\s*,?\\s*(?i:(?:%s))\\b");
  private final Pattern stateBefore;
  /** The rest of a name after a comma: capitalised words joined by "and" (then "of State"). */
  /** The body the article has named whose name ends with {@code written} ("Steppe Orbit Space Agency"), or null. */
  private static EntityRef bodyEndingWith(String written, List<Mention> taken) {
    for (Mention m : taken) {
      if (m.entity().kind().isOrganisation() && m.entity().label().endsWith(" " + written.strip())) {
        return m.entity();
      }
    }
    return null;
  }

  private static final String PORTFOLIO_WORDS = "\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,4}";
  /** A minister's title and the portfolio after it: "Deputy Minister of Water, Ecology and Natural Resources". */
  private static final Pattern PORTFOLIO = Pattern.compile(
      "(?<!Prime\\s)\\b(?:(?:First\\s+)?(?:Deputy|Vice)\\s+)?Minister\\s+of\\s+(?:the\\s+)?(?<p>" + PORTFOLIO_WORDS
          + "(?:,\\s+" + PORTFOLIO_WORDS + ")*(?:,?\\s+and\\s+" + PORTFOLIO_WORDS + ")?)");

  /**
   * "Kazakhstan's Deputy Minister of Water, Ecology and Natural Resources, Dana Tulegenova": the
   * minister's portfolio names the ministry of the state before the title, not a body called
   * "Water". The portfolio ends at its last "and ..." (or its first comma when it has none) and
   * before the name of a person (CoreNLP's PERSON, or a person the gazetteer knows).
   */
  private List<Mention> portfolios(AnnotatedArticle doc, List<Mention> taken) {
    List<Mention> out = new ArrayList<>();
    String text = doc.text();
    Matcher m = PORTFOLIO.matcher(text).region(doc.article().bodyStart(), text.length());
    while (m.find()) {
      int from = m.start("p");
      int to = m.end("p");
      String p = text.substring(from, to);
      if (!p.contains(" and ") && p.indexOf(',') > 0) {
        to = from + p.indexOf(',');
      }
      for (NamedEntity e : doc.entities(from, to)) {
        if (e.type().equals("PERSON")) {
          to = Math.min(to, e.span().start());
        }
      }
      for (Gazetteer.Hit h : doc.hits(from, to)) {
        if (h.entry().kind() == EntityKind.PERSON) {
          to = Math.min(to, from + h.start());
        }
      }
      String portfolio = text.substring(from, to).replaceAll("[\\s,]+$", "").replaceAll("\\s+", " ");
      if (portfolio.isEmpty() || overlaps(from, from + portfolio.length(), taken) || allStateWords(portfolio)
          || gazetteer.byLabel(portfolio).isPresent()) {
        continue;
      }
      EntityRef ref = withState(EntityRef.found(EntityKind.GOVERNMENT_BODY, "Ministry of " + portfolio, null),
          text, m.start());
      out.add(new Mention(ref, new Span(from, from + portfolio.length(), text.substring(from, from + portfolio.length()))));
    }
    return out;
  }

  private static final Pattern CONTINUED =
      Pattern.compile("\\A,\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*(?:,?\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,6}");
  /** The rest of an Arabic or Dutch name that NER leaves out: " bin Salman", " al-Nahyan". */
  static final Pattern PARTICLE =
      Pattern.compile("\\A\\s+(?:bin|ibn|bint|al|el|van|von|de)[\\s-]+\\p{Lu}[\\p{L}'’-]+");
  private static final Pattern OF = Pattern.compile("\\A\\s+of\\s+(?:the\\s+)?");
  /** A document's head word and the preposition that opens its subject: what follows is a title. */
  private static final Pattern AFTER_HEAD =
      Pattern.compile("(?:" + AgreementExtractor.documentHead().pattern() + ")\\s+(?:on|of|for|about|regarding|in)\\s+$",
          Pattern.CASE_INSENSITIVE);

  private final Gazetteer gazetteer;
  private final StateCues cues;
  private final Organisations organisations;
  private final Pattern ofState;

  public NamedEntities(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = new StateCues(gazetteer);
    this.organisations = new Organisations(gazetteer, cues);
    this.stateBefore = Pattern.compile("(" + cues.stateWordPattern().pattern() + ")(?:['’]s)?\\s+$");
    this.ofState =
        Pattern.compile("\\A\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(?:" + cues.stateWordPattern().pattern() + ")");
  }

  /** "of (the) X" right after {@code end}, where X is a place CoreNLP or the gazetteer found: its end. */
  private static int ofPlace(AnnotatedArticle doc, String text, int end) {
    Matcher of = OF.matcher(text.substring(end, Math.min(text.length(), end + 12)));
    if (!of.find()) {
      return end;
    }
    int at = end + of.end();
    for (NamedEntity e : doc.entities()) {
      if (e.span().start() == at && e.type().equals("LOCATION")) {
        return e.span().end();
      }
    }
    for (var h : doc.hits()) {
      if (h.start() == at && (h.entry().kind().isPlace() || h.entry().kind() == EntityKind.STATE)) {
        return h.end();
      }
    }
    return end;
  }

  /** Heads of bodies whose names go on with their place (bodies-named-with-place.txt). */
  private static final String LOCATED = "/ontology/extraction/bodies-named-with-place.tsv";
  private static final Pattern LOCATED_HEAD =
      Pattern.compile("\\b(?:" + String.join("|", Rules.rows(LOCATED, 2).stream()
          .map(r -> Pattern.quote(r.get(0)).replace(" ", "\\E\\s+\\Q")).toList())
          + ")\\b\\s+of\\s+(?:the\\s+)?\\p{Lu}");
  /** The heads written in lower case after a state's adjective or possessive. */
  private static final java.util.List<String> LOWER_HEADS = Rules.rows(LOCATED, 2).stream()
      .filter(r -> r.get(1).equals("also-lower")).map(r -> r.get(0)).toList();
  /** "Kazakh embassy in ", "Azerbaijan's consulate general in ": a state's word, a lower-case head, "in". */
  private static final Pattern LOWER_MISSION = Pattern.compile("\\b(\\p{Lu}\\p{L}+?)(?:['’]s)?\\s+("
      + String.join("|", LOWER_HEADS.stream()
          .map(h -> Pattern.quote(h.toLowerCase(java.util.Locale.ROOT)).replace(" ", "\\E\\s+\\Q")).toList())
      + ")\\s+in\\s+");
  private static final Pattern IN = Pattern.compile("\\A\\s+in\\s+");

  /**
   * "Embassy of Kazakhstan" + " in Baku": a body of a state that stands somewhere takes the place
   * into its name when the text names one right after it (a place of the gazetteer or of NER).
   */
  private static int inPlace(AnnotatedArticle doc, String text, int start, int end) {
    if (!LOCATED_HEAD.matcher(text.substring(start, end)).find()) {
      return end;
    }
    Matcher in = IN.matcher(text.substring(end, Math.min(text.length(), end + 8)));
    if (!in.find()) {
      return end;
    }
    int at = end + in.end();
    for (var h : doc.hits()) {
      if (h.start() == at && h.entry().kind().isPlace()) {
        return h.end();
      }
    }
    for (NamedEntity e : doc.entities()) {
      if (e.span().start() == at && e.type().equals("LOCATION")) {
        return e.span().end();
      }
    }
    return end;
  }

  /**
   * "The Kazakh embassy in Baku", "Azerbaijan's embassy in Astana": the Embassy of Kazakhstan in
   * Baku, a body of the state the adjective or possessive names, at the place the gazetteer knows.
   */
  private List<Mention> lowerCaseMissions(AnnotatedArticle doc, List<Mention> taken) {
    List<Mention> out = new ArrayList<>();
    if (LOWER_HEADS.isEmpty()) {
      return out;
    }
    String text = doc.text();
    Matcher m = LOWER_MISSION.matcher(text);
    while (m.find()) {
      String state = cues.stateOfWord(m.group(1));
      if (state == null) {
        continue;
      }
      int at = m.end();
      for (var h : doc.hits()) {
        if (h.start() == at && h.entry().kind().isPlace() && !overlaps(m.start(2), m.end(2), taken)) {
          String stateName = gazetteer.byIri(state).map(GazetteerEntry::prefLabel).orElse(m.group(1));
          String head = m.group(2).replaceAll("\\s+", " ");
          StringBuilder name = new StringBuilder();
          for (String w : head.split(" ")) {
            name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
          }
          name.append("of ").append(stateName).append(" in ").append(h.entry().prefLabel());
          out.add(new Mention(EntityRef.found(EntityKind.GOVERNMENT_BODY, name.toString(), state),
              new Span(m.start(), h.end(), text.substring(m.start(), h.end()))));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether a body's name with a building's head word stands here for the building: a venue cue
   * around it (venue-context.tsv), or "in" and a place after it, when it is not a state's body.
   */
  private boolean venue(AnnotatedArticle doc, String text, int start, int end, String written) {
    if (written.split("\\s+").length < 2 || PlaceKinds.kind(written) != EntityKind.BUILDING
        || ofState.matcher(written).find()) {
      return false;
    }
    String after = text.substring(end, Math.min(text.length(), end + 40));
    if (VENUE_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find() || VENUE_AFTER.matcher(after).find()) {
      return true;
    }
    Matcher in = IN.matcher(after);
    if (in.find()) {
      int at = end + in.end();
      return doc.hits().stream().anyMatch(h -> h.start() == at && h.entry().kind().isPlace())
          || doc.entities().stream().anyMatch(x -> x.span().start() == at && x.type().equals("LOCATION"));
    }
    return false;
  }

  /** The mentions of new entities, given the mentions already found (which take precedence). */
  public List<Mention> find(AnnotatedArticle doc, List<Mention> found) {
    String text = doc.text();
    List<Mention> out = new ArrayList<>();
    List<Mention> taken = new ArrayList<>(found);
    List<EntityRef> people = new ArrayList<>();
    for (Mention m : found) {
      if (m.entity().kind() == EntityKind.PERSON) {
        people.add(m.entity());
      }
    }
    take(credits(doc, taken), out, taken);

    take(portfolios(doc, taken), out, taken);
    take(coordinated(doc, taken), out, taken);

    for (NamedEntity e : joined(doc)) {
      if (!e.type().equals("PERSON") && !e.type().equals("ORGANIZATION") && !e.type().equals("LOCATION")) {
        continue;
      }
      int start = e.span().start();
      int end = e.span().end();
      String name = e.span().text();
      Matcher lead = LEADING.matcher(name);
      if (lead.find()) {
        start += lead.end();
      }
      Matcher poss = POSSESSIVE.matcher(text.substring(start, end));
      if (poss.find() && poss.start() > 0) {
        end = start + poss.start();
      }
      if (end <= start || overlaps(start, end, taken) || pronoun(doc, start, end)) {
        continue;
      }
      if (e.type().equals("PERSON")) {
        if (Organisations.NAMED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()) {
          continue; // "the Golden Steppe order": an award named like a person
        }
        EntityRef body = bodyEndingWith(text.substring(start, end), taken);
        if (body != null) {
          // "Orbit Space Agency was set up in 2005" after "Steppe Orbit Space Agency": the body
          Mention m = new Mention(body, new Span(start, end, text.substring(start, end)));
          out.add(m);
          taken.add(m);
          continue;
        }
        Matcher particle = PARTICLE.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (particle.find()) {
          end += particle.end(); // "Abdulaziz" + " bin Salman"
        }
      }
      if (e.type().equals("ORGANIZATION")) {
        Matcher more = CONTINUED.matcher(text.substring(end, Math.min(text.length(), end + 120)));
        if (more.find() && Organisations.isHeadWordIn(text.substring(start, end))) {
          Matcher closing = ofState.matcher(text.substring(end + more.end(), Math.min(text.length(), end + more.end() + 60)));
          if (closing.find()) {
            end += more.end(); // "Ministry of Water Resources" + ", Irrigation and Land Reclamation" + " of Kazakhstan"
          }
        }
        Matcher of = ofState.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (of.find()) {
          end += of.end();
        } else {
          end = ofPlace(doc, text, end);
        }
        end = inPlace(doc, text, start, end);
        if (AFTER_HEAD.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
          continue; // the subject of a document's title
        }
        if (beforeTitle(text, start, end) || initialsOfAPlace(doc, text.substring(start, end))) {
          continue;
        }
        Matcher board = BOARD.matcher(text.substring(start, end));
        if (board.find() && BOARD_AFTER_TITLE.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
          start += board.end(); // "Chairman of the Board of National Power Grids": the body is the grids
        }
      }
      String written = text.substring(start, end).replaceAll("\\s+", " ");
      if (e.type().equals("ORGANIZATION") && venue(doc, text, start, end, written)) {
        EntityRef building = EntityRef.found(EntityKind.BUILDING, written, cues.stateOf(written));
        Mention m = new Mention(building, new Span(start, end, text.substring(start, end)));
        out.add(m);
        taken.add(m);
        continue;
      }
      boolean single = !written.contains(" ");
      EntityRef ref =
          single && organisationContext(text, start, end)
              && !knownPersonOrPlace(written, people)
              ? EntityRef.found(EntityKind.ORGANISATION, written, cues.stateOf(written))
              : switch (e.type()) {
                case "PERSON" -> person(written, people);
                case "ORGANIZATION" -> withState(organisation(doc, written), text, start);
                default -> noPlaceContext(doc, start, end, written) ? null : place(written);
              };
      if (ref == null) {
        continue;
      }
      if (ref.kind() == EntityKind.PERSON && !ref.isKnown() && !people.contains(ref)) {
        people.add(ref);
      }
      Mention m = new Mention(ref, new Span(start, end, text.substring(start, end)));
      out.add(m);
      taken.add(m);
    }
    take(lowerCaseMissions(doc, taken), out, taken);
    take(demonyms(doc, taken), out, taken);
    return out;
  }

  /**
   * "The Youth and Media Councils": two bodies, the Youth Council and the Media Council; "the Border
   * Guard Academies of the two countries": one body of each of the article's two
   * states. A plural head word of a body's name after capitalised words joined by "and", or after
   * capitalised words and "of the two countries". A plural with neither ("National Universities")
   * names no one body.
   */
  private List<Mention> coordinated(AnnotatedArticle doc, List<Mention> taken) {
    List<Mention> out = new ArrayList<>();
    String text = doc.text();
    Matcher m = PLURAL_BODIES.matcher(text).region(doc.article().bodyStart(), text.length());
    List<EntityRef> states = null;
    while (m.find()) {
      String singular = singular(m.group("head"));
      if (!Organisations.isHeadWord(singular) || overlaps(m.start(), m.end(), taken)) {
        continue;
      }
      String first = m.group("a").strip().replaceFirst("^(?:The|A|An|Both|Two)\\s+", "");
      List<String> names = new ArrayList<>();
      if (m.group("b") != null) {
        names.add(first + " " + singular);
        names.add(m.group("b").strip() + " " + singular);
      } else if (m.group("two") != null) {
        states = states != null ? states : org.w3id.kazaz.extract.common.MainStates.of(doc.hits());
        for (EntityRef st : states) {
          names.add(first + " " + singular + " of " + st.label());
        }
      }
      Span span = new Span(m.start(), m.end(), m.group());
      boolean stated = cues.stateOf(first) != null || m.group("b") != null && cues.stateOf(m.group("b")) != null;
      for (String n : names) {
        if (first.isEmpty() || stated) {
          break; // "Kazakh and Azerbaijani Railways", "KTZ and Azerbaijan Railways": read elsewhere
        }
        EntityRef ref = organisations.resolve(n);
        if (ref != null && ref.kind().isOrganisation()) {
          out.add(new Mention(ref.isKnown() ? ref : EntityRef.found(ref.kind(), n, cues.stateOf(n)), span));
        }
      }
    }
    // "the Ministries of Defence of Azerbaijan and Kazakhstan": one body of each state named
    Matcher p = PLURAL_OF_STATES.matcher(text).region(doc.article().bodyStart(), text.length());
    while (p.find()) {
      String singular = singular(p.group("head"));
      List<String> each = new ArrayList<>();
      for (String g : List.of("a", "b")) {
        org.w3id.kazaz.gazetteer.Gazetteer.Hit h = stateAt(doc, p.start(g), p.end(g));
        if (h != null) {
          each.add(h.entry().iri());
        }
      }
      // the states' own mentions lie inside: only another body's name there stops the rule
      List<Mention> bodies = taken.stream().filter(t -> t.entity().kind() != EntityKind.STATE).toList();
      if (each.size() < 2 || !Organisations.isHeadWord(singular) || overlaps(p.start(), p.end(), bodies)
          || overlaps(p.start(), p.end(), out)) {
        continue;
      }
      String mid = p.group("mid") == null ? "" : " of " + p.group("mid").strip();
      Span span = new Span(p.start(), p.end(), p.group());
      for (EntityRef body : organisations.ofEach(singular, mid, each)) {
        if (body.kind().isOrganisation()) {
          out.add(new Mention(body, span));
        }
      }
    }
    return out;
  }

  /** The gazetteer's match of a state exactly at {@code [start, end)}, or null. */
  private static org.w3id.kazaz.gazetteer.Gazetteer.Hit stateAt(AnnotatedArticle doc, int start, int end) {
    for (org.w3id.kazaz.gazetteer.Gazetteer.Hit h : doc.hits(start, end)) {
      if (h.start() == 0 && h.end() == end - start && h.entry().kind() == EntityKind.STATE) { // relative
        return h;
      }
    }
    return null;
  }

  private static final Pattern PLURAL_OF_STATES = Pattern.compile(
      "\\b(?<head>\\p{Lu}\\p{L}+(?:ies|s))\\s+of\\s+(?:(?<mid>(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}?)of\\s+)?(?:the\\s+)?"
          + "(?<a>\\p{Lu}\\p{L}+)\\s+and\\s+(?:the\\s+)?(?<b>\\p{Lu}\\p{L}+)\\b");

  private static final Pattern PLURAL_BODIES = Pattern.compile(
      "\\b(?<a>(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}?)(?:and\\s+(?<b>(?:\\p{Lu}[\\p{L}-]*\\s+){1,2}?))?"
          + "(?<head>\\p{Lu}\\p{L}+(?:ies|s))\\b(?<two>\\s+of\\s+(?:the\\s+two\\s+(?:countries|states)|both\\s+countries))?");

  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.matches(".*(?:ss|sh|ch|x)es")) {
      return plural.substring(0, plural.length() - 2);
    }
    return plural.substring(0, plural.length() - 1);
  }

  /**
   * The organisations that credit lines name ("Photo credit: Akorda", "Source: Report"): a line that is
   * a cue of {@code credits.tsv}, a colon and a short name that NER does not read as a person.
   */
  private List<Mention> credits(AnnotatedArticle doc, List<Mention> taken) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      Matcher m = CREDIT.matcher(s.text());
      if (!m.matches() || overlaps(s.start() + m.start(1), s.start() + m.end(1), taken)) {
        continue;
      }
      int start = s.start() + m.start(1);
      int end = s.start() + m.end(1);
      boolean person = doc.entities(start, end).stream().anyMatch(e -> e.type().equals("PERSON"));
      if (person) {
        continue;
      }
      String name = m.group(1);
      EntityRef ref = organisations.resolve(name);
      if (ref == null || !(ref.kind().isOrganisation())) {
        ref = EntityRef.found(EntityKind.ORGANISATION, name, cues.stateOf(name));
      }
      out.add(new Mention(ref, new Span(start, end, name)));
    }
    return out;
  }

  private static Pattern contextPattern(String side, String form) {
    return contextPattern("/ontology/extraction/organisation-context.tsv", side, form);
  }

  private static Pattern contextPattern(String resource, String side, String form) {
    List<String> words = new ArrayList<>();
    Rules.pairs(resource, true).forEach((k, v) -> {
      if (k.startsWith(side + "\t")) {
        words.add(Pattern.quote(v).replace(" ", "\\E\\s+\\Q"));
      }
    });
    return Pattern.compile(String.format(form, String.join("|", words)));
  }

  /** Whether the words around {@code [start, end)} make a single name an organisation. */
  private static boolean organisationContext(String text, int start, int end) {
    return ORG_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()
        || ORG_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find();
  }

  /**
   * A national body named with its state before it ("Kazakhstan's Ministry of Defence", "the
   * Azerbaijani Foreign Ministry") is named as it officially is, "Ministry of Defence of Kazakhstan",
   * "Ministry of Foreign Affairs of Azerbaijan": one name for one body across articles.
   */
  private EntityRef withState(EntityRef ref, String text, int start) {
    if (ref == null || ref.isKnown() || !(ref.kind() == EntityKind.GOVERNMENT_BODY || ref.kind() == EntityKind.AGENCY)) {
      return ref;
    }
    String state = ref.stateIri();
    Matcher before = stateBefore.matcher(text.substring(Math.max(0, start - 30), start));
    if (before.find() && cues.stateOfWord(before.group(1)) != null) {
      state = cues.stateOfWord(before.group(1));
    }
    if (state == null) {
      return ref;
    }
    String label = organisations.official(ref.label(), state);
    String stateName = stateName(state);
    if (stateName != null && cues.stateOf(label) == null) {
      label = label + " of " + stateName;
    }
    return EntityRef.found(ref.kind(), label, state);
  }


  private String stateName(String iri) {
    return gazetteer.byIri(iri).map(GazetteerEntry::prefLabel).orElse(null);
  }

  /**
   * A state named by its adjective ("Hungarian Prime Minister ...", "across Russian territory"): a
   * mention of that state, as a reader takes it. Only adjectives CoreNLP tags as such or as proper
   * nouns, outside the names already found.
   */
  private List<Mention> demonyms(AnnotatedArticle doc, List<Mention> taken) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!(t.pos().equals("JJ") || t.pos().equals("NNP")) || !Character.isUpperCase(t.word().charAt(0))
            || t.word().length() < 4 || overlaps(t.start(), t.end(), taken) || overlaps(t.start(), t.end(), out)) {
          continue;
        }
        GazetteerEntry state = Demonyms.state(t.word(), gazetteer);
        if (state != null && !state.prefLabel().equals(t.word())) {
          out.add(new Mention(Organisations.ref(state), new Span(t.start(), t.end(), t.word())));
        }
      }
    }
    return out;
  }

  /** A full name, or a surname alone that continues a full name of the article. */
  private EntityRef person(String written, List<EntityRef> people) {
    if (!written.contains(" ")) {
      for (EntityRef p : people) {
        if (p.label().endsWith(" " + written)) {
          return p;
        }
      }
      return null;
    }
    if (!written.matches("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)+")) {
      return null;
    }
    if (!couldBePerson(written)) {
      return null;
    }
    var known = gazetteer.byLabel(written);
    if (known.isPresent()) {
      return known.get().kind() == EntityKind.PERSON ? Organisations.ref(known.get()) : null;
    }
    // "Tayyip Erdogan": the end of exactly one known person's full name is that person
    List<GazetteerEntry> whole = knownEndingWith(gazetteer, written);
    return whole.size() == 1 ? Organisations.ref(whole.get(0)) : EntityRef.found(EntityKind.PERSON, written, null);
  }

  /**
   * Whether a capitalised name can be a person's: not titles alone ("Prime Minister", "Colonel
   * General"), not a body or place named after one ("Heydar Aliyev Center", "... Corridor").
   */
  /** The known people whose full name (a label or alias) ends with {@code name}. */
  static List<GazetteerEntry> knownEndingWith(Gazetteer gazetteer, String name) {
    return gazetteer.entries().stream()
        .filter(e -> e.kind() == EntityKind.PERSON && (e.prefLabel().endsWith(" " + name)
            || e.altLabels().stream().anyMatch(l -> l.endsWith(" " + name))))
        .toList();
  }

  /** "Prince Faisal": a name that opens with a title; the whole name ("... bin Khalid") is NER's to read. */
  static boolean titled(String name) {
    return TITLES.contains(name.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT));
  }

  static boolean couldBePerson(String name) {
    String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    if (java.util.Arrays.stream(words).allMatch(TITLES::contains)) {
      return false;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return !Organisations.isHeadWord(last) && PlaceKinds.kind(last) == EntityKind.PLACE
        && !last.equalsIgnoreCase("corridor");
  }

  /** "Management Board of ", "Board of Directors of ": a body's board, when a person's title governs it. */
  private static final Pattern BOARD =
      Pattern.compile("^(?:(?:Management|Supervisory|Executive)\\s+)?Board(?:\\s+of\\s+Directors)?\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})");
  private static final Pattern BOARD_AFTER_TITLE = Pattern.compile("(?i)\\b(?:chairman|chairwoman|chair|member|head)\\s+of\\s+(?:the\\s+)?$");

  /**
   * "Kazakh Energy Minister", "Saudi Energy Minister": a state's adjective and a field before a
   * person's title is part of the title, not a body, when no head word of a body's name is in it.
   */
  private boolean beforeTitle(String text, int start, int end) {
    String written = text.substring(start, end);
    String first = written.split("[\\s-]+")[0];
    if (Organisations.isHeadWordIn(written) || cues.stateOfWord(first) == null) {
      return false;
    }
    Matcher next = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    return next.find() && TITLES.contains(next.group(1).toLowerCase(java.util.Locale.ROOT))
        && Character.isUpperCase(next.group(1).charAt(0));
  }

  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)");

  /**
   * An acronym of the initials of a place the article names ("BTC" beside "Baku-Tbilisi-Ceyhan"
   * pipeline): the place's short name, not a body.
   */
  private boolean initialsOfAPlace(AnnotatedArticle doc, String written) {
    if (!written.matches("\\p{Lu}{2,6}")) {
      return false;
    }
    for (var h : doc.hits()) {
      if (h.entry().kind().isPlace() && org.w3id.kazaz.extract.common.Names.initials(h.text()).equals(written)) {
        return true;
      }
    }
    for (var e : doc.entities()) {
      if (e.type().equals("LOCATION") && org.w3id.kazaz.extract.common.Names.initials(e.span().text()).equals(written)) {
        return true;
      }
    }
    // defined in the text: "the Baku-Tbilisi-Ceyhan (BTC) pipeline", "Azeri-Chirag-Gunashli (ACG) fields"
    Matcher d = Pattern.compile("((?:\\p{Lu}[\\p{L}'’]*[\\s\\-–]+){1,5})\\(" + Pattern.quote(written) + "\\)\\s+(\\p{L}+)")
        .matcher(doc.text());
    while (d.find()) {
      if (org.w3id.kazaz.extract.common.Names.initials(d.group(1).strip()).equals(written)
          && PlaceKinds.kind(d.group(2).replaceFirst("s$", "")) != EntityKind.PLACE) {
        return true;
      }
    }
    return false;
  }

  /** Mentions found by one reader: kept, and taken, so that the readers after it do not read them again. */
  private static void take(List<Mention> found, List<Mention> out, List<Mention> taken) {
    out.addAll(found);
    taken.addAll(found);
  }

  /** "ACWA" for "ACWA Power": the one body of the gazetteer whose name begins with the capitals. */
  private EntityRef firstWordOf(String word) {
    GazetteerEntry found = null;
    for (GazetteerEntry e : gazetteer.entries()) {
      if (!e.kind().isOrganisation()) {
        continue;
      }
      boolean begins = e.prefLabel().startsWith(word + " ")
          || e.altLabels().stream().anyMatch(l -> l.startsWith(word + " "));
      if (begins) {
        if (found != null && !found.iri().equals(e.iri())) {
          return null;
        }
        found = e;
      }
    }
    return found == null ? null : Organisations.ref(found);
  }

  private EntityRef organisation(AnnotatedArticle doc, String written) {
    if (!written.contains(" ") && written.length() <= 2) {
      return null; // "Sh" of "Sh. Yessenov", "GW" of a capacity: an initial or a unit, not a body
    }
    if (written.matches("\\p{Lu}{3,8}")) {
      EntityRef known = firstWordOf(written);
      if (known != null) {
        return known;
      }
    }
    if (!written.contains(" ") && !looksLikeOneWordName(written) && orgCount(doc, written) < 2) {
      return null; // a head word alone ("Council"), a common noun ("Energy"), an initial ("Sh")
    }
    EntityRef ref = organisations.resolve(written);
    if (ref == null || !ref.kind().isOrganisation()) {
      return null;
    }
    return ref;
  }

  /** "the port of Poti", "the city of X": an "of" that makes what follows a place. */
  private static final Pattern PLACE_OF =
      Pattern.compile("(?i)\\b(?:city|town|village|port|region|province|district|capital|settlement|station)\\s+of\\s+$");

  /**
   * A one-word name NER reads as a location that the gazetteer does not know, written where no
   * place is: as the modifier of a common noun ("the Moon mission budget", by CoreNLP's
   * tags) or after a bare "of" ("the legend of Alpamys"). Known places, and names after "in",
   * "to", "from", "the port of" and the like, are places as NER says.
   */
  private boolean noPlaceContext(AnnotatedArticle doc, int start, int end, String written) {
    if (written.contains(" ") || gazetteer.byLabel(written).isPresent()) {
      return false;
    }
    String text = doc.text();
    String before = text.substring(Math.max(0, start - 30), start);
    if (before.matches("(?s).*\\bof\\s+$") && !PLACE_OF.matcher(before).find()) {
      return true;
    }
    org.w3id.kazaz.annotate.Sentence s = doc.sentenceAt(start);
    if (s == null) {
      return false;
    }
    for (org.w3id.kazaz.annotate.Token t : s.tokens()) {
      if (t.start() >= end) {
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && Character.isLowerCase(t.word().charAt(0))
            && !t.word().matches("region|province|district|city|port|area");
      }
    }
    return false;
  }

  private EntityRef place(String written) {
    var known = gazetteer.byLabel(written);
    if (known.isPresent()) {
      GazetteerEntry k = known.get();
      return Organisations.ref(k);
    }
    if (!Character.isUpperCase(written.charAt(0)) || allStateWords(written) || written.matches("\\p{Lu}{1,3}")) {
      // an adjective ("Kazakh", "Kazakh-Azerbaijani", "Kazakhstan-Azerbaijan"), or a short code
      // the gazetteer does not know ("US" of "US $")
      return null;
    }
    String last = written.substring(written.lastIndexOf(' ') + 1);
    if (written.contains(" ") && Organisations.isHeadWord(last) && PlaceKinds.kind(last) == EntityKind.PLACE) {
      EntityRef body = organisations.resolve(written); // "Semurg Invest": a company's head word ends it
      return body != null && body.kind().isOrganisation() ? body : null;
    }
    EntityKind kind = PlaceKinds.kind(written);
    return EntityRef.found(kind, written, kind == EntityKind.SEA ? null : cues.stateOf(written));
  }

  private boolean allStateWords(String written) {
    for (String w : written.split("[-–]")) {
      if (cues.stateOfWord(w.strip()) == null) {
        return false;
      }
    }
    return true;
  }

  private boolean knownPersonOrPlace(String written, List<EntityRef> people) {
    return gazetteer.byLabel(written).isPresent() || people.stream().anyMatch(p -> p.label().endsWith(" " + written));
  }

  /**
   * NER's entities, with a body's name that NER cut at a comma joined again: "Ministry of Digital
   * Development" + ", " + "Innovation and Aerospace Industry" is one name when the first part has a
   * head word and the second has none (a list of bodies has a head word in each).
   */
  private static List<NamedEntity> joined(AnnotatedArticle doc) {
    List<NamedEntity> in = doc.entities();
    List<NamedEntity> out = new ArrayList<>();
    String text = doc.text();
    for (int i = 0; i < in.size(); i++) {
      NamedEntity e = in.get(i);
      if (e.type().equals("ORGANIZATION") && i + 1 < in.size()) {
        NamedEntity next = in.get(i + 1);
        String between = text.substring(e.span().end(), Math.max(e.span().end(), next.span().start()));
        if (next.type().equals("ORGANIZATION") && between.equals(", ")
            && Organisations.kind(e.span().text(), e.span().text()) != EntityKind.ORGANISATION
            && Organisations.kind(next.span().text(), next.span().text()) == EntityKind.ORGANISATION
            && !Organisations.isHeadWordIn(next.span().text())) {
          int start = e.span().start();
          int end = next.span().end();
          out.add(new NamedEntity(new Span(start, end, text.substring(start, end)), e.type(), null, e.sentence()));
          i++;
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }

  /** How often NER reads {@code word} alone as an organisation in this article. */
  private static int orgCount(AnnotatedArticle doc, String word) {
    int n = 0;
    for (NamedEntity e : doc.entities()) {
      if (e.type().equals("ORGANIZATION") && e.span().text().equals(word)) {
        n++;
      }
    }
    return n;
  }

  /**
   * A body named in one word without a cue around it (or named so more than once): a coined name with a capital inside
   * ("KazMunayGas", "QazTrade"), a dotted outlet ("News.az"), or an acronym of three letters or more
   * ("SOCAR"); not a capitalised common word ("Energy", "Solidarity") or a short code ("GW").
   */
  private static boolean looksLikeOneWordName(String w) {
    if (Organisations.isHeadWord(w)) {
      return false;
    }
    return w.matches("\\p{Lu}+\\p{Ll}+\\p{Lu}[\\p{L}]*") || w.matches("\\p{L}+\\.\\p{Ll}{2,3}")
        || w.matches("\\p{Lu}{3,}[\\p{Lu}\\p{N}-]*");
  }

  private static boolean overlaps(int start, int end, List<Mention> taken) {
    for (Mention m : taken) {
      if (m.span().start() < end && start < m.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean pronoun(AnnotatedArticle doc, int start, int end) {
    Sentence s = doc.sentenceAt(start);
    if (s == null) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.start() >= start && t.end() <= end && !t.pos().startsWith("PRP")) {
        return false;
      }
    }
    return true;
  }
}
