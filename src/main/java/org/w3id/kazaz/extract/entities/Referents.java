package org.w3id.kazaz.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.annotate.Span;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.extract.common.Rules;
import org.w3id.kazaz.extract.common.StateCues;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * What "the company", "the agency", "the Kazakh side" refer to, where the text makes it clear
 * (anaphora.tsv): "KTZ Express dispatched three trains. The company quotes delivery times of 12 days"
 * is a mention of KTZ Express; "the Kazakh side put the total at ten" one of Kazakhstan. A body is
 * referred to only when it is the one body of the phrase's kind named in the two sentences before
 * (or earlier in the same one); where two could be meant, or none, the phrase is left alone. Hand
 * made because CoreNLP's coreference annotators are not in the pipeline (their models are large and
 * slow for news of this length); this reads only the mentions the extractors already found.
 */
public final class Referents {
  /** How many sentences back a referent may stand. */
  static final int SENTENCES_BACK = 2;

  private record Rule(Pattern pattern, EntityKind kind) {}

  private static final List<Rule> RULES = load();

  private final Gazetteer gazetteer;
  private final StateCues cues;

  public Referents(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = new StateCues(gazetteer);
  }

  static List<Rule> load() {
    List<Rule> out = new ArrayList<>();
    String resource = "/ontology/extraction/anaphora.tsv";
    for (Rules.Row row : Rules.rows(resource, 2)) {
      out.add(new Rule(Rules.compile(resource, row, 0), Rules.enumValue(resource, row, 1, EntityKind.class, "kind")));
    }
    return out;
  }

  /** The mentions the phrases of {@code doc} make of entities among {@code named} (or of states). */
  public List<Mention> find(AnnotatedArticle doc, List<Mention> named) {
    List<Mention> sorted = new ArrayList<>(named);
    sorted.sort(Comparator.comparingInt(m -> m.span().start()));
    List<Span> spans = doc.spans();
    String text = doc.text();
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      int windowStart = spans.get(Math.max(0, i - SENTENCES_BACK)).start();
      for (Rule r : RULES) {
        Matcher m = r.pattern().matcher(text).region(s.start(), s.end());
        m.useTransparentBounds(true);
        while (m.find()) {
          EntityRef ref = r.kind() == EntityKind.STATE ? state(m) : body(sorted, r.kind(), windowStart, m.start());
          if (ref != null) {
            out.add(new Mention(ref, new Span(m.start(), m.end(), m.group())));
          }
        }
      }
    }
    return out;
  }

  private EntityRef state(Matcher m) {
    String iri = cues.stateOfWord(m.group("demonym"));
    return iri == null ? null : gazetteer.byIri(iri).map(Organisations::ref).orElse(null);
  }

  /** The one body of {@code kind} named in {@code [from, before)}, or null. */
  private static EntityRef body(List<Mention> named, EntityKind kind, int from, int before) {
    Map<String, EntityRef> found = new LinkedHashMap<>();
    for (Mention n : named) {
      EntityRef e = n.entity();
      if (n.span().start() >= from && n.span().end() <= before && e.kind() == kind) {
        found.putIfAbsent(e.isKnown() ? e.iri() : e.kind() + "|" + e.label(), e);
      }
    }
    return found.size() == 1 ? found.values().iterator().next() : null;
  }
}
